package org.basinscope.engine.session.lessons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** simulated-annealing: Langevin on the tilted double well (tilt 0.1) from the higher right well. */
class SimulatedAnnealingLessonTest {
    private static final String ID = "simulated-annealing";
    private static final double TILT = 0.1;

    @Test
    void theRightWellIsTwoTenthsHigherAndItsBarrierSeventeenAndAHalfTimesTheFinalT() {
        double left = Wells.value(TILT, Wells.stationary(TILT, -2, -0.5));
        double right = Wells.value(TILT, Wells.stationary(TILT, 0.5, 2));
        double top = Wells.value(TILT, Wells.stationary(TILT, -0.5, 0.5));
        assertEquals(0.2, right - left, 0.001);
        assertEquals(0.158, top - right, 0.0005);
        assertEquals(17.5, (top - right) / 0.009, 0.1);
        LessonRun r = LessonRun.start(ID);
        assertEquals(0.009, 0.3 * 0.03, 1e-12, "the schedule ends at 3% of T = 0.3");
        assertEquals(0.3 * 0.03, r.config().schedule().factor(5000) * 0.3, 1e-12);
    }

    @Test
    void slowAnnealingEndsInTheDeeperWellQuenchingAndFastAnnealingDoNot() {
        LessonRun slow = LessonRun.start(ID).withParticles(2000).advance(6000);
        // Caught in the deeper well when crossing stops.
        assertTrue(slow.fractionRightOf(0) < 0.3, "slow anneal right " + slow.fractionRightOf(0));
        LessonRun quench = LessonRun.atStep(ID, 0).withParticles(2000).advance(6000);
        assertEquals(1, quench.fractionRightOf(0), 0, "quenched: all stay in the higher well");
        LessonRun fast = LessonRun.atStep(ID, 1).withParticles(2000).advance(6000);
        assertTrue(fast.fractionRightOf(0) > 0.5, "fast: most frozen in the higher well, " + fast.fractionRightOf(0));
        LessonRun again = LessonRun.atStep(ID, 2).withParticles(2000).advance(6000);
        assertTrue(again.fractionRightOf(0) < 0.3);
    }
}
