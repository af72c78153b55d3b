package org.basinscope.engine.landscape;

/** Per-thread scratch for point-wise fall-backs, so that hot loops do not allocate per step. */
final class Scratch {
    static final ThreadLocal<double[]> PAIR = ThreadLocal.withInitial(() -> new double[2]);
    private static final ThreadLocal<double[][]> POINT = ThreadLocal.withInitial(() -> new double[2][0]);
    private static final ThreadLocal<double[]> ZEROS = ThreadLocal.withInitial(() -> new double[0]);
    private static final ThreadLocal<double[]> COLUMN = ThreadLocal.withInitial(() -> new double[0]);
    private static final ThreadLocal<double[]> WORK = ThreadLocal.withInitial(() -> new double[0]);

    private Scratch() {
    }

    /** Two arrays of at least {@code d} values (a point and its gradient), reused by the calling thread. */
    static double[][] point(int d) {
        double[][] p = POINT.get();
        if (p[0].length < d) {
            p = new double[][] {new double[d], new double[d]};
            POINT.set(p);
        }
        return p;
    }

    /** At least {@code n} zeros (the y of 1-D points); nobody writes into it. */
    static double[] zeros(int n) {
        double[] z = ZEROS.get();
        if (z.length < n) {
            z = new double[Math.max(n, 2 * z.length)];
            ZEROS.set(z);
        }
        return z;
    }

    /** At least {@code n} values to write into and ignore (the y-gradients of 1-D points). */
    static double[] column(int n) {
        double[] c = COLUMN.get();
        if (c.length < n) {
            c = new double[Math.max(n, 2 * c.length)];
            COLUMN.set(c);
        }
        return c;
    }

    /**
     * At least {@code n} values of working storage for one evaluation (a mixture's mode weights, a network's
     * products); a landscape uses it only within one call and never calls another landscape meanwhile.
     */
    static double[] work(int n) {
        double[] w = WORK.get();
        if (w.length < n) {
            w = new double[Math.max(n, 2 * w.length)];
            WORK.set(w);
        }
        return w;
    }
}
