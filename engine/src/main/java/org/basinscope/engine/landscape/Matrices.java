package org.basinscope.engine.landscape;

/**
 * Small dense products on row-major matrices stored at offsets inside flat arrays (a network's weights inside θ,
 * its partial products inside per-thread work), so that evaluating a layered landscape allocates nothing. Each
 * writes C, or adds to it when {@code add}; C must not overlap A or B.
 */
final class Matrices {
    private Matrices() {
    }

    /** C (n × p) = A (n × m) · B (m × p). */
    static void mul(double[] a, int ao, double[] b, int bo, double[] c, int co, int n, int m, int p, boolean add) {
        for (int i = 0; i < n; i++) {
            int row = co + i * p;
            if (!add) {
                java.util.Arrays.fill(c, row, row + p, 0.0);
            }
            for (int k = 0; k < m; k++) {
                double aik = a[ao + i * m + k];
                int bRow = bo + k * p;
                for (int j = 0; j < p; j++) {
                    c[row + j] += aik * b[bRow + j];
                }
            }
        }
    }

    /** C (n × p) = A (n × m) · Bᵀ, B being p × m. */
    static void mulABt(double[] a, int ao, double[] b, int bo, double[] c, int co, int n, int m, int p, boolean add) {
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < p; j++) {
                double s = 0;
                for (int k = 0; k < m; k++) {
                    s += a[ao + i * m + k] * b[bo + j * m + k];
                }
                c[co + i * p + j] = add ? c[co + i * p + j] + s : s;
            }
        }
    }

    /** C (n × p) = Aᵀ · B, A being k × n and B k × p. */
    static void mulAtB(double[] a, int ao, double[] b, int bo, double[] c, int co, int k, int n, int p, boolean add) {
        if (!add) {
            java.util.Arrays.fill(c, co, co + n * p, 0.0);
        }
        for (int r = 0; r < k; r++) {
            for (int i = 0; i < n; i++) {
                double ari = a[ao + r * n + i];
                int row = co + i * p;
                int bRow = bo + r * p;
                for (int j = 0; j < p; j++) {
                    c[row + j] += ari * b[bRow + j];
                }
            }
        }
    }
}
