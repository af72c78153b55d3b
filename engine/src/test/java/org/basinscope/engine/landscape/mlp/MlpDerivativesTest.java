package org.basinscope.engine.landscape.mlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import org.basinscope.engine.data.DataSet;
import org.basinscope.engine.landscape.LandscapeCatalog;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The MLP's loss, gradient and Hessian–vector product, checked against an independent forward pass written
 * from the documented θ layout and against finite differences, for tanh and ReLU, MSE and cross-entropy, one
 * and two hidden layers, two and ten classes.
 *
 * <p>Bounds. Central differences of f with step h err by h²/6·|f'''| (truncation) + ε_mach·|f|/h (rounding) per
 * coordinate: with h = 10⁻⁵, |f| ≲ 3 and third derivatives ≲ 100 that is ≲ 2·10⁻⁸ per coordinate, so the
 * gradient must satisfy ‖g_fd − g‖ ≤ 10⁻⁶‖g‖ + 10⁻⁷√d (the absolute part is that per-coordinate bound with a
 * margin of 5). H·v against the central difference of the exact
 * gradient along a unit v with h = 10⁻⁴: h²/6·|∇⁴f| + ε_mach‖∇f‖/h ≲ 2·10⁻⁷ per coordinate, so
 * ‖Hv_fd − Hv‖ ≤ 10⁻⁵‖Hv‖ + 10⁻⁶√d. ReLU is differentiable only away from its kinks: the test asserts that no
 * difference point changes any unit's on/off pattern, so the ReLU checks are of a smooth function too.
 */
class MlpDerivativesTest {
    private static final double H_GRADIENT = 1e-5;
    private static final double H_HESSIAN = 1e-4;

    @ParameterizedTest
    @ValueSource(strings = {
        "data=two-moons,n=30,hidden=5,activation=tanh,loss=xent",
        "data=two-moons,n=30,hidden=5,activation=tanh,loss=mse",
        "data=two-moons,n=30,hidden=5,4,activation=tanh,loss=xent",
        "data=two-moons,n=30,hidden=5,4,activation=tanh,loss=mse",
        "data=spirals,n=30,hidden=6,activation=relu,loss=xent",
        "data=two-moons,n=30,hidden=6,activation=relu,loss=mse",
        "data=teacher,n=30,hidden=6,5,activation=relu,loss=xent",
        "data=two-moons,n=30,hidden=6,5,activation=relu,loss=mse",
        "data=digits,n=20,hidden=6,activation=tanh,loss=xent",
        "data=digits,n=20,hidden=4,3,activation=relu,loss=mse"})
    void gradientAndHessianVectorProductAreExact(String options) {
        Mlp f = (Mlp) LandscapeCatalog.createAny("mlp:" + options);
        int d = f.dimension();
        Random r = new Random(5);
        double[] theta = f.defaultStart();
        double[] v = new double[d];
        double norm = 0;
        for (int k = 0; k < d; k++) {
            theta[k] += 0.2 * r.nextGaussian(); // generic biases, not the symmetric start
            v[k] = r.nextGaussian();
            norm += v[k] * v[k];
        }
        for (int k = 0; k < d; k++) {
            v[k] /= Math.sqrt(norm);
        }
        Reference ref = new Reference(f, options.contains("relu"), options.contains("mse"));
        assertEquals(ref.value(theta), f.value(theta), 1e-12 * Math.abs(ref.value(theta)), "loss against the reference");
        boolean[] pattern = ref.pattern(theta);

        double[] g = new double[d];
        f.gradient(theta, g);
        double[] fd = new double[d];
        for (int k = 0; k < d; k++) {
            double[] plus = theta.clone();
            double[] minus = theta.clone();
            plus[k] += H_GRADIENT;
            minus[k] -= H_GRADIENT;
            assertTrue(Arrays.equals(pattern, ref.pattern(plus)) && Arrays.equals(pattern, ref.pattern(minus)),
                    "a difference point crossed a kink");
            fd[k] = (f.value(plus) - f.value(minus)) / (2 * H_GRADIENT);
        }
        double gNorm = norm(g);
        assertTrue(gNorm > 1e-3, "a gradient worth checking: " + gNorm);
        assertTrue(distance(fd, g) <= 1e-6 * gNorm + 1e-7 * Math.sqrt(d), options + ": ‖g_fd − g‖ = "
                + distance(fd, g) + ", ‖g‖ = " + gNorm);

        double[] hv = new double[d];
        f.hessianVector(theta, v, hv);
        double[] plus = theta.clone();
        double[] minus = theta.clone();
        for (int k = 0; k < d; k++) {
            plus[k] += H_HESSIAN * v[k];
            minus[k] -= H_HESSIAN * v[k];
        }
        assertTrue(Arrays.equals(pattern, ref.pattern(plus)) && Arrays.equals(pattern, ref.pattern(minus)),
                "a difference point crossed a kink");
        double[] gp = new double[d];
        double[] gm = new double[d];
        f.gradient(plus, gp);
        f.gradient(minus, gm);
        double[] hvFd = new double[d];
        for (int k = 0; k < d; k++) {
            hvFd[k] = (gp[k] - gm[k]) / (2 * H_HESSIAN);
        }
        double hvNorm = norm(hv);
        assertTrue(hvNorm > 1e-4, "a product worth checking: " + hvNorm);
        assertTrue(distance(hvFd, hv) <= 1e-5 * hvNorm + 1e-6 * Math.sqrt(d), options + ": ‖Hv_fd − Hv‖ = "
                + distance(hvFd, hv) + ", ‖Hv‖ = " + hvNorm);

        // H is symmetric: uᵀ(Hv) = vᵀ(Hu) up to the rounding of two sums of d·n products.
        double[] u = new double[d];
        for (int k = 0; k < d; k++) {
            u[k] = r.nextGaussian() / Math.sqrt(d);
        }
        double[] hu = new double[d];
        f.hessianVector(theta, u, hu);
        assertEquals(dot(u, hv), dot(v, hu), 1e-10 * (norm(hv) + norm(hu)));
    }

    private static double norm(double[] a) {
        return Math.sqrt(dot(a, a));
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int k = 0; k < a.length; k++) {
            s += a[k] * b[k];
        }
        return s;
    }

    private static double distance(double[] a, double[] b) {
        double s = 0;
        for (int k = 0; k < a.length; k++) {
            s += (a[k] - b[k]) * (a[k] - b[k]);
        }
        return Math.sqrt(s);
    }

    /** A plain forward pass from the documented layout: per layer W row-major (out × in), then b. */
    private static final class Reference {
        private final DataSet data;
        private final int[] widths;
        private final boolean relu;
        private final boolean mse;

        Reference(Mlp f, boolean relu, boolean mse) {
            this.data = f.data();
            this.widths = Arrays.stream(f.architecture().split("→")).mapToInt(Integer::parseInt).toArray();
            this.relu = relu;
            this.mse = mse;
        }

        /** Outputs of example i; records whether each hidden unit is on (u &gt; 0) into {@code on} from {@code at}. */
        double[] outputs(double[] theta, int i, boolean[] on, int at) {
            double[] a = new double[widths[0]];
            for (int j = 0; j < a.length; j++) {
                a[j] = data.input(i, j);
            }
            int w = 0;
            for (int l = 0; l + 1 < widths.length; l++) {
                int in = widths[l];
                int out = widths[l + 1];
                double[] next = new double[out];
                for (int j = 0; j < out; j++) {
                    double u = theta[w + out * in + j];
                    for (int k = 0; k < in; k++) {
                        u += theta[w + j * in + k] * a[k];
                    }
                    boolean hidden = l + 2 < widths.length;
                    if (hidden && on != null) {
                        on[at++] = u > 0;
                    }
                    next[j] = !hidden ? u : relu ? Math.max(0, u) : Math.tanh(u);
                }
                w += out * (in + 1);
                a = next;
            }
            return a;
        }

        double value(double[] theta) {
            double total = 0;
            for (int i = 0; i < data.size(); i++) {
                double[] z = outputs(theta, i, null, 0);
                int y = data.label(i);
                if (mse) {
                    for (int c = 0; c < z.length; c++) {
                        double e = z[c] - (c == y ? 1 : 0);
                        total += 0.5 * e * e;
                    }
                } else {
                    double s = 0;
                    for (double zc : z) {
                        s += Math.exp(zc);
                    }
                    total += Math.log(s) - z[y];
                }
            }
            return total / data.size();
        }

        /** Every hidden unit's on/off state on every example. */
        boolean[] pattern(double[] theta) {
            int units = 0;
            for (int l = 1; l + 1 < widths.length; l++) {
                units += widths[l];
            }
            boolean[] on = new boolean[units * data.size()];
            for (int i = 0; i < data.size(); i++) {
                outputs(theta, i, on, i * units);
            }
            return on;
        }
    }
}
