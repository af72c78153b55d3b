package org.basinscope.engine.landscape;

import org.basinscope.engine.spec.Numbers;

/**
 * The quartic double well f = (x² − 1)²/4 + tilt·x, with minima near x = ±1, a barrier of height 1/4 at
 * x = 0 (untilted), f''(±1) = 2 and f''(0) = −1. The 2-D variant adds a confining {@code confine}·y²/2,
 * the benchmark workload of {@code basinscope bench}. Defaults: tilt = 0, confine = 1, start (−1, 0).
 */
public final class DoubleWell implements Landscape {
    private final int dimension;
    private final double tilt;
    private final double confine;

    public DoubleWell(int dimension, double tilt, double confine) {
        this.dimension = dimension;
        this.tilt = tilt;
        this.confine = dimension == 2 ? confine : 0;
    }

    @Override
    public int dimension() {
        return dimension;
    }

    @Override
    public double value(double x, double y) {
        double q = x * x - 1;
        return 0.25 * q * q + tilt * x + 0.5 * confine * y * y;
    }

    @Override
    public void gradient(double x, double y, double[] g) {
        g[0] = x * (x * x - 1) + tilt;
        g[1] = confine * y;
    }

    @Override
    public void gradients(double[] x, double[] y, int from, int to, double[] gx, double[] gy) {
        // Hot path of the reference benchmark: a plain loop the JIT can vectorise.
        for (int i = from; i < to; i++) {
            double xi = x[i];
            gx[i - from] = xi * (xi * xi - 1) + tilt;
            gy[i - from] = confine * y[i];
        }
    }

    @Override
    public void hessian(double x, double y, double[] h) {
        h[0] = 3 * x * x - 1;
        h[1] = 0;
        h[2] = confine;
    }

    @Override
    public double[] defaultStart() {
        return dimension == 1 ? new double[] {-1} : new double[] {-1, 0};
    }

    @Override
    public double[] viewBox() {
        return new double[] {-2, 2, -1.5, 1.5};
    }

    @Override
    public String describe() {
        String s = "(x² − 1)²/4";
        if (tilt != 0) {
            s += (tilt > 0 ? " + " : " − ") + Numbers.format(Math.abs(tilt)) + "·x";
        }
        if (dimension == 2) {
            s += " + " + (confine == 1 ? "" : Numbers.format(confine) + "·") + "y²/2";
        }
        return s;
    }
}
