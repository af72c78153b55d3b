package org.basinscope.engine.simd;

import org.basinscope.engine.random.Gaussian;

/** The plain loops: the definition of every kernel's bits, and the path taken without the Vector API. */
public final class ScalarKernels implements Kernels {
    public static final ScalarKernels INSTANCE = new ScalarKernels();

    private ScalarKernels() {
    }

    @Override
    public void normals(long[] state, long[] gamma, boolean[] dead, int from, int to, double[][] out, int count) {
        normals(state, gamma, dead, from, to, out, count, from);
    }

    /** {@link #normals} over a sub-range, writing {@code out[k][i − base]} (the vector loop's tail and dead chunks). */
    static void normals(long[] state, long[] gamma, boolean[] dead, int from, int to, double[][] out, int count,
            int base) {
        for (int i = from; i < to; i++) {
            if (!dead[i]) {
                for (int k = 0; k < count; k++) {
                    out[k][i - base] = Gaussian.next(state, gamma, i);
                }
            }
        }
    }

    /** One normal for each live particle of {@code [from, to)} into {@code out[i − base]}. */
    static void normals(long[] state, long[] gamma, boolean[] dead, int from, int to, double[] out, int base) {
        for (int i = from; i < to; i++) {
            if (!dead[i]) {
                out[i - base] = Gaussian.next(state, gamma, i);
            }
        }
    }

    @Override
    public void noisyStep(double[] x, double[] g, double[] n, boolean[] dead, int from, int to, double eta,
            double sigma) {
        noisyStep(x, g, n, dead, from, to, eta, sigma, from);
    }

    static void noisyStep(double[] x, double[] g, double[] n, boolean[] dead, int from, int to, double eta,
            double sigma, int base) {
        for (int i = from; i < to; i++) {
            if (!dead[i]) {
                x[i] += sigma * n[i - base] - eta * g[i - base];
            }
        }
    }

    @Override
    public void flagOutside(double[] x, boolean[] dead, int from, int to, double bound) {
        for (int i = from; i < to; i++) {
            // The negated comparison is also true for NaN.
            if (!(Math.abs(x[i]) <= bound)) {
                dead[i] = true;
            }
        }
    }

    @Override
    public String describe() {
        return "scalar";
    }
}
