package org.basinscope.engine.ensemble;

/**
 * Summary of the particles that have not diverged, at one step.
 *
 * @param step      steps taken since the start
 * @param particles N, including diverged ones
 * @param diverged  how many particles diverged (left the finite bound) and stopped
 * @param mean      mean position per coordinate (NaN when every particle diverged)
 * @param variance  population variance per coordinate (divides by the number of live particles)
 * @param covariance the x–y covariance (0 in 1-D)
 * @param meanLoss  mean of f over live particles
 */
public record EnsembleStats(long step, int particles, int diverged, double[] mean, double[] variance,
        double covariance, double meanLoss) {

    public int alive() {
        return particles - diverged;
    }

    /** The variance of the positions projected on the unit vector (c, s). */
    public double varianceAlong(double c, double s) {
        if (mean.length == 1) {
            return variance[0];
        }
        return c * c * variance[0] + 2 * c * s * covariance + s * s * variance[1];
    }
}
