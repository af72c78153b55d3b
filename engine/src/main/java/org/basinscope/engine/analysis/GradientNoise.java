package org.basinscope.engine.analysis;

import org.basinscope.engine.landscape.FiniteSum;

/**
 * The geometry of minibatch gradient noise at a point of a data-driven loss (seed 001, Theorem 5): the
 * per-example gradient covariance S = (1/n)Σ gᵢgᵢᵀ − ḡḡᵀ beside the Hessian H, and how aligned they are.
 *
 * @param covariance S as {s_xx, s_xy, s_yy}
 * @param hessian    H as {h_xx, h_xy, h_yy}
 * @param alignment  tr(SH)/(‖S‖‖H‖) in Frobenius norms (1: S ∝ H), NaN when either is zero
 */
public record GradientNoise(double[] covariance, double[] hessian, double alignment) {

    /** S, H and their alignment at (x, y). */
    public static GradientNoise at(FiniteSum f, double x, double y) {
        double[] s = f.gradientCovariance(x, y);
        double[] h = new double[3];
        f.hessian(x, y, h);
        double inner = s[0] * h[0] + 2 * s[1] * h[1] + s[2] * h[2];
        double ns = Math.sqrt(s[0] * s[0] + 2 * s[1] * s[1] + s[2] * s[2]);
        double nh = Math.sqrt(h[0] * h[0] + 2 * h[1] * h[1] + h[2] * h[2]);
        return new GradientNoise(s, h, ns > 0 && nh > 0 ? inner / (ns * nh) : Double.NaN);
    }
}
