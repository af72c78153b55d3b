package org.basinscope.engine.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.basinscope.engine.dynamics.ParticleArrays;
import org.basinscope.engine.landscape.Mixture;
import org.junit.jupiter.api.Test;

/** Basins of d-dimensional end points by descent and counting, on Gaussian mixtures whose basins are known. */
class EndPointBasinsTest {

    /**
     * Three equal wells on the θ₁ axis at −4, 0, 4 in d = 10: ∇f = θ − Σₖ pₖμₖ and the softmax pₖ sees only θ₁
     * (every μₖ is 0 in the other coordinates), so θ₁ descends on its own and the basin boundaries are the maxima
     * of f along θ₁, at ±2 up to e^{−16} (the far well's pull). 600 points with θ₁ on a grid in [−7, 7] kept 0.3
     * away from ±2, the rest standard normal: every one must land in the basin of the nearest well along θ₁,
     * the minima within 10⁻² of μₖ (the neighbours shift the outer ones by about 4e^{−8}).
     */
    @Test
    void wellsOnALineHaveTheirBasinsBetweenTheMidpoints() {
        Mixture f = new Mixture(10, 3, 4, 1, 1, "line", 1);
        int n = 600;
        ParticleArrays cloud = new ParticleArrays(n, 10, 0);
        Random r = new Random(3);
        int[] expected = new int[3];
        for (int i = 0; i < n; i++) {
            double t;
            do {
                t = -7 + 14 * r.nextDouble();
            } while (Math.abs(Math.abs(t) - 2) < 0.3);
            cloud.coords[0][i] = t;
            for (int c = 1; c < 10; c++) {
                cloud.coords[c][i] = r.nextGaussian();
            }
            expected[t < -2 ? 0 : t < 2 ? 1 : 2]++;
        }
        EndPointBasins b = EndPointBasins.of(f, cloud, 1e-3);
        assertEquals(3, b.basins().size(), b.toString());
        assertEquals(0, b.unconverged());
        for (EndPointBasins.Basin basin : b.basins()) {
            int k = (int) Math.round(basin.minimum()[0] / 4) + 1;
            double[] mu = f.centre(k);
            for (int c = 0; c < 10; c++) {
                assertEquals(mu[c], basin.minimum()[c], 1e-2, "mode " + k + " coordinate " + c);
            }
            assertEquals(expected[k], basin.count(), "particles in the basin of mode " + k);
        }
    }

    /**
     * Five wells on a sphere of radius 6 in d = 20 (directions from seed 2; pairwise at least 6 apart here):
     * 40 points around each centre, N(0, 0.3²) per coordinate (about 1.3 from it), descend into that centre's
     * basin, and a diverged particle is counted apart.
     */
    @Test
    void wellsOnASphereCollectThePointsAroundThem() {
        Mixture f = new Mixture(20, 5, 6, 1, 1, "sphere", 2);
        int n = 201;
        ParticleArrays cloud = new ParticleArrays(n, 20, 0);
        Random r = new Random(5);
        for (int i = 0; i < 200; i++) {
            double[] mu = f.centre(i % 5);
            for (int c = 0; c < 20; c++) {
                cloud.coords[c][i] = mu[c] + 0.3 * r.nextGaussian();
            }
        }
        cloud.diverged[200] = true;
        EndPointBasins b = EndPointBasins.of(f, cloud, 1e-3);
        assertEquals(5, b.basins().size());
        assertEquals(1, b.diverged());
        for (int k = 0; k < 5; k++) {
            EndPointBasins.Basin basin = b.basins().get(k);
            double[] mu = f.centre(k);
            double dist = 0;
            for (int c = 0; c < 20; c++) {
                dist += (mu[c] - basin.minimum()[c]) * (mu[c] - basin.minimum()[c]);
            }
            assertEquals(0, Math.sqrt(dist), 1e-2, "mode " + k);
            assertEquals(40, basin.count(), "mode " + k);
        }
    }
}
