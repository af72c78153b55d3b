package org.basinscope.engine.session.lessons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.basinscope.engine.escape.FirstPassageTheory;
import org.basinscope.engine.landscape.LandscapeCatalog;
import org.basinscope.engine.spec.Spec;
import org.junit.jupiter.api.Test;

/** metastable-transitions: one Langevin particle at T = 0.08 in the 2-D double well. */
class MetastableTransitionsLessonTest {
    private static final String ID = "metastable-transitions";
    private static final int SAMPLE = 10;

    /** Waiting times between arrivals in one well's core (|x| &gt; 0.5) and the other's, in time units. */
    private static double[] waitingTimes(LessonRun r, long steps) {
        List<Double> waits = new ArrayList<>();
        int side = (int) Math.signum(r.particles().x[0]);
        long since = 0;
        double dt = SAMPLE * r.params().eta();
        for (long k = 1; k <= steps / SAMPLE; k++) {
            r.advance(SAMPLE);
            double x = r.particles().x[0];
            int now = x > 0.5 ? 1 : x < -0.5 ? -1 : side;
            if (now != side) {
                waits.add((k - since) * dt);
                since = k;
                side = now;
            }
        }
        return waits.stream().mapToDouble(Double::doubleValue).skip(1).toArray();
    }

    private static double eyringKramers(LessonRun r) {
        var c = r.config();
        return c.dynamics().escapeTheory().predict(c.landscape(), r.params(), new double[] {-1, 0},
                new double[] {1, 0}, Double.NaN).rate();
    }

    @Test
    void waitingTimesAreExponentialWithTheEyringKramersMean() {
        LessonRun r = LessonRun.start(ID);
        double ek = eyringKramers(r);
        // 2π/|λ_b| · √(|det H_b| / det H_a) · e^(ΔU/T) = 2π · √(1/2) · e^(0.25/0.08) ≈ 101.
        assertEquals(2 * Math.PI * Math.sqrt(0.5) * Math.exp(0.25 / 0.08), ek, 1e-6 * ek);
        assertEquals(101, ek, 0.5);
        double[] w = waitingTimes(r, 4_000_000);
        double mean = LessonRun.mean(w);
        double sd = Math.sqrt(LessonRun.variance(w));
        double se = mean / Math.sqrt(w.length);
        // x moves on its own in this separable surface: the exact 1-D time from one core (x = −0.5) to the other.
        var oneD = LandscapeCatalog.create(Spec.parse("double-well"));
        double exact = FirstPassageTheory.predict(oneD, 0.08, -0.5, 0.5).exact();
        System.out.printf("waits %d mean %.2f ± %.2f sd %.2f exact %.2f EK %.2f%n", w.length, mean, se, sd, exact, ek);
        assertTrue(w.length > 100);
        assertEquals(exact, mean, 4 * se, "mean wait " + mean + " ± " + se + " vs exact " + exact);
        assertEquals(1, sd / mean, 4 / Math.sqrt(w.length), "exponential: sd = mean");
        assertEquals(ek, mean, 0.2 * ek, "close to Eyring–Kramers");
    }

    @Test
    void atFiveHundredthsCrossingsAreRare() {
        LessonRun r = LessonRun.atStep(ID, 0);
        assertEquals(5, 0.25 / r.params().temperature(), 1e-9);
        assertEquals(660, eyringKramers(r), 5);
    }
}
