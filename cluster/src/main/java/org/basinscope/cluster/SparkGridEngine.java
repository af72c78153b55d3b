package org.basinscope.cluster;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.basinscope.engine.grid.GridEngine;
import org.basinscope.engine.grid.GridJob;
import org.basinscope.engine.spec.InvalidInputException;
import scala.jdk.javaapi.CollectionConverters;
import scala.reflect.ClassTag$;
import scala.runtime.AbstractFunction2;
import scala.runtime.BoxedUnit;

/**
 * The {@code spark} engine: the runs of a sweep as Spark tasks (Apache Spark's Java API). Each (point, replicate)
 * is one element of an RDD of task ids; the partitions — eight per core, so progress is smooth and a retry
 * repeats little — run {@link PartitionRuns} on the executors, and each partition's values come back to the
 * driver as it finishes (a result handler of {@code SparkContext.runJob}), which is where progress and the
 * resume file are fed. Seeds come from the job, so a retried task, another partitioning or another cluster size
 * gives the same numbers as the local engine, bit for bit.
 *
 * <p>Settings: Spark's own ({@code spark.*} system properties, which spark-submit sets) apply; the Spark web UI
 * and its console progress bar are off unless set, and a local master binds to the loopback address.
 */
public final class SparkGridEngine implements GridEngine {
    public static final String NAME = "spark";
    /** How long a standalone cluster may take to give the sweep its first executor. */
    static final long EXECUTOR_WAIT_MS = 60_000;

    private final int failFirstAttempt;

    /** The engine ServiceLoader creates. */
    public SparkGridEngine() {
        this(-1);
    }

