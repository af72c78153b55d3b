package org.basinscope.engine.dynamics;

import org.basinscope.engine.random.Gaussian;

/**
 * Draws the standard normals of one step for a block of particles into {@code w.nx} (and
 * {@code w.ny} in 2-D), from each particle's own stream in a fixed order (x then y). Drawing first and updating after keeps the update loops free of the
 * generator's branches, so the JIT compiles them to straight arithmetic. Diverged particles draw
 * nothing.
 */
final class Noise {
    private Noise() {
    }

    /** The covariance {2ηT, 0, 2ηT} of a Langevin step's noise √(2ηT) ξ. */
    static double[] langevinStep(Params p) {
        double v = 2 * p.eta() * p.temperature();
        return new double[] {v, 0, v};
    }

    static void draw(ParticleArrays s, int from, int to, Workspace w) {
        long[] seeds = s.seeds;
        long[] gammas = s.gammas;
        boolean[] dead = s.diverged;
        double[] nx = w.nx;
        double[] ny = w.ny;
        if (s.dimension == 2) {
            for (int i = from; i < to; i++) {
                if (!dead[i]) {
                    nx[i - from] = Gaussian.next(seeds, gammas, i);
                    ny[i - from] = Gaussian.next(seeds, gammas, i);
                }
            }
        } else {
            for (int i = from; i < to; i++) {
                if (!dead[i]) {
                    nx[i - from] = Gaussian.next(seeds, gammas, i);
                }
            }
        }
    }
}
