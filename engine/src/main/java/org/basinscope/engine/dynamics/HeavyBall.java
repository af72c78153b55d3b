package org.basinscope.engine.dynamics;

import org.basinscope.engine.landscape.VectorLandscape;
import org.basinscope.engine.landscape.Landscape;

/**
 * Polyak's heavy-ball momentum: v ← βv − ηĝ, x ← x + v, i.e. x⁺ = x − ηĝ + β(x − x⁻), ĝ the gradient of
 * its source (exact: ∇f; with noise, "SGD with momentum", seed 001 C.16). On λx²/2 the multipliers solve
 * μ² − (1 + β − ηλ)μ + β = 0; when complex they have modulus √β, and the method is stable exactly when
 * ηλ &lt; 2 + 2β (science/CHECKS.md). Starts at rest (v = 0).
 */
public final class HeavyBall extends MomentumMethod {

    public HeavyBall() {
        this(ExactGradient.INSTANCE);
    }

    public HeavyBall(GradientSource source) {
        super(source);
    }

    @Override
    public String name() {
        return "momentum";
    }

    @Override
    protected String rule() {
        return "v ← βv − η" + (source.stochastic() ? "ĝ" : "∇f(x)") + ", x ← x + v  (heavy ball)";
    }

    /** Roots of μ² − (1 + β − ηλ)μ + β = 0. */
    @Override
    public double contraction(Params p, double lambda) {
        return Multipliers.twoStep(1 + p.momentum() - p.eta() * lambda, p.momentum());
    }

    /** v' = −ηH x + βv, x' = (I − ηH) x + βv. */
    @Override
    double[][] linearised(double[][] h, Params p) {
        double eta = p.eta();
        double beta = p.momentum();
        double[][] b = affine(beta, 0, h);
        return blocks(affine(1, -eta, h), b, affine(0, -eta, h), b);
    }

    @Override
    public DifferentiableMap asMap(Landscape f, Params p) {
        return mapIfDeterministic(GradientMaps.momentum(f, p, false));
    }

    @Override
    public TangentMap tangentMap(VectorLandscape f, Params p) {
        return stochastic() ? null : VectorMaps.momentum(f, p, false);
    }

    @Override
    public void step(Landscape f, Params p, long t, ParticleArrays s, int from, int to, Workspace w) {
        estimate(f, p, s, s.x, s.y, from, from, to, w);
        MomentumUpdate.apply(p, s, from, to, w);
    }

    /** v ← βv − η∇f, x ← x + v per coordinate. */
    @Override
    protected VectorStep vectorRule() {
        return VectorStep.withArrays(1, (f, p, t, s, from, to, w) -> {
            estimate(f, p, s, s.coords, from, from, to, w);
            MomentumUpdate.apply(p, s, from, to, w);
        });
    }
}
