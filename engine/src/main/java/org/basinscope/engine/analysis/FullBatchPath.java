package org.basinscope.engine.analysis;

import org.basinscope.engine.landscape.Landscape;

/**
 * Full-batch gradient descent x ← x − η∇f(x) from a run's start point, advanced alongside the run so
 * that the sharpness of any dynamics (SGD, Langevin, Adam, …) can be read against GD's on the same
 * landscape with the same η (seed 002 and 004: sharpness, progressive sharpening and the edge of
 * stability λmax → 2/η). It stops, reporting NaN, once it leaves |x| ≤ 10⁶ or becomes NaN.
 */
public final class FullBatchPath {
    private final Landscape f;
    private final double[] start;
    private final double[] g = new double[2];
    private final double[] h = new double[3];
    private double x;
    private double y;
    private long steps;
    private boolean diverged;

    public FullBatchPath(Landscape f, double[] start) {
        this.f = f;
        this.start = start.clone();
        restart();
    }

    public void restart() {
        x = start[0];
        y = f.dimension() == 2 ? start[1] : 0;
        steps = 0;
        diverged = false;
    }

    /** Takes {@code n} GD steps of size η. */
    public void advance(double eta, int n) {
        for (int k = 0; k < n && !diverged; k++) {
            f.gradient(x, y, g);
            x -= eta * g[0];
            y -= eta * g[1];
            if (!(Math.abs(x) <= 1e6 && Math.abs(y) <= 1e6)) {
                diverged = true;
            }
        }
        steps += n;
    }

    /** GD steps taken since the start (diverged or not). */
    public long steps() {
        return steps;
    }

    /** λmax of the Hessian at the current point, NaN once diverged. */
    public double sharpness() {
        if (diverged) {
            return Double.NaN;
        }
        f.hessian(x, y, h);
        return Curvature.lambdaMax(f.dimension(), h);
    }

    public double x() {
        return diverged ? Double.NaN : x;
    }

    public double y() {
        return diverged ? Double.NaN : y;
    }
}
