package org.basinscope.engine.dynamics;

import java.util.Arrays;
import org.basinscope.engine.landscape.Landscape;

/**
 * The differentiable maps of the deterministic rules, from the landscape's gradient and Hessian.
 * States are laid out as blocks of d = landscape dimension: position, then velocity (momentum
 * methods) or first and second moments (Adam). A map reuses scratch arrays: one thread at a time.
 */
final class GradientMaps {

    /** A map on {@code blocks} blocks of d coordinates, starting at the position with the other blocks zero. */
    private abstract static class Blocks implements DifferentiableMap {
        private final int size;
        private final int blocks;

        Blocks(int d, int blocks) {
            this.size = d;
            this.blocks = blocks;
        }

        @Override
        public final int dimension() {
            return blocks * size;
        }

        @Override
        public final double[] start(double[] position) {
            return Arrays.copyOf(Arrays.copyOf(position, size), blocks * size);
        }
    }

    private GradientMaps() {
    }

    /**
     * Gradient g[0..d) and Hessian h (d×d, row-major) of a landscape at a point, into arrays reused from
     * step to step: a map instance is for one thread at a time.
     */
    private static final class Derivatives {
        final int d;
        final double[] g;
        final double[] h;
        private final double[] g2 = new double[2];
        private final double[] h3 = new double[3];
        private final Landscape f;

        Derivatives(Landscape f) {
            this.f = f;
            this.d = f.dimension();
            this.g = new double[d];
            this.h = new double[d * d];
        }

        void at(double x, double y) {
            f.gradient(x, y, g2);
            f.hessian(x, y, h3);
            g[0] = g2[0];
            h[0] = h3[0];
            if (d == 2) {
                g[1] = g2[1];
                h[1] = h3[1];
                h[2] = h3[1];
                h[3] = h3[2];
            }
        }
    }

    /** GD: x ← x − η∇f(x), J = I − ηH. */
    static DifferentiableMap gd(Landscape f, Params p) {
        int d = f.dimension();
        double eta = p.eta();
        Derivatives dv = new Derivatives(f);
        return new Blocks(d, 1) {

            @Override
            public void step(double[] s, long t, double[] out) {
                dv.at(s[0], d == 2 ? s[1] : 0);
                double[] g = dv.g;
                double[] h = dv.h;
                for (int a = 0; a < d; a++) {
                    out[a] = s[a] - eta * g[a];
                }
            }

            @Override
            public void jacobian(double[] s, long t, double[] j) {
                dv.at(s[0], d == 2 ? s[1] : 0);
                double[] g = dv.g;
                double[] h = dv.h;
                for (int a = 0; a < d; a++) {
                    for (int b = 0; b < d; b++) {
                        j[a * d + b] = (a == b ? 1 : 0) - eta * h[a * d + b];
                    }
                }
            }
        };
    }

    /**
     * Heavy ball (lookahead = false): v' = βv − η∇f(x), x' = x + v'. Nesterov (lookahead = true): the
     * gradient is taken at z = x + βv. State (x, v); with H at the gradient point,
     * ∂v'/∂x = −ηH, ∂v'/∂v = βI − (lookahead ? ηβH : 0), ∂x'/∂x = I + ∂v'/∂x, ∂x'/∂v = ∂v'/∂v.
     */
    static DifferentiableMap momentum(Landscape f, Params p, boolean lookahead) {
        int d = f.dimension();
        double eta = p.eta();
        double beta = p.momentum();
        Derivatives dv = new Derivatives(f);
        return new Blocks(d, 2) {

            private final double[] z = new double[2];

            private double[] point(double[] s) {
                for (int a = 0; a < d; a++) {
                    z[a] = s[a] + (lookahead ? beta * s[d + a] : 0);
                }
                return z;
            }

            @Override
            public void step(double[] s, long t, double[] out) {
                double[] z = point(s);
                dv.at(z[0], z[1]);
                double[] g = dv.g;
                double[] h = dv.h;
                for (int a = 0; a < d; a++) {
                    double v = beta * s[d + a] - eta * g[a];
                    out[d + a] = v;
                    out[a] = s[a] + v;
                }
            }

            @Override
            public void jacobian(double[] s, long t, double[] j) {
                double[] z = point(s);
                dv.at(z[0], z[1]);
                double[] g = dv.g;
                double[] h = dv.h;
                int n = 2 * d;
                for (int a = 0; a < d; a++) {
                    for (int b = 0; b < d; b++) {
                        double eye = a == b ? 1 : 0;
                        double dvdx = -eta * h[a * d + b];
                        double dvdv = beta * eye - (lookahead ? eta * beta * h[a * d + b] : 0);
                        j[(d + a) * n + b] = dvdx;
                        j[(d + a) * n + d + b] = dvdv;
                        j[a * n + b] = eye + dvdx;
                        j[a * n + d + b] = dvdv;
                    }
                }
            }
        };
    }

