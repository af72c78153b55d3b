package org.basinscope.engine.landscape;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.basinscope.engine.analysis.CriticalPoint;
import org.basinscope.engine.analysis.CriticalPoints;
import org.basinscope.engine.analysis.Descent;
import org.basinscope.engine.dynamics.DynamicsCatalog;
import org.basinscope.engine.dynamics.Params;
import org.basinscope.engine.ensemble.BlockRunner;
import org.basinscope.engine.ensemble.Ensemble;
import org.basinscope.engine.equilibrium.MinibatchCovariance;
import org.basinscope.engine.equilibrium.StationaryCovariance;
import org.junit.jupiter.api.Test;

/** The tiny network's slice: exact derivatives, the permutation symmetry, and SGD's covariance at a minimum. */
class TinyNetworkTest {
    private static final TinyNetwork NET = (TinyNetwork) LandscapeCatalog.create("tiny-network");
    private static final double[][] POINTS = {{0.2, 1.5}, {1, 0}, {-0.7, -1.1}, {0, 0}, {2.1, 0.4}};

    @Test
    void gradientAndHessianMatchFiniteDifferences() {
        double h = 1e-5;
        double[] g = new double[2];
        double[] hess = new double[3];
        double[] gp = new double[2];
        double[] gm = new double[2];
        for (double[] p : POINTS) {
            NET.gradient(p[0], p[1], g);
            double fx = (NET.value(p[0] + h, p[1]) - NET.value(p[0] - h, p[1])) / (2 * h);
            double fy = (NET.value(p[0], p[1] + h) - NET.value(p[0], p[1] - h)) / (2 * h);
            // Central differences err by O(h²·f''') ≈ 1e-9 here, rounding by ε·f/h ≈ 1e-10.
            assertEquals(fx, g[0], 1e-7 * (1 + Math.abs(fx)), "f_x at " + p[0] + "," + p[1]);
            assertEquals(fy, g[1], 1e-7 * (1 + Math.abs(fy)), "f_y");
            NET.hessian(p[0], p[1], hess);
            NET.gradient(p[0] + h, p[1], gp);
            NET.gradient(p[0] - h, p[1], gm);
            assertEquals((gp[0] - gm[0]) / (2 * h), hess[0], 1e-6 * (1 + Math.abs(hess[0])), "f_xx");
            assertEquals((gp[1] - gm[1]) / (2 * h), hess[1], 1e-6 * (1 + Math.abs(hess[1])), "f_xy");
            NET.gradient(p[0], p[1] + h, gp);
            NET.gradient(p[0], p[1] - h, gm);
            assertEquals((gp[1] - gm[1]) / (2 * h), hess[2], 1e-6 * (1 + Math.abs(hess[2])), "f_yy");
        }
    }

    @Test
    void theFullGradientIsTheMeanOfTheExampleGradients() {
        double[] g = new double[2];
        double[] gi = new double[2];
        for (double[] p : POINTS) {
            double sx = 0;
            double sy = 0;
            for (int i = 0; i < NET.examples(); i++) {
                NET.exampleGradient(i, p[0], p[1], gi);
                sx += gi[0];
                sy += gi[1];
            }
            NET.gradient(p[0], p[1], g);
            assertEquals(g[0], sx / NET.examples(), 1e-12 * (1 + Math.abs(g[0])));
            assertEquals(g[1], sy / NET.examples(), 1e-12 * (1 + Math.abs(g[1])));
        }
    }

    @Test
    void swappingTheHiddenUnitsMirrorsTheSliceExactly() {
        // w(−x, y) = P w(x, y) to the last bit, and the network's output does not depend on the units' order.
        for (double[] p : POINTS) {
            assertEquals(NET.value(p[0], p[1]), NET.value(-p[0], p[1]), 0.0);
        }
        double[] w = NET.weights(1, 0);
        assertArrayEquals(TinyNetwork.teacher(), w, 1e-15);
        double[] swapped = NET.weights(-1, 0);
        double[] t = TinyNetwork.teacher();
        assertArrayEquals(new double[] {t[1], t[0], t[3], t[2], t[5], t[4], t[6]}, swapped, 1e-15);
    }

    @Test
    void withoutLabelNoiseTheTeacherIsAnExactMinimumAndTheSliceHasASaddleBetweenTheCopies() {
        TinyNetwork clean = (TinyNetwork) LandscapeCatalog.create("tiny-network:noise=0");
        double[] g = new double[2];
        clean.gradient(1, 0, g);
        assertEquals(0, clean.value(1, 0), 1e-30);
        assertEquals(0, g[0], 1e-15);
        assertEquals(0, g[1], 1e-15);
        CriticalPoints.Result r = CriticalPoints.find(NET, NET.viewBox());
        int minima = 0;
        int saddles = 0;
        for (CriticalPoint c : r.points()) {
            if (c.kind() == CriticalPoint.Kind.MINIMUM && Math.abs(Math.abs(c.x()) - 1) < 0.05 && Math.abs(c.y()) < 0.05) {
                minima++;
            }
            if (c.kind() == CriticalPoint.Kind.SADDLE && Math.abs(c.x()) < 1e-6) {
                saddles++;
                // The saddle is higher than the minima but far below the loss of an untrained network.
                assertTrue(c.value() > 0.1 && c.value() < 1, "saddle value " + c.value());
            }
        }
        assertEquals(2, minima, "the two teacher copies: " + r.points());
        assertTrue(saddles >= 1, "a saddle on the mirror line x = 0: " + r.points());
    }

    @Test
    void minibatchSgdNearAMinimumHasTheLyapunovCovarianceOfItsGradientNoise() {
        // Independent batches at small η: δ ← (I − ηH)δ − ηζ, Cov ζ = c_B S with S the per-example gradient
        // covariance at the minimum (seed 001, Theorem 5), so C solves C = A C A + η² c_B S. The loss is not
        // quadratic, but at this spread (√C ≈ 0.003) the cubic terms move C by well under 1%.
        double[] min = Descent.toMinimum(NET, new double[] {1, 0});
        double[] h = new double[3];
        NET.hessian(min[0], min[1], h);
        double[] s = NET.gradientCovariance(min[0], min[1]);
        int batch = 10;
        double eta = 0.02;
        double cb = MinibatchCovariance.batchFactor(NET.examples(), batch);
        double[] predicted = StationaryCovariance.sgdDiscrete(h, s, eta, 1 / cb);
        int n = 20_000;
        Params p = Params.DEFAULT.withEta(eta).withBatch(batch);
        Ensemble e = new Ensemble(NET, DynamicsCatalog.create("minibatch:sampling=independent"), p, n, 5, min,
                BlockRunner.allCores());
        // Relaxation time 1/(ηλmin) ≈ 27 steps: 400 steps are 15 of them.
        e.advance(400);
        double[] c = new double[3];
        for (int i = 0; i < n; i++) {
            double dx = e.particles().x[i] - min[0];
            double dy = e.particles().y[i] - min[1];
            c[0] += dx * dx / n;
            c[1] += dx * dy / n;
            c[2] += dy * dy / n;
        }
        // Statistical error of a second moment from 20 000 particles: √(2/n) ≈ 1%.
        assertEquals(predicted[0], c[0], 0.04 * predicted[0], "c_xx");
        assertEquals(predicted[2], c[2], 0.04 * predicted[2], "c_yy");
        assertEquals(predicted[1], c[1], 0.04 * Math.sqrt(predicted[0] * predicted[2]), "c_xy");
    }
}
