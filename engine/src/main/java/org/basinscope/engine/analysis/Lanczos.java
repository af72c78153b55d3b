package org.basinscope.engine.analysis;

import java.util.Arrays;
import java.util.Random;
import org.basinscope.engine.landscape.VectorLandscape;
import org.basinscope.engine.spec.InvalidInputException;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;

/**
 * The top k eigenvalues of the Hessian at a point — the sharpness λmax and the next ones — by the Lanczos
 * method on Hessian–vector products (Golub and Van Loan, Matrix Computations, §10.1), with full
 * reorthogonalisation (each new vector is orthogonalised twice against all earlier ones, "twice is enough",
 * so no spurious copies of converged eigenvalues appear), from a Gaussian start vector drawn from {@code seed}.
 * The Ritz values of the tridiagonal matrix are the estimates and |β_m·s_m| their residual norms (an eigenvalue
 * lies within that distance of each); from step 40 on, every 10 steps, it stops when the top k residuals are
 * below 10⁻¹⁰·‖H‖, else at min(d, 300, 2²³/d) steps (at least 40, at least 2k + 30: the stored basis stays
 * under 64 MB). For d ≤ that the whole spectrum is found (up to rounding). Clustered top eigenvalues converge
 * slowest (a geometric ladder at d = 10⁴ needs some 100 steps).
 */
public final class Lanczos {
    /** The largest k. */
    public static final int MAX_K = 20;
    /** Steps before the first convergence check, and between checks. */
    private static final int MIN_STEPS = 40;
    private static final int CHECK_EVERY = 10;
    /** At most this many steps, and at most {@link #MAX_BASIS} stored basis values (64 MB). */
    private static final int MAX_STEPS = 300;
    private static final int MAX_BASIS = 1 << 23;
    /** A Ritz value counts as converged when its residual is below this times ‖H‖ (estimated). */
    private static final double TOLERANCE = 1e-10;

    /**
     * @param eigenvalues the top k Ritz values, largest first
     * @param residuals   their residual norms ‖Hy − θy‖ (0 when Lanczos found an invariant subspace)
     * @param iterations  Lanczos steps taken
     */
    public record Result(double[] eigenvalues, double[] residuals, int iterations) {
        public double largest() {
            return eigenvalues[0];
        }

        /** True if every residual is below {@value #TOLERANCE} times {@code scale} (an estimate of ‖H‖). */
        boolean converged(double scale) {
            for (double r : residuals) {
                if (!(r <= TOLERANCE * scale)) {
                    return false;
                }
            }
            return true;
        }
    }

    /**
     * The top k eigenpairs of a symmetric operator.
     *
     * @param eigenvalues largest first
     * @param vectors     the unit Ritz vectors, {@code vectors[i]} for {@code eigenvalues[i]}
     * @param residuals   ‖Ay − θy‖ of each
     * @param iterations  Lanczos steps taken
     */
    public record Eigenpairs(double[] eigenvalues, double[][] vectors, double[] residuals, int iterations) {
    }

    /** A symmetric linear operator on ℝ^d: writes A·v into {@code out} (same length). */
    @FunctionalInterface
    public interface Operator {
        void apply(double[] v, double[] out);
    }

    private Lanczos() {
    }

    /** The top k eigenvalues of the Hessian of f at {@code at}, from Hessian–vector products. */
    public static Result top(VectorLandscape f, double[] at, int k, long seed) {
        return run((v, out) -> f.hessianVector(at, v, out), f.dimension(), k, seed, false).ritz;
    }

    /** The top k eigenvalues of any symmetric d × d operator (a covariance applied as C·v). */
    public static Result top(Operator a, int d, int k, long seed) {
        return run(a, d, k, seed, false).ritz;
    }

    /** The top k eigenvalues and their Ritz vectors y = Σ_j s_j q_j (s the eigenvectors of the tridiagonal). */
    public static Eigenpairs eigenpairs(Operator a, int d, int k, long seed) {
        Run r = run(a, d, k, seed, true);
        return new Eigenpairs(r.ritz.eigenvalues(), r.vectors, r.ritz.residuals(), r.ritz.iterations());
    }

    /** The Hessian's top k eigenpairs at {@code at}. */
    public static Eigenpairs eigenpairs(VectorLandscape f, double[] at, int k, long seed) {
        return eigenpairs((v, out) -> f.hessianVector(at, v, out), f.dimension(), k, seed);
    }

    private record Run(Result ritz, double[][] vectors) {
    }

