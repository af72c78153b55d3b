package org.basinscope.engine.simd;

/**
 * The per-particle loops every step runs, in one place so that they can have a vectorised implementation
 * beside the plain one. Both give the same bits: the vectorised loops do the same IEEE operations in the
 * same order on each particle (the ziggurat's integer test, one multiply and one subtraction per update),
 * and each particle draws from its own stream, so working on several particles at once changes nothing
 * any particle sees.
 */
public interface Kernels {
    /**
     * {@code count} standard normals for each live particle of {@code [from, to)}, the k-th into
     * {@code out[k][i − from]}, drawn in the order k = 0, 1, … from the particle's own stream by
     * {@link org.basinscope.engine.random.Gaussian#next}; diverged particles draw nothing and their entries are
     * left as they are.
     */
    void normals(long[] state, long[] gamma, boolean[] dead, int from, int to, double[][] out, int count);

    /** x[i] += σ·n[i − from] − η·g[i − from] for each live particle: an Euler–Maruyama (or noisy SGD) update. */
    void noisyStep(double[] x, double[] g, double[] n, boolean[] dead, int from, int to, double eta, double sigma);

    /** Flags particles whose coordinate in {@code x} is NaN or beyond ±{@code bound}; never clears a flag. */
    void flagOutside(double[] x, boolean[] dead, int from, int to, double bound);

    /** The name shown by {@code bench} and in the README's table: {@code "scalar"} or the vector shape. */
    String describe();

    /** The loops this run uses: the vectorised ones where the JDK offers them (see {@link Simd}). */
    static Kernels active() {
        return Simd.kernels();
    }
}
