package org.basinscope.engine.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import org.basinscope.engine.landscape.LandscapeCatalog;
import org.basinscope.engine.landscape.VectorLandscape;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Lanczos' top eigenvalues against EJML's dense symmetric eigen-solver, and the closed-form spectra. */
class LanczosTest {

    /** The eigenvalues of the dense Hessian at x, largest first. */
    private static double[] dense(VectorLandscape f, double[] x) {
        int d = f.dimension();
        DMatrixRMaj h = DMatrixRMaj.wrap(d, d, f.hessian(x));
        EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(d, false, true);
        eig.decompose(h.copy());
        double[] l = new double[d];
        for (int i = 0; i < d; i++) {
            l[i] = eig.getEigenvalue(i).getReal();
        }
        Arrays.sort(l);
        double[] top = new double[d];
        for (int i = 0; i < d; i++) {
            top[i] = l[d - 1 - i];
        }
        return top;
    }

    @ParameterizedTest
    @ValueSource(strings = {"rosenbrock:dim=50", "quadratic:dim=50,lmin=0.5,lmax=40,rotate=11",
        "quadratic:dim=50,lmin=1,lmax=1.5"})
    void topFiveMatchTheDenseSolverAtFiftyDimensions(String spec) {
        VectorLandscape f = LandscapeCatalog.createAny(spec);
        Random r = new Random(8);
        double[] x = new double[50];
        for (int k = 0; k < 50; k++) {
            x[k] = 1 + 0.3 * r.nextGaussian();
        }
        double[] expected = dense(f, x);
        Lanczos.Result l = Lanczos.top(f, x, 5, 4);
        for (int i = 0; i < 5; i++) {
            assertEquals(expected[i], l.eigenvalues()[i], 1e-8 * Math.abs(expected[0]), spec + " λ" + i);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {50, 100})
    void rotatedQuadraticHasTheAxisAlignedSpectrum(int d) {
        VectorLandscape axes = LandscapeCatalog.createAny("quadratic:dim=" + d + ",lmin=0.01,lmax=10");
        VectorLandscape rotated = LandscapeCatalog.createAny("quadratic:dim=" + d + ",lmin=0.01,lmax=10,rotate=5");
        double[] x = new double[d];
        Lanczos.Result a = Lanczos.top(axes, x, 3, 1);
        Lanczos.Result b = Lanczos.top(rotated, x, 3, 1);
        double ratio = Math.pow(1000, 1.0 / (d - 1));
        for (int i = 0; i < 3; i++) {
            double exact = 10 / Math.pow(ratio, i);
            assertEquals(exact, a.eigenvalues()[i], 1e-6 * exact, "axes λ" + i);
            assertEquals(exact, b.eigenvalues()[i], 1e-6 * exact, "rotated λ" + i);
        }
    }

    /**
     * A geometric ladder from 0.01 to 10 at d = 10⁴ has its top eigenvalues 0.07% apart: Lanczos runs past its
     * first 40 steps until the residual is tiny. At d = 10⁵ it stops at its memory bound before converging, and
     * λmax = 10 still lies within the residual it reports.
     */
    @Test
    void clusteredTopEigenvaluesConvergeOrReportTheirResidual() {
        VectorLandscape f4 = LandscapeCatalog.createAny("quadratic:dim=10000,lmin=0.01,lmax=10");
        Lanczos.Result r4 = Lanczos.top(f4, new double[10_000], 1, 1);
        assertEquals(10, r4.largest(), 1e-8);
        assertTrue(r4.iterations() > 40, "steps " + r4.iterations());
        VectorLandscape f5 = LandscapeCatalog.createAny("quadratic:dim=100000,lmin=0.01,lmax=10");
        Lanczos.Result r5 = Lanczos.top(f5, new double[100_000], 1, 1);
        assertTrue(Math.abs(10 - r5.largest()) <= r5.residuals()[0] && r5.residuals()[0] < 0.1,
                r5.largest() + " ± " + r5.residuals()[0]);
    }

    @Test
    void ritzVectorsAreEigenvectorsOfTheHessian() {
        // Rotated ladder at d = 50: each returned y is a unit vector with ‖Hy − θy‖ at the reported residual, and
        // λ₀ … λ₃ are 7-10 % apart, so y lies within residual/gap of the true eigenvector (Davis–Kahan).
        VectorLandscape f = LandscapeCatalog.createAny("quadratic:dim=50,lmin=0.5,lmax=40,rotate=11");
        double[] x = new double[50];
        Lanczos.Eigenpairs e = Lanczos.eigenpairs(f, x, 4, 4);
        Lanczos.Result plain = Lanczos.top(f, x, 4, 4);
        assertTrue(Arrays.equals(plain.eigenvalues(), e.eigenvalues()), "the same run as top()");
        double[] hy = new double[50];
        for (int i = 0; i < 4; i++) {
            double[] y = e.vectors()[i];
            f.hessianVector(x, y, hy);
            double norm = 0;
            double res = 0;
            for (int a = 0; a < 50; a++) {
                norm += y[a] * y[a];
                res += (hy[a] - e.eigenvalues()[i] * y[a]) * (hy[a] - e.eigenvalues()[i] * y[a]);
            }
            assertEquals(1, norm, 1e-12);
            assertTrue(Math.sqrt(res) < 1e-8 * 40, "residual " + Math.sqrt(res));
        }
    }
}
