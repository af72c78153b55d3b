package org.basinscope.engine.landscape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.basinscope.engine.dynamics.DynamicsCatalog;
import org.basinscope.engine.dynamics.Params;
import org.basinscope.engine.ensemble.BlockRunner;
import org.basinscope.engine.ensemble.Ensemble;
import org.junit.jupiter.api.Test;

/** The deep linear model: its valley of minima, their sharpness, and how SGD balances the two layers. */
class DeepLinearTest {
    private static final DeepLinear F = (DeepLinear) LandscapeCatalog.create("deep-linear");

    @Test
    void theValleyIsFlatAlongItselfAndSharperAwayFromTheBalancedPoint() {
        double s = F.slope();
        double m2 = F.secondMoment();
        double[] g = new double[2];
        double[] h = new double[3];
        for (double w1 : new double[] {0.4, 1, Math.sqrt(Math.abs(s)), 2.5}) {
            double w2 = s / w1;
            F.gradient(w1, w2, g);
            assertEquals(0, g[0], 1e-12);
            assertEquals(0, g[1], 1e-12);
            // At a minimum H = m₂ (w2, w1)(w2, w1)ᵀ: eigenvalues 0 and m₂(w1² + w2²).
            F.hessian(w1, w2, h);
            double trace = h[0] + h[2];
            double det = h[0] * h[2] - h[1] * h[1];
            assertEquals(m2 * (w1 * w1 + w2 * w2), trace, 1e-12);
            assertEquals(0, det, 1e-12 * trace * trace);
        }
    }

    @Test
    void everySgdStepShrinksTheLayerImbalance() {
        // One step with batch-mean q = mean(rᵢxᵢ): (w1 − ηq w2)² − (w2 − ηq w1)² = (w1² − w2²)(1 − η²q²), exactly:
        // |w1² − w2²| never grows (for ηq < 1), so minibatch noise walks runs towards the balanced, flattest minimum.
        Params p = Params.DEFAULT.withEta(0.1).withBatch(1);
        Ensemble e = new Ensemble(F, DynamicsCatalog.create("minibatch"), p, 200, 7, new double[] {0.5, 2.0},
                BlockRunner.allCores());
        double[] before = new double[200];
        double start = 0.25 - 4;
        for (int t = 0; t < 3000; t++) {
            for (int i = 0; i < 200; i++) {
                before[i] = e.particles().x[i] * e.particles().x[i] - e.particles().y[i] * e.particles().y[i];
            }
            e.advance(1);
            for (int i = 0; i < 200; i++) {
                double d = e.particles().x[i] * e.particles().x[i] - e.particles().y[i] * e.particles().y[i];
                assertTrue(Math.abs(d) <= Math.abs(before[i]) * (1 + 1e-12) + 1e-15, "step " + t + ", particle " + i);
            }
        }
        double mean = 0;
        for (int i = 0; i < 200; i++) {
            mean += Math.abs(e.particles().x[i] * e.particles().x[i] - e.particles().y[i] * e.particles().y[i]) / 200;
        }
        assertTrue(mean < 0.5 * Math.abs(start), "imbalance " + start + " → " + mean);
    }
}
