package org.basinscope.engine.dynamics;

import org.basinscope.engine.landscape.Landscape;

/**
 * Polyak's heavy-ball momentum: v ← βv − η∇f(x), x ← x + v, i.e. x⁺ = x − η∇f(x) + β(x − x⁻).
 * On λx²/2 the multipliers solve μ² − (1 + β − ηλ)μ + β = 0; when complex they have modulus √β,
 * and the method is stable exactly when ηλ &lt; 2 + 2β (science/CHECKS.md). Starts at rest (v = 0).
 */
public final class HeavyBall extends MomentumMethod {

    @Override
    public String name() {
        return "momentum";
    }

    @Override
    public String describe() {
        return "v ← βv − η∇f(x), x ← x + v  (heavy ball)";
    }

    /** Roots of μ² − (1 + β − ηλ)μ + β = 0. */
    @Override
    public double contraction(Params p, double lambda) {
        return Multipliers.twoStep(1 + p.momentum() - p.eta() * lambda, p.momentum());
    }

    @Override
    public DifferentiableMap asMap(Landscape f, Params p) {
        return GradientMaps.momentum(f, p, false);
    }

    @Override
    public void step(Landscape f, Params p, long t, ParticleArrays s, int from, int to, Workspace w) {
        f.gradients(s.x, s.y, from, to, w.gx, w.gy);
        MomentumUpdate.apply(p, s, from, to, w);
    }
}
