package org.basinscope.engine.random;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The keyed permutation: a bijection for every key, and uniform batches with the d-dimensional rounds. */
class KeyedPermutationTest {

    @Test
    void everyKeyGivesAPermutation() {
        SplittableRandom r = new SplittableRandom(2);
        for (int n : new int[] {1, 2, 3, 40, 100, 1797}) {
            for (int rounds : new int[] {KeyedPermutation.PLANAR_ROUNDS, KeyedPermutation.ROUNDS}) {
                long key = r.nextLong();
                boolean[] seen = new boolean[n];
                for (int k = 0; k < n; k++) {
                    int v = KeyedPermutation.apply(k, key, n, rounds);
                    assertTrue(v >= 0 && v < n && !seen[v], "n = " + n + ", position " + k);
                    seen[v] = true;
                }
            }
        }
    }

    /**
     * The first B = 8 of n = 40 positions over K = 2·10⁵ random keys: each example should be in the batch with
     * probability B/n and each pair with B(B − 1)/(n(n − 1)). Pearson's χ² of the single counts has 39 degrees
     * of freedom (mean 39, sd √78); of the 780 pair counts about 779 (sd √1558). Bounds: mean + 5 sd. (The four
     * planar rounds give χ² ≈ 690 and 6100 here.)
     */
    @Test
    void theDimensionalRoundsDrawUniformBatches() {
        int n = 40;
        int batch = 8;
        int keys = 200_000;
        long[] single = new long[n];
        long[][] pair = new long[n][n];
        SplittableRandom r = new SplittableRandom(9);
        int[] idx = new int[batch];
        for (int t = 0; t < keys; t++) {
            long key = r.nextLong();
            for (int b = 0; b < batch; b++) {
                idx[b] = KeyedPermutation.apply(b, key, n, KeyedPermutation.ROUNDS);
                single[idx[b]]++;
            }
            for (int a = 0; a < batch; a++) {
                for (int b = a + 1; b < batch; b++) {
                    pair[Math.min(idx[a], idx[b])][Math.max(idx[a], idx[b])]++;
                }
            }
        }
        double e1 = (double) keys * batch / n;
        double e2 = (double) keys * batch * (batch - 1) / (n * (n - 1.0));
        double chi1 = 0;
        double chi2 = 0;
        for (int i = 0; i < n; i++) {
            chi1 += (single[i] - e1) * (single[i] - e1) / e1;
            for (int j = i + 1; j < n; j++) {
                chi2 += (pair[i][j] - e2) * (pair[i][j] - e2) / e2;
            }
        }
        assertTrue(chi1 < 39 + 5 * Math.sqrt(78), "single inclusion χ² = " + chi1);
        assertTrue(chi2 < 779 + 5 * Math.sqrt(1558), "pair inclusion χ² = " + chi2);
    }
}
