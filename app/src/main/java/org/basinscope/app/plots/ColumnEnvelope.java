package org.basinscope.app.plots;

/**
 * A long, noisy series thinned for drawing without changing its picture: of the points that fall in one
 * pixel column only the lowest and the highest are kept, in their order. A line through many points of a
 * column fills the column from its lowest to its highest point anyway; the software renderer's cost is
 * per segment, and a 2000-step zigzag on a 450-pixel axis is most of a plot's painting (measured: the loss
 * plot's particle-0 line, 2.5–4 ms a frame of 5–6). The data sets keep the full series for export.
 */
public final class ColumnEnvelope {
    private ColumnEnvelope() {
    }

    /**
     * Writes the thinned series into {@code outX, outY} (each at least {@code n} long) and returns its
     * length. {@code x} must be non-decreasing; columns are {@code columns} equal slices of [x0, x1].
     * With no columns (a plot not laid out yet) or an empty range the series is copied as it is.
     */
    public static int reduce(double[] x, double[] y, int n, double x0, double x1, int columns, double[] outX,
            double[] outY) {
        if (columns <= 0 || !(x1 > x0) || n <= 2 * columns) {
            System.arraycopy(x, 0, outX, 0, n);
            System.arraycopy(y, 0, outY, 0, n);
            return n;
        }
        double scale = columns / (x1 - x0);
        int m = 0;
        int k = 0;
        while (k < n) {
            long column = (long) Math.floor((x[k] - x0) * scale);
            int lo = k;
            int hi = k;
            int end = k + 1;
            while (end < n && (long) Math.floor((x[end] - x0) * scale) == column) {
                if (y[end] < y[lo]) {
                    lo = end;
                }
                if (y[end] > y[hi]) {
                    hi = end;
                }
                end++;
            }
            int first = Math.min(lo, hi);
            int second = Math.max(lo, hi);
            outX[m] = x[first];
            outY[m] = y[first];
            m++;
            if (second != first) {
                outX[m] = x[second];
                outY[m] = y[second];
                m++;
            }
            k = end;
        }
        return m;
    }
}
