package org.basinscope.engine.dynamics;

/** Spectral radii of the small linear maps that the dynamics reduce to on a quadratic x ↦ λx²/2. */
public final class Multipliers {
    private Multipliers() {
    }

    /** One-step map x ← (1 − ηλ) x of GD, SGD and Euler–Maruyama. */
    public static double gradientStep(double eta, double lambda) {
        return Math.abs(1 - eta * lambda);
    }

    /**
     * Largest modulus of the roots of μ² − bμ + c = 0 (real b, c): the spectral radius of the companion
     * matrix of a two-step recursion x_{k+1} = b x_k − c x_{k−1}.
     */
    public static double twoStep(double b, double c) {
        double disc = b * b - 4 * c;
        if (disc < 0) {
            return Math.sqrt(c);
        }
        double r = Math.sqrt(disc);
        return Math.max(Math.abs((b + r) / 2), Math.abs((b - r) / 2));
    }

    /** Spectral radius of a real 2×2 matrix [[a, b], [c, d]]. */
    public static double matrix2(double a, double b, double c, double d) {
        return twoStep(a + d, a * d - b * c);
    }
}
