package org.basinscope.engine.chaos;

/**
 * Permutation entropy (Bandt &amp; Pompe, PRL 88, 2002): the Shannon entropy of the ordinal patterns
 * of {@code order} consecutive values, normalised by ln(order!) to [0, 1]. A model-free chaos
 * indicator for noisy or measured series: a periodic orbit visits few patterns (near 0), white noise
 * all of them equally (1), deterministic chaos in between. Ties count as the earlier value smaller.
 */
public final class PermutationEntropy {
    private PermutationEntropy() {
    }

    /** The normalised permutation entropy of the first {@code n} values, pattern length {@code order} (3–7). */
    public static double of(double[] series, int n, int order) {
        if (order < 2 || order > 7) {
            throw new IllegalArgumentException("order must be in [2, 7], got " + order);
        }
        int patterns = factorial(order);
        long[] counts = new long[patterns];
        int windows = n - order + 1;
        if (windows <= 0) {
            return Double.NaN;
        }
        for (int start = 0; start < windows; start++) {
            // The pattern's Lehmer code: for each element, how many later ones are smaller.
            int code = 0;
            for (int a = 0; a < order; a++) {
                int smaller = 0;
                for (int b = a + 1; b < order; b++) {
                    if (series[start + b] < series[start + a]) {
                        smaller++;
                    }
                }
                code = code * (order - a) + smaller;
            }
            counts[code]++;
        }
        double h = 0;
        for (long c : counts) {
            if (c > 0) {
                double p = (double) c / windows;
                h -= p * Math.log(p);
            }
        }
        return h / Math.log(patterns);
    }

    private static int factorial(int k) {
        int f = 1;
        for (int i = 2; i <= k; i++) {
            f *= i;
        }
        return f;
    }
}
