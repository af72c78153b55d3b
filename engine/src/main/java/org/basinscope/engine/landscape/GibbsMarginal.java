package org.basinscope.engine.landscape;

import java.util.function.DoubleUnaryOperator;

/**
 * The exact marginal density of one coordinate under the Gibbs measure exp(−f/T)/Z (seed 001, Theorem 3), where a
 * landscape has it in closed form or as a one-dimensional integral: what an exact sampler's histogram of that
 * coordinate tends to.
 *
 * @param formula what it is, for captions (e.g. "⅕ Σₖ N(μₖ, 1)")
 * @param density the normalised density at x
 */
public record GibbsMarginal(String formula, DoubleUnaryOperator density) {
    /** Points of the Simpson rule that normalises {@link #normalised} (even number of intervals). */
    static final int QUADRATURE_INTERVALS = 4000;

    /** The density of N(mean, variance). */
    public static GibbsMarginal gaussian(String formula, double mean, double variance) {
        double norm = 1 / Math.sqrt(2 * Math.PI * variance);
        return new GibbsMarginal(formula, x -> norm * Math.exp(-(x - mean) * (x - mean) / (2 * variance)));
    }

    /**
     * exp(logDensity(x)) normalised over [lo, hi] by Simpson's rule on {@value #QUADRATURE_INTERVALS} intervals
     * (the interval must hold all but a negligible part of the mass), 0 outside it.
     */
    public static GibbsMarginal normalised(String formula, DoubleUnaryOperator logDensity, double lo, double hi) {
        int n = QUADRATURE_INTERVALS;
        double h = (hi - lo) / n;
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i <= n; i++) {
            max = Math.max(max, logDensity.applyAsDouble(lo + i * h));
        }
        double sum = 0;
        for (int i = 0; i <= n; i++) {
            double w = i == 0 || i == n ? 1 : i % 2 == 1 ? 4 : 2;
            sum += w * Math.exp(logDensity.applyAsDouble(lo + i * h) - max);
        }
        double logZ = max + Math.log(sum * h / 3);
        return new GibbsMarginal(formula, x -> x < lo || x > hi ? 0 : Math.exp(logDensity.applyAsDouble(x) - logZ));
    }
}
