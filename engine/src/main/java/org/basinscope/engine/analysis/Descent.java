package org.basinscope.engine.analysis;
import org.basinscope.engine.landscape.Landscape;

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
}
