package org.basinscope.engine.session.lessons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** gradient-flow-quadratic: GD on ½θᵀdiag(1, 4)θ from (2, 2). */
class GradientFlowQuadraticLessonTest {
    private static final String ID = "gradient-flow-quadratic";

    @Test
    void smallStepsFollowTheFlowAndTheStiffCoordinateGoesFirst() {
        // θ(t) = (2e^(−t), 2e^(−4t)): θ2(1) = 2e⁻⁴ ≈ 0.0366 (the text), not 0.0183.
        assertEquals(0.0366, 2 * Math.exp(-4), 5e-5);
        LessonRun r = LessonRun.start(ID).advance(100); // t = 100 · 0.01 = 1
        double x = r.particles().x[0];
        double y = r.particles().y[0];
        // GD multiplies by (1 − ηλ)^100: 2·0.99^100 = 0.732 and 2·0.96^100 = 0.0337, within O(ηλ) of the flow.
        assertEquals(2 * Math.pow(0.99, 100), x, 1e-12);
        assertEquals(2 * Math.pow(0.96, 100), y, 1e-12);
        assertEquals(2 * Math.exp(-1), x, 0.01 * 2 * Math.exp(-1));
        assertEquals(2 * Math.exp(-4), y, 0.1 * 2 * Math.exp(-4));
        assertTrue(y / 2 < x / 2 / 10, "the stiff coordinate is gone long before the flat one");
    }

    @Test
    void theStepMultipliesEachDirectionByOneMinusEtaLambda() {
        double[][] expected = {{0.3, 1 - 4 * 0.3}, {0.45, 1 - 4 * 0.45}, {0.52, 1 - 4 * 0.52}};
        for (int step = 0; step < 3; step++) {
            LessonRun r = LessonRun.atStep(ID, step);
            assertEquals(expected[step][0], r.params().eta(), 0);
            double y0 = r.particles().y[0];
            double x0 = r.particles().x[0];
            r.advance(1);
            assertEquals(expected[step][1], r.particles().y[0] / y0, 1e-12);
            assertEquals(1 - expected[step][0], r.particles().x[0] / x0, 1e-12);
        }
        // η = 0.3: below 2/λmax = 0.5 and 1 − 4η = −0.2 < 0 (overshoot, yet converging).
        assertTrue(0.3 < 2 / 4.0 && 1 - 4 * 0.3 < 0);
        // η = 0.45: flips sign every step, |1 − 4η| = 0.8; η = 0.52: 1.08 > 1 and the run diverges.
        assertEquals(0.8, Math.abs(1 - 4 * 0.45), 1e-12);
        assertEquals(1.08, Math.abs(1 - 4 * 0.52), 1e-12);
        LessonRun diverging = LessonRun.atStep(ID, 2).advance(2000);
        assertEquals(1, diverging.diverged());
        LessonRun slow = LessonRun.atStep(ID, 1).advance(50);
        assertTrue(Math.abs(slow.particles().y[0]) < 2 * Math.pow(0.8, 49), "|1 − 4η| = 0.8 decays slowly but decays");
    }
}
