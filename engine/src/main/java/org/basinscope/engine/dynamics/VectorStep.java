package org.basinscope.engine.dynamics;

import org.basinscope.engine.landscape.VectorLandscape;

/**
 * A rule's step in d dimensions, over particles stored N × d ({@link ParticleArrays#coords}); what a
 * {@link Dynamics} offers through {@link Dynamics#inDimensions()}.
 *
 * <p>Rules as for {@link Dynamics#step}: no allocation; random numbers only from the particle's own stream,
 * coordinate 0, 1, … in order for each particle, so that for d ≤ 2 a particle draws exactly what the planar
 * step draws and the run has the same bits (VectorPathTest checks it); skip diverged particles. Per-coordinate
 * state (velocities, moments) lives in {@link ParticleArrays#coordinateAux}.
 */
public interface VectorStep {

    /** Per-particle arrays the rule keeps in {@link ParticleArrays#aux} (a count, a cached loss). */
    default int particleArrays() {
        return 0;
    }

    /** Per-coordinate arrays the rule keeps (each N × d). */
    default int coordinateArrays() {
        return 0;
    }

    /** Prepares the per-coordinate state of particles {@code [from, to)} at their current positions. */
    default void start(VectorLandscape f, Params p, ParticleArrays s, int from, int to, VectorWorkspace w) {
    }

    /** Advances particles {@code [from, to)} by one step; {@code t} is the 1-based step since the start. */
    void step(VectorLandscape f, Params p, long t, ParticleArrays s, int from, int to, VectorWorkspace w);

    /** The steps of {@link #step}'s signature, for {@link #withArrays}. */
    @FunctionalInterface
    interface Body {
        void step(VectorLandscape f, Params p, long t, ParticleArrays s, int from, int to, VectorWorkspace w);
    }

    /** A rule with {@code arrays} per-coordinate arrays (zeroed at the start, nothing else prepared). */
    static VectorStep withArrays(int arrays, Body body) {
        return new VectorStep() {
            @Override
            public int coordinateArrays() {
                return arrays;
            }

            @Override
            public void step(VectorLandscape f, Params p, long t, ParticleArrays s, int from, int to,
                    VectorWorkspace w) {
                body.step(f, p, t, s, from, to, w);
            }
        };
    }
}
