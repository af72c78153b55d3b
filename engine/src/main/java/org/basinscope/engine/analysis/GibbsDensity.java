package org.basinscope.engine.analysis;

import org.basinscope.engine.landscape.Landscape;

/**
 * The Gibbs density π ∝ exp(−f/T) of a landscape, as the bin-averaged marginal density of one
 * coordinate, ready to be drawn over a {@link Histogram} with the same bins. Z is computed by
 * quadrature over a box (the tails beyond it are neglected: choose a box that holds the mass).
 * For 2-D landscapes the other coordinate is integrated out: π(x) = ∫ π(x, y) dy.
 * Exponents are taken relative to the smallest value on the grid, so low temperatures do not underflow.
 */
public final class GibbsDensity {
    /** Quadrature points per bin (midpoint rule) along the shown coordinate. */
    private static final int SUB = 4;
    /** Quadrature points along an integrated-out coordinate. */
    private static final int CROSS = 200;

    private GibbsDensity() {
    }

    /**
     * @param axis        0 for the x-marginal, 1 for the y-marginal (2-D only)
     * @param box         {xmin, xmax, ymin, ymax}: the integration region; the shown coordinate's range
     *                    is divided into {@code bins} bins
     * @param temperature T &gt; 0
     * @return bin-averaged marginal densities, summing (times the bin width) to 1 over the box
     */
    public static double[] marginal(Landscape f, double temperature, int axis, double[] box, int bins) {
        if (!(temperature > 0)) {
            throw new IllegalArgumentException("the Gibbs density needs T > 0, got " + temperature);
        }
        boolean two = f.dimension() == 2;
        double lo = box[2 * axis];
        double hi = box[2 * axis + 1];
        int m = bins * SUB;
        double h = (hi - lo) / m;
        int cross = two ? CROSS : 1;
        double clo = two ? box[2 * (1 - axis)] : 0;
        double ch = two ? (box[2 * (1 - axis) + 1] - clo) / cross : 1;
        double[][] values = new double[m][cross];
        double min = Double.POSITIVE_INFINITY;
        for (int i = 0; i < m; i++) {
            double a = lo + (i + 0.5) * h;
            for (int j = 0; j < cross; j++) {
                double b = clo + (j + 0.5) * ch;
                double v = axis == 0 ? f.value(a, b) : f.value(b, a);
                values[i][j] = v;
                if (v < min) {
                    min = v;
                }
            }
        }
        double[] density = new double[bins];
        double z = 0;
        for (int i = 0; i < m; i++) {
            double line = 0;
            for (int j = 0; j < cross; j++) {
                double v = values[i][j];
                line += Double.isFinite(v) ? Math.exp(-(v - min) / temperature) : 0;
            }
            line *= ch;
            density[i / SUB] += line;
            z += line * h;
        }
        double binWidth = (hi - lo) / bins;
        for (int k = 0; k < bins; k++) {
            // Sum of SUB midpoint values × h, divided by the bin width: the bin average of π.
            density[k] = z > 0 ? density[k] * h / binWidth / z : 0;
        }
        return density;
    }
}
