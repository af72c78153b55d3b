package org.basinscope.engine.grid;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.basinscope.engine.analysis.Progress;
import org.basinscope.engine.ensemble.BlockRunner;

/**
 * Runs a grid sweep on an engine and assembles the result: the runs' values are gathered per point, and a
 * point is finished — its mean and standard error computed in replicate order, written to the checkpoint,
 * reported — once all its seeds are in. Points already in the checkpoint are not run again, and the result
 * is the same as that of an uninterrupted sweep, bit for bit.
 */
public final class GridSweep {
    private GridSweep() {
    }

    /** The sweep on the local engine with {@code runner}'s threads, no file, reporting to {@code progress}. */
    public static GridResult run(GridJob job, BlockRunner runner, Progress progress) {
        return run(job, runner, GridListener.NONE, progress);
    }

    /**
     * The sweep on the local engine with {@code runner}'s threads and no file; {@code listener} hears each point as
     * it finishes (a heat map can fill in), {@code progress} the fraction done, and it may cancel.
     */
    public static GridResult run(GridJob job, BlockRunner runner, GridListener listener, Progress progress) {
        try (GridEngine.Runner local = new LocalGridEngine().start(new GridEngine.Settings(runner.threads(), null))) {
            return run(job, local, listener, progress, null);
        }
    }

    /**
     * The sweep on {@code engine}. {@code progress} hears the fraction of points done and may cancel (a
     * {@link java.util.concurrent.CancellationException} then leaves the finished points in the checkpoint);
     * {@code listener} hears each finished point; {@code checkpoint} (or null) holds points of an interrupted
     * run and receives the new ones, and is finished (the output file written) at the end.
     */
    public static GridResult run(GridJob job, GridEngine.Runner engine, GridListener listener, Progress progress,
            GridCheckpoint checkpoint) {
        int total = job.points();
        double[] mean = new double[total];
        double[] stderr = new double[total];
        boolean[] finished = new boolean[total];
        Map<Integer, PointResult> resumed = checkpoint == null ? Map.of() : checkpoint.done();
        for (PointResult r : resumed.values()) {
            mean[r.point()] = r.mean();
            stderr[r.point()] = r.stderr();
            finished[r.point()] = true;
        }
        int[] todo = new int[total - resumed.size()];
        for (int p = 0, k = 0; p < total; p++) {
            if (!finished[p]) {
                todo[k++] = p;
            }
        }
        listener.started(total, resumed.size());
        progress.step((double) resumed.size() / total);
        Assembler assembler = new Assembler(job.seeds(), total, resumed.size()) {
            @Override
            void finish(PointResult r, int done) {
                mean[r.point()] = r.mean();
                stderr[r.point()] = r.stderr();
                if (checkpoint != null) {
                    try {
                        checkpoint.append(r);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
                listener.pointDone(r, done, total);
                progress.report((double) done / total);
            }
        };
        engine.run(job, todo, assembler::accept, progress::cancelled);
        if (assembler.done() != total) {
            throw new IllegalStateException("the engine finished " + assembler.done() + " of " + total + " points");
        }
        GridResult result = new GridResult(job, mean, stderr, engine.describe());
        if (checkpoint != null) {
            try {
                checkpoint.finish(result);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return result;
    }

    /**
     * Collects replicate values per point; a point with all its seeds in is finished once, under the lock. A
     * value handed over twice (a cluster's speculative copy of a task) is the same number and is ignored.
     */
    private abstract static class Assembler {
        private final int seeds;
        private final double[][] values;
        private final boolean[][] arrived;
        private final int[] count;
        private int done;

        Assembler(int seeds, int points, int alreadyDone) {
            this.seeds = seeds;
            this.values = new double[points][];
            this.arrived = new boolean[points][];
            this.count = new int[points];
            this.done = alreadyDone;
        }

        synchronized void accept(int point, int replicate, double value) {
            if (values[point] == null) {
                if (count[point] == seeds) {
                    return;
                }
                values[point] = new double[seeds];
                arrived[point] = new boolean[seeds];
            }
            if (arrived[point][replicate]) {
                return;
            }
            arrived[point][replicate] = true;
            values[point][replicate] = value;
            if (++count[point] == seeds) {
                done++;
                PointResult r = PointResult.of(point, values[point]);
                values[point] = null;
                arrived[point] = null;
                finish(r, done);
            }
        }

        synchronized int done() {
            return done;
        }

        abstract void finish(PointResult r, int done);
    }
}
