package org.basinscope.engine.dynamics;

import java.util.Set;
import org.basinscope.engine.landscape.Landscape;
import org.basinscope.engine.landscape.VectorLandscape;

/** The exact gradient ∇f: deterministic, the full batch of a data set. */
public final class ExactGradient implements GradientSource {
    public static final ExactGradient INSTANCE = new ExactGradient();

    private ExactGradient() {
    }

    @Override
    public String name() {
        return "exact";
    }

    @Override
    public String describe() {
        return "exact ∇f";
    }

    @Override
    public Set<Param> parameters() {
        return Set.of();
    }

    @Override
    public boolean stochastic() {
        return false;
    }

    @Override
    public boolean anyDimension() {
        return true;
    }

    @Override
    public Dynamics descent() {
        return new GradientDescent();
    }

    @Override
    public Dynamics langevin(OverdampedLangevin.Scheme scheme) {
        return new OverdampedLangevin(scheme);
    }

    @Override
    public void estimate(Landscape f, Params p, ParticleArrays s, int base, double[] x, double[] y, int lo, int from,
            int to, Workspace w) {
        f.gradients(x, y, lo, lo + (to - from), w.gx, w.gy);
    }

    @Override
    public void estimate(VectorLandscape f, Params p, ParticleArrays s, int base, double[][] x, int lo, int from,
            int to, VectorWorkspace w) {
        f.gradients(x, lo, lo + (to - from), w.g);
    }

    @Override
    public double[] covariance(Landscape f, Params p, double x, double y) {
        return null;
    }

    @Override
    public double directionalVariance(Params p, double lambda) {
        return 0;
    }

    @Override
    public double temperatureScale(Params p) {
        return 0;
    }

    @Override
    public boolean independentErrors() {
        return true;
    }
}
