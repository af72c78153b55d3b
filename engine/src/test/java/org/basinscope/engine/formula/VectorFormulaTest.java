package org.basinscope.engine.formula;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.basinscope.engine.landscape.ChainedRosenbrock;
import org.basinscope.engine.landscape.VectorLandscape;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Formulas in x1 … xd: exact gradient and H·v (against finite differences and closed forms), limits, planar untouched. */
class VectorFormulaTest {

    private static double[] point(int d, long seed) {
        Random r = new Random(seed);
        double[] x = new double[d];
        for (int k = 0; k < d; k++) {
            x[k] = 0.5 + 0.7 * r.nextDouble();
        }
        return x;
    }

    /**
     * Central differences with h = 10⁻⁵ have error O(h²·f''') ≈ 10⁻¹⁰ here; the tolerance is 10⁻⁷ relative to the
     * largest component, far above that and far below any real mistake.
     */
    @ParameterizedTest
    @ValueSource(strings = {"x1^2 + 10*x2^2 + x3^4", "exp(-x1*x2) + sin(x3)*cos(x4) + log(1 + x5^2) + tanh(x1*x5)",
        "sqrt(1 + x2^2)/x3 + x1*x2*x3/(1 + x4^2) + x6^2", "abs(x1 - 2)*x2 + x3^x1 + 2^x2 + (x1 + x2 + x3)^3/7"})
    void gradientAndHessianVectorProductMatchFiniteDifferences(String text) {
        VectorLandscape f = Formula.compileAny(text);
        int d = f.dimension();
        double[] x = point(d, 3);
        double[] v = point(d, 4);
        double h = 1e-5;
        double[] g = new double[d];
        f.gradient(x, g);
        double[] hv = new double[d];
        f.hessianVector(x, v, hv);
        double gScale = 0;
        double hScale = 0;
        for (int k = 0; k < d; k++) {
            gScale = Math.max(gScale, Math.abs(g[k]));
            hScale = Math.max(hScale, Math.abs(hv[k]));
        }
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
        for (int k = 0; k < d; k++) {
            double[] pk = x.clone();
            double[] mk = x.clone();
            pk[k] += h;
            mk[k] -= h;
            assertEquals((f.value(pk) - f.value(mk)) / (2 * h), g[k], 1e-7 * (1 + gScale), text + " ∂/∂x" + (k + 1));
            assertEquals((gp[k] - gm[k]) / (2 * h), hv[k], 1e-7 * (1 + hScale), text + " (Hv)" + (k + 1));
        }
    }

    /** Written out term by term, the 3-D extended Rosenbrock is ChainedRosenbrock(3, 1, 100): same f, ∇f, H·v. */
    @Test
    void extendedRosenbrockWrittenOutAgreesWithTheBuiltIn() {
        VectorLandscape f = Formula.compileAny("(1-x1)^2 + 100*(x2-x1^2)^2 + (1-x2)^2 + 100*(x3-x2^2)^2");
        ChainedRosenbrock r = new ChainedRosenbrock(3, 1, 100);
        double[] x = {-1.2, 1, 0.4};
        double[] v = {0.3, -2, 1.1};
        assertEquals(r.value(x), f.value(x), 1e-12 * r.value(x));
        double[] a = new double[3];
        double[] b = new double[3];
        f.gradient(x, a);
        r.gradient(x, b);
        for (int k = 0; k < 3; k++) {
            assertEquals(b[k], a[k], 1e-12 * (1 + Math.abs(b[k])), "gradient " + k);
        }
        f.hessianVector(x, v, a);
        r.hessianVector(x, v, b);
        for (int k = 0; k < 3; k++) {
            assertEquals(b[k], a[k], 1e-12 * (1 + Math.abs(b[k])), "H·v " + k);
        }
    }

