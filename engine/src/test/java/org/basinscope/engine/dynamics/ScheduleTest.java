package org.basinscope.engine.dynamics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.basinscope.engine.ensemble.Ensemble;
import org.basinscope.engine.spec.InvalidInputException;
import org.junit.jupiter.api.Test;

/** Learning-rate and temperature schedules: their factors, and runs against the exact recursions. */
class ScheduleTest {

    @Test
    void theFactorsHaveTheirShapes() {
        Schedule cosine = Schedule.parse("cosine:period=100,floor=0.1");
        assertEquals(1, cosine.factor(0), 1e-15);
        assertEquals(0.55, cosine.factor(50), 1e-12);
        assertEquals(0.1, cosine.factor(100), 1e-15);
        assertEquals(0.1, cosine.factor(1000), 1e-15);
        Schedule step = Schedule.parse("step:every=10,gamma=0.5");
        assertEquals(1, step.factor(10), 0);
        assertEquals(0.5, step.factor(11), 0);
        assertEquals(0.25, step.factor(21), 0);
        Schedule cyclical = Schedule.parse("cyclical:period=100,floor=0");
        assertEquals(0, cyclical.factor(50), 1e-12);
        assertEquals(1, cyclical.factor(100), 1e-12);
        assertEquals(0.5, cyclical.factor(25), 1e-12);
        Schedule linear = Schedule.parse("linear:period=100,floor=0.2");
        assertEquals(0.5, linear.factor(50), 1e-12);
        assertEquals(0.2, linear.factor(90), 1e-12);
        assertEquals(1, Schedule.parse("constant").factor(7), 0);
        var e = assertThrows(InvalidInputException.class, () -> Schedule.parse("exponential"));
        assertTrue(e.getMessage().contains("valid: constant, step, cosine, cyclical, linear"), e.getMessage());
    }

    @Test
    void aScheduleWritesTheTextThatReadsBackToIt() {
        for (String text : new String[] {"constant", "constant:target=temperature", "step:every=10,gamma=0.5",
            "cosine:period=100,floor=0.1", "cyclical:period=250,floor=0,target=temperature", "linear:period=3000,floor=0.02",
            "cosine:period=0.5e3,floor=0.125"}) {
            Schedule s = Schedule.parse(text);
            assertEquals(s, Schedule.parse(s.spec()), text + " → " + s.spec());
        }
        assertEquals("cosine:period=500,floor=0.125", Schedule.parse("cosine:period=0.5e3,floor=0.125").spec());
    }

    @Test
    void gdUnderACosineScheduleMultipliesTheExactFactors() {
        // x ← (1 − η_t λ) x on λx²/2, η_t = 0.3·factor(t): after K steps x = x0 Π (1 − η_t λ).
        Params p = Params.DEFAULT.withEta(0.3);
        Ensemble e = Runs.ensemble("quadratic:dim=1,h1=2", "gd", p, 1, 1, 1.0);
        Schedule s = Schedule.parse("cosine:period=40,floor=0.1");
        e.setSchedule(s);
        e.advance(25);
        e.advance(35);
        double x = 1;
        for (int t = 1; t <= 60; t++) {
            x *= 1 - 0.3 * s.factor(t) * 2;
        }
        assertEquals(x, e.particles().x[0], 1e-15);
    }

    @Test
    void annealingTheTemperatureFollowsTheExactVarianceRecursion() {
        // Langevin on x²/2 with T_t = 0.5·factor(t): v ← (1 − η)² v + 2η T_t, exactly, from v = 0.
        int n = 200_000;
        Params p = Params.DEFAULT.withEta(0.05).withTemperature(0.5);
        Ensemble e = Runs.ensemble("quadratic:dim=1,h1=1", "langevin", p, n, 17, 0.0);
        Schedule s = Schedule.parse("linear:period=400,floor=0.1,target=temperature");
        e.setSchedule(s);
        e.advance(300);
        double v = 0;
        for (int t = 1; t <= 300; t++) {
            v = 0.95 * 0.95 * v + 2 * 0.05 * 0.5 * s.factor(t);
        }
        assertEquals(v, e.stats().variance()[0], 4.5 * Runs.varianceStandardError(v, n));
    }
}
