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

    /**
     * A map on {@code blocks} blocks of d coordinates of a landscape f, at rest at a position (the other blocks
     * zero), with scratch for the gradient g at the position block and the curvature h = H·δx of a tangent vector.
     */
    private abstract static class Blocks implements TangentMap {
        final int d;
        private final int blocks;
        private final VectorLandscape f;
        final double[] g;
        final double[] h;
        private final double[] x;
        private final double[] dx;

        Blocks(VectorLandscape f, int blocks) {
            this.f = f;
            this.d = f.dimension();
            this.blocks = blocks;
            g = new double[d];
            h = new double[d];
            x = new double[d];
            dx = new double[d];
        }

        /** g ← ∇f at the position block of {@code s}. */
        final void gradientAt(double[] s) {
            System.arraycopy(s, 0, x, 0, d);
            f.gradient(x, g);
        }

        /** After {@link #gradientAt}: h ← H·δx, δx the position block of the tangent vector {@code u}. */
        final void curvature(double[] u) {
            System.arraycopy(u, 0, dx, 0, d);
            f.hessianVector(x, dx, h);
        }

        @Override
        public final int dimension() {
            return blocks * d;
        }

        @Override
        public final double[] start(double[] position) {
            return Arrays.copyOf(Arrays.copyOf(position, d), blocks * d);
        }
    }

    /**
     * Adam on the state (x, m, s), with the bias corrections c1 = 1/(1−β1ᵗ), c2 = 1/(1−β2ᵗ): m' = β1m + (1−β1)g,
     * s' = β2s + (1−β2)g², x' = x − ηc1 m'/D, D = √(c2 s') + ε. With h = H(x)δx:
     * δm' = (1−β1)h + β1δm, δs' = 2(1−β2) g∘h + β2δs, δx' = δx − (ηc1/D) δm' + (ηc1 m' c2/(2√(c2 s') D²)) δs'
     * — the rows of {@link GradientMaps#adam}'s Jacobian.
     */
    static TangentMap adam(VectorLandscape f, Params p, double beta1, double beta2, double epsilon) {
        double eta = p.eta();
        return new Blocks(f, 3) {

            @Override
            public void step(double[] s, long t, double[] out) {
                gradientAt(s);
                adamStep(s, g, d, t, beta1, beta2, epsilon, eta, out);
            }

            @Override
            public void tangent(double[] s, long t, double[] u, double[] out) {
                gradientAt(s);
                curvature(u);
                double c1 = 1 / (1 - Math.pow(beta1, t));
                double c2 = 1 / (1 - Math.pow(beta2, t));
                for (int a = 0; a < d; a++) {
                    double m = beta1 * s[d + a] + (1 - beta1) * g[a];
                    double v = beta2 * s[2 * d + a] + (1 - beta2) * g[a] * g[a];
                    double root = Math.sqrt(v * c2);
                    double den = root + epsilon;
                    double dxdm = -eta * c1 / den;
                    double dxds = root > 0 ? eta * c1 * m * c2 / (2 * root * den * den) : 0;
                    double dm = (1 - beta1) * h[a] + beta1 * u[d + a];
                    double ds = 2 * (1 - beta2) * g[a] * h[a] + beta2 * u[2 * d + a];
                    out[d + a] = dm;
                    out[2 * d + a] = ds;
                    out[a] = u[a] + dxdm * dm + dxds * ds;
                }
            }
        };
    }

    /**
     * RMSProp / AdaGrad on the state (x, s): s' = ρs + κg², x' = x − ηg/D, D = √s' + ε. With h = H(x)δx:
     * δs' = 2κ g∘h + ρδs, δx' = δx − ηh/D + (ηg/(2√s' D²)) δs' — the rows of {@link GradientMaps#scaled}'s Jacobian.
     */
    static TangentMap scaled(VectorLandscape f, Params p, double rho, double kappa, double epsilon) {
        double eta = p.eta();
        return new Blocks(f, 2) {

            @Override
            public void step(double[] s, long t, double[] out) {
                gradientAt(s);
                for (int a = 0; a < d; a++) {
                    double v = rho * s[d + a] + kappa * g[a] * g[a];
                    out[d + a] = v;
                    out[a] = s[a] - eta * g[a] / (Math.sqrt(v) + epsilon);
                }
            }

            @Override
            public void tangent(double[] s, long t, double[] u, double[] out) {
                gradientAt(s);
                curvature(u);
                for (int a = 0; a < d; a++) {
                    double v = rho * s[d + a] + kappa * g[a] * g[a];
                    double root = Math.sqrt(v);
                    double den = root + epsilon;
                    double dxds = root > 0 ? eta * g[a] / (2 * root * den * den) : 0;
                    double ds = 2 * kappa * g[a] * h[a] + rho * u[d + a];
                    out[d + a] = ds;
                    out[a] = u[a] - eta * h[a] / den + dxds * ds;
                }
            }
        };
    }

    /**
     * Adam's step on the state (θ, m, v) laid out as s[0 … d), s[d … 2d), s[2d … 3d) with the gradient g at θ:
     * the bias-corrected update of Kingma and Ba. One place for the planar and the d-dimensional map (their bits
     * are the same arithmetic in the same order).
     */
    static void adamStep(double[] s, double[] g, int d, long t, double beta1, double beta2, double epsilon,
            double eta, double[] out) {
        double c1 = 1 / (1 - Math.pow(beta1, t));
        double c2 = 1 / (1 - Math.pow(beta2, t));
        for (int a = 0; a < d; a++) {
            double m = beta1 * s[d + a] + (1 - beta1) * g[a];
            double v = beta2 * s[2 * d + a] + (1 - beta2) * g[a] * g[a];
            out[d + a] = m;
            out[2 * d + a] = v;
            out[a] = s[a] - eta * (m * c1) / (Math.sqrt(v * c2) + epsilon);
        }
    }
}
