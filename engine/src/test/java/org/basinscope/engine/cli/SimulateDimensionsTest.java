package org.basinscope.engine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code simulate} on d-dimensional landscapes: the contract's fields, --trace, --out, and one-line refusals. */
class SimulateDimensionsTest {

    @Test
    void printsDimensionSharpnessAndCoordinateMoments(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("m.csv");
        CliRunner r = CliRunner.run("simulate", "--landscape", "quadratic:dim=40,lmin=0.5,lmax=8", "--dynamics", "gd",
                "--eta", "0.1", "--particles", "5", "--steps", "30", "--trace", "10", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        JsonNode j = r.json();
        assertEquals(40, j.get("dimension").asInt());
        assertEquals(0.1, j.get("eta").asDouble());
        assertEquals(0, j.get("diverged").asInt());
        assertEquals(8, j.get("sharpness").asDouble(), 1e-9);
        assertTrue(j.get("sharpnessResidual").asDouble() < 1e-8);
        assertEquals(10, j.get("mean").size());
        assertEquals(10, j.get("variance").size());
        assertTrue(j.has("varianceSum"));
        // GD from (1, …, 1): coordinate 0 is (1 − 0.05)^30 after 30 steps.
        assertEquals(Math.pow(0.95, 30), j.get("mean").get(0).asDouble(), 1e-12);
        JsonNode trace = j.get("trace");
        assertEquals(4, trace.size());
        assertEquals(List.of(0L, 10L, 20L, 30L), List.of(trace.get(0).get("step").asLong(),
                trace.get(1).get("step").asLong(), trace.get(2).get("step").asLong(), trace.get(3).get("step").asLong()));
        assertTrue(trace.get(3).get("meanLoss").asDouble() < trace.get(0).get("meanLoss").asDouble());
        assertEquals(8, trace.get(1).get("sharpness").asDouble(), 1e-9);
        List<String> rows = Files.readAllLines(out);
        assertEquals(41, rows.size());
        assertEquals("coordinate,mean,variance", rows.get(0));
    }

    @Test
    void aSmallDimensionPrintsEveryCoordinateAndNoVarianceSum() {
        CliRunner r = CliRunner.run("simulate", "--landscape", "rosenbrock:dim=5", "--dynamics", "momentum", "--eta",
                "1e-4", "--particles", "3", "--steps", "0", "--x0", "0.5");
        assertEquals(0, r.code(), r.err());
        assertEquals(5, r.json().get("mean").size());
        assertEquals(0.5, r.json().get("mean").get(4).asDouble(), 0);
        assertFalse(r.json().has("varianceSum"));
    }

    @Test
    void planarRunsPrintTheirDimensionToo() {
        CliRunner r = CliRunner.run("simulate", "--landscape", "double-well:dim=2", "--particles", "10", "--steps",
                "5");
        assertEquals(0, r.code(), r.err());
        assertEquals(2, r.json().get("dimension").asInt());
        assertFalse(r.json().has("sharpness"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--landscape quadratic:dim=100000,lmin=1,lmax=2 --particles 1000 | N·d ≤ 5·10⁷",
        "--landscape quadratic:dim=200000 | [1, 100000]",
        "--landscape quadratic:dim=30 --dynamics replica-exchange | 1-D and 2-D landscapes only",
        "--landscape quadratic:dim=30 --gradient minibatch --dynamics momentum | minibatch",
        "--landscape quadratic:dim=30 --gradient noisy:noise=hessian --dynamics adam | 1-D and 2-D landscapes only",
        "--landscape quadratic:dim=30 --dynamics sgd:noise=hessian | 1-D and 2-D landscapes only",
        "--landscape quadratic:dim=30 --schedule cosine:period=10 | --schedule",
        "--landscape quadratic:dim=30 --x0 1,2 | 30 coordinates",
        "--landscape quadratic:dim=30 --trace 0 | --trace",
        "--landscape rosenbrock:dim=0 | [2, 100000]",
        "--landscape mlp:data=mnist | valid: digits, spirals, teacher, two-moons",
        "--landscape mlp:hidden=0 | hidden value 0 is outside the allowed range [1, 4096]",
        "--landscape mlp:hidden=2,2,2,2,2,2,2,2,2 | at most 8",
        "--landscape mlp:data=digits,n=2000 | n = 2000 is outside the allowed range [10, 1797]",
        "--landscape mlp:data=digits,noise=0.1 | unknown option 'noise'",
        "--landscape mlp:activation=sigmoid | valid: relu, tanh",
        "--landscape mlp:loss=hinge | valid: mse, xent",
        "--landscape mlp:hidden=4000,4000,4000 | the allowed range is [1, 100000]",
        "--landscape quadratic:dim=30 --gradient minibatch --dynamics gd | in d dimensions pick mlp",
        "--landscape mlp --dynamics replica-exchange | 1-D and 2-D landscapes only"})
    void badInputIsOneLineAndExitTwo(String args, String message) {
        CliRunner r = CliRunner.run(("simulate " + args.strip()).split(" "));
        assertEquals(2, r.code(), r.out() + r.err());
        assertTrue(r.err().contains(message), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
    }

    /** An MLP run prints its training accuracy at the end and in every trace entry; minibatches run in d dims. */
    @Test
    void mlpRunsPrintAccuracy() {
        CliRunner r = CliRunner.run("simulate", "--landscape", "mlp:data=two-moons,hidden=8", "--dynamics", "gd",
                "--eta", "1", "--particles", "1", "--steps", "200", "--trace", "100");
        assertEquals(0, r.code(), r.err());
        JsonNode j = r.json();
        assertEquals(42, j.get("dimension").asInt());
        assertTrue(j.get("accuracy").asDouble() >= 0.95, j.toString());
        assertEquals(3, j.get("trace").size());
        assertTrue(j.get("trace").get(0).get("accuracy").asDouble() < 0.95, j.toString());
        assertTrue(j.get("sharpness").asDouble() > 0, j.toString());
        CliRunner sgd = CliRunner.run("simulate", "--landscape", "mlp:data=digits,n=100,hidden=8", "--dynamics",
                "momentum", "--gradient", "minibatch", "--batch", "10", "--eta", "0.05", "--particles", "4", "--steps",
                "20");
        assertEquals(0, sgd.code(), sgd.err());
        assertTrue(sgd.json().get("accuracy").asDouble() >= 0 && sgd.json().get("variance").get(0).asDouble() >= 0);
        assertFalse(CliRunner.run("simulate", "--landscape", "quadratic:dim=5", "--steps", "1").json().has("accuracy"));
    }

    @Test
    void planarAnalysesRefuseADimensionalLandscape() {
        CliRunner r = CliRunner.run("lyapunov", "--landscape", "quadratic:dim=30,lmin=1,lmax=2");
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("not planar"), r.err());
    }
}
