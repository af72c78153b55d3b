package org.basinscope.engine.live.dimensional;

import org.basinscope.engine.dynamics.Dynamics;
import org.basinscope.engine.dynamics.Schedule;
import org.basinscope.engine.landscape.VectorLandscape;

/**
 * What a run in d dimensions is made of, apart from the movable parameters: the d-dimensional counterpart of
 * {@link org.basinscope.engine.live.RunConfig} (which holds a planar landscape). The spec strings are what the
 * user chose, kept for display and for the command line that reproduces the run.
 */
public record DimensionalConfig(String landscapeSpec, VectorLandscape landscape, String dynamicsSpec,
        Dynamics dynamics, String gradientSpec, int particles, long seed, double[] start, double spread,
        Schedule schedule) {
    public DimensionalConfig {
        start = start.clone();
        schedule = schedule == null ? Schedule.CONSTANT : schedule;
    }

    @Override
    public double[] start() {
        return start.clone();
    }

    public int dimension() {
        return landscape.dimension();
    }

    public DimensionalConfig withParticles(int n) {
        return new DimensionalConfig(landscapeSpec, landscape, dynamicsSpec, dynamics, gradientSpec, n, seed, start,
                spread, schedule);
    }

    public DimensionalConfig withSeed(long s) {
        return new DimensionalConfig(landscapeSpec, landscape, dynamicsSpec, dynamics, gradientSpec, particles, s,
                start, spread, schedule);
    }
}
