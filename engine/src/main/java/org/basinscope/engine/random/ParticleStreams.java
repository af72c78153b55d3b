package org.basinscope.engine.random;

/**
 * One independent random stream per particle, stored as two {@code long} arrays (structure of arrays).
 *
 * <p>The generator is SplitMix64 with a per-stream odd increment ("gamma"), the algorithm of
 * {@link java.util.SplittableRandom} (Steele, Lea &amp; Flood, OOPSLA 2014). Stream {@code i} of seed
 * {@code s} is exactly the {@code (i+1)}-th {@code split()} of a root generator seeded from {@code s}, so
 * it depends on (seed, particle index) only: the same particle draws the same numbers whatever the
 * number of particles, threads or chunks. Distinct gammas make the streams distinct sequences rather
 * than shifted copies of one.
 */
public final class ParticleStreams {
    private static final long GOLDEN_GAMMA = 0x9e3779b97f4a7c15L;

    private ParticleStreams() {
    }

    /** Initialises streams {@code from..to-1} (particle indices) for the given seed. */
    public static void seed(long seed, int from, int to, long[] state, long[] gamma) {
        long root = mix64(seed ^ 0x6a09e667f3bcc909L);
        for (int i = from; i < to; i++) {
            long s1 = root + (2L * i + 1) * GOLDEN_GAMMA;
            long s2 = root + (2L * i + 2) * GOLDEN_GAMMA;
            state[i] = mix64(s1);
            gamma[i] = mixGamma(s2);
        }
    }

    /** The next 64 random bits of stream {@code i}. */
    public static long nextLong(long[] state, long[] gamma, int i) {
        long s = state[i] + gamma[i];
        state[i] = s;
        return mix64(s);
    }

    /** Uniform in (0, 1]: never 0, so {@code log} of it is finite. */
    public static double nextOpenUniform(long[] state, long[] gamma, int i) {
        return ((nextLong(state, gamma, i) >>> 11) + 1) * 0x1.0p-53;
    }

    /** Uniform in [0, 1). */
    public static double nextUniform(long[] state, long[] gamma, int i) {
        return (nextLong(state, gamma, i) >>> 11) * 0x1.0p-53;
    }

    /** A uniform in [0, 1) from (seed, index, channel) alone, outside every stream (start scatter). */
    public static double hashUniform(long seed, int index, int channel) {
        long h = mix64(mix64(seed ^ 0x243f6a8885a308d3L) + index * GOLDEN_GAMMA + channel * 0x13198a2e03707344L);
        return (h >>> 11) * 0x1.0p-53;
    }

    /**
     * The seed of one run of a sweep: replicate {@code replicate} at grid point {@code point} (its flat
     * row-major index) of a sweep with seed {@code seed}. The value is a chain of SplitMix64 finalisers,
     * h₀ = mix64(seed ⊕ c), h₁ = mix64(h₀ + (point + 1)·γ), h = mix64(h₁ + (replicate + 1)·γ) with γ the
     * golden gamma, so it depends on these three numbers only — not on the engine that runs the point,
     * the partitioning, the order or a retry. Each step is a bijection of 64-bit words, so for one seed
     * and point the replicates' seeds are distinct.
     */
    public static long derive(long seed, long point, long replicate) {
        long h = mix64(seed ^ 0x452821e638d01377L);
        h = mix64(h + (point + 1) * GOLDEN_GAMMA);
        return mix64(h + (replicate + 1) * GOLDEN_GAMMA);
    }

    /** Stafford's "mix13" finaliser, as in SplittableRandom. */
    public static long mix64(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    /** An odd increment with enough bit transitions, as in SplittableRandom.mixGamma. */
    static long mixGamma(long z) {
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
        z = (z ^ (z >>> 33)) | 1L;
        int n = Long.bitCount(z ^ (z >>> 1));
        return (n < 24) ? z ^ 0xaaaaaaaaaaaaaaaaL : z;
    }
}
