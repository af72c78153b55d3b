package org.basinscope.engine.dynamics;

/**
 * A deterministic dynamics seen as a map on its full state (position, then velocities or moments),
 * with the Jacobian of one step: what Lyapunov exponents, finite-time exponents and bifurcation
 * diagrams need. The state of a d-dimensional landscape has {@link #dimension()} = d for GD, 2d for
 * momentum methods (position and velocity) and 3d for Adam (position and both moments).
 *
 * <p>Step index {@code t} (1-based) matters only for non-autonomous rules (Adam's bias corrections);
 * autonomous maps ignore it.
 */
public interface DifferentiableMap {
    /** Length of the state vector. */
    int dimension();

    /** The state at rest at a position: the position followed by zero velocities/moments. */
    double[] start(double[] position);

    /** One step: writes the state after step {@code t} into {@code out} (which may alias nothing). */
    void step(double[] state, long t, double[] out);

    /** The Jacobian ∂out/∂state of step {@code t} at {@code state}, row-major into {@code jacobian}. */
    void jacobian(double[] state, long t, double[] jacobian);
}
