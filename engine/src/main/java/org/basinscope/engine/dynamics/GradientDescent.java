package org.basinscope.engine.dynamics;

import java.util.Optional;
import org.basinscope.engine.landscape.VectorLandscape;
import java.util.Set;
import org.basinscope.engine.landscape.Landscape;

/**
 * Full-batch gradient descent, x ← x − η∇f(x). On a quadratic with Hessian eigenvalue λ the step map
 * multiplies that component by 1 − ηλ, so it is stable exactly when η &lt; 2/λmax (seed 001, stability
 * theorem; science/CHECKS.md).
 */
public final class GradientDescent implements Dynamics {

    @Override
    public boolean gradientDescentStep() {
        return true;
    }

    @Override
    public String name() {
        return "gd";
    }

    @Override
    public String describe() {
        return "x ← x − η∇f(x)";
    }

    @Override
    public Set<Param> parameters() {
        return Set.of(Param.ETA);
    }

    @Override
    public boolean stochastic() {
        return false;
    }

    @Override
    public double contraction(Params p, double lambda) {
        return Multipliers.gradientStep(p.eta(), lambda);
    }

    @Override
    public double stationaryVariance(Params p, double lambda) {
        return contraction(p, lambda) < 1 ? 0 : Double.NaN;
    }

    @Override
    public DifferentiableMap asMap(Landscape f, Params p) {
        return GradientMaps.gd(f, p);
    }

    @Override
    public TangentMap tangentMap(VectorLandscape f, Params p) {
        return VectorMaps.gd(f, p);
    }

    @Override
    public void step(Landscape f, Params p, long t, ParticleArrays s, int from, int to, Workspace w) {
        f.gradients(s.x, s.y, from, to, w.gx, w.gy);
        double eta = p.eta();
        double[] x = s.x;
        double[] y = s.y;
        boolean[] dead = s.diverged;
        for (int i = from; i < to; i++) {
            if (dead[i]) {
                continue;
            }
            int k = i - from;
            x[i] -= eta * w.gx[k];
            y[i] -= eta * w.gy[k];
        }
    }

    /** The same step over d coordinates. */
    @Override
    public Optional<VectorStep> inDimensions() {
        return Optional.of(GradientDescent::vectorStep);
    }

    private static void vectorStep(VectorLandscape f, Params p, long t, ParticleArrays s, int from, int to,
            VectorWorkspace w) {
        w.gradient(f, s, from, to);
        double eta = p.eta();
        boolean[] dead = s.diverged;
        for (int k = 0; k < s.dimension; k++) {
            double[] x = s.coords[k];
            double[] g = w.g[k];
            for (int i = from; i < to; i++) {
                if (!dead[i]) {
                    x[i] -= eta * g[i - from];
                }
            }
        }
    }
}
