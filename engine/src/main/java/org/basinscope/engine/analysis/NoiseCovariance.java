package org.basinscope.engine.analysis;

import org.basinscope.engine.landscape.VectorLandscape;

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

    /** ⟨C, H⟩_F = tr(CH), H the Hessian of f at {@code at}, from Hessian–vector products. */
    double hessianInner(VectorLandscape f, double[] at);
}
