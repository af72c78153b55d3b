package org.basinscope.engine.analysis;

import org.basinscope.engine.dynamics.GradientSource;
import org.basinscope.engine.dynamics.NoisyGradient;
import org.basinscope.engine.dynamics.Params;
import org.basinscope.engine.landscape.ExampleGradients;
import org.basinscope.engine.landscape.VectorLandscape;
import org.basinscope.engine.spec.InvalidInputException;

/**
 * The covariance C of a gradient estimate's error g̃ − ∇f at a point, as an operator v ↦ Cv (never formed
 * as a d × d matrix), with the three scalars the noise–curvature alignment needs (seed 001, Theorem 5 and
 * exercise C.5). Two forms: {@link IsotropicCovariance}, the closed form c·I of isotropic noise, and
 * {@link SampledCovariance}, C = w Σ_m r_m r_mᵀ over rows r_m (per-example deviations or sampled errors).
 */
public interface NoiseCovariance {
    /** d. */
    int dimension();

    /** Writes C·v into {@code out}. */
    void apply(double[] v, double[] out);

    /** tr C. */
    double trace();

    /** ‖C‖_F² = tr C². */
    double frobeniusSquared();

    /** How C was obtained, for output (e.g. {@code isotropic σ²/B·I, exact}). */
    String describe();

    /** ⟨C, H⟩_F = tr(CH), H the Hessian of f at {@code at}, from Hessian–vector products. */
    double hessianInner(VectorLandscape f, double[] at);

    /** Errors sampled when a source has no closed form: enough that tr Ĉ is within 2/√(M d) ≤ 5 % (M = 1000, d ≥ 2). */
    int SAMPLES = 1000;

    /**
     * The covariance of a step's gradient error at θ for a run with {@code source}: c·I with c = σ²/B for
     * isotropic noise (exact); c_B·S from the examples of a data loss ({@link ExampleGradients}, exact);
     * else {@value #SAMPLES} sampled errors of a source that estimates in d dimensions. An exact gradient on an
     * analytic loss has no noise: refused in one line.
     */
    static NoiseCovariance of(GradientSource source, VectorLandscape f, Params p, double[] theta, long seed) {
        if (source instanceof NoisyGradient noisy && noisy.model() == NoisyGradient.Model.ISOTROPIC) {
            return new IsotropicCovariance(f.dimension(), noisy.sigma() * noisy.sigma() / p.batch());
        }
        if (f instanceof ExampleGradients data) {
            return SampledCovariance.minibatch(data, theta, Math.min(p.batch(), data.examples()));
        }
        if (!source.stochastic()) {
            throw new InvalidInputException("the gradient is exact on " + f.describe() + ": there is no gradient "
                    + "noise to measure (use --gradient noisy, or a data loss)");
        }
        return SampledCovariance.errors(source, f, p, theta, SAMPLES, seed);
    }
}
