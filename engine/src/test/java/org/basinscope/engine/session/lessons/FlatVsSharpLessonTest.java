package org.basinscope.engine.session.lessons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.basinscope.engine.dynamics.ParticleArrays;
import org.basinscope.engine.landscape.DeepLinear;
import org.junit.jupiter.api.Test;

/** flat-vs-sharp: w1·w2·x fitting y ≈ x, SGD with B = 1 against full-batch GD. */
class FlatVsSharpLessonTest {
    private static final String ID = "flat-vs-sharp";

    private static double imbalance(LessonRun r) {
        ParticleArrays s = r.particles();
        double a = 0;
        int n = 0;
        for (int i = 0; i < s.size; i++) {
            if (!s.diverged[i]) {
                a += Math.abs(s.x[i] * s.x[i] - s.y[i] * s.y[i]);
                n++;
            }
        }
        return a / n;
    }

    @Test
    void onTheValleyLambdaMaxIsMTwoTimesTheSquaredNorm() {
        DeepLinear f = (DeepLinear) LessonRun.start(ID).config().landscape();
        double s = f.slope();
        double[] h = new double[3];
        for (double w1 : new double[] {0.3, 0.7, Math.sqrt(s), 2.5}) {
            double w2 = s / w1;
            f.hessian(w1, w2, h);
            double lmax = (h[0] + h[2]) / 2 + Math.sqrt((h[0] - h[2]) * (h[0] - h[2]) / 4 + h[1] * h[1]);
            assertEquals(f.secondMoment() * (w1 * w1 + w2 * w2), lmax, 1e-9 * lmax, "w1 = " + w1);
        }
    }

    @Test
    void eachStepMultipliesTheImbalanceByOneMinusEtaSquaredQSquared() {
        LessonRun r = LessonRun.start(ID).withParticles(20);
        double eta = r.params().eta();
        for (int k = 0; k < 50; k++) {
            double w1 = r.particles().x[0];
            double w2 = r.particles().y[0];
            r.advance(1);
            double u1 = r.particles().x[0];
            double u2 = r.particles().y[0];
            // The batch gradient is q·(w2, w1) for q = mean over the batch of (w1w2xᵢ − yᵢ)xᵢ.
            double q = (w1 - u1) / (eta * w2);
            assertEquals(w2 - eta * q * w1, u2, 1e-12);
            assertEquals((w1 * w1 - w2 * w2) * (1 - eta * eta * q * q), u1 * u1 - u2 * u2, 1e-12);
        }
    }

    @Test
    void sgdDriftsToTheBalancedMinimumFullBatchStaysAboutFourTimesSharper() {
        LessonRun sgd = LessonRun.start(ID).withParticles(200).advance(10_000);
        assertTrue(imbalance(sgd) < 1e-3, "balanced: " + imbalance(sgd));
        LessonRun gd = LessonRun.atStep(ID, 0).withParticles(10).advance(20_000);
        assertEquals(100, gd.params().batch());
        double[] w = gd.stats().mean();
        double[] v = sgd.stats().mean();
        double ratio = (w[0] * w[0] + w[1] * w[1]) / (v[0] * v[0] + v[1] * v[1]);
        assertEquals(3.8, ratio, 0.3, "λmax ratio GD/SGD");
    }

    @Test
    void noisierStepsBalanceFasterAndSomeRunsDivergeAtTheSharpStart() {
        LessonRun slow = LessonRun.start(ID).withParticles(500).advance(1000);
        LessonRun fast = LessonRun.atStep(ID, 1).withParticles(500).advance(1000);
        assertEquals(0.2, fast.params().eta(), 0);
        assertTrue(imbalance(fast) < imbalance(slow) / 100, imbalance(fast) + " vs " + imbalance(slow));
        double diverged = fast.diverged() / 500.0;
        assertEquals(1 / 8.0, diverged, 0.05, "about one run in eight");
        assertEquals(0, slow.diverged());
    }
}
