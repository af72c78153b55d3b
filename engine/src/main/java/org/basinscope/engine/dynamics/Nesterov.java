package org.basinscope.engine.dynamics;

import org.basinscope.engine.landscape.Landscape;

/**
 * Nesterov's accelerated gradient in its momentum form (Sutskever et al. 2013):
 * v ← βv − η∇f(x + βv), x ← x + v. The same as {@link HeavyBall} except that the gradient is taken
 * at the look-ahead point. Starts at rest (v = 0).
 */
public final class Nesterov extends MomentumMethod {

    @Override
    public String name() {
        return "nesterov";
    }

    @Override
    public String describe() {
        return "v ← βv − η∇f(x + βv), x ← x + v  (Nesterov)";
    }

    /** Roots of μ² − (1 − ηλ)(1 + β)μ + β(1 − ηλ) = 0. */
    @Override
    public double contraction(Params p, double lambda) {
        double a = 1 - p.eta() * lambda;
        return Multipliers.twoStep(a * (1 + p.momentum()), p.momentum() * a);
    }

    @Override
    public DifferentiableMap asMap(Landscape f, Params p) {
        return GradientMaps.momentum(f, p, true);
    }

    @Override
    public void step(Landscape f, Params p, long t, ParticleArrays s, int from, int to, Workspace w) {
        double beta = p.momentum();
        double[] vx = s.aux[VX];
        double[] vy = s.aux[VY];
        for (int i = from; i < to; i++) {
            w.px[i - from] = s.x[i] + beta * vx[i];
            w.py[i - from] = s.y[i] + beta * vy[i];
        }
        f.gradients(w.px, w.py, 0, to - from, w.gx, w.gy);
        MomentumUpdate.apply(p, s, from, to, w);
    }
}
