package org.basinscope.engine.analysis;

/**
 * A stationary point of a landscape (∇f = 0) with its kind from the Hessian's eigenvalues.
 *
 * @param x       position
 * @param y       position (0 in 1-D)
 * @param value   f there
 * @param lambda1 smaller Hessian eigenvalue (the only one in 1-D)
 * @param lambda2 larger Hessian eigenvalue (equal to lambda1 in 1-D)
 */
public record CriticalPoint(double x, double y, double value, double lambda1, double lambda2) {
    public enum Kind { MINIMUM, SADDLE, MAXIMUM }

    public Kind kind() {
        if (lambda1 > 0) {
            return Kind.MINIMUM;
        }
        if (lambda2 < 0) {
            return Kind.MAXIMUM;
        }
        return Kind.SADDLE;
    }

    /** λmax of the Hessian: sets the GD stability edge η = 2/λmax at a minimum. */
    public double lambdaMax() {
        return lambda2;
    }
}
