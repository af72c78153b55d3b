package org.basinscope.engine.analysis;

import java.util.Arrays;
import org.basinscope.engine.landscape.Landscape;

/**
 * Values of a landscape sampled on a regular grid over a box, for drawing heat maps and curves
 * without evaluating the landscape on the UI thread. In 1-D there is one row.
 *
 * @param box    {xmin, xmax, ymin, ymax}
 * @param nx     points along x (cell centres)
 * @param ny     points along y (1 in 1-D)
 * @param values row-major, {@code values[j * nx + i]} = f(x_i, y_j); non-finite values kept as they are
 * @param min    smallest finite value
 * @param high   the 95th percentile of the finite values: a colour scale up to here shows the wells
 *               instead of being dominated by a few huge values at the edges
 * @param max    largest finite value
 */
public record LandscapeGrid(double[] box, int nx, int ny, double[] values, double min, double high, double max) {

    public double x(int i) {
        return box[0] + (i + 0.5) * (box[1] - box[0]) / nx;
    }

    public double y(int j) {
        return box[2] + (j + 0.5) * (box[3] - box[2]) / ny;
    }

    public double value(int i, int j) {
        return values[j * nx + i];
    }

    public static LandscapeGrid sample(Landscape f, double[] box, int nx, int ny) {
        int rows = f.dimension() == 2 ? ny : 1;
        double[] v = new double[nx * rows];
        for (int j = 0; j < rows; j++) {
            double y = f.dimension() == 2 ? box[2] + (j + 0.5) * (box[3] - box[2]) / rows : 0;
            for (int i = 0; i < nx; i++) {
                double x = box[0] + (i + 0.5) * (box[1] - box[0]) / nx;
                v[j * nx + i] = f.value(x, y);
            }
        }
        return of(box, nx, rows, v);
    }

    /**
     * A grid of values already computed at the cell centres of {@code box} (row-major, nx × ny; e.g. over a
     * projection's plane), with its min, 95th percentile and max; {@code values} is kept, not copied.
     */
    public static LandscapeGrid of(double[] box, int nx, int rows, double[] v) {
        if (v.length != nx * rows) {
            throw new IllegalArgumentException(v.length + " values for a grid of " + nx + "×" + rows);
        }
        double[] finite = new double[v.length];
        int count = 0;
        for (double value : v) {
            if (Double.isFinite(value)) {
                finite[count++] = value;
            }
        }
        if (count == 0) {
            return new LandscapeGrid(box.clone(), nx, rows, v, Double.NaN, Double.NaN, Double.NaN);
        }
        Arrays.sort(finite, 0, count);
        double high = finite[(int) Math.min(count - 1, Math.floor(0.95 * (count - 1)))];
        return new LandscapeGrid(box.clone(), nx, rows, v, finite[0], high, finite[count - 1]);
    }
}
