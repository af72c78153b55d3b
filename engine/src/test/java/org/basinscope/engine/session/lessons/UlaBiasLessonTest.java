package org.basinscope.engine.session.lessons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.basinscope.engine.analysis.GibbsDistance;
import org.junit.jupiter.api.Test;

/** ula-bias: Euler–Maruyama on x²/2 at T = 0.5, Var = T/(1 − η/2); MALA removes the bias. */
class UlaBiasLessonTest {
    private static final String ID = "ula-bias";
    private static final double T = 0.5;

    /** Within four standard errors of the sample variance of 20000 Gaussians, σ²·√(2/N). */
    private static void assertVariance(double expected, LessonRun r) {
        double v = LessonRun.variance(r.coordinate(0));
        assertEquals(expected, v, 4 * expected * Math.sqrt(2.0 / r.particles().size), "variance " + v);
    }

    @Test
    void atHalfTheVarianceIsTOverOneMinusEtaOverTwo() {
        assertVariance(T / (1 - 0.5 / 2), LessonRun.start(ID).advance(200));
    }

    @Test
    void atOneItIsTwoT() {
        assertEquals(1.0, T / (1 - 1 / 2.0), 1e-12);
        assertVariance(1.0, LessonRun.atStep(ID, 0).advance(50));
    }

    @Test
    void atFiveHundredthsTheBiasIsTwoPointSixPercent() {
        assertEquals(0.026, 1 / (1 - 0.05 / 2) - 1, 0.0005);
        assertVariance(T / (1 - 0.05 / 2), LessonRun.atStep(ID, 1).advance(400));
    }

    @Test
    void malaSitsOnTheGibbsCurve() {
        LessonRun r = LessonRun.atStep(ID, 2).advance(2000);
        assertVariance(T, r);
        var f = r.config().landscape();
        double ks = GibbsDistance.kolmogorovSmirnov(f, T, 0, f.viewBox(), r.coordinate(0));
        // The noise level of 20000 particles: 1.63/√20000 = 0.0115 (1%), where ULA at η = 1 is far off.
        assertTrue(ks < 0.0115, "KS " + ks);
        LessonRun ula = LessonRun.atStep(ID, 0).advance(50);
        assertTrue(GibbsDistance.kolmogorovSmirnov(f, T, 0, f.viewBox(), ula.coordinate(0)) > 5 * ks);
    }
}
