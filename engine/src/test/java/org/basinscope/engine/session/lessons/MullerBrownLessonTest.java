package org.basinscope.engine.session.lessons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Comparator;
import java.util.List;
import org.basinscope.engine.analysis.CriticalPoint;
import org.basinscope.engine.analysis.CriticalPoints;
import org.basinscope.engine.dynamics.ParticleArrays;
import org.junit.jupiter.api.Test;

/** muller-brown: Langevin on the Müller–Brown surface × 0.1 from the well near (0.62, 0.03), T = 1, 2, 4. */
class MullerBrownLessonTest {
    private static final String ID = "muller-brown";

    private static List<CriticalPoint> minima(LessonRun r) {
        var f = r.config().landscape();
        return CriticalPoints.find(f, f.viewBox()).points().stream().filter(p -> p.kind() == CriticalPoint.Kind.MINIMUM)
                .sorted(Comparator.comparingDouble(CriticalPoint::value)).toList();
    }

    /** The fraction of particles nearest to each minimum (deepest first). */
    private static double[] occupation(LessonRun r, List<CriticalPoint> m) {
        ParticleArrays s = r.particles();
        double[] n = new double[m.size()];
        for (int i = 0; i < s.size; i++) {
            int best = 0;
            for (int k = 1; k < m.size(); k++) {
                if (Math.hypot(s.x[i] - m.get(k).x(), s.y[i] - m.get(k).y())
                        < Math.hypot(s.x[i] - m.get(best).x(), s.y[i] - m.get(best).y())) {
                    best = k;
                }
            }
            n[best] += 1.0 / s.size;
        }
        return n;
    }

    @Test
    void threeMinimaOfDifferentDepths() {
        LessonRun r = LessonRun.start(ID);
        List<CriticalPoint> m = minima(r);
        assertEquals(3, m.size());
        double[][] where = {{-0.56, 1.44}, {0.62, 0.03}, {-0.05, 0.47}};
        double[] depth = {-14.67, -10.82, -8.08};
        for (int k = 0; k < 3; k++) {
            assertEquals(where[k][0], m.get(k).x(), 0.01);
            assertEquals(where[k][1], m.get(k).y(), 0.01);
            assertEquals(depth[k], m.get(k).value(), 0.01);
        }
        assertEquals(0.62, r.config().start()[0], 0.01);
        assertEquals(0.03, r.config().start()[1], 0.01);
    }

    @Test
    void evenAtOneTheyFindTheDeepestWellThenMostGoThereThenAllThreeAreVisited() {
        LessonRun r = LessonRun.start(ID).withParticles(500);
        List<CriticalPoint> m = minima(r);
        r.advance(60_000); // 30 time units at T = 1
        double[] one = occupation(r, m);
        assertTrue(one[0] > 0.25 && one[2] < 0.15, "T = 1: deepest " + one[0] + ", middle " + one[2]);
        r.step(0).advance(40_000);
        double[] two = occupation(r, m);
        assertTrue(two[0] > 0.6, "T = 2: most in the deepest well, " + two[0]);
        r.step(1).advance(40_000);
        double[] four = occupation(r, m);
        for (double f : four) {
            assertTrue(f > 0.1, "T = 4: every well visited, " + java.util.Arrays.toString(four));
        }
    }
}
