package org.basinscope.engine.chaos;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.basinscope.engine.dynamics.DynamicsCatalog;
import org.basinscope.engine.dynamics.Params;
import org.basinscope.engine.ensemble.BlockRunner;
import org.basinscope.engine.landscape.LandscapeCatalog;
import org.junit.jupiter.api.Test;

class BasinAndEntropyTest {

    @Test
    void gdBasinsOfTheDoubleWellSplitAtTheBarrier() {
        // Starts at cell centres of [−2, 1] (3000 cells): those left of 0 go to −1, right of 0 to +1.
        var r = BasinMap.compute(LandscapeCatalog.create("double-well"), DynamicsCatalog.create("gd"),
                Params.DEFAULT.withEta(0.1), new double[] {-2, 1, 0, 0}, 3000, 1, 2000, 1, 1, BlockRunner.allCores());
        assertEquals(2, r.attractors().size());
        int left = r.attractors().get(0)[0] < 0 ? 0 : 1;
        assertEquals(-1, r.attractors().get(left)[0], 1e-6);
        assertEquals(2.0 / 3, r.fraction(left), 1e-12);
        assertEquals(1.0 / 3, r.fraction(1 - left), 1e-12);
        assertEquals(0, r.fraction(BasinMap.DIVERGED));
    }

    @Test
    void twoDimensionalBasinsAreSymmetricAndTheSameForAnyThreadCount() {
        var f = LandscapeCatalog.create("double-well:dim=2");
        var one = BasinMap.compute(f, DynamicsCatalog.create("momentum"), Params.DEFAULT.withEta(0.05).withMomentum(0.8),
                new double[] {-2, 2, -1.5, 1.5}, 60, 40, 3000, 1, 1, new BlockRunner(1));
        var two = BasinMap.compute(f, DynamicsCatalog.create("momentum"), Params.DEFAULT.withEta(0.05).withMomentum(0.8),
                new double[] {-2, 2, -1.5, 1.5}, 60, 40, 3000, 1, 1, new BlockRunner(2));
        assertArrayEquals(one.labels(), two.labels());
        assertEquals(2, one.attractors().size());
        // Momentum overshoots: basins interleave, but the landscape is symmetric under x → −x.
        assertEquals(0.5, one.fraction(0), 1e-12);
    }

    @Test
    void largeStepsDivergeAndAreLabelledSo() {
        var r = BasinMap.compute(LandscapeCatalog.create("double-well"), DynamicsCatalog.create("gd"),
                Params.DEFAULT.withEta(0.5), new double[] {-3, 3, 0, 0}, 600, 1, 500, 1, 1, BlockRunner.allCores());
        // Far from the wells f' ~ x³ and a step of 0.5 overshoots without bound (|x| ≳ 2 here).
        assertTrue(r.fraction(BasinMap.DIVERGED) > 0.2, "diverged " + r.fraction(BasinMap.DIVERGED));
        double total = r.fraction(BasinMap.DIVERGED) + r.fraction(BasinMap.NOT_CONVERGED);
        for (int a = 0; a < r.attractors().size(); a++) {
            total += r.fraction(a);
        }
        assertEquals(1, total, 1e-12);
    }

    @Test
    void noisyBasinsAreProbabilitiesThatSumToOnePerStart() {
        var r = BasinMap.compute(LandscapeCatalog.create("double-well"), DynamicsCatalog.create("langevin"),
                Params.DEFAULT.withEta(0.01).withTemperature(0.03), new double[] {-1.2, 1.2, 0, 0}, 31, 1, 300, 40, 5,
                BlockRunner.allCores());
        assertEquals(2, r.attractors().size());
        double[] p0 = r.probability(0);
        double[] p1 = r.probability(1);
        for (int s = 0; s < p0.length; s++) {
            assertEquals(1, p0[s] + p1[s] + r.probability(BasinMap.DIVERGED)[s], 1e-12);
        }
        // Starts low in a well stay there (at T = 0.03 Kramers' escape time is 2π/√2·e^(0.25/0.03) ≈ 2·10⁴,
        // far beyond these 3 time units); the start on the barrier top (cell 15 of 31, x = 0) splits.
        int leftWell = r.attractors().get(0)[0] < 0 ? 0 : 1;
        assertEquals(1, r.probability(leftWell)[0], 1e-12);
        assertEquals(0, r.probability(leftWell)[30], 1e-12);
        double middle = r.probability(leftWell)[15];
        assertTrue(middle > 0.2 && middle < 0.8, "the barrier top splits: " + middle);
    }

    @Test
    void permutationEntropySeparatesCyclesChaosAndNoise() {
        int n = 20_000;
        double[] cycle = new double[n];
        double[] chaos = new double[n];
        double[] noise = new double[n];
        double x = 0.3;
        var random = new java.util.SplittableRandom(3);
        for (int i = 0; i < n; i++) {
            cycle[i] = i % 2 == 0 ? 0.8 : 0.5;
            x = 4 * x * (1 - x);
            chaos[i] = x;
            noise[i] = random.nextDouble();
        }
        double hc = PermutationEntropy.of(cycle, n, 4);
        double hx = PermutationEntropy.of(chaos, n, 4);
        double hn = PermutationEntropy.of(noise, n, 4);
        // A period-2 orbit shows 2 of the 24 patterns, about equally often: ln 2 / ln 24 = 0.218.
        assertEquals(Math.log(2) / Math.log(24), hc, 1e-6);
        assertTrue(hx > 0.4 && hx < 0.9, "logistic r = 4 forbids some patterns: " + hx);
        // White noise: all 24 patterns equally likely; with 2·10⁴ windows the deficit is about 23/(2n·ln 24) ≈ 2e-4.
        assertEquals(1, hn, 0.005);
    }
}
