package org.basinscope.engine.live.dimensional;

import java.util.List;
import org.basinscope.engine.analysis.Histogram;

/**
 * Histograms of a d-dimensional cloud (issue 16): of each particle's own loss f(θᵢ), and of its spread along each
 * of the Hessian's top eigenvectors uᵢ at the mean, (θ − θ̄)·uᵢ, beside the run's stationary variance along uᵢ where
 * its rule has one ({@link org.basinscope.engine.dynamics.Dynamics#stationaryVariance}: exact for a quadratic, whose
 * H is the same everywhere; the quadratic approximation at the mean otherwise; seed 001, Theorem 5).
 *
 * @param loss       the live particles' losses, or null before the first frame
 * @param directions one per eigenvector measured so far (none before the first spectrum)
 * @param coordinate the chosen coordinate θ_c of the live particles, or null before the first frame
 */
public record DimensionalHistograms(Histogram loss, List<Direction> directions, Coordinate coordinate) {
    public static final DimensionalHistograms EMPTY = new DimensionalHistograms(null, List.of(), null);

    public DimensionalHistograms {
        directions = List.copyOf(directions);
    }

    /**
     * The cloud along uᵢ.
     *
     * @param index      i, 1 for the top eigenvector
     * @param eigenvalue λᵢ at the mean it was measured at
     * @param histogram  (θ − θ̄)·uᵢ of the live particles, as a density
     * @param measured   their variance (n − 1 in the denominator)
     * @param predicted  the rule's stationary variance at curvature λᵢ, NaN where it has none (a data set's noise,
     *                   Adam, λᵢ ≤ 0), 0 for a deterministic rule
     */
    public record Direction(int index, double eigenvalue, Histogram histogram, double measured, double predicted) {
        /** True if there is a Gaussian N(0, predicted) to draw. */
        public boolean predicts() {
            return Double.isFinite(predicted) && predicted > 0;
        }

        /** The predicted density N(0, predicted) at x. */
        public double predictedDensity(double x) {
            return Math.exp(-x * x / (2 * predicted)) / Math.sqrt(2 * Math.PI * predicted);
        }
    }

    /**
     * The cloud's coordinate θ_c.
     *
     * @param index     c, 0-based (θ₁ is 0)
     * @param histogram θ_c of the live particles, as a density
     * @param mean      their mean
     * @param measured  their variance (n − 1 in the denominator)
     * @param gibbs     the exact marginal of θ_c under exp(−f/T) where the landscape has it, or null: what an exact
     *                  sampler's histogram tends to (the rule's own stationary law may differ: ULA's bias)
     */
    public record Coordinate(int index, Histogram histogram, double mean, double measured,
            org.basinscope.engine.landscape.GibbsMarginal gibbs) {
    }
}
