package org.basinscope.engine.dynamics;

import org.basinscope.engine.random.ParticleStreams;

/**
 * The state of N particles in structure-of-arrays form: positions, the dynamics' own per-particle
 * arrays (velocities, moments, cached forces), one random stream per particle, and a divergence flag.
 * Plain arrays so the hot loops run over primitives with no boxing and no allocation. Not thread-safe
 * as a whole: the ensemble hands disjoint index ranges to different threads.
 */
public final class ParticleArrays {
    public final int size;
    public final int dimension;
    public final double[] x;
    public final double[] y;
    /** {@code aux[k][i]}: the dynamics' k-th per-particle quantity for particle i. */
    public final double[][] aux;
    /** Random stream of particle i: {@code (seeds[i], gammas[i])}, see {@link ParticleStreams}. */
    public final long[] seeds;
    public final long[] gammas;
    public final boolean[] diverged;

    public ParticleArrays(int size, int dimension, int auxArrays) {
        if (dimension != 1 && dimension != 2) {
            throw new IllegalArgumentException("dimension must be 1 or 2, got " + dimension);
        }
        this.size = size;
        this.dimension = dimension;
        this.x = new double[size];
        this.y = new double[size];
        this.aux = new double[auxArrays][size];
        this.seeds = new long[size];
        this.gammas = new long[size];
        this.diverged = new boolean[size];
    }

    /** Every particle at {@code start}, auxiliary arrays zeroed, streams seeded from {@code seed}. */
    public void reset(double[] start, long seed) {
        java.util.Arrays.fill(x, start[0]);
        java.util.Arrays.fill(y, dimension == 2 ? start[1] : 0.0);
        for (double[] a : aux) {
            java.util.Arrays.fill(a, 0.0);
        }
        java.util.Arrays.fill(diverged, false);
        ParticleStreams.seed(seed, 0, size, seeds, gammas);
    }

    /** Exchanges the complete state (position, auxiliary state, random stream, flag) of particles i and j. */
    public void swap(int i, int j) {
        swap(x, i, j);
        swap(y, i, j);
        for (double[] a : aux) {
            swap(a, i, j);
        }
        long t = seeds[i];
        seeds[i] = seeds[j];
        seeds[j] = t;
        t = gammas[i];
        gammas[i] = gammas[j];
        gammas[j] = t;
        boolean d = diverged[i];
        diverged[i] = diverged[j];
        diverged[j] = d;
    }

    private static void swap(double[] a, int i, int j) {
        double t = a[i];
        a[i] = a[j];
        a[j] = t;
    }
}
