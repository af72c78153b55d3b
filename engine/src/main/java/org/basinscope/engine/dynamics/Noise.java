package org.basinscope.engine.dynamics;

import org.basinscope.engine.simd.Kernels;

/**
 * Draws the standard normals of one step for a block of particles into {@code w.nx} (and
 * {@code w.ny} in 2-D), from each particle's own stream in a fixed order (x then y). Drawing first and updating after keeps the update
 * loops free of the generator's branches, and lets the draws run several particles at a time ({@link Kernels}).
 * Diverged particles draw nothing.
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
        Kernels.active().normals(s.seeds, s.gammas, s.diverged, from, to, w.normals, s.dimension);
    }
}
