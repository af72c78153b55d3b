package org.basinscope.engine.session.lessons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.basinscope.engine.analysis.Progress;
import org.basinscope.engine.chaos.Bifurcation;
import org.basinscope.engine.ensemble.BlockRunner;
import org.junit.jupiter.api.Test;

/** eta-sweep-transition: the Lyapunov exponent of GD on the double well against η from 0.5 to 2. */
class EtaSweepTransitionLessonTest {
    private static final String ID = "eta-sweep-transition";

    @Test
    void belowTheEdgeTheExponentIsLnOneMinusTwoEtaAndItTouchesZeroThere() {
        LessonRun r = LessonRun.start(ID);
        for (double eta : new double[] {0.5 + 1e-3, 0.6, 0.8, 0.9, 0.99}) {
            assertEquals(Math.log(Math.abs(1 - 2 * eta)), Orbits.lyapunov(r, eta, 0.9), 1e-4, "η = " + eta);
        }
        assertTrue(Orbits.lyapunov(r, 0.999, 0.9) > -0.01);
    }

    @Test
    void twoCycleThenFourAndBeyondTheExponentBelowZeroUntilChaos() {
        LessonRun two = LessonRun.atStep(ID, 0);
        assertEquals(2, Orbits.period(two, two.params().eta(), 0.9));
        LessonRun later = LessonRun.atStep(ID, 1);
        int p = Orbits.period(later, later.params().eta(), 0.9);
        assertTrue(p >= 4 && Integer.bitCount(p) == 1, "η = 1.3: a 4-cycle or a later doubling, got " + p);
        var sweep = Bifurcation.sweep(later.config().landscape(), later.config().dynamics(), later.params(), 1.001, 1.35,
                350, new double[] {0.9}, 20_000, 1024, 1e-6, new BlockRunner(2), Progress.NONE);
        for (int k = 0; k < sweep.eta().length; k++) {
            if (sweep.period()[k] > 0) {
                assertTrue(sweep.lyapunov()[k] < 1e-3, "a cycle has λ ≤ 0 (η = " + sweep.eta()[k] + ")");
            }
        }
        var chaotic = Orbits.orbit(later, 1.45, 0.9);
        assertTrue(chaotic.period()[0] == 0 && chaotic.lyapunov()[0] > 0, "where λ > 0 the iterates are chaotic");
    }

    @Test
    void theOrbitsSpreadSwitchesOnAtTheSameEta() {
        LessonRun r = LessonRun.start(ID);
        assertEquals(0, LessonRun.variance(Orbits.orbit(r, 0.99, 0.9).points()[0]), 1e-12);
        assertTrue(LessonRun.variance(Orbits.orbit(r, 1.01, 0.9).points()[0]) > 1e-4);
    }
}
