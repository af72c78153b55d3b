package org.basinscope.cluster;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.basinscope.engine.analysis.Progress;
import org.basinscope.engine.analysis.Sweep;
import org.basinscope.engine.cli.Cli;
import org.basinscope.engine.dynamics.Params;
import org.basinscope.engine.ensemble.BlockRunner;
import org.basinscope.engine.grid.Grid;
import org.basinscope.engine.grid.GridEngine;
import org.basinscope.engine.grid.GridJob;
import org.basinscope.engine.grid.GridListener;
import org.basinscope.engine.grid.GridResult;
import org.basinscope.engine.grid.GridSweep;
import org.basinscope.engine.session.Session;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The spark engine in Spark's local mode gives the local engine's numbers bit for bit — for one or two executor
 * threads, another partitioning, and a task that fails once and is retried — and refuses masters it cannot use
 * with one line. Each test starts its own Spark context (a few seconds), so the sweeps are tiny.
 */
class SparkGridEngineTest {
    private static final String[] SWEEP = {"sweep", "--formula", "x^2/2", "--dynamics", "sgd:sigma=1", "--x0", "0",
        "--particles", "300", "--steps", "50", "--grid", "eta=0.1:0.5:3,batch=1:4:2:log", "--readout", "variance",
        "--seeds", "2"};

    /** SGD on x²/2 over a 3 × 2 grid, three seeds a point. */
    private static GridJob job() {
        Session s = new Session(Session.VERSION, "quadratic:dim=1,h1=1", "sgd:sigma=2", 0.1, 1, 0, 1, 0.9, 200, 5,
                new double[] {0}, 40, 10, Map.of());
        return new GridJob(s.toRunConfig(), s.params(), s.steps(), Grid.parse("eta=0.1:0.5:3,batch=1:4:2"),
                Sweep.Readout.VARIANCE, 3);
    }

    private static GridResult onSpark(SparkGridEngine engine, String master, GridJob job, int[] failed) {
        try (SparkGridEngine.SparkRunner r = engine.start(new GridEngine.Settings(1, master))) {
            GridResult result = GridSweep.run(job, r, GridListener.NONE, Progress.NONE, null);
            failed[0] = r.failedTasks();
            return result;
        }
    }

    private record Run(int code, String out, String err) {
        JsonNode json() throws Exception {
            return new ObjectMapper().readTree(out);
        }
    }

    private static Run cli(String... extra) {
        List<String> args = new ArrayList<>(List.of(SWEEP));
        args.addAll(List.of(extra));
        var cl = Cli.commandLine(List.of());
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args.toArray(String[]::new));
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void sparkLocalTwoGivesTheLocalEnginesBitsAndKeepsStandardOutputForTheJson() throws Exception {
        Run local = cli();
        PrintStream stdout = System.out;
        ByteArrayOutputStream stray = new ByteArrayOutputStream();
        Run spark;
        System.setOut(new PrintStream(stray, true));
        try {
            spark = cli("--engine", "spark", "--master", "local[2]");
        } finally {
            System.setOut(stdout);
        }
        assertEquals(0, spark.code(), spark.err());
        assertEquals("", stray.toString(), "Spark printed nothing on standard output");
        assertEquals(local.json().get("readout"), spark.json().get("readout"));
        assertEquals(local.json().get("stderr"), spark.json().get("stderr"));
        assertEquals("spark", spark.json().get("engine").asText());
        assertEquals("spark local[2] (2 cores)", spark.json().get("detail").asText());
        assertTrue(spark.err().contains("[spark local[2] (2 cores)]"), spark.err());
    }

    @Test
    void oneExecutorThreadAndItsOwnPartitioningGiveTheSameBits() {
        GridJob job = job();
        GridResult local = GridSweep.run(job, new BlockRunner(2), Progress.NONE);
        int[] failed = new int[1];
        GridResult spark = onSpark(new SparkGridEngine(), "local[1]", job, failed);
        assertArrayEquals(local.mean(), spark.mean());
        assertArrayEquals(local.stderr(), spark.stderr());
        assertEquals(0, failed[0]);
    }

    @Test
    void aTaskThatFailsOnceIsRetriedBySparkToTheSameBits() {
        GridJob job = job();
        GridResult local = GridSweep.run(job, new BlockRunner(2), Progress.NONE);
        int[] failed = new int[1];
        // local[2,2]: two threads, two attempts per task; partition 3's first attempt throws.
        GridResult spark = onSpark(new SparkGridEngine(3), "local[2,2]", job, failed);
        assertEquals(1, failed[0], "one attempt failed and was retried");
        assertArrayEquals(local.mean(), spark.mean());
        assertArrayEquals(local.stderr(), spark.stderr());
    }

    @Test
    @Timeout(30)
    void anUnreachableMasterIsOneLineAndExitTwoAndWritesNothing(@TempDir Path dir) throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = free.getLocalPort();
        }
        Path out = dir.resolve("g.csv");
        Run r = cli("--engine", "spark", "--master", "spark://127.0.0.1:" + port, "--out", out.toString());
        assertEquals(2, r.code(), r.err());
        assertEquals(1, r.err().strip().lines().filter(l -> l.startsWith("error:")).count(), r.err());
        String error = r.err().lines().filter(l -> l.startsWith("error:")).findFirst().orElseThrow();
        assertTrue(error.startsWith("error: cannot reach the Spark master spark://127.0.0.1:" + port + ": 127.0.0.1:"
                + port + " ("), error);
        assertEquals("", r.out());
        assertFalse(Files.exists(out) || Files.exists(dir.resolve("g.csv.partial")), "nothing written");
    }

    @Test
    void aMasterSparkCannotUseIsRefused() {
        Run r = cli("--engine", "spark", "--master", "mesos://host:5050");
        assertEquals(2, r.code(), r.err());
        assertEquals("error: --master 'mesos://host:5050' is not a Spark master; valid: local[N], local[N,F] (F attempts "
                + "per task), local[*], spark://HOST:PORT, yarn, k8s://https://HOST:PORT", r.err().strip());
        Run threads = cli("--engine", "spark", "--threads", "2");
        assertEquals(2, threads.code(), threads.err());
        assertTrue(threads.err().startsWith("error: --threads is for the local engine"), threads.err());
    }
}