    private static Run run(Operator a, int d, int k, long seed, boolean withVectors) {
        if (k < 1 || k > Math.min(MAX_K, d)) {
            throw new InvalidInputException("Lanczos: k = " + k + " is outside the allowed range [1, "
                    + Math.min(MAX_K, d) + "]");
        }
        int m = Math.min(d, Math.max(2 * k + 30, Math.max(MIN_STEPS, Math.min(MAX_STEPS, MAX_BASIS / d))));
        double[][] q = new double[m + 1][];
        double[] alpha = new double[m];
        double[] beta = new double[m];
        double[] v = new double[d];
        Random random = new Random(seed);
        for (int i = 0; i < d; i++) {
            v[i] = random.nextGaussian();
        }
        scale(v, 1 / norm(v));
        q[0] = v;
        double[] w = new double[d];
        double size = 0;
        Result ritz = null;
        double[][] s = null;
        for (int j = 0; j < m; j++) {
            a.apply(q[j], w);
            alpha[j] = dot(q[j], w);
            for (int pass = 0; pass < 2; pass++) {
                for (int i = 0; i <= j; i++) {
                    axpy(-dot(q[i], w), q[i], w);
                }
            }
            beta[j] = norm(w);
            size = Math.max(size, Math.abs(alpha[j]) + beta[j]);
            if (!Double.isFinite(beta[j])) {
                throw new InvalidInputException("Lanczos: the Hessian–vector product is not finite at this point");
            }
            boolean invariant = beta[j] <= 1e-12 * Math.max(size, Double.MIN_NORMAL);
            if (invariant || j == m - 1 || (j + 1 >= MIN_STEPS && (j + 1) % CHECK_EVERY == 0)) {
                s = withVectors ? new double[Math.min(k, j + 1)][] : null;
                ritz = ritz(alpha, invariant ? zeroLast(beta, j) : beta, j + 1, k, s);
                if (invariant || j == m - 1 || ritz.converged(size)) {
                    break;
                }
            }
            q[j + 1] = w.clone();
            scale(q[j + 1], 1 / beta[j]);
        }
        if (!withVectors) {
            return new Run(ritz, null);
        }
        double[][] vectors = new double[s.length][d];
        for (int i = 0; i < s.length; i++) {
            for (int j = 0; j < s[i].length; j++) {
                axpy(s[i][j], q[j], vectors[i]);
            }
            scale(vectors[i], 1 / norm(vectors[i]));
        }
        return new Run(ritz, vectors);
    }

    /** β with β_j = 0: Lanczos found an invariant subspace, its Ritz values are exact. */
    private static double[] zeroLast(double[] beta, int j) {
        double[] b = beta.clone();
        b[j] = 0;
        return b;
    }

    /**
     * The top k eigenvalues of the steps × steps tridiagonal (α, β) and their residuals |β_last · s_last|; with
     * {@code vectors}, also their eigenvectors s (each of length steps) into it.
     */
    private static Result ritz(double[] alpha, double[] beta, int steps, int k, double[][] vectors) {
        DMatrixRMaj t = new DMatrixRMaj(steps, steps);
        for (int j = 0; j < steps; j++) {
            t.set(j, j, alpha[j]);
            if (j + 1 < steps) {
                t.set(j, j + 1, beta[j]);
                t.set(j + 1, j, beta[j]);
            }
        }
        EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(steps, true, true);
        if (!eig.decompose(t)) {
            throw new IllegalStateException("eigen-decomposition of the Lanczos matrix failed");
        }
        Integer[] order = new Integer[steps];
        double[] values = new double[steps];
        for (int i = 0; i < steps; i++) {
            order[i] = i;
            values[i] = eig.getEigenvalue(i).getReal();
        }
        Arrays.sort(order, (a, b) -> Double.compare(values[b], values[a]));
        int kk = Math.min(k, steps);
        double[] top = new double[kk];
        double[] residual = new double[kk];
        for (int i = 0; i < kk; i++) {
            top[i] = values[order[i]];
            DMatrixRMaj s = eig.getEigenVector(order[i]);
            residual[i] = Math.abs(beta[steps - 1] * s.get(steps - 1, 0));
            if (vectors != null) {
                vectors[i] = s.data.clone();
            }
        }
        return new Result(top, residual, steps);
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    private static double norm(double[] a) {
        return Math.sqrt(dot(a, a));
    }

    private static void scale(double[] a, double c) {
        for (int i = 0; i < a.length; i++) {
            a[i] *= c;
        }
    }

    private static void axpy(double c, double[] x, double[] y) {
        for (int i = 0; i < x.length; i++) {
            y[i] += c * x[i];
        }
    }
}
