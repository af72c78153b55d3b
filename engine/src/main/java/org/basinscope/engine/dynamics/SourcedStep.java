package org.basinscope.engine.dynamics;

import org.basinscope.engine.landscape.VectorLandscape;

/**
 * A d-dimensional rule together with the per-particle state of its gradient source: the source's arrays are
 * {@code aux[0 …]} ({@link #SOURCE_BASE}), prepared before the rule's own start, as the planar
 * {@link GradientRule#start} does. The rule itself must keep per-coordinate state only.
 */
final class SourcedStep implements VectorStep {
    /** Where a source's per-particle arrays start in d dimensions. */
    static final int SOURCE_BASE = 0;

    private final GradientSource source;
    private final VectorStep rule;

    SourcedStep(GradientSource source, VectorStep rule) {
        if (rule.particleArrays() != 0) {
            throw new IllegalArgumentException("a d-dimensional rule with a stateful source keeps no per-particle "
                    + "arrays of its own");
        }
        this.source = source;
        this.rule = rule;
    }

    @Override
    public int particleArrays() {
        return source.auxiliaryArrays();
    }

    @Override
    public int coordinateArrays() {
        return rule.coordinateArrays();
    }

    @Override
    public void start(VectorLandscape f, Params p, ParticleArrays s, int from, int to, VectorWorkspace w) {
        source.startInDimensions(f, s, SOURCE_BASE, from, to);
        rule.start(f, p, s, from, to, w);
    }

    @Override
    public void step(VectorLandscape f, Params p, long t, ParticleArrays s, int from, int to, VectorWorkspace w) {
        rule.step(f, p, t, s, from, to, w);
    }
}
