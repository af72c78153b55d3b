package org.basinscope.engine.equilibrium;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.SingularMatrixException;

/**
 * The stationary covariance of a linearised stochastic process in 2-D, from a Lyapunov equation
 * (science/CHECKS.md, "Ornstein–Uhlenbeck covariance"; seed 001, Theorem 5). Near a minimum with
 * Hessian H, SGD x⁺ = x − η(Hx + ξ), Cov ξ = Σ/B, is the linear recursion x⁺ = A x − η ξ with A = I − ηH:
 * <ul>
 * <li>discrete time (exact for the recursion): C = A C Aᵀ + η² Σ/B;</li>
 * <li>continuous time (its small-η limit, dx = −Hx dt + √(ηΣ/B) dW): H C + C H = (η/B) Σ.</li>
 * </ul>
 * Matrices are 2×2 symmetric, passed as {a11, a12, a22} (for H, Σ, C) or row-major 2×2 (for A).
 * Both equations are linear in the three unknowns of C and are solved as a 3×3 system.
 */
public final class StationaryCovariance {
    private StationaryCovariance() {
    }

    /** Solves H C + C H = Q. */
    public static double[] continuous(double[] hessian, double[] q) {
        double[][] h = full(hessian);
        return solve(c -> add(mul(h, c), mul(c, h)), q);
    }

    /** Solves C − A C Aᵀ = Q for a row-major 2×2 A. */
    public static double[] discrete(double[][] a, double[] q) {
        double[][] at = {{a[0][0], a[1][0]}, {a[0][1], a[1][1]}};
        return solve(c -> sub(c, mul(mul(a, c), at)), q);
    }

    /** SGD's covariance near a minimum, continuous-time form: H C + C H = (η/B) Σ. */
    public static double[] sgdContinuous(double[] hessian, double[] sigma, double eta, double batch) {
        return continuous(hessian, scale(sigma, eta / batch));
    }

    /** SGD's covariance near a minimum, exact discrete-time form with A = I − ηH and Q = η² Σ / B. */
    public static double[] sgdDiscrete(double[] hessian, double[] sigma, double eta, double batch) {
        double[][] a = {{1 - eta * hessian[0], -eta * hessian[1]}, {-eta * hessian[1], 1 - eta * hessian[2]}};
        return discrete(a, scale(sigma, eta * eta / batch));
    }

    /**
     * The stationary covariance of a linear recursion s ← A s + B ξ, Cov ξ = Q, of any (small) size n: the
     * solution of the discrete Lyapunov equation C = A C Aᵀ + B Q Bᵀ, by the linear system
     * (I − A ⊗ A) vec C = vec(B Q Bᵀ) (n² unknowns; n ≤ 8 here). Used on the augmented state (position,
     * velocity) of momentum methods with gradient noise. Throws when A is not stable (spectral radius ≥ 1).
     *
     * @param a n × n, row-major
     * @param b n × m noise input
     * @param q m × m noise covariance
     */
    public static double[][] lyapunov(double[][] a, double[][] b, double[][] q) {
        int n = a.length;
        int m = q.length;
        double[][] source = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double v = 0;
                for (int k = 0; k < m; k++) {
                    for (int l = 0; l < m; l++) {
                        v += b[i][k] * q[k][l] * b[j][l];
                    }
                }
                source[i][j] = v;
            }
        }
        RealMatrix system = new Array2DRowRealMatrix(n * n, n * n);
        double[] rhs = new double[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                int row = i * n + j;
                rhs[row] = source[i][j];
                for (int k = 0; k < n; k++) {
                    for (int l = 0; l < n; l++) {
                        system.addToEntry(row, k * n + l, -a[i][k] * a[j][l]);
                    }
                }
                system.addToEntry(row, row, 1);
            }
        }
        if (spectralRadius(a) >= 1) {
            throw new IllegalArgumentException("no stationary covariance: the linearised process is not stable");
        }
        double[] c;
        try {
            c = new LUDecomposition(system).getSolver().solve(new ArrayRealVector(rhs)).toArray();
        } catch (SingularMatrixException e) {
            throw new IllegalArgumentException("no stationary covariance: the linearised process is not stable", e);
        }
        double[][] out = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                // Symmetrised: the solution is symmetric up to rounding.
                out[i][j] = 0.5 * (c[i * n + j] + c[j * n + i]);
            }
        }
        return out;
    }

    /** The largest modulus of A's eigenvalues. */
    static double spectralRadius(double[][] a) {
        var eigen = new EigenDecomposition(new Array2DRowRealMatrix(a));
        double r = 0;
        double[] re = eigen.getRealEigenvalues();
        double[] im = eigen.getImagEigenvalues();
        for (int k = 0; k < re.length; k++) {
            r = Math.max(r, Math.hypot(re[k], im[k]));
        }
        return r;
    }

    private static double[] scale(double[] m, double s) {
        return new double[] {m[0] * s, m[1] * s, m[2] * s};
    }

    static double[] solve(java.util.function.UnaryOperator<double[][]> op, double[] q) {
        // Columns: the operator applied to the basis of symmetric matrices E11, E12 + E21, E22.
        double[][][] basis = {{{1, 0}, {0, 0}}, {{0, 1}, {1, 0}}, {{0, 0}, {0, 1}}};
        RealMatrix m = new Array2DRowRealMatrix(3, 3);
        for (int k = 0; k < 3; k++) {
            double[][] r = op.apply(basis[k]);
            m.setEntry(0, k, r[0][0]);
            m.setEntry(1, k, r[0][1]);
            m.setEntry(2, k, r[1][1]);
        }
        try {
            return new LUDecomposition(m).getSolver().solve(new ArrayRealVector(q)).toArray();
        } catch (SingularMatrixException e) {
            throw new IllegalArgumentException("no stationary covariance: the linearised process is not stable", e);
        }
    }

    private static double[][] full(double[] s) {
        return new double[][] {{s[0], s[1]}, {s[1], s[2]}};
    }

    static double[][] mul(double[][] a, double[][] b) {
        double[][] r = new double[2][2];
        for (int i = 0; i < 2; i++) {
            for (int j = 0; j < 2; j++) {
                r[i][j] = a[i][0] * b[0][j] + a[i][1] * b[1][j];
            }
        }
        return r;
    }

    static double[][] add(double[][] a, double[][] b) {
        return new double[][] {{a[0][0] + b[0][0], a[0][1] + b[0][1]}, {a[1][0] + b[1][0], a[1][1] + b[1][1]}};
    }

    static double[][] sub(double[][] a, double[][] b) {
        return new double[][] {{a[0][0] - b[0][0], a[0][1] - b[0][1]}, {a[1][0] - b[1][0], a[1][1] - b[1][1]}};
    }
}
