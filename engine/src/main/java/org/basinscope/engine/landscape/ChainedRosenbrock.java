package org.basinscope.engine.landscape;

/**
 * The extended (chained) Rosenbrock function over ℝ^d, f = Σ_{i=0}^{d−2} [(a − θᵢ)² + b(θᵢ₊₁ − θᵢ²)²], whose
 * global minimum is θ = (a, a², …) — (1, …, 1) for the defaults a = 1, b = 100 — with f = 0; for d = 2 it is
 * the planar {@link Rosenbrock}. For 4 ≤ d ≤ 7 there is a second, local minimum near (−1, 1, …, 1) (Kok and
 * Sandrock 2009). Start: the classical (−1.2, 1, −1.2, 1, …). Gradient and H·v exact (H is tridiagonal).
 */
public final class ChainedRosenbrock implements VectorLandscape {
    private final int d;
    private final double a;
    private final double b;

    public ChainedRosenbrock(int dimension, double a, double b) {
        this.d = VectorLandscape.checkDimension("landscape rosenbrock", dimension, 2);
        this.a = a;
        this.b = b;
    }

    @Override
    public int dimension() {
        return d;
    }

    @Override
    public double value(double[] t) {
        double s = 0;
        for (int i = 0; i < d - 1; i++) {
            double u = a - t[i];
            double w = t[i + 1] - t[i] * t[i];
            s += u * u + b * w * w;
        }
        return s;
    }

    @Override
    public void gradient(double[] t, double[] g) {
        for (int i = 0; i < d; i++) {
            double ti = t[i];
            double gi = 0;
            if (i < d - 1) {
                gi = -2 * (a - ti) - 4 * b * ti * (t[i + 1] - ti * ti);
            }
            if (i > 0) {
                gi += 2 * b * (ti - t[i - 1] * t[i - 1]);
            }
            g[i] = gi;
        }
    }

    @Override
    public void hessianVector(double[] t, double[] v, double[] hv) {
        for (int i = 0; i < d; i++) {
            double ti = t[i];
            double diag = 0;
            double s = 0;
            if (i < d - 1) {
                diag = 2 - 4 * b * (t[i + 1] - ti * ti) + 8 * b * ti * ti;
                s += -4 * b * ti * v[i + 1];
            }
            if (i > 0) {
                diag += 2 * b;
                s += -4 * b * t[i - 1] * v[i - 1];
            }
            hv[i] = diag * v[i] + s;
        }
    }

    @Override
    public void gradients(double[][] x, int from, int to, double[][] g) {
        int n = to - from;
        for (int k = 0; k < d; k++) {
            double[] xk = x[k];
            double[] gk = g[k];
            if (k < d - 1) {
                double[] next = x[k + 1];
                for (int i = 0; i < n; i++) {
                    double ti = xk[from + i];
                    gk[i] = -2 * (a - ti) - 4 * b * ti * (next[from + i] - ti * ti);
                }
            } else {
                java.util.Arrays.fill(gk, 0, n, 0.0);
            }
            if (k > 0) {
                double[] prev = x[k - 1];
                for (int i = 0; i < n; i++) {
                    double p = prev[from + i];
                    gk[i] += 2 * b * (xk[from + i] - p * p);
                }
            }
        }
    }

    @Override
    public double[] defaultStart() {
        double[] s = new double[d];
        for (int i = 0; i < d; i++) {
            s[i] = i % 2 == 0 ? -1.2 : 1;
        }
        return s;
    }

    @Override
    public String describe() {
        return "Σᵢ (" + a + " − θᵢ)² + " + b + "(θᵢ₊₁ − θᵢ²)² in " + d + " dimensions (extended Rosenbrock)";
    }
}
