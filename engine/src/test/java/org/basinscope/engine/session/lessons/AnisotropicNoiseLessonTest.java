package org.basinscope.engine.session.lessons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.basinscope.engine.ensemble.EnsembleStats;
import org.junit.jupiter.api.Test;

/** anisotropic-noise: SGD near the minimum of a quadratic tilted by 30°, with shaped gradient noise. */
class AnisotropicNoiseLessonTest {
    private static final String ID = "anisotropic-noise";
    private static final double ETA = 0.05;

    /** The major axis of a symmetric 2×2 matrix {xx, xy, yy}, in degrees in [0, 180). */
    private static double axis(double xx, double xy, double yy) {
        double a = Math.toDegrees(0.5 * Math.atan2(2 * xy, xx - yy));
        return a < 0 ? a + 180 : a;
    }

    private static double axis(EnsembleStats s) {
        return axis(s.variance()[0], s.covariance(), s.variance()[1]);
    }

    /** Two axes apart by at most {@code tol} degrees, modulo 180. */
    private static void assertAxis(double expected, double actual, double tol) {
        double d = Math.abs(((actual - expected) % 180 + 270) % 180 - 90);
        assertTrue(d <= tol, "axis " + actual + "° vs " + expected + "°");
    }

    /** C = A C Aᵀ + (η²/B) Σ with A = I − ηH: the exact stationary covariance of SGD's linear recursion. */
    private static double[] discreteLyapunov(double[] h, double[] sigma, double eta, int batch) {
        double a11 = 1 - eta * h[0];
        double a12 = -eta * h[1];
        double a22 = 1 - eta * h[2];
        double[] c = new double[3];
        for (int k = 0; k < 100_000; k++) {
            double xx = a11 * a11 * c[0] + 2 * a11 * a12 * c[1] + a12 * a12 * c[2];
            double xy = a11 * a12 * c[0] + (a11 * a22 + a12 * a12) * c[1] + a12 * a22 * c[2];
            double yy = a12 * a12 * c[0] + 2 * a12 * a22 * c[1] + a22 * a22 * c[2];
            double q = eta * eta / batch;
            c = new double[] {xx + q * sigma[0], xy + q * sigma[1], yy + q * sigma[2]};
        }
        return c;
    }

    private static double[] hessian(LessonRun r) {
        double[] h = new double[3];
        r.config().landscape().hessian(0, 0, h);
        return h;
    }

    /** The measured covariance within four standard errors (√(2/N) relative for 20000 particles) plus 1%. */
    private static void assertCovariance(double[] c, EnsembleStats s) {
        double tol = 4 * Math.sqrt(2.0 / s.particles()) + 0.01;
        double scale = Math.max(c[0], c[2]);
        assertEquals(c[0], s.variance()[0], tol * scale, "xx");
        assertEquals(c[1], s.covariance(), tol * scale, "xy");
        assertEquals(c[2], s.variance()[1], tol * scale, "yy");
    }

    @Test
    void theCloudStandsUprightAlignedWithNeitherTheFlatDirectionNorTheNoise() {
        LessonRun r = LessonRun.start(ID).advance(600);
        double[] h = hessian(r);
        // The flat direction of H (eigenvalue 1) is the minor axis of H: 90° from H's major axis.
        assertAxis(30, axis(h[0], h[1], h[2]) + 90, 1e-6);
        double[] sigma = {0.3, -0.5, 2};
        assertAxis(105, axis(sigma[0], sigma[1], sigma[2]), 1);
        double[] c = discreteLyapunov(h, sigma, ETA, 1);
        assertCovariance(c, r.stats());
        double measured = axis(r.stats());
        assertAxis(90, measured, 10);
        assertTrue(Math.abs(measured - 30) > 20 && Math.abs(measured - 105) > 10, "aligned with neither: " + measured);
    }

    @Test
    void noiseShapedLikeTheCurvatureMakesItRoundIsotropicNoiseMakesItLongAlongTheFlatDirection() {
        LessonRun round = LessonRun.atStep(ID, 0).advance(600);
        EnsembleStats s = round.stats();
        double[] h = hessian(round);
        // Σ = H: the discrete covariance is η/(B(2 − ηλ)) per eigen-direction, 0.0256 and 0.0278: round to 8%.
        double[] c = discreteLyapunov(h, h, ETA, 1);
        assertCovariance(c, s);
        double[] e = eigen(s);
        assertEquals(ETA / 2, Math.sqrt(e[0] * e[1]), 0.1 * ETA / 2, "C ≈ η/(2B) I");
        assertTrue(e[0] / e[1] < 1.12, "round: axis ratio² " + e[0] / e[1]);
        LessonRun iso = round.step(1).advance(600);
        EnsembleStats t = iso.stats();
        assertCovariance(discreteLyapunov(h, new double[] {1, 0, 1}, ETA, 1), t);
        assertAxis(30, axis(t), 3);
        double[] f = eigen(t);
        // η/(2B)·H⁻¹ gives 4 between the flat and the sharp variance; the discrete recursion (2 − 4η)/(2 − η)·4 = 3.7.
        assertEquals(4 * (2 - 4 * ETA) / (2 - ETA), f[0] / f[1], 0.15);
    }

    @Test
    void quadrupleTheBatchAndEverySpreadHalves() {
        LessonRun r = LessonRun.atStep(ID, 1).advance(600);
        EnsembleStats before = r.stats();
        EnsembleStats after = r.step(2).advance(600).stats();
        double tol = 4 * Math.sqrt(2 * 2.0 / before.particles());
        assertEquals(0.5, Math.sqrt(after.variance()[0] / before.variance()[0]), 0.5 * tol / 2 + 0.01);
        assertEquals(0.5, Math.sqrt(after.variance()[1] / before.variance()[1]), 0.5 * tol / 2 + 0.01);
    }

    private static double[] eigen(EnsembleStats s) {
        double xx = s.variance()[0];
        double yy = s.variance()[1];
        double xy = s.covariance();
        double m = (xx + yy) / 2;
        double d = Math.sqrt((xx - yy) * (xx - yy) / 4 + xy * xy);
        return new double[] {m + d, m - d};
    }
}
