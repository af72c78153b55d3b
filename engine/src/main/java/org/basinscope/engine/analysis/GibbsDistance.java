package org.basinscope.engine.analysis;

import java.util.Arrays;
import org.basinscope.engine.landscape.Landscape;

/**
 * How far the particles are from the Gibbs density exp(−f/T)/Z (science/CHECKS.md, "Gibbs"): the
 * Kolmogorov–Smirnov distance sup |F_n − F| between the empirical and the Gibbs marginal CDF of one
 * coordinate, and the total-variation distance ½ Σ |p̂ − p| w between a histogram and the bin-averaged
 * Gibbs density. Both are 0 for a perfect sampler up to sampling noise: KS of N exact samples is of
 * order 0.87/√N, TV of a histogram of N samples in b bins is of order √(b/(2πN)).
 */
public final class GibbsDistance {
    /** Bins of the quadrature behind the Gibbs CDF: its error is far below the sampling noise. */
    private static final int CDF_BINS = 4000;

    private GibbsDistance() {
    }

    /**
     * KS distance of the coordinate {@code axis} of the given samples (non-finite ones ignored) from
     * the Gibbs marginal on {@code box}; samples outside the box count at its edges.
     */
    public static double kolmogorovSmirnov(Landscape f, double temperature, int axis, double[] box, double[] samples) {
        double[] sorted = Arrays.stream(samples).filter(Double::isFinite).sorted().toArray();
        double[] density = GibbsDensity.marginal(f, temperature, axis, box, CDF_BINS);
        return kolmogorovSmirnov(sorted, density, box[2 * axis], box[2 * axis + 1]);
    }

    /**
     * KS distance of sorted finite samples from the density given as bin averages on [lo, hi] (the
     * CDF is exact at the bin edges and linear in between); samples outside count at the edges.
     */
    public static double kolmogorovSmirnov(double[] sorted, double[] density, double lo, double hi) {
        int n = sorted.length;
        if (n == 0) {
            return Double.NaN;
        }
        int bins = density.length;
        double w = (hi - lo) / bins;
        double[] cdf = new double[bins + 1];
        for (int k = 0; k < bins; k++) {
            cdf[k + 1] = cdf[k] + density[k] * w;
        }
        double worst = 0;
        for (int i = 0; i < n; i++) {
            double t = Math.max(0, Math.min(bins, (sorted[i] - lo) / w));
            int k = Math.min(bins - 1, (int) t);
            double model = cdf[k] + (cdf[k + 1] - cdf[k]) * (t - k);
            // The empirical CDF jumps from i/n to (i+1)/n at x: both sides count.
            worst = Math.max(worst, Math.max(Math.abs((i + 1.0) / n - model), Math.abs((double) i / n - model)));
        }
        return worst;
    }

    /** KS distance for float samples (the positions of a snapshot). */
    public static double kolmogorovSmirnov(Landscape f, double temperature, int axis, double[] box, float[] samples) {
        double[] d = new double[samples.length];
        for (int i = 0; i < d.length; i++) {
            d[i] = samples[i];
        }
        return kolmogorovSmirnov(f, temperature, axis, box, d);
    }

    /** ½ Σ |p̂_k − p_k| w over equal bins of width {@code width}: both arguments are densities. */
    public static double totalVariation(double[] histogram, double[] gibbs, double width) {
        if (histogram.length != gibbs.length) {
            throw new IllegalArgumentException("bins differ: " + histogram.length + " vs " + gibbs.length);
        }
        double sum = 0;
        for (int k = 0; k < histogram.length; k++) {
            sum += Math.abs(histogram[k] - gibbs[k]);
        }
        return 0.5 * sum * width;
    }
}
