package org.basinscope.engine.analysis;

import org.basinscope.engine.landscape.Landscape;
import org.basinscope.engine.landscape.VectorLandscape;

/**
 * Gradient descent with a backtracking step, into the minimum of the basin a point lies in (or to where
 * the descent stalls): labels points by their basin and relaxes path end points.
 */
public final class Descent {
    private Descent() {
    }

    /** The minimum reached from {@code start} ({x} or {x, y}); stops when |∇f| &lt; 1e-10·max(1, |f|). */
    public static double[] toMinimum(Landscape f, double[] start) {
        boolean two = start.length > 1;
        double x = start[0];
        double y = two ? start[1] : 0;
        double[] g = new double[2];
        double step = 1e-2;
        double v = f.value(x, y);
        for (int k = 0; k < 100_000 && step > 1e-18; k++) {
            f.gradient(x, y, g);
            if (Math.hypot(g[0], two ? g[1] : 0) < 1e-10 * Math.max(1, Math.abs(v))) {
                break;
            }
            double nx = x - step * g[0];
            double ny = two ? y - step * g[1] : 0;
            double nv = f.value(nx, ny);
            if (nv < v) {
                x = nx;
                y = ny;
                v = nv;
                step *= 1.2;
            } else {
                step *= 0.5;
            }
        }
        return two ? new double[] {x, y} : new double[] {x};
    }

    /**
     * The d-dimensional descent, the same rule (step ×1.2 after a decrease, ×½ after none; stop at
     * |∇f| &lt; 1e-10·max(1, |f|), a step below 1e-18 or 10⁵ iterations) on a {@link VectorLandscape}. Near a
     * minimum the decrease |∇f|²·step drops below the rounding of f once |∇f| ≈ √(ε|f|) ≈ 10⁻⁸, so the step
     * stalls there: the result counts as converged when it ends with |∇f| &lt; {@value #CONVERGED}·max(1, |f|)
     * (within about that over λmin of the minimum).
     */
    public static Result toMinimum(VectorLandscape f, double[] start) {
        return toMinimum(f, start, 100_000);
    }

    /** As {@link #toMinimum(VectorLandscape, double[])}, stopping after at most {@code iterations} iterations. */
    public static Result toMinimum(VectorLandscape f, double[] start, int iterations) {
        int d = f.dimension();
        double[] x = start.clone();
        double[] trial = new double[d];
        double[] g = new double[d];
        double step = 1e-2;
        double v = f.value(x);
        for (int k = 0; k < iterations && step > 1e-18; k++) {
            f.gradient(x, g);
            double norm = 0;
            for (int c = 0; c < d; c++) {
                norm += g[c] * g[c];
            }
            if (Math.sqrt(norm) < 1e-10 * Math.max(1, Math.abs(v))) {
                return new Result(x, v, true);
            }
            for (int c = 0; c < d; c++) {
                trial[c] = x[c] - step * g[c];
            }
            double nv = f.value(trial);
            if (nv < v) {
                double[] swap = x;
                x = trial;
                trial = swap;
                v = nv;
                step *= 1.2;
            } else {
                step *= 0.5;
            }
        }
        f.gradient(x, g);
        double norm = 0;
        for (int c = 0; c < d; c++) {
            norm += g[c] * g[c];
        }
        return new Result(x, v, Math.sqrt(norm) < CONVERGED * Math.max(1, Math.abs(v)));
    }

    /** The gradient norm, relative to max(1, |f|), below which a stalled d-dimensional descent is at a minimum. */
    public static final double CONVERGED = 1e-6;

    /** Where a d-dimensional descent stopped, the loss there, and whether |∇f| was below the tolerance. */
    public record Result(double[] point, double loss, boolean converged) {
    }
}
