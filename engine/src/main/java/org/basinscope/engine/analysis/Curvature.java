package org.basinscope.engine.analysis;

import org.basinscope.engine.landscape.Landscape;

/** Eigen-decomposition of a landscape's 2×2 (or 1×1) Hessian at a point, in closed form. */
public final class Curvature {
    private Curvature() {
    }

    /**
     * Returns {λ1, λ2, c, s} with λ1 ≤ λ2 the Hessian eigenvalues at (x, y) and (c, s) the unit
     * eigenvector of λ1; for a 1-D landscape λ1 = λ2 = f'' and the vector is (1, 0).
     */
    public static double[] at(Landscape f, double x, double y) {
        double[] h = new double[3];
        f.hessian(x, y, h);
        if (f.dimension() == 1) {
            return new double[] {h[0], h[0], 1, 0};
        }
        return eigen(h[0], h[1], h[2]);
    }

    /** The larger eigenvalue of a Hessian {f_xx, f_xy, f_yy} (f'' itself in 1-D). */
    public static double lambdaMax(int dimension, double[] h) {
        return dimension == 1 ? h[0] : 0.5 * (h[0] + h[2]) + Math.hypot(0.5 * (h[0] - h[2]), h[1]);
    }

    /** Eigenvalues (ascending) and the first unit eigenvector of the symmetric [[a, b], [b, c]]. */
    public static double[] eigen(double a, double b, double c) {
        double mean = 0.5 * (a + c);
        double r = Math.hypot(0.5 * (a - c), b);
        double l1 = mean - r;
        double l2 = mean + r;
        double vx;
        double vy;
        if (b != 0) {
            vx = b;
            vy = l1 - a;
        } else if (a <= c) {
            vx = 1;
            vy = 0;
        } else {
            vx = 0;
            vy = 1;
        }
        double norm = Math.hypot(vx, vy);
        return new double[] {l1, l2, vx / norm, vy / norm};
    }
}
