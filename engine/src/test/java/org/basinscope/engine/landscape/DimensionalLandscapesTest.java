package org.basinscope.engine.landscape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.basinscope.engine.spec.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The d-dimensional landscapes: closed forms, derivatives against finite differences, catalog routing. */
class DimensionalLandscapesTest {

    @Test
    void quadraticEigenvaluesAreTheGeometricLadder() {
        double[] l = new SpectrumQuadratic(5, 0.01, 100, -1).eigenvalues();
        double[] expected = {0.01, 0.1, 1, 10, 100};
        for (int i = 0; i < 5; i++) {
            assertEquals(expected[i], l[i], 1e-12 * expected[i]);
        }
        assertEquals(2.0, new SpectrumQuadratic(1, 2, 2, -1).eigenvalues()[0]);
    }

    @ParameterizedTest
    @ValueSource(strings = {"quadratic:dim=40,lmin=0.1,lmax=30,rotate=7", "quadratic:dim=40,lmin=0.1,lmax=30",
        "rosenbrock:dim=40", "rosenbrock:dim=7,a=0.5,b=20", "double-well:dim=2,tilt=0.1", "muller-brown",
        "valley:dim=30,flat=3,floor=0.5,wall=40", "valley:dim=12,flat=2,floor=1,wall=20,bend=0.4",
        "mixture:dim=20,modes=4,spacing=1.5", "mixture:dim=15,modes=5,spacing=2,width=0.8,ratio=1.5,layout=sphere",
        "deep-linear:widths=3,4,2", "deep-linear:widths=5,3,3,2,n=50,noise=0.1", "deep-linear:widths=4,1"})
    void gradientAndHessianVectorProductMatchFiniteDifferences(String spec) {
        VectorLandscape f = LandscapeCatalog.createAny(spec);
        int d = f.dimension();
        Random r = new Random(3);
        double[] x = new double[d];
        double[] v = new double[d];
        for (int k = 0; k < d; k++) {
            x[k] = 0.5 * r.nextGaussian() * (f.planar().isPresent() ? 0.3 : 1);
            v[k] = r.nextGaussian();
        }
        double[] g = new double[d];
        f.gradient(x, g);
        double h = 1e-6;
        double scale = 0;
        for (int k = 0; k < d; k++) {
            scale = Math.max(scale, Math.abs(g[k]));
        }
        for (int k = 0; k < d; k++) {
            double[] p = x.clone();
            double[] m = x.clone();
            p[k] += h;
            m[k] -= h;
            double fd = (f.value(p) - f.value(m)) / (2 * h);
            assertEquals(fd, g[k], 1e-6 * (1 + scale), spec + " ∂f/∂θ" + k);
        }
        double[] hv = new double[d];
        f.hessianVector(x, v, hv);
        double[] gp = new double[d];
        double[] gm = new double[d];
        double[] p = x.clone();
        double[] m = x.clone();
        for (int k = 0; k < d; k++) {
            p[k] += h * v[k];
            m[k] -= h * v[k];
        }
        f.gradient(p, gp);
        f.gradient(m, gm);
        double hscale = 0;
        for (int k = 0; k < d; k++) {
            hscale = Math.max(hscale, Math.abs(hv[k]));
        }
        for (int k = 0; k < d; k++) {
            assertEquals((gp[k] - gm[k]) / (2 * h), hv[k], 1e-5 * (1 + hscale), spec + " (Hv)" + k);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"quadratic:dim=30,lmin=0.1,lmax=30,rotate=2", "quadratic:dim=30,lmin=1,lmax=3",
        "rosenbrock:dim=30", "double-well:dim=2,tilt=0.1", "double-well:tilt=0.1", "valley:dim=20,flat=4,floor=2",
        "valley:dim=9,flat=2,floor=1,bend=0.3", "mixture:dim=12,modes=3,spacing=1", "deep-linear:widths=4,3,2"})
    void blockGradientsEqualPointGradients(String spec) {
        VectorLandscape f = LandscapeCatalog.createAny(spec);
        int d = f.dimension();
        int n = 11;
        Random r = new Random(5);
        double[][] x = new double[d][n];
        for (int k = 0; k < d; k++) {
            for (int i = 0; i < n; i++) {
                x[k][i] = r.nextGaussian();
            }
        }
        double[][] g = new double[d][n];
        f.gradients(x, 3, n, g);
        double[] point = new double[d];
        double[] grad = new double[d];
        for (int i = 3; i < n; i++) {
            for (int k = 0; k < d; k++) {
                point[k] = x[k][i];
            }
            f.gradient(point, grad);
            for (int k = 0; k < d; k++) {
                assertEquals(grad[k], g[k][i - 3], 1e-12 * (1 + Math.abs(grad[k])), spec + " particle " + i);
            }
        }
    }

