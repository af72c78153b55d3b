package org.basinscope.engine.landscape;

import java.util.Optional;

/**
 * A d-dimensional loss that is the mean of n per-example losses, f(θ) = (1/n) Σᵢ ℓᵢ(θ), with each example's
 * gradient: what the gradient-noise covariance S = (1/n) Σ (∇ℓᵢ − ∇f)(∇ℓᵢ − ∇f)ᵀ is computed from (seed 001,
 * Theorem 5; {@code analysis.NoiseCovariance}). The planar data losses ({@link FiniteSum}) are this through
 * {@link #of(FiniteSum)}; a d-dimensional data loss implements it directly.
 *
 * <p><b>Extension contract.</b> Implement {@link #examples()} and {@link #exampleGradient} beside the
 * {@link VectorLandscape} methods, with f the mean of the examples' losses (so ∇f is the mean of their
 * gradients).
 */
public interface ExampleGradients extends VectorLandscape {
    /** n, the number of examples. */
    int examples();

    /** Writes ∇ℓᵢ(θ) into {@code g} (length d). */
    void exampleGradient(int i, double[] theta, double[] g);

    /** A planar data loss seen through this interface (its numbers are the planar methods' own). */
    static ExampleGradients of(FiniteSum f) {
        return new ExampleGradients() {
            @Override
            public int examples() {
                return f.examples();
            }

            @Override
            public void exampleGradient(int i, double[] theta, double[] g) {
                double[] g2 = new double[2];
                f.exampleGradient(i, theta[0], f.dimension() == 2 ? theta[1] : 0, g2);
                System.arraycopy(g2, 0, g, 0, f.dimension());
            }

            @Override
            public int dimension() {
                return f.dimension();
            }

            @Override
            public double value(double[] theta) {
                return f.value(theta);
            }

            @Override
            public void gradient(double[] theta, double[] g) {
                f.gradient(theta, g);
            }

            @Override
            public void hessianVector(double[] theta, double[] v, double[] hv) {
                f.hessianVector(theta, v, hv);
            }

            @Override
            public double[] defaultStart() {
                return f.defaultStart();
            }

            @Override
            public String describe() {
                return f.describe();
            }

            @Override
            public Optional<Landscape> planar() {
                return Optional.of(f);
            }
        };
    }
}
