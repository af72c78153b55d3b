package org.basinscope.engine.landscape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import org.basinscope.engine.spec.InvalidInputException;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;
import org.junit.jupiter.api.Test;

/**
 * The deep linear network (C.5): a factorisation of the least-squares solution is a minimum with the residual as
 * its loss, the rescaling symmetries are exact zero modes there, and the Hessian has exactly d − w₀w_L of them.
 */
class DeepLinearNetworkTest {
    private static final int[] WIDTHS = {3, 4, 4, 2};

    /** P* = (Σ y xᵀ)(Σ x xᵀ)⁻¹ from the raw examples (EJML), independently of the landscape's statistics. */
    private static DMatrixRMaj leastSquares(DeepLinearNetwork f) {
        double[][] x = f.inputs();
        double[][] y = f.targets();
        int w0 = x[0].length;
        int wl = y[0].length;
        DMatrixRMaj xx = new DMatrixRMaj(w0, w0);
        DMatrixRMaj yx = new DMatrixRMaj(wl, w0);
        for (int i = 0; i < x.length; i++) {
            for (int a = 0; a < w0; a++) {
                for (int b = 0; b < w0; b++) {
                    xx.add(a, b, x[i][a] * x[i][b]);
                }
                for (int r = 0; r < wl; r++) {
                    yx.add(r, a, y[i][r] * x[i][a]);
                }
            }
        }
        DMatrixRMaj inverse = new DMatrixRMaj(w0, w0);
        assertTrue(CommonOps_DDRM.invert(xx, inverse));
        DMatrixRMaj p = new DMatrixRMaj(wl, w0);
        CommonOps_DDRM.mult(yx, inverse, p);
        return p;
    }

    private static DMatrixRMaj nearIdentity(int n, Random r) {
        DMatrixRMaj m = CommonOps_DDRM.identity(n);
        for (int i = 0; i < n * n; i++) {
            m.data[i] += 0.3 * r.nextGaussian();
        }
        return m;
    }

    /**
     * A generic factorisation of P*: W₁ = M₁[P*; 0], W₂ = M₂M₁⁻¹, W₃ = [I 0]M₂⁻¹ with random M near I, so that
     * W₃W₂W₁ = P* and J = ∂P/∂θ is onto (W₃W₂ = [I 0]M₁⁻¹ has full row rank).
     */
    private static double[] minimum(DeepLinearNetwork f) {
        DMatrixRMaj p = leastSquares(f);
        Random r = new Random(17);
        DMatrixRMaj m1 = nearIdentity(4, r);
        DMatrixRMaj m2 = nearIdentity(4, r);
        DMatrixRMaj padded = new DMatrixRMaj(4, 3);
        CommonOps_DDRM.insert(p, padded, 0, 0);
        DMatrixRMaj w1 = new DMatrixRMaj(4, 3);
        CommonOps_DDRM.mult(m1, padded, w1);
        DMatrixRMaj m1inv = m1.copy();
        assertTrue(CommonOps_DDRM.invert(m1inv));
        DMatrixRMaj m2inv = m2.copy();
        assertTrue(CommonOps_DDRM.invert(m2inv));
        DMatrixRMaj w2 = new DMatrixRMaj(4, 4);
        CommonOps_DDRM.mult(m2, m1inv, w2);
        DMatrixRMaj select = new DMatrixRMaj(2, 4);
        select.set(0, 0, 1);
        select.set(1, 1, 1);
        DMatrixRMaj w3 = new DMatrixRMaj(2, 4);
        CommonOps_DDRM.mult(select, m2inv, w3);
        double[] theta = new double[f.dimension()];
        System.arraycopy(w1.data, 0, theta, f.layerOffset(1), 12);
        System.arraycopy(w2.data, 0, theta, f.layerOffset(2), 16);
        System.arraycopy(w3.data, 0, theta, f.layerOffset(3), 8);
        return theta;
    }

    /** ξ_E for E = e_a e_bᵀ at hidden layer l: δW_l = E W_l, δW_{l+1} = −W_{l+1} E. */
    private static double[] generator(DeepLinearNetwork f, double[] theta, int l, int a, int b) {
        int[] w = f.widths();
        double[] xi = new double[f.dimension()];
        int lo = f.layerOffset(l);
        for (int j = 0; j < w[l - 1]; j++) {
            xi[lo + a * w[l - 1] + j] = theta[lo + b * w[l - 1] + j];
        }
        int hi = f.layerOffset(l + 1);
        for (int i = 0; i < w[l + 1]; i++) {
            xi[hi + i * w[l] + b] = -theta[hi + i * w[l] + a];
        }
        return xi;
    }

    private static double norm(double[] v) {
        return Math.sqrt(Arrays.stream(v).map(x -> x * x).sum());
    }

