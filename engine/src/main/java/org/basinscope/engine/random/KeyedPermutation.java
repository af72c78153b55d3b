package org.basinscope.engine.random;

/**
 * A random permutation of {0, …, n−1} given by a 64-bit key, evaluated one position at a time with no
 * memory: a four-round Feistel network on the smallest even number of bits covering n, with cycle
 * walking (re-apply until the value falls below n). A minibatch sampler keeps only (key, position) per
 * particle instead of an n-element shuffled index array, and successive positions under one key visit
 * every index exactly once (sampling without replacement).
 */
public final class KeyedPermutation {
    private KeyedPermutation() {
    }

    /** The image of {@code position} (0 ≤ position &lt; n) under the permutation of {@code key}. */
    public static int apply(int position, long key, int n) {
        if (n <= 1) {
            return 0;
        }
        int bits = 64 - Long.numberOfLeadingZeros(n - 1L);
        int half = (bits + 1) / 2;
        int mask = (1 << half) - 1;
        int v = position;
        do {
            int left = v >>> half;
            int right = v & mask;
            for (int round = 0; round < 4; round++) {
                int f = (int) ParticleStreams.mix64(key + (round + 1) * 0x9e3779b97f4a7c15L + right) & mask;
                int next = left ^ f;
                left = right;
                right = next;
            }
            v = (left << half) | right;
        } while (v >= n);
        return v;
    }
}
