package org.basinscope.engine.dynamics;

/**
 * A deterministic rule in d dimensions as a map on its full state with the action of its Jacobian on
 * tangent vectors — what Lyapunov exponents need where the dense Jacobian of {@link DifferentiableMap} is
 * too big. The state is laid out in blocks of d: the position, then the velocity for momentum methods
 * (state dimension 2d), so the tangent space is that of the whole state.
 *
 * <p><b>Extension contract.</b> Implement the four methods; {@code chaos.LyapunovExponents} then gives the top
 * k exponents. {@link #tangent} costs one Hessian–vector product of the landscape per vector. An instance
 * may reuse scratch arrays: one thread at a time.
 */
public interface TangentMap {
    /** Length of the state vector (d, or 2d with a velocity). */
    int dimension();

    /** The state at rest at a position (the position, then zero velocity). */
    double[] start(double[] position);

    /** One step from {@code state} (step index {@code t}, 1-based) into {@code out}. */
    void step(double[] state, long t, double[] out);

    /** J·u into {@code out}: the Jacobian of step {@code t} at {@code state} applied to the tangent vector u. */
    void tangent(double[] state, long t, double[] u, double[] out);

    /** A planar map with a dense Jacobian as a tangent map (J·u by the n × n product). */
    static TangentMap of(DifferentiableMap map) {
        int n = map.dimension();
        double[] jac = new double[n * n];
        return new TangentMap() {
            @Override
            public int dimension() {
                return n;
            }

            @Override
            public double[] start(double[] position) {
                return map.start(position);
            }

            @Override
            public void step(double[] state, long t, double[] out) {
                map.step(state, t, out);
            }

            @Override
            public void tangent(double[] state, long t, double[] u, double[] out) {
                map.jacobian(state, t, jac);
                for (int a = 0; a < n; a++) {
                    double s = 0;
                    for (int b = 0; b < n; b++) {
                        s += jac[a * n + b] * u[b];
                    }
                    out[a] = s;
                }
            }
        };
    }
}
