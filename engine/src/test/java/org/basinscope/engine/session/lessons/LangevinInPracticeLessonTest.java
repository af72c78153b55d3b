package org.basinscope.engine.session.lessons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.basinscope.engine.analysis.GibbsDistance;
import org.basinscope.engine.equilibrium.MinibatchCovariance;
import org.basinscope.engine.landscape.FiniteSum;
import org.junit.jupiter.api.Test;

/** langevin-in-practice: SGLD on the logistic regression at T = 0.01 and 0.001, then plain minibatch SGD. */
class LangevinInPracticeLessonTest {
    private static final String ID = "langevin-in-practice";

    private static double[] minibatchNoise(LessonRun r, double[] at) {
        FiniteSum f = (FiniteSum) r.config().landscape();
        double[] s = Noise.perExample(f, at[0], at[1]);
        double k = r.params().eta() * MinibatchCovariance.batchFactor(f.examples(), r.params().batch());
        return new double[] {k * s[0], k * s[2]};
    }

    @Test
    void atOneHundredthTheInjectedNoiseDominatesAndTheRunsSampleTheDensity() {
        LessonRun r = LessonRun.start(ID).withParticles(2000).advance(3000);
        double[] m = minibatchNoise(r, r.stats().mean());
        double twoT = 2 * r.params().temperature();
        assertTrue(m[0] < twoT / 10 && m[1] < twoT / 10, "η c_B S ≪ 2T");
        var f = r.config().landscape();
        double ks = GibbsDistance.kolmogorovSmirnov(f, 0.01, 0, f.viewBox(), r.coordinate(0));
        // 2000 particles (1% point 1.63/√2000 = 0.036) plus the O(η) bias of the step and the minibatch noise.
        assertTrue(ks < 0.06, "KS " + ks);
    }

    @Test
    void atOneThousandthTheTargetNarrowsTenfoldAndMinibatchNoiseCounts() {
        LessonRun r = LessonRun.start(ID).withParticles(2000).advance(3000);
        double warm = Noise.trace(r);
        r.step(0).advance(3000);
        double cold = Noise.trace(r);
        assertEquals(10, warm / cold, 2, "variance ∝ T near the minimum, plus the minibatch noise at T = 0.001");
        double[] m = minibatchNoise(r, r.stats().mean());
        assertTrue(Math.max(m[0], m[1]) > 2 * r.params().temperature() / 4, "comparable to 2T now");
    }

    @Test
    void plainMinibatchSgdWithReshuffledEpochsCollapses() {
        LessonRun r = LessonRun.atStep(ID, 0).withParticles(2000).advance(3000);
        double sgld = Noise.trace(r);
        r.step(1).advance(3000);
        assertEquals("minibatch", r.config().dynamicsSpec());
        assertTrue(Noise.trace(r) < sgld / 1000, "collapsed: " + Noise.trace(r) + " vs " + sgld);
    }
}
