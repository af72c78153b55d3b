package org.basinscope.engine.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.basinscope.engine.landscape.Landscape;

/**
 * Finds the minima, saddles and maxima of a landscape inside a box by Newton's method on ∇f = 0
 * from a grid of starts, keeping converged points (|∇f| tiny, non-singular Hessian) and merging
 * duplicates. Works for any landscape, formulas included. Landscapes with very many stationary
 * points (the multiscale loss) are reported as truncated rather than listed in full.
 */
public final class CriticalPoints {
    /** At most this many points are returned; more means the landscape is too rugged to mark. */
    public static final int LIMIT = 40;

    private CriticalPoints() {
    }

    /** The result: the points found (sorted by value) and whether the search stopped at {@link #LIMIT}. */
    public record Result(List<CriticalPoint> points, boolean truncated) {
        public List<CriticalPoint> of(CriticalPoint.Kind kind) {
            return points.stream().filter(p -> p.kind() == kind).toList();
        }
    }

    public static Result find(Landscape f, double[] box) {
        int grid = f.dimension() == 2 ? 24 : 400;
        double x0 = box[0];
        double x1 = box[1];
        double y0 = f.dimension() == 2 ? box[2] : 0;
        double y1 = f.dimension() == 2 ? box[3] : 0;
        double scale = Math.max(x1 - x0, y1 - y0);
        double merge = 1e-4 * scale;
        List<CriticalPoint> found = new ArrayList<>();
        boolean truncated = false;
        double[] g = new double[2];
        double[] h = new double[3];
        int rows = f.dimension() == 2 ? grid : 1;
        for (int i = 0; i < grid && !truncated; i++) {
            for (int j = 0; j < rows && !truncated; j++) {
                double x = x0 + (i + 0.5) * (x1 - x0) / grid;
                double y = f.dimension() == 2 ? y0 + (j + 0.5) * (y1 - y0) / rows : 0;
                double[] p = newton(f, x, y, g, h);
                if (p == null || p[0] < x0 || p[0] > x1 || p[1] < y0 || p[1] > y1) {
                    continue;
                }
                boolean duplicate = false;
                for (CriticalPoint c : found) {
                    if (Math.hypot(c.x() - p[0], c.y() - p[1]) < merge) {
                        duplicate = true;
                        break;
                    }
                }
                if (!duplicate) {
                    double[] e = Curvature.at(f, p[0], p[1]);
                    found.add(new CriticalPoint(p[0], p[1], f.value(p[0], p[1]), e[0], e[1]));
                    truncated = found.size() > LIMIT;
                }
            }
        }
        found.sort(Comparator.comparingDouble(CriticalPoint::value));
        return new Result(List.copyOf(found.subList(0, Math.min(found.size(), LIMIT))), truncated);
    }

    /** The stationary point (∇f = 0) that Newton's method reaches from (x, y), or null if it does not converge. */
    public static double[] refine(Landscape f, double x, double y) {
        return newton(f, x, y, new double[2], new double[3]);
    }

    /** Damped Newton on ∇f = 0; null if it does not converge to a non-degenerate stationary point. */
    private static double[] newton(Landscape f, double x, double y, double[] g, double[] h) {
        boolean two = f.dimension() == 2;
        for (int k = 0; k < 60; k++) {
            f.gradient(x, y, g);
            f.hessian(x, y, h);
            double dx;
            double dy = 0;
            if (two) {
                double det = h[0] * h[2] - h[1] * h[1];
                if (det == 0 || !Double.isFinite(det)) {
                    return null;
                }
                dx = (h[2] * g[0] - h[1] * g[1]) / det;
                dy = (h[0] * g[1] - h[1] * g[0]) / det;
            } else {
                if (h[0] == 0 || !Double.isFinite(h[0])) {
                    return null;
                }
                dx = g[0] / h[0];
            }
            double len = Math.hypot(dx, dy);
            if (!Double.isFinite(len)) {
                return null;
            }
            double cap = 0.5;
            if (len > cap) {
                dx *= cap / len;
                dy *= cap / len;
            }
            x -= dx;
            y -= dy;
            if (len < 1e-12 * (1 + Math.hypot(x, y))) {
                f.gradient(x, y, g);
                f.hessian(x, y, h);
                double curvature = Math.abs(h[0]) + Math.abs(h[1]) + Math.abs(h[2]);
                return Math.hypot(g[0], g[1]) <= 1e-8 * (1 + curvature) ? new double[] {x, y} : null;
            }
        }
        return null;
    }
}
