package org.basinscope.engine.chaos;

import java.util.Arrays;
import java.util.Random;
import org.basinscope.engine.dynamics.TangentMap;
import org.basinscope.engine.spec.InvalidInputException;

/**
 * The top k Lyapunov exponents of a map in any dimension by QR re-orthonormalisation of k tangent vectors
 * (Benettin, Galgani, Giorgilli &amp; Strelcyn, Meccanica 15, 1980; Shimada &amp; Nagashima 1979): the frame
 * Q (k orthonormal vectors of the state space) is pushed through the step's Jacobian, W = JQ, and
 * re-orthonormalised by Gram–Schmidt, W = Q'R; the i-th exponent is the time average of ln R_ii, per step,
 * natural log. Gram–Schmidt keeps the span of the first i vectors, so Σ_{j≤i} ln R_jj is the growth of the
 * i-volume they span and the i-th vector converges to the i-th exponent; each vector is orthogonalised twice
 * ("twice is enough"), so the frame stays orthonormal to rounding over 10⁶ steps. J·q comes from
 * {@link TangentMap#tangent} (one Hessian–vector product), so nothing of size n² is formed.
 *
 * <p>The start frame is k Gaussian vectors drawn from {@code seed} (java.util.Random), orthonormalised: a
 * fixed frame such as the first k coordinate axes would miss directions of an axis-aligned map. The frame is
 * carried through the transient too (not measured), which aligns it before the average starts. Standard
 * errors from {@value LyapunovSpectrum#BLOCKS} block averages, as in {@link LyapunovSpectrum}. Single-threaded:
 * the result is the same bits on any machine.
 */
public final class LyapunovExponents {
    /** The most exponents asked for at once (the frame then has k·n values). */
    public static final int MAX_K = 500;

    /**
     * @param exponents      the top k, descending, per step
     * @param stderr         standard error of each, from block averages (NaN below 10 steps)
     * @param steps          steps measured (fewer than asked if the orbit diverged)
     * @param stateDimension n, the dimension of the tangent space (d, or 2d with a velocity)
     * @param diverged       true if the state or a tangent vector stopped being finite; the exponents are NaN
     * @param state          the final state
     */
    public record Result(double[] exponents, double[] stderr, long steps, int stateDimension, boolean diverged,
            double[] state) {
    }

    private LyapunovExponents() {
    }

    /** The allowed k for a state of dimension n: 1 … min(n, {@value #MAX_K}); else a one-line refusal. */
    public static int checkCount(int k, int n) {
        int max = Math.min(n, MAX_K);
        if (k < 1 || k > max) {
            throw new InvalidInputException("--exponents " + k + " is outside the allowed range [1, " + max
                    + "] (the state has dimension " + n + ")");
        }
        return k;
    }

    /**
     * @param map     the map and its tangent action
     * @param start   the initial state (length {@code map.dimension()})
     * @param k       how many exponents, 1 … min(n, {@value #MAX_K})
     * @param discard transient steps (state and frame advanced, nothing measured)
     * @param steps   steps measured
     * @param seed    seed of the start frame
     */
    public static Result top(TangentMap map, double[] start, int k, long discard, long steps, long seed) {
        int n = map.dimension();
        checkCount(k, n);
        double[] state = start.clone();
        double[] next = new double[n];
        double[][] q = initialFrame(n, k, seed);
        double[][] w = new double[k][n];
        double[] logs = new double[k];
        long blockLength = Math.max(1, steps / LyapunovSpectrum.BLOCKS);
        double[][] blockSums = new double[LyapunovSpectrum.BLOCKS][k];
        double[] total = new double[k];
        long t = 1;
        for (long m = 0; m < discard + steps; m++, t++) {
            for (int i = 0; i < k; i++) {
                map.tangent(state, t, q[i], w[i]);
            }
            boolean finite = reorthonormalise(w, q, logs);
            map.step(state, t, next);
            System.arraycopy(next, 0, state, 0, n);
            if (!finite || !finite(state)) {
                double[] nan = new double[k];
                Arrays.fill(nan, Double.NaN);
                return new Result(nan, nan.clone(), Math.max(0, m - discard), n, true, state);
            }
            if (m >= discard) {
                long measured = m - discard;
                int block = (int) Math.min(LyapunovSpectrum.BLOCKS - 1, measured / blockLength);
                for (int i = 0; i < k; i++) {
                    total[i] += logs[i];
                    blockSums[block][i] += logs[i];
                }
            }
        }
        double[] exponents = new double[k];
        for (int i = 0; i < k; i++) {
            exponents[i] = total[i] / steps;
        }
        double[] stderr = LyapunovSpectrum.blockStandardErrors(blockSums, steps, blockLength);
        // Gram–Schmidt orders the exponents already; sorting only settles ties left by a finite average.
        Integer[] order = new Integer[k];
        for (int i = 0; i < k; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(exponents[b], exponents[a]));
        double[] sorted = new double[k];
        double[] sortedErr = new double[k];
        for (int i = 0; i < k; i++) {
            sorted[i] = exponents[order[i]];
            sortedErr[i] = stderr[order[i]];
        }
        return new Result(sorted, sortedErr, steps, n, false, state);
    }

    /** k orthonormal vectors of ℝⁿ: Gaussian draws from {@code seed}, orthonormalised in order. */
    static double[][] initialFrame(int n, int k, long seed) {
        Random random = new Random(seed);
        double[][] w = new double[k][n];
        for (double[] v : w) {
            for (int a = 0; a < n; a++) {
                v[a] = random.nextGaussian();
            }
        }
        double[][] q = new double[k][n];
        reorthonormalise(w, q, new double[k]);
        return q;
    }

    /**
     * Gram–Schmidt of the vectors w (in order, each twice against the new q's before it) into q, with
     * logs[i] = ln R_ii. A vector that collapses (R_ii = 0, a zero multiplier) keeps its old direction made
     * orthogonal to the ones before it, so the frame stays a frame; its log is −∞. False if a norm is not finite.
     */
    private static boolean reorthonormalise(double[][] w, double[][] q, double[] logs) {
        int k = w.length;
        for (int i = 0; i < k; i++) {
            double[] v = w[i];
            orthogonalise(v, q, i);
            double norm = norm(v);
            if (!Double.isFinite(norm)) {
                return false;
            }
            logs[i] = Math.log(norm);
            if (norm == 0) {
                System.arraycopy(q[i], 0, v, 0, v.length);
                orthogonalise(v, q, i);
                norm = norm(v);
            }
            double inv = 1 / norm;
            double[] out = q[i];
            for (int a = 0; a < v.length; a++) {
                out[a] = v[a] * inv;
            }
        }
        return true;
    }

    /** v minus its components along q[0 … i), twice. */
    private static void orthogonalise(double[] v, double[][] q, int i) {
        for (int pass = 0; pass < 2; pass++) {
            for (int j = 0; j < i; j++) {
                double[] u = q[j];
                double c = 0;
                for (int a = 0; a < v.length; a++) {
                    c += u[a] * v[a];
                }
                for (int a = 0; a < v.length; a++) {
                    v[a] -= c * u[a];
                }
            }
        }
    }

    private static double norm(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x * x;
        }
        return Math.sqrt(s);
    }

    private static boolean finite(double[] v) {
        for (double x : v) {
            if (!Double.isFinite(x)) {
                return false;
            }
        }
        return true;
    }
}
