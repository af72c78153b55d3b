package org.basinscope.engine.random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The ziggurat's wedge test decided by the chord and tangent bounds ({@link Gaussian#underCurve}) always gives
 * Math.exp's answer, so the stream's draws keep their bits: on every layer, for t across its interval and a little
 * beyond, and for y uniform over the wedge's height and within a few ulps of exp(t), where the bounds must hand
 * over to Math.exp.
 */
class WedgeSqueezeTest {
    @Test
    void theFastPathServesAbout97PercentOfDraws() {
        // The class comment's figure, and why the rare path matters for speed.
        long[] bounds = Gaussian.fastBounds();
        SplittableRandom r = new SplittableRandom(3);
        int n = 4_000_000;
        int fast = 0;
        for (int k = 0; k < n; k++) {
            long u = r.nextLong();
            fast += Math.abs(u >> 8) < bounds[(int) (u & 127)] ? 1 : 0;
        }
        double share = fast / (double) n; // standard error 8e-5
        assertTrue(share > 0.9715 && share < 0.9730, "fast-path share " + share);
    }

    @Test
    void theSqueezeAnswersAsMathExpDoes() {
        SplittableRandom r = new SplittableRandom(20261204L);
        long cases = 0;
        for (int layer = 1; layer < 128; layer++) {
            double lo = Gaussian.T_LO[layer];
            double hi = Gaussian.T_HI[layer];
            double width = hi - lo;
            for (int k = 0; k < 4000; k++) {
                double t = lo - 0.01 * width + r.nextDouble() * 1.02 * width;
                if (k % 10 == 0) {
                    t = r.nextBoolean() ? lo : hi; // the corners, where chord and curve meet
                }
                double e = Math.exp(t);
                double[] ys = {
                    Gaussian.F[layer] + r.nextDouble() * (Gaussian.F[layer - 1] - Gaussian.F[layer]),
                    e, Math.nextUp(e), Math.nextDown(e), e + 3 * Math.ulp(e), e - 3 * Math.ulp(e),
                    e * (1 + 1e-13), e * (1 - 1e-13), e * (1 + 1e-11), e * (1 - 1e-11)
                };
                for (double y : ys) {
                    assertEquals(y < e, Gaussian.underCurve(y, t, layer), "layer " + layer + ", t " + t + ", y " + y);
                    cases++;
                }
            }
        }
        assertTrue(cases > 5_000_000, cases + " cases");
    }
}
