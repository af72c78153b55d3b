package org.basinscope.engine.chaos;

import org.basinscope.engine.dynamics.Dynamics;
import org.basinscope.engine.dynamics.ParticleArrays;
import org.basinscope.engine.dynamics.Params;
import org.basinscope.engine.dynamics.Workspace;
import org.basinscope.engine.landscape.Landscape;

/**
 * The Lyapunov exponent of a noisy dynamics measured with common noise: two copies, a distance δ
 * apart, driven by the same random numbers (the second particle's stream is a copy of the first's).
 * Negative: the noise synchronises them (trajectories forget their start — contraction); positive:
 * they scatter. Every {@code every} steps the separation is measured, its log-growth accumulated, and
 * the second copy pulled back to distance δ along the same direction (Benettin's renormalisation).
 */
public final class SharedNoiseExponent {
    private SharedNoiseExponent() {
    }

    /** @return the exponent per step (natural log); NaN if a copy diverged */
    public static double compute(Landscape f, Dynamics d, Params p, double[] start, long seed, long discard,
            long steps, int every, double delta) {
        ParticleArrays s = new ParticleArrays(2, f.dimension(), d.auxiliaryArrays());
        s.reset(start, seed);
        // Same noise for both: copy particle 0's stream into particle 1.
        s.seeds[1] = s.seeds[0];
        s.gammas[1] = s.gammas[0];
        s.x[1] += delta;
        Workspace w = new Workspace(2);
        d.start(f, p, s, 0, 2, w);
        long t = 1;
        for (; t <= discard; t++) {
            d.step(f, p, t, s, 0, 2, w);
            if (renormalise(s, delta) < 0) {
                return Double.NaN;
            }
        }
        double sum = 0;
        long measured = 0;
        for (long k = 1; k <= steps; k++, t++) {
            d.step(f, p, t, s, 0, 2, w);
            if (k % every == 0 || k == steps) {
                double r = renormalise(s, delta);
                if (r < 0) {
                    return Double.NaN;
                }
                sum += Math.log(r);
                measured += k % every == 0 ? every : k % every;
            }
        }
        return sum / measured;
    }

    /** Separation / δ, after pulling copy 1 back to distance δ; −1 if it is not finite. */
    private static double renormalise(ParticleArrays s, double delta) {
        double dx = s.x[1] - s.x[0];
        double dy = s.y[1] - s.y[0];
        double dv = 0;
        for (double[] a : s.aux) {
            dv += (a[1] - a[0]) * (a[1] - a[0]);
        }
        double dist = Math.sqrt(dx * dx + dy * dy + dv);
        if (!Double.isFinite(dist)) {
            return -1;
        }
        if (dist == 0) {
            // Fully synchronised: restart the separation along x.
            s.x[1] = s.x[0] + delta;
            return Double.MIN_NORMAL;
        }
        double scale = delta / dist;
        s.x[1] = s.x[0] + dx * scale;
        s.y[1] = s.y[0] + dy * scale;
        for (double[] a : s.aux) {
            a[1] = a[0] + (a[1] - a[0]) * scale;
        }
        return dist / delta;
    }
}
