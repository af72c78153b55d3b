package org.basinscope.engine.dynamics;

import java.util.Set;
import org.basinscope.engine.landscape.Landscape;
import org.basinscope.engine.landscape.VectorLandscape;
import org.basinscope.engine.spec.InvalidInputException;

/**
 * Where a step's gradient comes from (seed 001, "Discrete SGD vs continuous SDE"): the exact ∇f, ∇f plus a
 * model of minibatch noise ({@link NoisyGradient}), or the mean gradient of a real minibatch of a data set
 * ({@link MinibatchGradient}). An update rule (GD, momentum, Nesterov, Adam, RMSProp, AdaGrad, underdamped
 * Langevin) asks its source for the gradient estimates of a block of particles and decides what a step does
 * with them; so every rule runs with every source that fits it ({@link DynamicsCatalog}).
 *
 * <p>Rules for implementations, as for {@link Dynamics}: immutable; random numbers only from the particle's
 * own stream, always the same count in the same order; skip diverged particles; no allocation in
 * {@link #estimate}. A source may keep per-particle state (a minibatch's place in its epoch) in
 * {@link #auxiliaryArrays()} arrays of {@code aux} starting at the index the rule gives it.
 */
public interface GradientSource {

    /** The catalog name: {@code exact}, {@code noisy}, {@code minibatch}. */
    String name();

    /** The estimate, for readouts, e.g. {@code ∇f(x) + σζ/√B, ζ isotropic}. */
    String describe();

    /** The {@link Params} fields it reads (B for the noisy and minibatch estimates). */
    Set<Param> parameters();

    /** True if its estimates are random. */
    boolean stochastic();

    /** True if it samples the examples of a data set, so it runs on data-driven landscapes only. */
    default boolean samplesData() {
        return false;
    }

    /** Why it cannot estimate on {@code f} (a minibatch needs a data set), or null if it can. */
    default String incompatibility(Landscape f) {
        return null;
    }

    /** Gradient descent with this gradient: GD itself, SGD with a noise model, minibatch SGD. */
    Dynamics descent();

    /**
     * Overdamped Langevin with this gradient: the scheme itself when exact, SGLD (the Euler–Maruyama step) with
     * a minibatch; a source that does not fit says why.
     */
    default Dynamics langevin(OverdampedLangevin.Scheme scheme) {
        throw new InvalidInputException("langevin adds its own noise √(2ηT)ξ; it takes the exact or a minibatch "
                + "gradient, not " + name());
    }

    /**
     * True if it estimates in d dimensions ({@link #estimate(VectorLandscape, Params, ParticleArrays, int,
     * double[][], int, int, int, VectorWorkspace)}): the exact gradient, the noise models (a user Σ only where
     * d ≤ 2, said by {@link #incompatibilityInDimensions}) and real minibatches of a
     * {@link org.basinscope.engine.landscape.VectorFiniteSum}.
     */
    default boolean anyDimension() {
        return false;
    }

    /** Why it cannot estimate on the d-dimensional {@code f} (a minibatch needs a data set there), or null. */
    default String incompatibilityInDimensions(VectorLandscape f) {
        return null;
    }

    /** Prepares its d-dimensional state for particles {@code [from, to)}, in {@code aux[base …]}. */
    default void startInDimensions(VectorLandscape f, ParticleArrays s, int base, int from, int to) {
    }

    /**
     * The estimate in d dimensions at the points {@code x[k][lo + (i − from)]} for the particles i in
     * {@code [from, to)}, into {@code w.g[k][i − from]}; only called on a source that says
     * {@link #anyDimension()}. Its per-particle state is in {@code aux[base …]}. Random numbers as in the plane:
     * each particle's coordinates in order.
     */
    default void estimate(VectorLandscape f, Params p, ParticleArrays s, int base, double[][] x, int lo, int from,
            int to, VectorWorkspace w) {
        throw new UnsupportedOperationException(name() + " does not estimate in d dimensions");
    }

    /** Per-particle arrays it keeps in {@code aux}. */
    default int auxiliaryArrays() {
        return 0;
    }

    /** Prepares its state for particles {@code [from, to)}, in {@code aux[base …]}. */
    default void start(Landscape f, ParticleArrays s, int base, int from, int to) {
    }

    /**
     * Writes the estimate of ∇f at the points (x[j], y[j]), j = lo + (i − from), for the particles i in
     * {@code [from, to)}, into {@code w.gx[i − from]}, {@code w.gy[i − from]}. The points are usually the
     * particles' own ({@code s.x, s.y} with lo = from) or look-ahead points in {@code w.px, w.py} (lo = 0).
     * It may use {@code w.nx, w.ny} and {@code w.hessian} as scratch.
     */
    void estimate(Landscape f, Params p, ParticleArrays s, int base, double[] x, double[] y, int lo, int from, int to,
            Workspace w);

    /**
     * The covariance {c_xx, c_xy, c_yy} of the estimate's error at (x, y): σ²Σ/B, c_B·S(x), or null when the
     * estimate is exact.
     */
    double[] covariance(Landscape f, Params p, double x, double y);

    /**
     * The covariance of the estimate's error when it is the same everywhere (isotropic noise, a user Σ), else
     * null (exact, shaped like H, a data set's).
     */
    default double[] constantCovariance(Params p) {
        return null;
    }

    /**
     * The error variance along a Hessian eigen-direction of curvature λ when the error's covariance is aligned
     * with the Hessian (isotropic noise: σ²/B; noise shaped like H: σ²λ/B), 0 when exact, NaN otherwise.
     */
    double directionalVariance(Params p, double lambda);

    /**
     * The error variance per coordinate that sets an effective temperature (σ²/B for analytic noise,
     * whatever its shape), 0 when exact, NaN when it has no such scale (a data set's noise).
     */
    double temperatureScale(Params p);

    /**
     * True if successive errors are independent (analytic noise, independent minibatches), so that the
     * small-η SDE and the Lyapunov equations describe the run; false for reshuffled epochs, whose errors
     * cancel over an epoch.
     */
    boolean independentErrors();
}
