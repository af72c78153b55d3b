package org.basinscope.engine.session.lessons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.basinscope.engine.analysis.GibbsDensity;
import org.junit.jupiter.api.Test;

/** stuck-at-low-temperature: Langevin at T = 0.02 on the double well, then T = 0.1. */
class StuckAtLowTemperatureLessonTest {
    private static final String ID = "stuck-at-low-temperature";

    private static double kramers(LessonRun r) {
        var c = r.config();
        return c.dynamics().escapeTheory().predict(c.landscape(), r.params(), new double[] {-1}, new double[] {1},
                Double.NaN).rate();
    }

    @Test
    void theBarrierIsTwelveAndAHalfTAndKramersSaysAMillionTimeUnits() {
        LessonRun r = LessonRun.start(ID);
        assertEquals(12.5, 0.25 / r.params().temperature(), 1e-9);
        double tau = 2 * Math.PI / Math.sqrt(2 * 1) * Math.exp(12.5);
        assertEquals(1.2e6, tau, 0.05e6);
        assertEquals(tau, kramers(r), 1e-6 * tau);
    }

    @Test
    void theHistogramSitsInTheLeftWellOnlyWhereGibbsPutsHalf() {
        LessonRun r = LessonRun.start(ID).advance(20000);
        assertEquals(0, r.fractionRightOf(0), 0);
        var f = r.config().landscape();
        double[] box = {-2, 2};
        double[] gibbs = GibbsDensity.marginal(f, 0.02, 0, box, 400);
        double left = 0;
        double all = 0;
        for (int i = 0; i < gibbs.length; i++) {
            all += gibbs[i];
            left += i < gibbs.length / 2 ? gibbs[i] : 0;
        }
        assertEquals(0.5, left / all, 1e-9, "half the Gibbs mass in each well: the histogram is twice as high");
    }

    @Test
    void atOneTenthKramersSaysFiftyFourAndCrossingsStartWithinAFewThousandSteps() {
        LessonRun r = LessonRun.atStep(ID, 0);
        assertEquals(54, kramers(r), 0.5);
        assertEquals(4.4, 2 * Math.PI / Math.sqrt(2), 0.05);
        r.advance(3000);
        assertTrue(r.fractionRightOf(0) > 0.05, "right " + r.fractionRightOf(0));
    }
}
