package org.basinscope.engine.dynamics;

import org.basinscope.engine.landscape.VectorLandscape;

/**
 * H₊(θ)^{1/2}·ξ in d dimensions — the Hessian-shaped gradient noise ζ = σH₊^{1/2}ξ, Cov ζ = σ²H₊ (seed 001,
 * Theorem 5), H₊ the Hessian with negative curvatures clipped to 0 — from Hessian–vector products alone, by the
 * Lanczos method for a function of a matrix (Golub and Van Loan, Matrix Computations, §10.1 and §11.1; Higham,
 * Functions of Matrices, §13.2): with Q the orthonormal basis of the Krylov space span{ξ, Hξ, …, H^{m−1}ξ} and
 * T = QᵀHQ tridiagonal, g(H)ξ ≈ ‖ξ‖·Q·g(T)·e₁ for g(λ) = √max(λ, 0). The basis is reorthogonalised in full
 * (twice), so the estimate is exact up to rounding as soon as the Krylov space is invariant: at the latest after
 * m = d steps, so where d ≤ {@value #MAX_STEPS} this is the exact symmetric square root. Above that it stops when
 * eight more steps change the estimate by less than 10⁻¹⁰ of its norm, or at {@value #MAX_STEPS} steps (with
 * at most 2²² basis values per thread); √ is smooth on a positive spectrum, so a well-conditioned H converges in
 * far fewer steps than d. One instance per thread: it keeps its scratch, so a step allocates nothing when the
 * landscape's H·v does not (the closed forms of the quadratic and the MLP).
 */
final class HessianRoot {
    /** The most Lanczos steps per root. */
    static final int MAX_STEPS = 64;
    private static final int MAX_BASIS = 1 << 22;
    private static final int CHECK_EVERY = 8;
    private static final double TOLERANCE = 1e-10;
    /** β below this times the size of T so far: the Krylov space is invariant (exact breakdown, up to rounding). */
    private static final double BREAKDOWN = 1e-13;

    private final int dimension;
    private final int maxSteps;
    private final double[][] basis;
    private final double[] hv;
    private final double[] alpha;
    private final double[] beta;
    /** T's diagonal and off-diagonal (copies, destroyed by the eigen-solver) and its eigenvectors (m × m). */
    private final double[] values;
    private final double[] offDiagonal;
    private final double[] vectors;
    private final double[] coefficients;
    private final double[] previous;

    HessianRoot(int dimension) {
        this.dimension = dimension;
        maxSteps = Math.max(1, Math.min(Math.min(dimension, MAX_STEPS), MAX_BASIS / dimension));
        basis = new double[maxSteps][dimension];
        hv = new double[dimension];
        alpha = new double[maxSteps];
        beta = new double[maxSteps];
        values = new double[maxSteps];
        offDiagonal = new double[maxSteps];
        vectors = new double[maxSteps * maxSteps];
        coefficients = new double[maxSteps];
        previous = new double[maxSteps];
    }

    /** Replaces {@code v} (length d) by H₊(θ)^{1/2}·v, H the Hessian of {@code f} at {@code theta}. */
    void apply(VectorLandscape f, double[] theta, double[] v) {
        int d = dimension;
        double norm = Math.sqrt(dot(v, v, d));
        if (norm == 0) {
            return;
        }
        double[] q0 = basis[0];
        for (int k = 0; k < d; k++) {
            q0[k] = v[k] / norm;
        }
        int m = 0;
        double size = 0;
        int checked = 0;
        while (true) {
            double[] q = basis[m];
            f.hessianVector(theta, q, hv);
            // Classical Gram–Schmidt against the whole basis, twice; the first pass's coefficient on q is α.
            for (int pass = 0; pass < 2; pass++) {
                for (int i = 0; i <= m; i++) {
                    double c = dot(basis[i], hv, d);
                    if (pass == 0 && i == m) {
                        alpha[m] = c;
                    }
                    axpy(-c, basis[i], hv, d);
                }
            }
            double b = Math.sqrt(dot(hv, hv, d));
            beta[m] = b;
            size = Math.max(size, Math.abs(alpha[m]) + b + (m > 0 ? beta[m - 1] : 0));
            m++;
            if (m == maxSteps || !(b > BREAKDOWN * size)) {
                break;
            }
            if (m % CHECK_EVERY == 0) {
                root(m);
                if (checked > 0 && change(m, checked) <= TOLERANCE) {
                    break;
                }
                System.arraycopy(coefficients, 0, previous, 0, m);
                checked = m;
            }
            double[] next = basis[m];
            for (int k = 0; k < d; k++) {
                next[k] = hv[k] / b;
            }
        }
        root(m);
        java.util.Arrays.fill(v, 0, d, 0.0);
        for (int j = 0; j < m; j++) {
            axpy(norm * coefficients[j], basis[j], v, d);
        }
    }

    /** Relative change ‖c_m − c_prev‖/‖c_m‖ of the coefficients (the basis is orthonormal, so of the estimate). */
    private double change(int m, int before) {
        double diff = 0;
        double size = 0;
        for (int j = 0; j < m; j++) {
            double p = j < before ? previous[j] : 0;
            diff += (coefficients[j] - p) * (coefficients[j] - p);
            size += coefficients[j] * coefficients[j];
        }
        return size == 0 ? 0 : Math.sqrt(diff / size);
    }

    /** {@link #coefficients} = g(T_m)·e₁ = S g(Θ) Sᵀ e₁ for the m × m tridiagonal T_m = S Θ Sᵀ. */
    private void root(int m) {
        System.arraycopy(alpha, 0, values, 0, m);
        System.arraycopy(beta, 0, offDiagonal, 0, m);
        TridiagonalEigen.decompose(values, offDiagonal, vectors, m);
        for (int i = 0; i < m; i++) {
            double c = 0;
            for (int k = 0; k < m; k++) {
                c += vectors[i * m + k] * Math.sqrt(Math.max(0, values[k])) * vectors[k];
            }
            coefficients[i] = c;
        }
    }

    private static double dot(double[] a, double[] b, int n) {
        double s = 0;
        for (int k = 0; k < n; k++) {
            s += a[k] * b[k];
        }
        return s;
    }

    private static void axpy(double c, double[] x, double[] y, int n) {
        for (int k = 0; k < n; k++) {
            y[k] += c * x[k];
        }
    }
}
