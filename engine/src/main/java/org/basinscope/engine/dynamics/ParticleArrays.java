package org.basinscope.engine.dynamics;

import org.basinscope.engine.landscape.VectorLandscape;
import org.basinscope.engine.random.ParticleStreams;
import org.basinscope.engine.spec.InvalidInputException;

/**
 * The state of N particles in structure-of-arrays form: positions, the dynamics' own per-particle
 * arrays (velocities, moments, cached forces), one random stream per particle, and a divergence flag.
 * Plain arrays so the hot loops run over primitives with no boxing and no allocation. Not thread-safe
 * as a whole: the ensemble hands disjoint index ranges to different threads.
 *
 * <p>In d dimensions the positions are N × d: {@code coords[k][i]} is coordinate k of particle i, one array
 * per coordinate, so block loops run over contiguous primitives. {@code x} and {@code y} are
 * {@code coords[0]} and {@code coords[1]} (in 1-D y is a separate array of zeros), so the planar code reads
 * the same arrays it always did. At most {@value #MAX_VALUES} position values (N·d) are held.
 */
public final class ParticleArrays {
    /** The largest N·d. */
    public static final long MAX_VALUES = 50_000_000L;

    public final int size;
    public final int dimension;
    public final double[] x;
    public final double[] y;
    /** {@code coords[k][i]}: coordinate k of particle i (d arrays of N). */
    public final double[][] coords;
    /** {@code aux[k][i]}: the dynamics' k-th per-particle quantity for particle i (planar rules). */
    public final double[][] aux;
    /** {@code coordinateAux[a][k][i]}: a d-dimensional rule's a-th per-coordinate quantity (velocity k of i). */
    public final double[][][] coordinateAux;
    /** Random stream of particle i: {@code (seeds[i], gammas[i])}, see {@link ParticleStreams}. */
    public final long[] seeds;
    public final long[] gammas;
    public final boolean[] diverged;

    public ParticleArrays(int size, int dimension, int auxArrays) {
        this(size, dimension, auxArrays, 0);
    }

    /**
     * {@code auxArrays} per-particle arrays for a planar rule, {@code coordinateArrays} per-coordinate ones
     * (each N × d) for a d-dimensional rule. N·d over {@value #MAX_VALUES} is refused in one line.
     */
    public ParticleArrays(int size, int dimension, int auxArrays, int coordinateArrays) {
        if (dimension < 1 || dimension > VectorLandscape.MAX_DIMENSION) {
            throw new InvalidInputException("dimension " + dimension + " is outside the allowed range [1, "
                    + VectorLandscape.MAX_DIMENSION + "]");
        }
        if ((long) size * dimension > MAX_VALUES) {
            throw new InvalidInputException(size + " particles × " + dimension + " dimensions = "
                    + (long) size * dimension + " values is over the limit N·d ≤ 5·10⁷");
        }
        this.size = size;
        this.dimension = dimension;
        this.coords = new double[dimension][size];
        this.x = coords[0];
        this.y = dimension >= 2 ? coords[1] : new double[size];
        this.aux = new double[auxArrays][size];
        this.coordinateAux = new double[coordinateArrays][dimension][size];
        this.seeds = new long[size];
        this.gammas = new long[size];
        this.diverged = new boolean[size];
    }

    /** Every particle at {@code start}, auxiliary arrays zeroed, streams seeded from {@code seed}. */
    public void reset(double[] start, long seed) {
        for (int k = 0; k < dimension; k++) {
            java.util.Arrays.fill(coords[k], start[k]);
        }
        if (dimension == 1) {
            java.util.Arrays.fill(y, 0.0);
        }
        for (double[] a : aux) {
            java.util.Arrays.fill(a, 0.0);
        }
        for (double[][] a : coordinateAux) {
            for (double[] column : a) {
                java.util.Arrays.fill(column, 0.0);
            }
        }
        java.util.Arrays.fill(diverged, false);
        ParticleStreams.seed(seed, 0, size, seeds, gammas);
    }

    /** Exchanges the complete state (position, auxiliary state, random stream, flag) of particles i and j. */
    public void swap(int i, int j) {
        for (double[] c : coords) {
            swap(c, i, j);
        }
        if (dimension == 1) {
            swap(y, i, j);
        }
        for (double[] a : aux) {
            swap(a, i, j);
        }
        for (double[][] a : coordinateAux) {
            for (double[] column : a) {
                swap(column, i, j);
            }
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
