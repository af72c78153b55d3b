package org.basinscope.engine.grid;

import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import org.basinscope.engine.ensemble.BlockRunner;
import org.basinscope.engine.spec.InvalidInputException;

/**
 * The embedded engine: the runs of a sweep are shared out over {@code threads} worker threads, each taking
 * the next (point, replicate) in order; a run steps its ensemble on one thread, or — when there are fewer
 * runs than threads — on threads/runs of them. Ensembles are bit-identical for any thread count and each
 * run's seed is fixed by the job, so the numbers are the same for every thread count. A cancel stops the runs
 * under way within 1000 of their steps.
 */
public final class LocalGridEngine implements GridEngine {
    public static final String NAME = "local";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Runner start(Settings settings) {
        if (settings.master() != null) {
            throw new InvalidInputException("--master is for --engine spark; the local engine runs on this machine");
        }
        if (settings.threads() < 1 || settings.threads() > 256) {
            throw new InvalidInputException("--threads " + settings.threads() + " is outside the allowed range [1, 256]");
        }
        return new LocalRunner(settings.threads());
    }

    private record LocalRunner(int threads) implements Runner {
        @Override
        public String describe() {
            return NAME + " (" + threads + (threads == 1 ? " thread)" : " threads)");
        }

        @Override
        public int cores() {
            return threads;
        }

        @Override
        public void run(GridJob job, int[] points, Sink sink, BooleanSupplier cancelled) {
            int seeds = job.seeds();
            long tasks = (long) points.length * seeds;
            if (tasks == 0) {
                return;
            }
            int workers = (int) Math.min(threads, tasks);
            BlockRunner inner = new BlockRunner(Math.max(1, threads / workers));
            AtomicInteger next = new AtomicInteger();
            AtomicReference<Throwable> failure = new AtomicReference<>();
            Runnable work = () -> {
                try {
                    for (int t; failure.get() == null && !cancelled.getAsBoolean() && (t = next.getAndIncrement()) < tasks; ) {
                        int point = points[t / seeds];
                        int replicate = t % seeds;
                        sink.accept(point, replicate, Measurement.measure(job, point, replicate, inner, cancelled));
                    }
                } catch (Throwable e) {
                    failure.compareAndSet(null, e);
                }
            };
            if (workers == 1) {
                work.run();
            } else {
                runOn(workers, work);
            }
            Throwable e = failure.get();
            if (e instanceof RuntimeException r) {
                throw r;
            } else if (e instanceof Error r) {
                throw r;
            } else if (e != null) {
                throw new IllegalStateException(e);
            }
            if (next.get() < tasks) {
                throw new CancellationException("cancelled");
            }
        }

        /** Runs {@code work} on {@code workers} fresh daemon threads and waits for all of them. */
        private static void runOn(int workers, Runnable work) {
            ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
                Thread t = new Thread(r, "basinscope-grid");
                t.setDaemon(true);
                return t;
            });
            for (int w = 0; w < workers; w++) {
                pool.execute(work);
            }
            pool.shutdown();
            try {
                while (!pool.awaitTermination(1, TimeUnit.HOURS)) {
                    // A sweep may run for days; keep waiting.
                }
            } catch (InterruptedException e) {
                pool.shutdownNow();
                Thread.currentThread().interrupt();
                throw new CancellationException("interrupted");
            }
        }

        @Override
        public void close() {
        }
    }
}
