package org.basinscope.engine.dynamics;

/**
 * The eigen-decomposition of a symmetric tridiagonal matrix in place and without allocation, by the implicit QL
 * method with Wilkinson-type shifts (EISPACK tql2, as in JAMA; Golub and Van Loan, Matrix Computations, §8.3):
 * about 2 iterations per eigenvalue, each O(n) for the values and O(n²) for the vectors. For the hot path,
 * where EJML's solvers would allocate per call.
 */
final class TridiagonalEigen {
    private static final double EPS = Math.ulp(1.0);
    private static final int MAX_ITERATIONS = 60;

    private TridiagonalEigen() {
    }

    /**
     * Diagonalises the n × n tridiagonal matrix with diagonal {@code d[0 … n−1]} and off-diagonal {@code e[i]} =
     * T(i, i+1), i &lt; n − 1: on return {@code d} holds the eigenvalues (unsorted), {@code e} is destroyed and
     * column k of the row-major n × n {@code v} is the unit eigenvector of {@code d[k]}.
     */
    static void decompose(double[] d, double[] e, double[] v, int n) {
        java.util.Arrays.fill(v, 0, n * n, 0.0);
        for (int i = 0; i < n; i++) {
            v[i * n + i] = 1;
        }
        e[n - 1] = 0;
        double shift = 0;
        double tst1 = 0;
        for (int l = 0; l < n; l++) {
            tst1 = Math.max(tst1, Math.abs(d[l]) + Math.abs(e[l]));
            int m = l;
            while (m < n - 1 && Math.abs(e[m]) > EPS * tst1) {
                m++;
            }
            // d[l] is an eigenvalue once e[l] is negligible; otherwise QL steps on the block [l, m].
            for (int iteration = 0; m > l && iteration < MAX_ITERATIONS; iteration++) {
                double g = d[l];
                double p = (d[l + 1] - g) / (2 * e[l]);
                double r = Math.hypot(p, 1);
                if (p < 0) {
                    r = -r;
                }
                d[l] = e[l] / (p + r);
                d[l + 1] = e[l] * (p + r);
                double dl1 = d[l + 1];
                double h = g - d[l];
                for (int i = l + 2; i < n; i++) {
                    d[i] -= h;
                }
                shift += h;
                p = d[m];
                double c = 1;
                double c2 = 1;
                double c3 = 1;
                double el1 = e[l + 1];
                double s = 0;
                double s2 = 0;
                for (int i = m - 1; i >= l; i--) {
                    c3 = c2;
                    c2 = c;
                    s2 = s;
                    g = c * e[i];
                    h = c * p;
                    r = Math.hypot(p, e[i]);
                    e[i + 1] = s * r;
                    s = e[i] / r;
                    c = p / r;
                    p = c * d[i] - s * g;
                    d[i + 1] = h + s * (c * g + s * d[i]);
                    for (int k = 0; k < n; k++) {
                        double vk1 = v[k * n + i + 1];
                        v[k * n + i + 1] = s * v[k * n + i] + c * vk1;
                        v[k * n + i] = c * v[k * n + i] - s * vk1;
                    }
                }
                p = -s * s2 * c3 * el1 * e[l] / dl1;
                e[l] = s * p;
                d[l] = c * p;
                if (!(Math.abs(e[l]) > EPS * tst1)) {
                    break;
                }
            }
            d[l] += shift;
            e[l] = 0;
        }
    }
}
