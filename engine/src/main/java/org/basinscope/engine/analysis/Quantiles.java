package org.basinscope.engine.analysis;

import java.util.Arrays;

/** Quantiles of a sample by sorting a copy (O(n log n); n ≤ a few 10⁵ per frame). */
public final class Quantiles {
    private Quantiles() {
    }

    /**
     * The requested quantiles (each in [0, 1]) of the first {@code n} values, by linear interpolation
     * between order statistics (type 7 of Hyndman &amp; Fan). NaN for an empty sample.
     */
    public static double[] of(double[] values, int n, double... probabilities) {
        double[] out = new double[probabilities.length];
        if (n == 0) {
            Arrays.fill(out, Double.NaN);
            return out;
        }
        double[] sorted = Arrays.copyOf(values, n);
        Arrays.sort(sorted);
        for (int k = 0; k < probabilities.length; k++) {
            double pos = probabilities[k] * (n - 1);
            int lo = (int) Math.floor(pos);
            int hi = Math.min(lo + 1, n - 1);
            out[k] = sorted[lo] + (pos - lo) * (sorted[hi] - sorted[lo]);
        }
        return out;
    }
}