    /**
     * Adam on state (x, m, s) per coordinate: m' = β1 m + (1−β1) g, s' = β2 s + (1−β2) g²,
     * x' = x − η c1 m' / (√(c2 s') + ε) with c1 = 1/(1−β1ᵗ), c2 = 1/(1−β2ᵗ). Non-autonomous through t
     * (the corrections tend to 1, so long-run exponents are those of the limiting map). Writing
     * D = √(c2 s') + ε: ∂x'_a = δ − η c1 (∂m'_a / D − m'_a c2 ∂s'_a / (2 √(c2 s') D²)), with
     * ∂m'_a/∂x_b = (1−β1) H_ab, ∂m'_a/∂m_a = β1, ∂s'_a/∂x_b = 2(1−β2) g_a H_ab, ∂s'_a/∂s_a = β2.
     */
    static DifferentiableMap adam(Landscape f, Params p, double beta1, double beta2, double epsilon) {
        int d = f.dimension();
        double eta = p.eta();
        Derivatives dv = new Derivatives(f);
        return new Blocks(d, 3) {

            @Override
            public void step(double[] s, long t, double[] out) {
                dv.at(s[0], d == 2 ? s[1] : 0);
                VectorMaps.adamStep(s, dv.g, d, t, beta1, beta2, epsilon, eta, out);
            }

            @Override
            public void jacobian(double[] s, long t, double[] j) {
                dv.at(s[0], d == 2 ? s[1] : 0);
                double[] g = dv.g;
                double[] h = dv.h;
                double c1 = 1 / (1 - Math.pow(beta1, t));
                double c2 = 1 / (1 - Math.pow(beta2, t));
                int n = 3 * d;
                java.util.Arrays.fill(j, 0);
                for (int a = 0; a < d; a++) {
                    double m = beta1 * s[d + a] + (1 - beta1) * g[a];
                    double v = beta2 * s[2 * d + a] + (1 - beta2) * g[a] * g[a];
                    double root = Math.sqrt(v * c2);
                    double den = root + epsilon;
                    // d x'_a / d(m'_a) and d x'_a / d(s'_a)
                    double dxdm = -eta * c1 / den;
                    double dxds = root > 0 ? eta * c1 * m * c2 / (2 * root * den * den) : 0;
                    for (int b = 0; b < d; b++) {
                        double dm = (1 - beta1) * h[a * d + b];
                        double ds = 2 * (1 - beta2) * g[a] * h[a * d + b];
                        j[(d + a) * n + b] = dm;
                        j[(2 * d + a) * n + b] = ds;
                        j[a * n + b] = (a == b ? 1 : 0) + dxdm * dm + dxds * ds;
                    }
                    j[(d + a) * n + d + a] = beta1;
                    j[(2 * d + a) * n + 2 * d + a] = beta2;
                    j[a * n + d + a] = dxdm * beta1;
                    j[a * n + 2 * d + a] = dxds * beta2;
                }
            }
        };
    }

    /**
     * RMSProp / AdaGrad on state (x, s) per coordinate: s' = ρ s + κ g², x' = x − η g/D with D = √s' + ε.
     * ∂s'_a/∂x_b = 2κ g_a H_ab, ∂s'_a/∂s_a = ρ, ∂x'_a/∂x_b = δ_ab − η H_ab/D + η g_a ∂s'_a/∂x_b/(2√s' D²),
     * ∂x'_a/∂s_a = η g_a ρ/(2√s' D²).
     */
    static DifferentiableMap scaled(Landscape f, Params p, double rho, double kappa, double epsilon) {
        int d = f.dimension();
        double eta = p.eta();
        Derivatives dv = new Derivatives(f);
        return new Blocks(d, 2) {

            @Override
            public void step(double[] s, long t, double[] out) {
                dv.at(s[0], d == 2 ? s[1] : 0);
                double[] g = dv.g;
                for (int a = 0; a < d; a++) {
                    double v = rho * s[d + a] + kappa * g[a] * g[a];
                    out[d + a] = v;
                    out[a] = s[a] - eta * g[a] / (Math.sqrt(v) + epsilon);
                }
            }

            @Override
            public void jacobian(double[] s, long t, double[] j) {
                dv.at(s[0], d == 2 ? s[1] : 0);
                double[] g = dv.g;
                double[] h = dv.h;
                int n = 2 * d;
                Arrays.fill(j, 0);
                for (int a = 0; a < d; a++) {
                    double v = rho * s[d + a] + kappa * g[a] * g[a];
                    double root = Math.sqrt(v);
                    double den = root + epsilon;
                    double dxds = root > 0 ? eta * g[a] / (2 * root * den * den) : 0;
                    for (int b = 0; b < d; b++) {
                        double ds = 2 * kappa * g[a] * h[a * d + b];
                        j[(d + a) * n + b] = ds;
                        j[a * n + b] = (a == b ? 1 : 0) - eta * h[a * d + b] / den + dxds * ds;
                    }
                    j[(d + a) * n + d + a] = rho;
                    j[a * n + d + a] = dxds * rho;
                }
            }
        };
    }
}
