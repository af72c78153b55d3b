package org.basinscope.engine.landscape.mlp;

/**
 * A hidden unit's activation σ, with what backpropagation and the R-operator need, written in terms of the
 * unit's output a = σ(u) so that the pre-activation u need not be stored: σ'(u) and σ''(u)·R(u) given
 * R(a) = σ'(u)·R(u).
 */
public enum Activation {
    /** σ = tanh: σ' = 1 − a², σ'' = −2a(1 − a²), so σ''(u)·R(u) = −2a·R(a). */
    TANH {
        @Override
        double apply(double u) {
            return Math.tanh(u);
        }

        @Override
        double slope(double a) {
            return 1 - a * a;
        }

        @Override
        double curvatureTimesR(double a, double ra) {
            return -2 * a * ra;
        }
    },
    /**
     * σ = max(0, u): σ' = 1 where u &gt; 0 (a &gt; 0), else 0 (the kink at 0 counts as flat), σ'' = 0 away from
     * it.
     */
    RELU {
        @Override
        double apply(double u) {
            return u > 0 ? u : 0;
        }

        @Override
        double slope(double a) {
            return a > 0 ? 1 : 0;
        }

        @Override
        double curvatureTimesR(double a, double ra) {
            return 0;
        }
    };

    /** σ(u). */
    abstract double apply(double u);

    /** σ'(u) from a = σ(u). */
    abstract double slope(double a);

    /** σ''(u)·R(u) from a = σ(u) and R(a) = σ'(u)·R(u). */
    abstract double curvatureTimesR(double a, double ra);
}
