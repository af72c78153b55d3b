package org.basinscope.engine.landscape;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every built-in landscape's gradient against central differences of its value, and its Hessian
 * against central differences of its gradient. Central differences with step h have error O(h² f''')
 * plus rounding O(ε|f|/h); with h = 1e-5 a relative tolerance of 1e-6 covers both for these surfaces.
 */
class LandscapeDerivativesTest {
    private static final double H = 1e-5;

    static Stream<Arguments> landscapes() {
        return Stream.of(
                "quadratic", "quadratic:h1=1,h2=10,angle=30", "quadratic:dim=1,h1=2",
                "double-well", "double-well:tilt=0.3", "double-well:dim=2,tilt=-0.1,confine=2",
                "muller-brown", "muller-brown:scale=0.1", "rosenbrock", "rosenbrock:a=2,b=5",
                "three-hole", "multiscale:eps=0.05", "linear-regression", "logistic-regression:n=50,seed=3", "deep-linear", "deep-linear:s=-2,noise=0")
                .map(s -> Arguments.of(s, LandscapeCatalog.create(s)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("landscapes")
    void derivativesMatchFiniteDifferences(String name, Landscape f) {
        SplittableRandom rng = new SplittableRandom(name.hashCode());
        double[] box = f.viewBox();
        double[] g = new double[2];
        double[] gp = new double[2];
        double[] gm = new double[2];
        double[] h = new double[3];
        for (int k = 0; k < 200; k++) {
            double x = box[0] + (box[1] - box[0]) * rng.nextDouble();
            double y = f.dimension() == 2 ? box[2] + (box[3] - box[2]) * rng.nextDouble() : 0;
            f.gradient(x, y, g);
            f.hessian(x, y, h);
            double dfx = (f.value(x + H, y) - f.value(x - H, y)) / (2 * H);
            assertClose(dfx, g[0], f.value(x, y), "f_x at " + x + "," + y);
            f.gradient(x + H, y, gp);
            f.gradient(x - H, y, gm);
            assertClose((gp[0] - gm[0]) / (2 * H), h[0], g[0], "f_xx");
            if (f.dimension() == 2) {
                double dfy = (f.value(x, y + H) - f.value(x, y - H)) / (2 * H);
                assertClose(dfy, g[1], f.value(x, y), "f_y");
                assertClose((gp[1] - gm[1]) / (2 * H), h[1], g[1], "f_xy");
                f.gradient(x, y + H, gp);
                f.gradient(x, y - H, gm);
                assertClose((gp[1] - gm[1]) / (2 * H), h[2], g[1], "f_yy");
            } else {
                assertEquals(0, g[1]);
                assertEquals(0, h[1]);
                assertEquals(0, h[2]);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("landscapes")
    void blockGradientsEqualPointGradients(String name, Landscape f) {
        int n = 37;
        double[] xs = new double[n + 3];
        double[] ys = new double[n + 3];
        SplittableRandom rng = new SplittableRandom(5);
        for (int i = 0; i < xs.length; i++) {
            xs[i] = rng.nextDouble(-2, 2);
            ys[i] = rng.nextDouble(-2, 2);
        }
        double[] gx = new double[n];
        double[] gy = new double[n];
        f.gradients(xs, ys, 3, 3 + n, gx, gy);
        double[] g = new double[2];
        for (int i = 0; i < n; i++) {
            f.gradient(xs[i + 3], ys[i + 3], g);
            assertEquals(g[0], gx[i], 0.0);
            assertEquals(g[1], gy[i], 0.0);
        }
    }

    /** Relative to the scale of the quantity being differenced, so large values are not held to 1e-6 absolute. */
    private static void assertClose(double expected, double actual, double scale, String what) {
        double tol = 1e-6 * (1 + Math.abs(expected) + Math.abs(scale));
        assertEquals(expected, actual, tol, what);
    }

    @org.junit.jupiter.api.Test
    void exampleGradientsAverageToTheFullGradient() {
        for (String spec : new String[] {"linear-regression", "logistic-regression:n=37,seed=9,t1=2,t2=1", "deep-linear"}) {
            FiniteSum f = (FiniteSum) LandscapeCatalog.create(spec);
            double[] g = new double[2];
            double[] e = new double[2];
            f.gradient(0.3, -0.7, g);
            double sx = 0;
            double sy = 0;
            for (int i = 0; i < f.examples(); i++) {
                f.exampleGradient(i, 0.3, -0.7, e);
                sx += e[0];
                sy += e[1];
            }
            assertEquals(g[0], sx / f.examples(), 1e-14, spec);
            assertEquals(g[1], sy / f.examples(), 1e-14, spec);
        }
    }
}
