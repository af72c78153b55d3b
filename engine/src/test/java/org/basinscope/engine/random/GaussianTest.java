package org.basinscope.engine.random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.junit.jupiter.api.Test;

/** The ziggurat sampler against the standard normal, with tolerances of about 4–5 standard errors. */
class GaussianTest {
    private static final int N = 2_000_000;

    private static double[] draws(long seed, int streams) {
        long[] s = new long[streams];
        long[] g = new long[streams];
        ParticleStreams.seed(seed, 0, streams, s, g);
        double[] z = new double[N];
        for (int k = 0; k < N; k++) {
            z[k] = Gaussian.next(s, g, k % streams);
        }
        return z;
    }

    @Test
    void momentsMatchTheStandardNormal() {
        double[] z = draws(7, 1000);
        double m1 = 0, m2 = 0, m4 = 0;
        for (double v : z) {
            m1 += v;
            m2 += v * v;
            m4 += v * v * v * v;
        }
        m1 /= N;
        m2 /= N;
        m4 /= N;
        // SE of the mean 1/√N = 7.1e-4; of E z² √(2/N) = 1e-3; of E z⁴ √(96/N) = 6.9e-3.
        assertEquals(0, m1, 3.5e-3);
        assertEquals(1, m2, 5e-3);
        assertEquals(3, m4, 3.5e-2);
    }

    @Test
    void kolmogorovSmirnovDistanceIsSmall() {
        double[] z = draws(11, 1);
        Arrays.sort(z);
        NormalDistribution normal = new NormalDistribution(0, 1);
        double d = 0;
        for (int i = 0; i < N; i += 7) {
            double cdf = normal.cumulativeProbability(z[i]);
            d = Math.max(d, Math.max(Math.abs(cdf - (double) i / N), Math.abs(cdf - (double) (i + 1) / N)));
        }
        // The KS statistic exceeds 1.63/√N with probability 1%: 1.15e-3 here.
        assertTrue(d < 1.63 / Math.sqrt(N), "KS distance " + d);
    }

    @Test
    void tailBeyondTheBaseLayerHasTheRightMass() {
        double[] z = draws(13, 64);
        double r = 3.442619855899;
        long beyond = Arrays.stream(z).filter(v -> Math.abs(v) > r).count();
        double expected = 2 * (1 - new NormalDistribution(0, 1).cumulativeProbability(r)) * N;
        // Poisson count: SE = √expected ≈ 34; allow 5 SE.
        assertEquals(expected, beyond, 5 * Math.sqrt(expected));
        long farTail = Arrays.stream(z).filter(v -> Math.abs(v) > 4.5).count();
        double expectedFar = 2 * (1 - new NormalDistribution(0, 1).cumulativeProbability(4.5)) * N;
        assertEquals(expectedFar, farTail, 5 * Math.sqrt(expectedFar) + 1);
    }
}
