package org.basinscope.engine.landscape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.basinscope.engine.spec.InvalidInputException;
import org.junit.jupiter.api.Test;

/** Closed-form facts about the built-in surfaces (minima, curvatures, barrier heights). */
class KnownLandscapeFactsTest {
    private final double[] g = new double[2];
    private final double[] h = new double[3];

    @Test
    void quadraticHasTheRequestedEigenvaluesAtAnyAngle() {
        Landscape f = LandscapeCatalog.create("quadratic:h1=1,h2=10,angle=37");
        f.hessian(0.3, -0.2, h);
        double trace = h[0] + h[2];
        double det = h[0] * h[2] - h[1] * h[1];
        assertEquals(11, trace, 1e-12);
        assertEquals(10, det, 1e-12);
        assertEquals(0.5 * (1 * 0.64 + 10 * 0.36), LandscapeCatalog.create("quadratic:h1=1,h2=10").value(0.8, 0.6), 1e-12);
    }

    @Test
    void doubleWellHasMinimaAtPlusMinusOneAndBarrierOneQuarter() {
        Landscape f = LandscapeCatalog.create("double-well");
        assertEquals(0, f.value(1, 0));
        assertEquals(0, f.value(-1, 0));
        assertEquals(0.25, f.value(0, 0));
        f.hessian(1, 0, h);
        assertEquals(2, h[0]);
        f.hessian(0, 0, h);
        assertEquals(-1, h[0]);
        Landscape tilted = LandscapeCatalog.create("double-well:tilt=0.1");
        tilted.gradient(0, 0, g);
        assertEquals(0.1, g[0]);
    }

    @Test
    void mullerBrownMinimaAreStationaryWithKnownEnergies() {
        Landscape f = LandscapeCatalog.create("muller-brown");
        // Literature values (Müller & Brown 1979): minima A, B, C.
        double[][] minima = {{-0.558224, 1.441726, -146.699509}, {0.623499, 0.028038, -108.166724},
                {-0.050011, 0.466694, -80.767818}};
        for (double[] m : minima) {
            // Newton from the 6-digit literature point lands within rounding of it, at the same energy.
            double[] p = newton(f, m[0], m[1]);
            assertEquals(m[0], p[0], 2e-6);
            assertEquals(m[1], p[1], 2e-6);
            f.gradient(p[0], p[1], g);
            assertTrue(Math.hypot(g[0], g[1]) < 1e-9, "gradient at a minimum: " + g[0] + ", " + g[1]);
            assertEquals(m[2], f.value(p[0], p[1]), 1e-5);
            f.hessian(m[0], m[1], h);
            assertTrue(h[0] > 0 && h[0] * h[2] - h[1] * h[1] > 0, "positive definite");
        }
    }

    @Test
    void rosenbrockMinimumAndHessian() {
        Landscape f = LandscapeCatalog.create("rosenbrock");
        assertEquals(0, f.value(1, 1));
        f.gradient(1, 1, g);
        assertEquals(0, g[0], 0.0);
        assertEquals(0, g[1], 0.0);
        f.hessian(1, 1, h);
        assertEquals(802, h[0], 1e-12);
        assertEquals(-400, h[1], 1e-12);
        assertEquals(200, h[2], 1e-12);
    }

    @Test
    void threeHoleHasTwoSymmetricDeepMinimaAndAShallowOne() {
        Landscape f = LandscapeCatalog.create("three-hole");
        double[] left = newton(f, -1.0, 0.0);
        double[] right = newton(f, 1.0, 0.0);
        double[] top = newton(f, 0.0, 1.5);
        assertEquals(-left[0], right[0], 1e-9);
        assertEquals(left[1], right[1], 1e-9);
        assertEquals(0, top[0], 1e-9);
        assertTrue(f.value(top[0], top[1]) > f.value(left[0], left[1]) + 1, "the upper well is shallower");
        assertEquals(-1.048, left[0], 0.01);
        assertEquals(-0.042, left[1], 0.01);
    }

    @Test
    void multiscaleDerivatives() {
        Multiscale f = new Multiscale(0.01);
        f.gradient(0.3, 0, g);
        assertEquals(0.3 + Math.cos(30), g[0], 1e-12);
        f.hessian(0.3, 0, h);
        assertEquals(1 - Math.sin(30) / 0.01, h[0], 1e-9);
    }

    @Test
    void unknownNamesAndOptionsAreRejectedWithTheValidOnesListed() {
        var e = assertThrows(InvalidInputException.class, () -> LandscapeCatalog.create("banana"));
        assertTrue(e.getMessage().contains("double-well") && e.getMessage().contains("rosenbrock"), e.getMessage());
        var o = assertThrows(InvalidInputException.class, () -> LandscapeCatalog.create("double-well:tlt=1"));
        assertTrue(o.getMessage().contains("tilt"), o.getMessage());
        var r = assertThrows(InvalidInputException.class, () -> LandscapeCatalog.create("multiscale:eps=-1"));
        assertTrue(r.getMessage().contains("allowed range"), r.getMessage());
    }

    /** Newton's method on the gradient, to locate a stationary point precisely. */
    static double[] newton(Landscape f, double x, double y) {
        double[] g = new double[2];
        double[] h = new double[3];
        for (int k = 0; k < 100; k++) {
            f.gradient(x, y, g);
            f.hessian(x, y, h);
            double det = h[0] * h[2] - h[1] * h[1];
            double dx = (h[2] * g[0] - h[1] * g[1]) / det;
            double dy = (h[0] * g[1] - h[1] * g[0]) / det;
            x -= dx;
            y -= dy;
        }
        return new double[] {x, y};
    }
}
