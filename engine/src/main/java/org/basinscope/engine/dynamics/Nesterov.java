package org.basinscope.engine.dynamics;

import org.basinscope.engine.landscape.VectorLandscape;
import org.basinscope.engine.landscape.Landscape;

/**
 * Nesterov's accelerated gradient in its momentum form (Sutskever et al. 2013):
 * v ← βv − ηĝ(x + βv), x ← x + v, ĝ the gradient of its source. The same as {@link HeavyBall} except that the gradient is taken
 * at the look-ahead point. Starts at rest (v = 0).
 */
public final class Nesterov extends MomentumMethod {

    public Nesterov() {
        this(ExactGradient.INSTANCE);
    }

    public Nesterov(GradientSource source) {
        super(source);
    }

    @Override
    public String name() {
        return "nesterov";
    }

    @Override
    protected String rule() {
        return "v ← βv − η" + (source.stochastic() ? "ĝ" : "∇f") + "(x + βv), x ← x + v  (Nesterov)";
    }

    /** Roots of μ² − (1 − ηλ)(1 + β)μ + β(1 − ηλ) = 0. */
    @Override
    public double contraction(Params p, double lambda) {
        double a = 1 - p.eta() * lambda;
        return Multipliers.twoStep(a * (1 + p.momentum()), p.momentum() * a);
    }

    /** v' = −ηH x + β(I − ηH) v, x' = (I − ηH) x + β(I − ηH) v. */
    @Override
    double[][] linearised(double[][] h, Params p) {
        double eta = p.eta();
        double beta = p.momentum();
        double[][] b = affine(beta, -beta * eta, h);
        return blocks(affine(1, -eta, h), b, affine(0, -eta, h), b);
    }

    @Override
    public DifferentiableMap asMap(Landscape f, Params p) {
        return mapIfDeterministic(GradientMaps.momentum(f, p, true));
    }

    @Override
    public TangentMap tangentMap(VectorLandscape f, Params p) {
        return stochastic() ? null : VectorMaps.momentum(f, p, true);
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
        estimate(f, p, s, w.px, w.py, 0, from, to, w);
        MomentumUpdate.apply(p, s, from, to, w);
    }

    /** The gradient at x + βv, then heavy ball's update, per coordinate. */
    @Override
    protected VectorStep vectorRule() {
        return VectorStep.withArrays(1, (f, p, t, s, from, to, w) -> {
            double beta = p.momentum();
            for (int k = 0; k < s.dimension; k++) {
                double[] x = s.coords[k];
                double[] v = s.coordinateAux[0][k];
                double[] ahead = w.p[k];
                for (int i = from; i < to; i++) {
                    ahead[i - from] = x[i] + beta * v[i];
                }
            }
            estimate(f, p, s, w.p, 0, from, to, w);
            MomentumUpdate.apply(p, s, from, to, w);
        });
    }
}
