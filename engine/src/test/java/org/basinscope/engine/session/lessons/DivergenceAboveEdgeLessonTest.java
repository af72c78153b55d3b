package org.basinscope.engine.session.lessons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** divergence-above-edge: GD on ½(x² + 10y²), the edge at η = 2/λmax = 0.2. */
class DivergenceAboveEdgeLessonTest {
    private static final String ID = "divergence-above-edge";

    @Test
    void belowTheEdgeItConverges() {
        LessonRun r = LessonRun.start(ID);
        assertEquals(0.19, r.params().eta(), 0);
        r.advance(1000);
        assertEquals(0, r.diverged());
        assertTrue(Math.abs(r.particles().y[0]) < 1e-10 && Math.abs(r.particles().x[0]) < 1e-10);
    }

    @Test
    void justAboveItTheOscillationGrowsByOnePointOneUntilTheParticlesLeave() {
        assertEquals(1.1, Math.abs(1 - 10 * 0.21), 1e-12);
        LessonRun r = LessonRun.atStep(ID, 0);
        double y0 = r.particles().y[0];
        r.advance(1);
        assertEquals(-1.1, r.particles().y[0] / y0, 1e-12);
        r.advance(400);
        assertEquals(r.particles().size, r.diverged(), "every particle is counted as diverged");
    }

    @Test
    void atEtaPointOneTheSteepDirectionIsGoneInOneStepAndXContractsByPointNine() {
        LessonRun r = LessonRun.atStep(ID, 1);
        assertEquals(0.1, r.params().eta(), 0);
        double x0 = r.particles().x[0];
        r.advance(1);
        assertEquals(0, r.particles().y[0], 1e-15, "1 − 10η = 0");
        assertEquals(0.9, r.particles().x[0] / x0, 1e-12);
    }
}
