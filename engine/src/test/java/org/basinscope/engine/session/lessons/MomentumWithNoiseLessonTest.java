package org.basinscope.engine.session.lessons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.basinscope.engine.analysis.GibbsDistance;
import org.junit.jupiter.api.Test;

/** momentum-with-noise: heavy ball with a noisy gradient (σ = 2) on the double well. */
class MomentumWithNoiseLessonTest {
    private static final String ID = "momentum-with-noise";
    private static final int PARTICLES = 2000;

    private static LessonRun at(int step) {
        return (step < 0 ? LessonRun.start(ID) : LessonRun.atStep(ID, step)).withParticles(PARTICLES).advance(20_000);
    }

    /** Crossings between the wells' cores (|x| &gt; 0.5) per particle and 1000 steps. */
    private static double crossingsPerThousandSteps(LessonRun r, int steps) {
        int n = r.particles().size;
        int[] side = new int[n];
        for (int i = 0; i < n; i++) {
            side[i] = r.particles().x[i] > 0 ? 1 : -1;
        }
        long crossings = 0;
        for (int k = 0; k < steps; k++) {
            r.advance(1);
            for (int i = 0; i < n; i++) {
                double x = r.particles().x[i];
                int s = x > 0.5 ? 1 : x < -0.5 ? -1 : side[i];
                crossings += s != side[i] ? 1 : 0;
                side[i] = s;
            }
        }
        return crossings * 1000.0 / n / steps;
    }

    /** T_eff = ησ²/(2B(1 − β)) as the readout says, the histogram on its Gibbs curve, half the cloud in each well. */
    private static void assertGibbsAt(double teff, LessonRun r) {
        var p = r.params();
        assertEquals(p.eta() * 4 / (2 * p.batch() * (1 - p.momentum())), teff, 1e-12);
        assertEquals(teff, r.config().dynamics().effectiveTemperature(p), 1e-12);
        var f = r.config().landscape();
        double ks = GibbsDistance.kolmogorovSmirnov(f, teff, 0, f.viewBox(), r.coordinate(0));
        // 2000 particles: the 1% point of the KS distance is 1.63/√2000 = 0.036; the small-η bias adds little.
        assertTrue(ks < 0.04, "KS " + ks + " at β = " + p.momentum());
        assertEquals(0.5, r.fractionRightOf(0), 4 * Math.sqrt(0.25 / PARTICLES), "half in each well");
    }

    @Test
    void atFixedEtaOverOneMinusBetaTheTemperatureAndTheHistogramStay() {
        assertEquals(0.5, 0.25 / 0.5, 1e-12, "ΔU/T_eff");
        assertGibbsAt(0.5, at(-1));
        assertGibbsAt(0.5, at(0));
        assertGibbsAt(0.5, at(1));
    }

    @Test
    void lighterDampingCostsStepsMoreMomentumHeatsUp() {
        double start = crossingsPerThousandSteps(at(-1), 5000);
        double light = crossingsPerThousandSteps(at(1), 5000);
        assertEquals(22, start, 2);
        assertEquals(8, light, 1.5);
        LessonRun hot = at(2);
        assertGibbsAt(1.0, hot);
        assertEquals(39, crossingsPerThousandSteps(hot, 5000), 3);
    }
}
