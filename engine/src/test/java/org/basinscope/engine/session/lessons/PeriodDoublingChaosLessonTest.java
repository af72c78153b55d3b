package org.basinscope.engine.session.lessons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** period-doubling-chaos: GD on the 1-D double well from 0.9, x ← x − ηx(x² − 1). */
class PeriodDoublingChaosLessonTest {
    private static final String ID = "period-doubling-chaos";

    @Test
    void belowOneTheMinimumIsStableAboveItNot() {
        LessonRun r = LessonRun.start(ID);
        double[] h = new double[3];
        r.config().landscape().hessian(1, 0, h);
        assertEquals(2, h[0], 1e-12, "f'' = 2 at the minimum");
        assertEquals(1, Orbits.period(r, 0.9, 0.9));
        assertEquals(Math.log(Math.abs(1 - 2 * 0.9)), Orbits.lyapunov(r, 0.9, 0.9), 1e-6);
        assertTrue(Orbits.period(r, 1.01, 0.9) > 1, "η > 1: 1 − 2η < −1");
    }

    @Test
    void aTwoCycleThenPeriodFourThenChaos() {
        LessonRun r = LessonRun.atStep(ID, 0);
        var two = Orbits.orbit(r, r.params().eta(), r.config().start()[0]);
        assertEquals(2, two.period()[0]);
        double[] points = Arrays.stream(two.points()[0]).sorted().toArray();
        assertEquals(0.815, points[0], 0.0005);
        assertEquals(1.116, points[points.length - 1], 0.0005);
        LessonRun four = LessonRun.atStep(ID, 1);
        assertEquals(4, Orbits.period(four, four.params().eta(), 0.9));
        LessonRun chaos = LessonRun.atStep(ID, 2);
        var c = Orbits.orbit(chaos, chaos.params().eta(), 0.9);
        assertEquals(0, c.period()[0], "no cycle");
        assertTrue(c.lyapunov()[0] > 0.05, "sensitive to the start: λ = " + c.lyapunov()[0]);
    }
}
