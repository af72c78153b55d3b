package org.basinscope.engine.analysis;

/**
 * A histogram on fixed, equal bins over [lo, hi], normalised as a probability density of the values
 * counted (so it can be drawn against a density): density[k] = count[k] / (total · width), where total
 * includes values outside the range (their share is reported in {@link #outside}).
 *
 * @param lo      left edge
 * @param hi      right edge
 * @param density per-bin density
 * @param total   number of values counted (live particles)
 * @param outside number of them outside [lo, hi]
 */
public record Histogram(double lo, double hi, double[] density, int total, int outside) {

    public int bins() {
        return density.length;
    }

    public double width() {
        return (hi - lo) / density.length;
    }

    public double center(int k) {
        return lo + (k + 0.5) * width();
    }

    /** Histogram of {@code values[i]} for the i with {@code skip[i]} false. */
    public static Histogram of(double[] values, boolean[] skip, int n, double lo, double hi, int bins) {
        if (!(hi > lo) || bins < 1) {
            throw new IllegalArgumentException("need lo < hi and bins ≥ 1: " + lo + ", " + hi + ", " + bins);
        }
        long[] counts = new long[bins];
        int total = 0;
        int outside = 0;
        double scale = bins / (hi - lo);
        for (int i = 0; i < n; i++) {
            if (skip != null && skip[i]) {
                continue;
            }
            total++;
            double v = values[i];
            if (v >= lo && v < hi) {
                int k = (int) ((v - lo) * scale);
                counts[Math.min(k, bins - 1)]++;
            } else {
                outside++;
            }
        }
        double[] density = new double[bins];
        if (total > 0) {
            double norm = scale / total;
            for (int k = 0; k < bins; k++) {
                density[k] = counts[k] * norm;
            }
        }
        return new Histogram(lo, hi, density, total, outside);
    }
}
