package org.basinscope.engine.live.probe;

import org.basinscope.engine.chaos.PermutationEntropy;
import org.basinscope.engine.live.Trails;

/**
 * The recent paths of the first few particles, recorded every step by a step observer on the ensemble
 * (the trails on the landscape, the phase portrait, the return map).
 */
public final class TrailsProbe implements LiveProbe<TrailsProbe.Paths> {
    /** Particles followed. */
    public static final int COUNT = 4;
    /** Points kept per particle. */
    public static final int LENGTH = 400;
    /** Order of the permutation entropy of particle 0's path. */
    private static final int ENTROPY_ORDER = 4;

    /**
     * Paths of the followed particles, oldest point first (NaN after a particle diverged).
     *
     * @param x                  x[p][k] of particle p
     * @param y                  y (0 in 1-D)
     * @param v                  the x-velocity, NaN when the dynamics has none
     * @param permutationEntropy normalised permutation entropy (order 4) of particle 0's recent x:
     *                           0 periodic … 1 noise (a model-free chaos indicator)
     */
    public record Paths(double[][] x, double[][] y, double[][] v, double permutationEntropy) {
        /** Particles followed. */
        public int count() {
            return x.length;
        }
    }

    private Trails trails;

    @Override
    public void configure(LiveRun run) {
        var c = run.config();
        trails = new Trails(Math.min(COUNT, c.particles()), LENGTH, c.dynamics().velocityIndex());
        run.ensemble().setObserver(trails);
    }

    @Override
    public void restart(LiveRun run) {
        trails.restart(run.particles());
    }

    @Override
    public Paths result(LiveRun run) {
        double[][][] t = trails.copy();
        double entropy = PermutationEntropy.of(t[0][0], t[0][0].length, ENTROPY_ORDER);
        return new Paths(t[0], t[1], t[2], entropy);
    }
}
