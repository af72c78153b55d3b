package org.basinscope.engine.dynamics;

import org.basinscope.engine.landscape.VectorLandscape;
import org.basinscope.engine.landscape.Landscape;

/**
 * RMSProp and AdaGrad: per coordinate s ← ρ s + κ g², x ← x − η g/(√s + ε), with (ρ, κ) = (ρ, 1 − ρ) for
 * RMSProp (Tieleman &amp; Hinton 2012) and (1, 1) for AdaGrad (Duchi, Hazan &amp; Singer 2011). s starts at 0.
 */
abstract class SquaredGradientScaling extends AdaptiveMethod {
    private static final int SX = 0;
    private static final int SY = 1;
    /** ρ. */
    private final double decay;
    /** κ. */
    private final double weight;
    protected final double epsilon;

    SquaredGradientScaling(double decay, double weight, double epsilon, GradientSource source) {
        super(source);
        this.decay = decay;
        this.weight = weight;
        this.epsilon = epsilon;
    }

    @Override
    protected int ruleArrays() {
        return 2;
    }

    @Override
    public DifferentiableMap asMap(Landscape f, Params p) {
        return mapIfDeterministic(GradientMaps.scaled(f, p, decay, weight, epsilon));
    }

    @Override
    public TangentMap tangentMap(VectorLandscape f, Params p) {
        return stochastic() ? null : VectorMaps.scaled(f, p, decay, weight, epsilon);
    }

    @Override
    public void step(Landscape f, Params p, long t, ParticleArrays s, int from, int to, Workspace w) {
        estimate(f, p, s, s.x, s.y, from, from, to, w);
        double eta = p.eta();
        double[] sx = s.aux[SX];
        double[] sy = s.aux[SY];
        boolean[] dead = s.diverged;
        for (int i = from; i < to; i++) {
            if (dead[i]) {
                continue;
            }
            int k = i - from;
            double gx = w.gx[k];
            double gy = w.gy[k];
            sx[i] = decay * sx[i] + weight * gx * gx;
            sy[i] = decay * sy[i] + weight * gy * gy;
            s.x[i] -= eta * gx / (Math.sqrt(sx[i]) + epsilon);
            s.y[i] -= eta * gy / (Math.sqrt(sy[i]) + epsilon);
        }
    }

    /** The same scaling per coordinate ({@code coordinateAux[0]}: the accumulated squares). */
    @Override
    protected VectorStep vectorRule() {
        return VectorStep.withArrays(1, (f, p, t, s, from, to, w) -> {
            estimate(f, p, s, s.coords, from, from, to, w);
            double eta = p.eta();
            boolean[] dead = s.diverged;
            for (int k = 0; k < s.dimension; k++) {
                double[] x = s.coords[k];
                double[] sq = s.coordinateAux[0][k];
                double[] g = w.g[k];
                for (int i = from; i < to; i++) {
                    if (dead[i]) {
                        continue;
                    }
                    double gi = g[i - from];
                    sq[i] = decay * sq[i] + weight * gi * gi;
                    x[i] -= eta * gi / (Math.sqrt(sq[i]) + epsilon);
                }
            }
        });
    }
}
