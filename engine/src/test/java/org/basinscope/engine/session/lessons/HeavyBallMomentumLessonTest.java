package org.basinscope.engine.session.lessons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** heavy-ball-momentum: x⁺ = x − η∇f(x) + β(x − x⁻) on ½(x² + 10y²). */
class HeavyBallMomentumLessonTest {
    private static final String ID = "heavy-ball-momentum";

    /** The discriminant of μ² − (1 + β − ηλ)μ + β = 0. */
    private static double discriminant(double eta, double beta, double lambda) {
        double a = 1 + beta - eta * lambda;
        return a * a - 4 * beta;
    }

    /** The measured contraction per step of y: the envelope of |y| over two 40-step windows 200 steps apart. */
    private static double measuredContraction(LessonRun r) {
        double first = maxAbsY(r, 40);
        r.advance(160);
        double later = maxAbsY(r, 40);
        return Math.pow(later / first, 1 / 200.0);
    }

    private static double maxAbsY(LessonRun r, int steps) {
        double m = 0;
        for (int i = 0; i < steps; i++) {
            r.advance(1);
            m = Math.max(m, Math.abs(r.particles().y[0]));
        }
        return m;
    }

    @Test
    void whereTheRootsAreComplexTheContractionIsRootBeta() {
        // Start: β = 0.9, ηλ = 0.2 in y — complex roots of modulus √0.9 ≈ 0.949.
        LessonRun start = LessonRun.start(ID);
        assertTrue(discriminant(0.02, 0.9, 10) < 0);
        assertEquals(Math.sqrt(0.9), measuredContraction(start), 0.002);
        // β = 0.5: in y the roots are complex (ηλ = 0.2), contraction √0.5 ≈ 0.71 per step.
        assertEquals(0.71, Math.sqrt(0.5), 0.005);
        assertTrue(discriminant(0.02, 0.5, 10) < 0);
        LessonRun half = LessonRun.atStep(ID, 0);
        assertEquals(0.5, half.params().momentum(), 0);
        assertEquals(Math.sqrt(0.5), measuredContraction(half), 0.005);
    }

    @Test
    void stableUpToTwoPlusTwoBetaAboveGradientDescentsLimit() {
        LessonRun stable = LessonRun.atStep(ID, 1);
        assertEquals(0.35, stable.params().eta(), 0);
        assertEquals(0.9, stable.params().momentum(), 0);
        assertEquals(3.8, 2 + 2 * 0.9, 1e-12);
        stable.advance(3000);
        assertEquals(0, stable.diverged());
        assertTrue(Math.abs(stable.particles().y[0]) < 1e-6, "ηλmax = 3.5 < 3.8 converges");
        LessonRun diverges = LessonRun.atStep(ID, 2);
        assertEquals(0.4, diverges.params().eta(), 0);
        diverges.advance(3000);
        assertEquals(1, diverges.diverged(), "ηλmax = 4 > 3.8 diverges");
    }
}
