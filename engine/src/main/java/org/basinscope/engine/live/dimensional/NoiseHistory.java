package org.basinscope.engine.live.dimensional;

/**
 * The gradient noise's geometry at the cloud's mean along a run (seed 001, Theorem 5 and exercise C.5), oldest
 * first: the top eigenvalues of the covariance C of the gradient estimate's error, {@code top[i][t]} for μ_{i+1}
 * at step {@code steps[t]}, and how C lines up with the Hessian H there, {@code alignment[t]} =
 * ⟨C, H⟩_F/(‖C‖_F‖H‖_F) (1 when C ∝ H) beside {@code isotropic[t]} = tr H/(√d‖H‖_F), what isotropic noise would
 * give there (both NaN above the dense-Hessian limit), and {@code overlap[t]}, the share (1/k)‖UᵀV‖_F² of their top-k
 * eigenvector spaces (1: the same; about k/d at random; NaN for isotropic noise, whose every direction is an
 * eigenvector).
 *
 * @param origin how C is obtained (e.g. {@code c_B·S over the 200 examples, B = 16, exact}), or null
 * @param absent why the run has no gradient noise to show (an exact gradient), or null
 */
public record NoiseHistory(double[] steps, double[][] top, double[] alignment, double[] isotropic, double[] overlap,
        String origin, String absent) {

    /** A run without gradient noise, and why. */
    static NoiseHistory none(String why) {
        return new NoiseHistory(new double[0], new double[0][], new double[0], new double[0], new double[0], null,
                why);
    }

    public int k() {
        return top.length;
    }

    public int length() {
        return steps.length;
    }

    /** The latest alignment, NaN before the first or where it is not defined. */
    public double latestAlignment() {
        return steps.length == 0 ? Double.NaN : alignment[steps.length - 1];
    }

    /** What isotropic noise would give at the latest row, NaN before the first. */
    public double latestIsotropic() {
        return steps.length == 0 ? Double.NaN : isotropic[steps.length - 1];
    }

    /** The latest top-k overlap, NaN before the first or where it is not defined. */
    public double latestOverlap() {
        return steps.length == 0 ? Double.NaN : overlap[steps.length - 1];
    }

    /** The latest μ₁, NaN before the first. */
    public double latestTop() {
        return steps.length == 0 || top.length == 0 ? Double.NaN : top[0][steps.length - 1];
    }
}
