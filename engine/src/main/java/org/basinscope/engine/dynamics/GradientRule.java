package org.basinscope.engine.dynamics;

import java.util.EnumSet;
import java.util.Set;
import org.basinscope.engine.landscape.Landscape;
import org.basinscope.engine.landscape.VectorLandscape;

/**
 * An update rule fed by a {@link GradientSource}: the rule says what a step does with a gradient estimate
 * (momentum, adaptive scaling, a Langevin kick), the source where the estimate comes from. The rule's own
 * per-particle arrays come first in {@code aux}, the source's after them.
 */
abstract class GradientRule implements Dynamics {
    protected final GradientSource source;

    GradientRule(GradientSource source) {
        this.source = source;
    }

    /** The parameters the rule itself reads. */
    protected abstract Set<Param> ruleParameters();

    /** The update, for readouts, e.g. {@code v ← βv − ηĝ, x ← x + v}. */
    protected abstract String rule();

    /** Per-particle arrays of the rule itself. */
    protected int ruleArrays() {
        return 0;
    }

    /** True if the rule adds noise of its own (a Langevin kick). */
    protected boolean ruleNoise() {
        return false;
    }

    /** Prepares the rule's own state (after the source's). */
    protected void startRule(Landscape f, Params p, ParticleArrays s, int from, int to, Workspace w) {
    }

    /**
     * The rule's step in d dimensions (gradients through {@link #estimate(VectorLandscape, Params, ParticleArrays,
     * double[][], int, int, int, VectorWorkspace)}), or null if it has none. Its state is per coordinate
     * ({@link VectorStep#coordinateArrays()}); the per-particle arrays belong to the source.
     */
    protected VectorStep vectorRule() {
        return null;
    }

    /**
     * The rule's d-dimensional step when its source estimates in d dimensions; a source with per-particle state
     * (a minibatch's place in its epoch) gets its arrays and its start around the rule ({@link SourcedStep}).
     */
    @Override
    public final java.util.Optional<VectorStep> inDimensions() {
        VectorStep rule = source.anyDimension() ? vectorRule() : null;
        if (rule == null) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(source.auxiliaryArrays() == 0 ? rule : new SourcedStep(source, rule));
    }

    @Override
    public final GradientSource gradient() {
        return source;
    }

    @Override
    public final Set<Param> parameters() {
        Set<Param> all = EnumSet.noneOf(Param.class);
        all.addAll(ruleParameters());
        all.addAll(source.parameters());
        return all;
    }

    @Override
    public final boolean stochastic() {
        return ruleNoise() || source.stochastic();
    }

    @Override
    public String describe() {
        return source.stochastic() ? rule() + ", ĝ = " + source.describe() : rule();
    }

    @Override
    public final int auxiliaryArrays() {
        return ruleArrays() + source.auxiliaryArrays();
    }

    @Override
    public final void start(Landscape f, Params p, ParticleArrays s, int from, int to, Workspace w) {
        source.start(f, s, ruleArrays(), from, to);
        startRule(f, p, s, from, to, w);
    }

    @Override
    public final String incompatibility(Landscape f) {
        return source.incompatibility(f);
    }

    /** The source's estimates at (x[j], y[j]), j = lo + (i − from), into {@code w.gx, w.gy}. */
    protected final void estimate(Landscape f, Params p, ParticleArrays s, double[] x, double[] y, int lo, int from,
            int to, Workspace w) {
        source.estimate(f, p, s, ruleArrays(), x, y, lo, from, to, w);
    }

    /**
     * The source's estimates in d dimensions at x[k][lo + (i − from)] into {@code w.g}; its per-particle arrays
     * start at aux[0] (d-dimensional rules keep none of their own).
     */
    protected final void estimate(VectorLandscape f, Params p, ParticleArrays s, double[][] x, int lo, int from,
            int to, VectorWorkspace w) {
        source.estimate(f, p, s, SourcedStep.SOURCE_BASE, x, lo, from, to, w);
    }

    /** The rule's map when the source is exact (and the rule adds no noise), else null. */
    protected final DifferentiableMap mapIfDeterministic(DifferentiableMap map) {
        return stochastic() ? null : map;
    }
}