    @Test
    void extendedRosenbrockIsZeroAtOnesAndThePlanarOneInTwoDimensions() {
        ChainedRosenbrock f = new ChainedRosenbrock(25, 1, 100);
        double[] ones = new double[25];
        java.util.Arrays.fill(ones, 1);
        assertEquals(0, f.value(ones), 0);
        double[] g = new double[25];
        f.gradient(ones, g);
        for (double gi : g) {
            assertEquals(0, gi, 0);
        }
        ChainedRosenbrock two = new ChainedRosenbrock(2, 1, 100);
        Rosenbrock planar = new Rosenbrock(1, 100);
        double[] p = {-0.7, 1.3};
        assertEquals(planar.value(p[0], p[1]), two.value(p), 1e-12);
        assertTrue(LandscapeCatalog.createAny("rosenbrock:dim=2").planar().isPresent());
    }

    @Test
    void planarLandscapesAdaptToTheVectorInterfaceWithTheirOwnNumbers() {
        Landscape f = LandscapeCatalog.create("muller-brown");
        double[] g = new double[2];
        f.gradient(new double[] {-0.5, 1.2}, g);
        double[] planar = new double[2];
        f.gradient(-0.5, 1.2, planar);
        assertEquals(planar[0], g[0], 0);
        assertEquals(planar[1], g[1], 0);
        assertEquals(f.value(-0.5, 1.2), f.value(new double[] {-0.5, 1.2}), 0);
        assertEquals(f, f.planar().orElseThrow());
        assertTrue(LandscapeCatalog.createAny("quadratic:dim=50,lmin=1,lmax=2").planar().isEmpty());
    }

    @Test
    void denseHessianIsRefusedAboveItsLimit() {
        VectorLandscape f = LandscapeCatalog.createAny("quadratic:dim=3000,lmin=1,lmax=2");
        var e = assertThrows(InvalidInputException.class, () -> f.hessian(new double[3000]));
        assertTrue(e.getMessage().contains("2000"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"quadratic:dim=0", "quadratic:dim=100001,lmin=1,lmax=2", "quadratic:dim=30,h2=3",
        "quadratic:dim=30,lmin=-1", "quadratic:dim=30,lmin=4,lmax=2", "quadratic:dim=2001,lmin=1,lmax=2,rotate=1",
        "rosenbrock:dim=1", "rosenbrock:dim=x", "quadratic:dim=30,lmin=1,lmax=2,rotate=-3"})
    void badDimensionalSpecsAreRefusedInOneLine(String spec) {
        var e = assertThrows(InvalidInputException.class, () -> LandscapeCatalog.createAny(spec));
        assertTrue(!e.getMessage().contains("\n") && e.getMessage().length() > 20, e.getMessage());
    }

    /**
     * Refusing a rotated quadratic where the plane is needed does not first draw its rotation (O(d³), seconds at
     * d = 1000): a picker on the FX thread asks. The rotation is drawn on first use, the same one every time.
     */
    @Test
    void theRotationIsDrawnOnFirstUseOnly() {
        SpectrumQuadratic f = (SpectrumQuadratic) LandscapeCatalog.createAny("quadratic:dim=300,lmin=1,rotate=1");
        assertTrue(f.planar().isEmpty());
        assertTrue(!f.rotationBuilt());
        double[] x = new double[300];
        x[7] = 1;
        double first = f.value(x);
        assertTrue(f.rotationBuilt());
        assertEquals(first, new SpectrumQuadratic(300, 1, 10, 1).value(x), 0);
    }

    @Test
    void planarOnlyCallersRefuseADimensionalLandscape() {
        var e = assertThrows(InvalidInputException.class, () -> LandscapeCatalog.create("quadratic:dim=30,lmin=1"));
        assertTrue(e.getMessage().contains("not planar"), e.getMessage());
    }
}
