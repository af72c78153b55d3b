package org.basinscope.engine.landscape;

/**
 * A loss that is the mean of per-example losses, f(θ) = (1/n) Σᵢ ℓᵢ(θ), over a fixed data set: what
 * minibatch SGD samples from. The {@link Landscape} methods give the full-batch loss.
 */
public interface FiniteSum extends Landscape {
    /** Number of examples n. */
    int examples();

    /** Writes ∇ℓᵢ at (x, y) into {@code g[0..1]}. */
    void exampleGradient(int i, double x, double y, double[] g);
}
