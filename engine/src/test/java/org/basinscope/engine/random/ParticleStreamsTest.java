package org.basinscope.engine.random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ParticleStreamsTest {

    @Test
    void streamIIsTheIPlusFirstSplitOfSplittableRandom() {
        long seed = 42;
        long[] s = new long[50];
        long[] g = new long[50];
        ParticleStreams.seed(seed, 0, 50, s, g);
        SplittableRandom root = new SplittableRandom(ParticleStreams.mix64(seed ^ 0x6a09e667f3bcc909L));
        for (int i = 0; i < 50; i++) {
            SplittableRandom child = root.split();
            for (int k = 0; k < 5; k++) {
                assertEquals(child.nextLong(), ParticleStreams.nextLong(s, g, i), "stream " + i + " draw " + k);
            }
        }
    }

    @Test
    void aStreamDependsOnlyOnSeedAndIndex() {
        long[] s1 = new long[10];
        long[] g1 = new long[10];
        long[] s2 = new long[1000];
        long[] g2 = new long[1000];
        ParticleStreams.seed(3, 0, 10, s1, g1);
        ParticleStreams.seed(3, 0, 1000, s2, g2);
        assertArrayEquals(s1, java.util.Arrays.copyOf(s2, 10));
        assertArrayEquals(g1, java.util.Arrays.copyOf(g2, 10));
        long[] s3 = new long[10];
        long[] g3 = new long[10];
        ParticleStreams.seed(4, 0, 10, s3, g3);
        assertNotEquals(s1[0], s3[0]);
    }

    @Test
    void uniformsStayInTheirIntervals() {
        long[] s = new long[1];
        long[] g = new long[1];
        ParticleStreams.seed(1, 0, 1, s, g);
        for (int k = 0; k < 100_000; k++) {
            double u = ParticleStreams.nextUniform(s, g, 0);
            double v = ParticleStreams.nextOpenUniform(s, g, 0);
            org.junit.jupiter.api.Assertions.assertTrue(u >= 0 && u < 1 && v > 0 && v <= 1);
        }
    }
}
