package org.basinscope.engine.landscape;

import java.util.Optional;

/**
 * A loss over ℝ^d that is the mean of per-example losses, f(θ) = (1/n) Σᵢ ℓᵢ(θ), over a fixed data set: what
 * the minibatch gradient samples in d dimensions (the d-dimensional twin of the planar {@link FiniteSum}).
 * The {@link VectorLandscape} methods give the full-batch loss; the batch methods the mean over a subset.
 *
 * <p><b>Extension contract.</b> Implement {@link #examples()}, {@link #batchValue} and {@link #batchGradient}
 * (no allocation once warm: they run once per particle per step); the minibatch gradient source
 * ({@code dynamics.MinibatchGradient}) then draws batches for every update rule in d dimensions.
 */
public interface VectorFiniteSum extends ExampleGradients {
    /** Number of examples n. */
    @Override
    int examples();

    /** (1/count) Σ_{j < count} ℓ_{examples[j]}(θ): the mean loss of a minibatch (indices may repeat). */
    double batchValue(double[] theta, int[] examples, int count);

    /** Writes (1/count) Σ_{j < count} ∇ℓ_{examples[j]}(θ) into {@code g} (length d). */
    void batchGradient(double[] theta, int[] examples, int count, double[] g);

    /**
     * ∇ℓᵢ(θ), a batch of one: what the gradient-noise covariance is made of ({@code analysis.NoiseCovariance}).
     * It allocates, so it is for analyses, not for the hot path.
     */
    @Override
    default void exampleGradient(int i, double[] theta, double[] g) {
        batchGradient(theta, new int[] {i}, 1, g);
    }

    @Override
    default Optional<VectorFiniteSum> asFiniteSum() {
        return Optional.of(this);
    }
}