    @Test
    void aFactorisationOfTheLeastSquaresSolutionIsAMinimumWithTheResidualAsLoss() {
        DeepLinearNetwork f = (DeepLinearNetwork) LandscapeCatalog.createAny("deep-linear:widths=3,4,4,2,n=60,seed=3");
        assertEquals(36, f.dimension());
        double[] theta = minimum(f);
        double[] g = new double[36];
        f.gradient(theta, g);
        assertTrue(norm(g) < 1e-12, "|∇f| = " + norm(g));
        DMatrixRMaj p = leastSquares(f);
        double[][] x = f.inputs();
        double[][] y = f.targets();
        double residual = 0;
        for (int i = 0; i < x.length; i++) {
            for (int r = 0; r < 2; r++) {
                double u = -y[i][r];
                for (int a = 0; a < 3; a++) {
                    u += p.get(r, a) * x[i][a];
                }
                residual += u * u;
            }
        }
        residual /= 2 * x.length;
        assertEquals(residual, f.value(theta), 1e-12 * residual);
        // Nearby points are higher: a minimum, not a saddle.
        Random r = new Random(5);
        for (int trial = 0; trial < 20; trial++) {
            double[] q = theta.clone();
            for (int k = 0; k < 36; k++) {
                q[k] += 1e-3 * r.nextGaussian();
            }
            assertTrue(f.value(q) >= f.value(theta), "trial " + trial);
        }
    }

    /**
     * At the minimum every generator ξ_E (16 at each of the two hidden layers) is annihilated by H, to rounding
     * (|Hξ| ≤ 10⁻¹⁰·λmax·|ξ|); at a random point ∇f·ξ = 0 to rounding; and the dense Hessian has exactly
     * d − w₀w_L = 36 − 6 = 30 eigenvalues at rounding level (below 10⁻⁹·λmax), the other 6 positive and separated.
     */
    @Test
    void rescalingSymmetriesAreTheHessiansExactZeroModes() {
        DeepLinearNetwork f = (DeepLinearNetwork) LandscapeCatalog.createAny("deep-linear:widths=3,4,4,2,n=60,seed=3");
        double[] theta = minimum(f);
        double[] h = f.hessian(theta);
        EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(36, false, true);
        assertTrue(eig.decompose(DMatrixRMaj.wrap(36, 36, h.clone())));
        double[] l = new double[36];
        for (int i = 0; i < 36; i++) {
            l[i] = eig.getEigenvalue(i).getReal();
        }
        Arrays.sort(l);
        double max = l[35];
        int zeros = 0;
        for (double li : l) {
            if (Math.abs(li) < 1e-9 * max) {
                zeros++;
            }
        }
        assertEquals(30, zeros, Arrays.toString(l));
        assertTrue(l[30] > 1e-4 * max, Arrays.toString(l));
        double[] hv = new double[36];
        double[] g = new double[36];
        double[] random = f.defaultStart();
        f.gradient(random, g);
        for (int layer = 1; layer <= 2; layer++) {
            for (int a = 0; a < 4; a++) {
                for (int b = 0; b < 4; b++) {
                    double[] xi = generator(f, theta, layer, a, b);
                    f.hessianVector(theta, xi, hv);
                    assertTrue(norm(hv) <= 1e-10 * max * norm(xi), "layer " + layer + " E" + a + b + ": " + norm(hv));
                    double[] xr = generator(f, random, layer, a, b);
                    double dot = 0;
                    for (int k = 0; k < 36; k++) {
                        dot += g[k] * xr[k];
                    }
                    assertEquals(0, dot, 1e-12 * norm(g) * norm(xr), "∇f·ξ at layer " + layer);
                }
            }
        }
    }

    @Test
    void widthsAreCheckedAndThePlanarModelIsUnchanged() {
        var few = assertThrows(InvalidInputException.class, () -> LandscapeCatalog.createAny("deep-linear:widths=3"));
        assertTrue(few.getMessage().contains("2 to 11"), few.getMessage());
        var wide = assertThrows(InvalidInputException.class, () -> LandscapeCatalog.createAny("deep-linear:widths=3,1001,1"));
        assertTrue(wide.getMessage().contains("[1, 1000]"), wide.getMessage());
        var slope = assertThrows(InvalidInputException.class, () -> LandscapeCatalog.createAny("deep-linear:widths=3,2,s=2"));
        assertTrue(slope.getMessage().contains("two-parameter"), slope.getMessage());
        var costly = assertThrows(InvalidInputException.class,
                () -> LandscapeCatalog.createAny("deep-linear:widths=1000,1,n=100000"));
        assertTrue(costly.getMessage().contains("over the limit 10⁹"), costly.getMessage());
        assertTrue(LandscapeCatalog.createAny("deep-linear").planar().get() instanceof DeepLinear);
        assertEquals(20 * 5 + 5, LandscapeCatalog.createAny("deep-linear:widths=20,5,1").dimension());
        assertTrue(LandscapeCatalog.createAny("deep-linear:widths=20,5,1").describe().contains("20→5→1"));
    }
}
