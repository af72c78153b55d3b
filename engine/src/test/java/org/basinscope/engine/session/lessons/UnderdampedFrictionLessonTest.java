package org.basinscope.engine.session.lessons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.basinscope.engine.dynamics.Params;
import org.junit.jupiter.api.Test;

/** underdamped-friction: BAOAB on the double well at γ = 0.1, 1 and 10. */
class UnderdampedFrictionLessonTest {
    private static final String ID = "underdamped-friction";
    /** Critical damping at the bottom of a well, γ = 2√U''(±1) = 2√2. */
    private static final double CRITICAL = 2 * Math.sqrt(2);

    private static double[] velocities(LessonRun r) {
        return r.particles().aux[r.config().dynamics().velocityIndex()].clone();
    }

    private static double correlation(double[] a, double[] b) {
        double ma = LessonRun.mean(a);
        double mb = LessonRun.mean(b);
        double ab = 0;
        double aa = 0;
        double bb = 0;
        for (int i = 0; i < a.length; i++) {
            ab += (a[i] - ma) * (b[i] - mb);
            aa += (a[i] - ma) * (a[i] - ma);
            bb += (b[i] - mb) * (b[i] - mb);
        }
        return ab / Math.sqrt(aa * bb);
    }

    private static double meanSquareDisplacement(LessonRun r, int steps) {
        double[] x0 = r.particles().x.clone();
        r.advance(steps);
        double s = 0;
        for (int i = 0; i < x0.length; i++) {
            s += (r.particles().x[i] - x0[i]) * (r.particles().x[i] - x0[i]);
        }
        return s / x0.length;
    }

    @Test
    void baoabSamplesTheGibbsPositionLawOfAQuadraticExactlyAtAnyStableStep() {
        // η = 1.5 (stable below 2 for ω = 1), γ = 1, T = 0.5: position variance T, no O(η) bias.
        LessonRun r = LessonRun.start(ID).variant("quadratic:dim=1,h1=1", "underdamped", new Params(1.5, 1, 0.5, 1, 0.9));
        r.advance(2000);
        double v = LessonRun.variance(r.coordinate(0));
        assertEquals(0.5, v, 4 * 0.5 * Math.sqrt(2.0 / r.particles().size), "variance " + v);
    }

    @Test
    void frictionOneIsStillUnderdampedAndTenIsOverdamped() {
        LessonRun r = LessonRun.start(ID);
        assertEquals(0.1, r.params().friction(), 0);
        assertTrue(0.1 < CRITICAL && 1 < CRITICAL && 10 > CRITICAL);
        assertEquals(2.8, CRITICAL, 0.05);
        r.advance(4000);
        LessonRun one = r.step(0).advance(4000);
        double mixed = meanSquareDisplacement(one, 20);
        LessonRun ten = one.step(1).advance(4000);
        // At γ = 10 the velocity forgets itself within 1/γ = 0.1 time units (two steps): correlation e^(−γt) = e^(−1),
        // to within the force kicks of the B steps (O(ηU''/γ)).
        double[] v0 = velocities(ten);
        ten.advance(2);
        assertEquals(Math.exp(-1), correlation(v0, velocities(ten)), 0.07);
        // Positions diffuse: over one time unit the mean square displacement is about 2T/γ = 0.02, far below γ = 1's.
        double slow = meanSquareDisplacement(ten, 20);
        assertEquals(2 * 0.1 / 10, slow, 0.5 * 2 * 0.1 / 10);
        assertTrue(slow < mixed / 3, "γ = 10: " + slow + ", γ = 1: " + mixed);
    }
}