    /** Σⱼ j·xⱼ², j = 1 … 64: ∂f/∂xⱼ = 2j·xⱼ and (H·v)ⱼ = 2j·vⱼ exactly (products by small integers round once). */
    @Test
    void sixtyFourDimensionsAreAcceptedAndSixtyFiveRefused() {
        StringBuilder text = new StringBuilder();
        for (int j = 1; j <= 64; j++) {
            text.append(j == 1 ? "" : " + ").append(j).append("*x").append(j).append("^2");
        }
        VectorLandscape f = Formula.compileAny(text.toString());
        assertEquals(64, f.dimension());
        double[] x = point(64, 8);
        double[] v = point(64, 9);
        double[] g = new double[64];
        double[] hv = new double[64];
        f.gradient(x, g);
        f.hessianVector(x, v, hv);
        for (int j = 1; j <= 64; j++) {
            assertEquals(2 * j * x[j - 1], g[j - 1], 1e-15 * j, "∂/∂x" + j);
            assertEquals(2 * j * v[j - 1], hv[j - 1], 1e-15 * j, "(Hv)" + j);
        }
        FormulaException e = assertThrows(FormulaException.class, () -> Formula.compileAny(text + " + x65^2"));
        assertTrue(e.getMessage().contains("'x65' is outside x1 … x64"), e.getMessage());
        assertFalse(e.getMessage().contains("\n"));
        assertEquals(text.length() + 3, e.position());
        for (String bad : new String[] {"x0^2", "x01 + x2"}) {
            var zero = assertThrows(FormulaException.class, () -> Formula.compileAny(bad));
            assertTrue(zero.getMessage().contains("outside x1 … x64"), zero.getMessage());
        }
    }

    @Test
    void mixingPlanarAndIndexedVariablesIsRefused() {
        for (String mixed : new String[] {"x + x1", "x2^2 + y", "y*x3"}) {
            FormulaException e = assertThrows(FormulaException.class, () -> Formula.compileAny(mixed));
            assertTrue(e.getMessage().contains("mixes the planar variables x, y with the indexed x1 … x64"),
                    e.getMessage());
        }
        FormulaException planarOnly = assertThrows(FormulaException.class, () -> Formula.compile("x1^2 + x2^2"));
        assertTrue(planarOnly.getMessage().contains("runs in simulate"), planarOnly.getMessage());
        assertEquals(0, planarOnly.position());
    }

    /** The dimension is the largest index, even where that variable simplifies away; the others are then flat. */
    @Test
    void dimensionIsTheLargestIndexUsed() {
        VectorLandscape f = Formula.compileAny("x3^2 + 0*x5");
        assertEquals(5, f.dimension());
        double[] g = new double[5];
        f.gradient(new double[] {1, 2, 3, 4, 5}, g);
        assertEquals(6, g[2]);
        assertEquals(0, g[0]);
        assertEquals(0, g[4]);
        assertTrue(f.planar().isEmpty());
        assertTrue(f.describe().startsWith("x₃² + 0·x₅"), f.describe());
        assertTrue(Formula.compileAny("(x^2-1)^2/4 + y^2/2").planar().isPresent());
        assertEquals(2, Formula.compileAny("(x^2-1)^2/4 + y^2/2").dimension());
    }

    @Test
    void blockGradientsAreBitForBitThePointGradients() {
        VectorLandscape f = Formula.compileAny("exp(-x1*x2) + sin(x3)*cos(x4) + x4^3*x1 + log(2 + x2)");
        int n = 600;
        Random r = new Random(2);
        double[][] x = new double[4][n];
        for (int k = 0; k < 4; k++) {
            for (int i = 0; i < n; i++) {
                x[k][i] = r.nextGaussian();
            }
        }
        double[][] g = new double[4][n];
        f.gradients(x, 7, n, g);
        double[] p = new double[4];
        double[] q = new double[4];
        for (int i = 7; i < n; i++) {
            for (int k = 0; k < 4; k++) {
                p[k] = x[k][i];
            }
            f.gradient(p, q);
            for (int k = 0; k < 4; k++) {
                assertEquals(q[k], g[k][i - 7], 0.0, "particle " + i + " coordinate " + k);
            }
        }
    }
}
