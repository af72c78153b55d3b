package org.basinscope.engine.chaos;

import java.util.Arrays;
import org.basinscope.engine.dynamics.DifferentiableMap;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.QRDecomposition;

/**
 * The full Lyapunov spectrum of a map by QR re-orthonormalisation (Benettin, Galgani, Giorgilli &amp;
 * Strelcyn, Meccanica 15, 1980; Shimada &amp; Nagashima 1979): an orthonormal frame Q is pushed through
 * the Jacobian each step, J·Q = Q'R, and the exponents are the time averages of ln|R_ii|, per step,
 * natural log. Also accumulated: the mean of ln|det J|, which the exponents must sum to.
 *
 * <p>Convergence: the measured steps are split into {@value #BLOCKS} consecutive blocks; the standard
 * error of each exponent is the spread of its block averages over √(blocks − 1). Defaults of the
 * command line: 1000 transient steps, 10⁴ measured steps.
 */
public final class LyapunovSpectrum {
    static final int BLOCKS = 10;

    /**
     * @param exponents  descending, per step
     * @param stderr     standard error of each, from block averages
     * @param sum        their sum
     * @param meanLogDet time average of ln|det J| over the same steps
     * @param state      the final state
     */
    public record Result(double[] exponents, double[] stderr, double sum, double meanLogDet, double[] state) {
    }

    private LyapunovSpectrum() {
    }

    /**
     * @param map       the map and its Jacobian
     * @param start     the initial state
     * @param discard   steps taken first and not measured (the transient) (the orbit settles on its attractor)
     * @param steps     steps measured (at least {@value #BLOCKS})
     */
    public static Result compute(DifferentiableMap map, double[] start, long discard, long steps) {
        int n = map.dimension();
        double[] state = start.clone();
        double[] next = new double[n];
        long t = 1;
        for (; t <= discard; t++) {
            map.step(state, t, next);
            System.arraycopy(next, 0, state, 0, n);
        }
        DMatrixRMaj q = CommonOps_DDRM.identity(n);
        DMatrixRMaj j = new DMatrixRMaj(n, n);
        DMatrixRMaj m = new DMatrixRMaj(n, n);
        DMatrixRMaj r = new DMatrixRMaj(n, n);
        DMatrixRMaj lu = new DMatrixRMaj(n, n);
        QRDecomposition<DMatrixRMaj> qr = DecompositionFactory_DDRM.qr(n, n);
        long blockLength = Math.max(1, steps / BLOCKS);
        double[][] blockSums = new double[BLOCKS][n];
        double[] total = new double[n];
        double logDet = 0;
        for (long k = 0; k < steps; k++, t++) {
            map.jacobian(state, t, j.data);
            lu.setTo(j);
            logDet += Math.log(Math.abs(CommonOps_DDRM.det(lu)));
            CommonOps_DDRM.mult(j, q, m);
            if (!qr.decompose(m)) {
                throw new IllegalStateException("QR decomposition failed at step " + t);
            }
            qr.getQ(q, true);
            qr.getR(r, true);
            int block = (int) Math.min(BLOCKS - 1, k / blockLength);
            for (int i = 0; i < n; i++) {
                double l = Math.log(Math.abs(r.get(i, i)));
                total[i] += l;
                blockSums[block][i] += l;
            }
            map.step(state, t, next);
            System.arraycopy(next, 0, state, 0, n);
        }
        double[] exponents = new double[n];
        for (int i = 0; i < n; i++) {
            exponents[i] = total[i] / steps;
        }
        double[] stderr = blockStandardErrors(blockSums, steps, blockLength);
        // Householder QR does not order |R_ii|: sort the exponents (and their errors) descending.
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(exponents[b], exponents[a]));
        double[] sorted = new double[n];
        double[] sortedErr = new double[n];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sorted[i] = exponents[order[i]];
            sortedErr[i] = stderr[order[i]];
            sum += sorted[i];
        }
        return new Result(sorted, sortedErr, sum, logDet / steps, state);
    }

    static double[] blockStandardErrors(double[][] blockSums, long steps, long blockLength) {
        int n = blockSums[0].length;
        double[] out = new double[n];
        if (steps < BLOCKS) {
            Arrays.fill(out, Double.NaN);
            return out;
        }
        long lastLength = steps - (BLOCKS - 1) * blockLength;
        for (int i = 0; i < n; i++) {
            double mean = 0;
            double[] averages = new double[BLOCKS];
            for (int b = 0; b < BLOCKS; b++) {
                averages[b] = blockSums[b][i] / (b == BLOCKS - 1 ? lastLength : blockLength);
                mean += averages[b] / BLOCKS;
            }
            double var = 0;
            for (double a : averages) {
                var += (a - mean) * (a - mean);
            }
            out[i] = Math.sqrt(var / (BLOCKS - 1) / BLOCKS);
        }
        return out;
    }

    /**
     * The largest exponent alone: one tangent vector, renormalised each step (cheaper than the spectrum).
     * Its initial direction is fixed (all components equal), so the result is reproducible.
     */
    public static double largest(DifferentiableMap map, double[] start, long discard, long steps) {
        int n = map.dimension();
        double[] state = start.clone();
        double[] next = new double[n];
        double[] v = new double[n];
        double[] w = new double[n];
        double[] jac = new double[n * n];
        Arrays.fill(v, 1 / Math.sqrt(n));
        long t = 1;
        for (; t <= discard; t++) {
            map.step(state, t, next);
            System.arraycopy(next, 0, state, 0, n);
        }
        double sum = 0;
        for (long k = 0; k < steps; k++, t++) {
            sum += tangentStep(map, state, t, v, w, jac);
            map.step(state, t, next);
            System.arraycopy(next, 0, state, 0, n);
        }
        return sum / steps;
    }

    /**
     * Carries the unit tangent vector {@code v} through the Jacobian at {@code state} (step {@code t}):
     * v ← Jv/|Jv|, returning ln |Jv|, the step's contribution to the largest exponent (Benettin et al.
     * 1980). {@code w} and {@code jac} are scratch arrays of n and n² values.
     */
    static double tangentStep(DifferentiableMap map, double[] state, long t, double[] v, double[] w, double[] jac) {
        int n = v.length;
        map.jacobian(state, t, jac);
        double norm = 0;
        for (int a = 0; a < n; a++) {
            double s = 0;
            for (int b = 0; b < n; b++) {
                s += jac[a * n + b] * v[b];
            }
            w[a] = s;
            norm += s * s;
        }
        norm = Math.sqrt(norm);
        for (int a = 0; a < n; a++) {
            v[a] = w[a] / norm;
        }
        return Math.log(norm);
    }
}
