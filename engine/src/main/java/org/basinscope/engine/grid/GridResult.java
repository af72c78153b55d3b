package org.basinscope.engine.grid;

import java.util.List;
import org.basinscope.engine.session.Session;

/**
 * A finished grid sweep: the readout and its standard error at every point, as flat arrays in the grid's
 * row-major point order ({@link Grid#coordinates}); {@link #mean(int...)} and {@link #stderr(int...)} take
 * one index per axis. NaN marks a point whose runs diverged (and every stderr when there is one seed).
 *
 * @param job    the sweep
 * @param mean   the mean readout per point, length {@code job.points()}
 * @param stderr its standard error over the seeds per point
 * @param engine what ran it, e.g. {@code local (2 threads)}
 */
public record GridResult(GridJob job, double[] mean, double[] stderr, String engine) {

    public GridResult {
        if (mean.length != job.points() || stderr.length != job.points()) {
            throw new IllegalArgumentException("need " + job.points() + " points, got " + mean.length + " and "
                    + stderr.length);
        }
        mean = mean.clone();
        stderr = stderr.clone();
    }

    @Override
    public double[] mean() {
        return mean.clone();
    }

    @Override
    public double[] stderr() {
        return stderr.clone();
    }

    public Grid grid() {
        return job.grid();
    }

    public List<Axis> axes() {
        return job.grid().axes();
    }

    /** The size of each axis: the shape of {@link #mean()} read as a nested array. */
    public int[] shape() {
        return job.grid().shape();
    }

    public int seeds() {
        return job.seeds();
    }

    /** The readout at one index per axis. */
    public double mean(int... index) {
        return mean[job.grid().point(index)];
    }

    public double stderr(int... index) {
        return stderr[job.grid().point(index)];
    }

    /** The batch size each point ran with (it varies with an {@code eta/b} or a batch axis). */
    public double[] batch() {
        double[] b = new double[mean.length];
        for (int p = 0; p < b.length; p++) {
            b[p] = job.params(p).batch();
        }
        return b;
    }

    /** The settings of the run at one index per axis (replicate 0's seed): what a click on a cell loads. */
    public Session settings(int... index) {
        return job.settings(job.grid().point(index));
    }
}
