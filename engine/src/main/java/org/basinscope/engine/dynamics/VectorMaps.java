package org.basinscope.engine.dynamics;

import java.util.Arrays;
import org.basinscope.engine.landscape.VectorLandscape;

/**
 * The tangent maps ({@link TangentMap}) of the deterministic rules in d dimensions, from the landscape's
 * gradient and Hessian–vector products: the d-dimensional counterparts of {@link GradientMaps}, with J·u in
 * place of the dense J. Each map keeps scratch arrays: one thread at a time.
 */
final class VectorMaps {

    private VectorMaps() {
    }

    /** GD: x' = x − η∇f(x), so J·u = u − ηH(x)u. */
    static TangentMap gd(VectorLandscape f, Params p) {
        int d = f.dimension();
        double eta = p.eta();
        double[] g = new double[d];
        return new TangentMap() {
            @Override
            public int dimension() {
                return d;
            }

            @Override
            public double[] start(double[] position) {
                return Arrays.copyOf(position, d);
            }

            @Override
            public void step(double[] s, long t, double[] out) {
                f.gradient(s, g);
                for (int a = 0; a < d; a++) {
                    out[a] = s[a] - eta * g[a];
                }
            }

            @Override
            public void tangent(double[] s, long t, double[] u, double[] out) {
                f.hessianVector(s, u, g);
                for (int a = 0; a < d; a++) {
                    out[a] = u[a] - eta * g[a];
                }
            }
        };
    }

    /**
     * Heavy ball (lookahead false): v' = βv − η∇f(x), x' = x + v'; Nesterov (lookahead true): the gradient at
     * z = x + βv. On the state (x, v) and a tangent vector (δx, δv), with δz = δx + (lookahead ? βδv : 0) and
     * H = H(z): δv' = βδv − ηHδz and δx' = δx + δv' — the rows of {@link GradientMaps#momentum}'s Jacobian.
     */
    static TangentMap momentum(VectorLandscape f, Params p, boolean lookahead) {
        int d = f.dimension();
        double eta = p.eta();
        double beta = p.momentum();
        double ahead = lookahead ? beta : 0;
        double[] z = new double[d];
        double[] dz = new double[d];
        double[] g = new double[d];
        return new TangentMap() {
            @Override
            public int dimension() {
                return 2 * d;
            }

            @Override
            public double[] start(double[] position) {
                return Arrays.copyOf(Arrays.copyOf(position, d), 2 * d);
            }

            private void point(double[] s) {
                for (int a = 0; a < d; a++) {
                    z[a] = s[a] + ahead * s[d + a];
                }
            }

            @Override
            public void step(double[] s, long t, double[] out) {
                point(s);
                f.gradient(z, g);
                for (int a = 0; a < d; a++) {
                    double v = beta * s[d + a] - eta * g[a];
                    out[d + a] = v;
                    out[a] = s[a] + v;
                }
            }

            @Override
            public void tangent(double[] s, long t, double[] u, double[] out) {
                point(s);
                for (int a = 0; a < d; a++) {
                    dz[a] = u[a] + ahead * u[d + a];
                }
                f.hessianVector(z, dz, g);
                for (int a = 0; a < d; a++) {
                    double dv = beta * u[d + a] - eta * g[a];
                    out[d + a] = dv;
                    out[a] = u[a] + dv;
                }
            }
        };
    }
}
