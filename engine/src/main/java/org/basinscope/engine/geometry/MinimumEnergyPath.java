package org.basinscope.engine.geometry;

import org.basinscope.engine.analysis.Descent;
import org.basinscope.engine.analysis.Progress;
import org.basinscope.engine.landscape.Landscape;
import org.basinscope.engine.spec.InvalidInputException;

/**
 * Mode connectivity (seed 002): the loss along the straight segment between two points and along a
 * minimum-energy path found by the simplified string method (E, Ren &amp; Vanden-Eijnden, J. Chem. Phys.
 * 126, 164103 (2007)). A chain of images is moved downhill by −Δt ∇f and then redistributed at equal
 * arc length along the chain; at convergence the path follows the valleys and crosses the ridge at a
 * saddle, so its highest point is the barrier between the end points. The end points are first
 * relaxed into their minima. 2-D landscapes.
 */
public final class MinimumEnergyPath {
    /** The straight and the relaxed path: images {x[], y[]}, arc-length parameter s ∈ [0, 1], loss at each image. */
    public record Result(double[][] straight, double[] straightLoss, double[][] path, double[] pathLoss, double[] s,
            double barrier, double[] highest, int iterations, double residual) {
        /** The highest loss along the straight segment minus the start's. */
        public double straightBarrier() {
            double max = Double.NEGATIVE_INFINITY;
            for (double v : straightLoss) {
                max = Math.max(max, v);
            }
            return max - straightLoss[0];
        }
    }

    private MinimumEnergyPath() {
    }

    /**
     * @param images number of images (≥ 5); more resolve the barrier better (error O(1/images²) at the top)
     */
    public static Result find(Landscape f, double[] from, double[] to, int images, int maxIterations, Progress progress) {
        if (f.dimension() != 2) {
            throw new InvalidInputException("the minimum-energy path is drawn for 2-D landscapes");
        }
        if (images < 5 || images > 2000) {
            throw new InvalidInputException("images must be 5 … 2000");
        }
        double[] a = Descent.toMinimum(f, from);
        double[] b = Descent.toMinimum(f, to);
        if (Math.hypot(a[0] - b[0], a[1] - b[1]) < 1e-6) {
            throw new InvalidInputException("both ends relax into the same minimum (" + fmt(a) + "): pick points in two different basins");
        }
        double[][] straight = segment(from, to, images);
        double[] straightLoss = losses(f, straight);
        double[][] p = segment(a, b, images);
        double dt = step(f, p);
        double[] g = new double[2];
        double residual = Double.NaN;
        int it = 0;
        for (; it < maxIterations; it++) {
            double moved = 0;
            for (int k = 1; k < images - 1; k++) {
                f.gradient(p[0][k], p[1][k], g);
                double nx = p[0][k] - dt * g[0];
                double ny = p[1][k] - dt * g[1];
                if (!Double.isFinite(nx) || !Double.isFinite(ny)) {
                    throw new InvalidInputException("the path left the landscape's finite region");
                }
                p[0][k] = nx;
                p[1][k] = ny;
            }
            double[][] before = {p[0].clone(), p[1].clone()};
            reparametrise(p);
            for (int k = 0; k < images; k++) {
                moved = Math.max(moved, Math.hypot(p[0][k] - before[0][k], p[1][k] - before[1][k]));
            }
            residual = perpendicularForce(f, p);
            if (it % 50 == 0) {
                progress.step((double) it / maxIterations);
            }
            if (residual < 1e-6 * Math.max(1, scale(f, p))) {
                break;
            }
        }
        double[] loss = losses(f, p);
        double[] s = arcLength(p);
        int top = 0;
        for (int k = 1; k < images; k++) {
            if (loss[k] > loss[top]) {
                top = k;
            }
        }
        return new Result(straight, straightLoss, p, loss, s, loss[top] - loss[0], new double[] {p[0][top], p[1][top]},
                it, residual);
    }

    /** A stable explicit step: 0.2 over the largest curvature met along the initial chain. */
    private static double step(Landscape f, double[][] p) {
        double[] h = new double[3];
        double worst = 1e-12;
        for (int k = 0; k < p[0].length; k++) {
            f.hessian(p[0][k], p[1][k], h);
            double lambda = 0.5 * Math.abs(h[0] + h[2]) + Math.hypot(0.5 * (h[0] - h[2]), h[1]);
            worst = Math.max(worst, lambda);
        }
        return 0.2 / worst;
    }

    private static double scale(Landscape f, double[][] p) {
        double max = 0;
        for (int k = 0; k < p[0].length; k++) {
            max = Math.max(max, Math.abs(f.value(p[0][k], p[1][k])));
        }
        return max;
    }

    /** Largest gradient component perpendicular to the chain over the interior images (0 on an exact MEP). */
    private static double perpendicularForce(Landscape f, double[][] p) {
        double[] g = new double[2];
        double worst = 0;
        int n = p[0].length;
        for (int k = 1; k < n - 1; k++) {
            double tx = p[0][k + 1] - p[0][k - 1];
            double ty = p[1][k + 1] - p[1][k - 1];
            double t = Math.hypot(tx, ty);
            if (t == 0) {
                continue;
            }
            f.gradient(p[0][k], p[1][k], g);
            double along = (g[0] * tx + g[1] * ty) / t;
            worst = Math.max(worst, Math.hypot(g[0] - along * tx / t, g[1] - along * ty / t));
        }
        return worst;
    }

    /** Moves the images to equal arc length along the piecewise-linear chain (end points stay). */
    private static void reparametrise(double[][] p) {
        int n = p[0].length;
        double[] s = arcLength(p);
        double[] x = p[0].clone();
        double[] y = p[1].clone();
        int j = 0;
        for (int k = 1; k < n - 1; k++) {
            double target = (double) k / (n - 1);
            while (j < n - 2 && s[j + 1] < target) {
                j++;
            }
            double span = s[j + 1] - s[j];
            double w = span > 0 ? (target - s[j]) / span : 0;
            p[0][k] = x[j] + w * (x[j + 1] - x[j]);
            p[1][k] = y[j] + w * (y[j + 1] - y[j]);
        }
    }

    /** Normalised cumulative arc length of the chain. */
    private static double[] arcLength(double[][] p) {
        int n = p[0].length;
        double[] s = new double[n];
        for (int k = 1; k < n; k++) {
            s[k] = s[k - 1] + Math.hypot(p[0][k] - p[0][k - 1], p[1][k] - p[1][k - 1]);
        }
        double total = s[n - 1];
        for (int k = 0; k < n; k++) {
            s[k] = total > 0 ? s[k] / total : (double) k / (n - 1);
        }
        return s;
    }

    private static double[][] segment(double[] a, double[] b, int n) {
        double[][] p = new double[2][n];
        for (int k = 0; k < n; k++) {
            double t = (double) k / (n - 1);
            p[0][k] = a[0] + t * (b[0] - a[0]);
            p[1][k] = a[1] + t * (b[1] - a[1]);
        }
        return p;
    }

    private static double[] losses(Landscape f, double[][] p) {
        double[] v = new double[p[0].length];
        for (int k = 0; k < v.length; k++) {
            v[k] = f.value(p[0][k], p[1][k]);
        }
        return v;
    }

    private static String fmt(double[] p) {
        return String.format("%.3g, %.3g", p[0], p[1]);
    }
}
