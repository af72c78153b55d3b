package org.basinscope.engine.landscape;

/**
 * A loss that is the mean of per-example losses, f(θ) = (1/n) Σᵢ ℓᵢ(θ), over a fixed data set: what
 * minibatch SGD samples from. The {@link Landscape} methods give the full-batch loss.
 */
public interface FiniteSum extends Landscape {
    /** Number of examples n. */
    int examples();

    @Override
    default FiniteSum finiteSum() {
        return this;
    }

    /**
     * This loss as least squares with a linear model (the case with an exact minibatch covariance,
     * {@code equilibrium.MinibatchCovariance}), or null.
     */
    default Regression linearLeastSquares() {
        return null;
    }

    /** Writes ∇ℓᵢ at (x, y) into {@code g[0..1]}. */
    void exampleGradient(int i, double x, double y, double[] g);

    /**
     * The per-example gradient covariance S = (1/n) Σ ∇ℓᵢ∇ℓᵢᵀ − ∇f∇fᵀ at (x, y), as {s_xx, s_xy, s_yy}: the
     * noise a minibatch gradient carries (seed 001, Theorem 5).
     */
    default double[] gradientCovariance(double x, double y) {
        int n = examples();
        double[] g = new double[2];
        double mx = 0;
        double my = 0;
        double sxx = 0;
        double sxy = 0;
        double syy = 0;
        for (int i = 0; i < n; i++) {
            exampleGradient(i, x, y, g);
            mx += g[0];
            my += g[1];
            sxx += g[0] * g[0];
            sxy += g[0] * g[1];
            syy += g[1] * g[1];
        }
        mx /= n;
        my /= n;
        return new double[] {sxx / n - mx * mx, sxy / n - mx * my, syy / n - my * my};
    }
}