    /** For tests: the first attempt of partition {@code failFirstAttempt} fails (−1: none does). */
    SparkGridEngine(int failFirstAttempt) {
        this.failFirstAttempt = failFirstAttempt;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public SparkRunner start(Settings settings) {
        SparkMaster master = SparkMaster.of(settings.master());
        master.checkReachable();
        SparkConf conf = new SparkConf().setAppName("basinscope sweep").setMaster(master.url())
                .setIfMissing("spark.ui.enabled", "false")
                .setIfMissing("spark.ui.showConsoleProgress", "false");
        if (master.local()) {
            conf.setIfMissing("spark.driver.host", "127.0.0.1").setIfMissing("spark.driver.bindAddress", "127.0.0.1");
        } else if (!conf.contains("spark.jars")) {
            // Started by the launcher rather than spark-submit: the executors need our code, the shaded jar.
            shadedJar().ifPresent(jar -> conf.setJars(new String[] {jar.toString()}));
        }
        JavaSparkContext sc;
        try {
            sc = new JavaSparkContext(conf);
        } catch (Exception e) {
            // Scala throws SparkException (checked in Java) undeclared: a master URL Spark cannot use.
            throw new InvalidInputException("Spark could not start with master '" + master.url() + "': "
                    + firstLine(e.getMessage()) + (master.local() || master.standalone() ? ""
                    : " (yarn and k8s masters need spark-submit; see the README)"));
        }
        try {
            if (master.standalone()) {
                awaitExecutor(sc, master);
            }
            return new SparkRunner(sc, master, failFirstAttempt);
        } catch (RuntimeException e) {
            sc.stop();
            throw e;
        }
    }

    /** basinscope-cluster-VERSION-spark.jar beside the jar this class was loaded from, if it is there. */
    private static java.util.Optional<java.nio.file.Path> shadedJar() {
        try {
            java.nio.file.Path here = java.nio.file.Path.of(
                    SparkGridEngine.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            String name = here.getFileName().toString();
            java.nio.file.Path shaded = name.endsWith("-spark.jar") ? here
                    : here.resolveSibling(name.replaceFirst("\\.jar$", "-spark.jar"));
            return name.endsWith(".jar") && java.nio.file.Files.isRegularFile(shaded) ? java.util.Optional.of(shaded)
                    : java.util.Optional.empty();
        } catch (java.net.URISyntaxException | RuntimeException e) {
            return java.util.Optional.empty();
        }
    }

    /** A standalone master can accept the application and never give it a worker: say so instead of waiting forever. */
    private static void awaitExecutor(JavaSparkContext sc, SparkMaster master) {
        long deadline = System.currentTimeMillis() + EXECUTOR_WAIT_MS;
        while (sc.sc().statusTracker().getExecutorInfos().length < 2) {
            if (sc.sc().isStopped()) {
                throw new InvalidInputException("the Spark master " + master.url() + " removed the sweep before it had an "
                        + "executor (executors that fail to start: see the workers' logs)");
            }
            if (System.currentTimeMillis() > deadline) {
                throw new InvalidInputException("the Spark master " + master.url() + " gave the sweep no executor within "
                        + EXECUTOR_WAIT_MS / 1000 + " s (no workers, or none with free cores and memory)");
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CancellationException("interrupted while waiting for a Spark executor");
            }
        }
    }

    static String firstLine(String m) {
        if (m == null) {
            return "";
        }
        int nl = m.indexOf('\n');
        return (nl < 0 ? m : m.substring(0, nl)).strip();
    }

    /** A running Spark context; closing it stops Spark. */
    static final class SparkRunner implements Runner {
        private final JavaSparkContext sc;
        private final SparkMaster master;
        private final int failFirstAttempt;
        private final AtomicInteger failedTasks = new AtomicInteger();

        SparkRunner(JavaSparkContext sc, SparkMaster master, int failFirstAttempt) {
            this.sc = sc;
            this.master = master;
            this.failFirstAttempt = failFirstAttempt;
            sc.sc().addSparkListener(new SparkListener() {
                @Override
                public void onTaskEnd(SparkListenerTaskEnd end) {
                    if (end.taskInfo() != null && end.taskInfo().failed()) {
                        failedTasks.incrementAndGet();
                    }
                }
            });
        }

        @Override
        public String describe() {
            return NAME + " " + master.url() + " (" + cores() + " cores)";
        }

        @Override
        public int cores() {
            return sc.defaultParallelism();
        }

        /** Task attempts that failed (and were retried, or failed the job) so far. */
        int failedTasks() {
            return failedTasks.get();
        }

        @Override
        public void run(GridJob job, int[] points, Sink sink, BooleanSupplier cancelled) {
            int seeds = job.seeds();
            List<Long> ids = new ArrayList<>(points.length * seeds);
            for (int p : points) {
                for (int r = 0; r < seeds; r++) {
                    ids.add((long) p * seeds + r);
                }
            }
            if (ids.isEmpty()) {
                return;
            }
            int slices = (int) Math.min(ids.size(), 8L * Math.max(1, cores()));
            JavaRDD<Long> rdd = sc.parallelize(ids, slices);
            List<Object> partitions = new ArrayList<>();
            for (int k = 0; k < slices; k++) {
                partitions.add(k);
            }
            String group = "basinscope-sweep-" + UUID.randomUUID();
            AtomicBoolean stopped = new AtomicBoolean();
            sc.setJobGroup(group, "grid sweep", true);
            try {
                sc.sc().runJob(rdd.rdd(), new PartitionRuns(job.toJson(), seeds, failFirstAttempt),
                        CollectionConverters.asScala(partitions).toSeq(),
                        new AbstractFunction2<Object, PartitionResult, BoxedUnit>() {
                            @Override
                            public BoxedUnit apply(Object partition, PartitionResult r) {
                                for (int i = 0; i < r.tasks().length; i++) {
                                    sink.accept((int) (r.tasks()[i] / seeds), (int) (r.tasks()[i] % seeds), r.values()[i]);
                                }
                                if (cancelled.getAsBoolean() && stopped.compareAndSet(false, true)) {
                                    sc.cancelJobGroup(group);
                                }
                                return BoxedUnit.UNIT;
                            }
                        }, ClassTag$.MODULE$.apply(PartitionResult.class));
            } catch (RuntimeException e) {
                if (stopped.get()) {
                    throw new CancellationException("cancelled");
                }
                throw unwrap(e);
            } finally {
                sc.clearJobGroup();
            }
        }

        /** A task's own refusal (bad input found on an executor) as one line; anything else as it came. */
        private static RuntimeException unwrap(RuntimeException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof InvalidInputException i) {
                    return i;
                }
            }
            return e;
        }

        @Override
        public void close() {
            sc.stop();
        }
    }
}
