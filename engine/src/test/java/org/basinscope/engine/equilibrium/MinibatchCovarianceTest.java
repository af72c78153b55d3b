package org.basinscope.engine.equilibrium;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.basinscope.engine.dynamics.DynamicsCatalog;
import org.basinscope.engine.dynamics.MinibatchGradient;
import org.basinscope.engine.dynamics.MinibatchSgd;
import org.basinscope.engine.dynamics.Params;
import org.basinscope.engine.ensemble.BlockRunner;
import org.basinscope.engine.ensemble.Ensemble;
import org.basinscope.engine.landscape.LandscapeCatalog;
import org.basinscope.engine.landscape.Regression;
import org.basinscope.engine.random.KeyedPermutation;
import org.basinscope.engine.spec.InvalidInputException;
import org.junit.jupiter.api.Test;

/** Real minibatches on linear regression against the exact and the small-η stationary covariance. */
class MinibatchCovarianceTest {
    private static final Regression DATA = (Regression) LandscapeCatalog.create("linear-regression");

    @Test
    void theLeastSquaresPointIsTheMinimumOfTheLoss() {
        double[] t = DATA.leastSquares();
        double[] g = new double[2];
        DATA.gradient(t[0], t[1], g);
        assertEquals(0, g[0], 1e-12);
        assertEquals(0, g[1], 1e-12);
        // The data were generated around θ* = (1, −0.5); with noise 0.5 and n = 100, θ̂ is within ~0.05·4.
        assertEquals(1, t[0], 0.2);
        assertEquals(-0.5, t[1], 0.2);
    }

    @Test
    void keyedPermutationsVisitEveryIndexOnce() {
        for (int n : new int[] {1, 2, 3, 7, 100, 1000, 4097}) {
            for (long key : new long[] {0, 1, -7, 0x123456789abcdefL}) {
                boolean[] seen = new boolean[n];
                for (int k = 0; k < n; k++) {
                    int v = KeyedPermutation.apply(k, key, n);
                    assertTrue(v >= 0 && v < n && !seen[v], "n = " + n + ", position " + k + " → " + v);
                    seen[v] = true;
                }
            }
        }
    }

    /** Second moments about θ̂ of the particles: {c_xx, c_xy, c_yy}. */
    private static double[] covariance(Ensemble e) {
        double[] t = DATA.leastSquares();
        double[] x = e.particles().x;
        double[] y = e.particles().y;
        double[] c = new double[3];
        for (int i = 0; i < x.length; i++) {
            double dx = x[i] - t[0];
            double dy = y[i] - t[1];
            c[0] += dx * dx;
            c[1] += dx * dy;
            c[2] += dy * dy;
        }
        for (int k = 0; k < 3; k++) {
            c[k] /= x.length;
        }
        return c;
    }

    private static Ensemble run(String dynamics, double eta, int batch, int n, int steps) {
        Params p = Params.DEFAULT.withEta(eta).withBatch(batch);
        Ensemble e = new Ensemble(DATA, DynamicsCatalog.create(dynamics), p, n, 21, DATA.leastSquares(),
                BlockRunner.allCores());
        e.advance(steps);
        return e;
    }

    @Test
    void independentMinibatchesMatchTheExactAndTheSmallEtaCovariance() {
        // η = 0.02, B = 10 of n = 100. The slowest mode of C decays like (1 − ηλmin)^{2k}, λmin ≈ 0.8:
        // 1200 steps leave < e^{−35}. 20 000 particles: standard error √((c_ii c_jj + c_ij²)/N) ≈ 1% of c_ii.
        int n = 20_000;
        Ensemble e = run("minibatch:sampling=independent", 0.02, 10, n, 1200);
        double[] measured = covariance(e);
        double[] exact = MinibatchCovariance.discrete(DATA, 0.02, 10);
        double[] se = {Math.sqrt(2 * exact[0] * exact[0] / n), Math.sqrt((exact[0] * exact[2] + exact[1] * exact[1]) / n),
            Math.sqrt(2 * exact[2] * exact[2] / n)};
        for (int k = 0; k < 3; k++) {
            assertEquals(exact[k], measured[k], 4.5 * se[k], "exact entry " + k + ": " + Arrays.toString(measured)
                    + " vs " + Arrays.toString(exact));
        }
        // The Lyapunov equation HC + CH = η c_B S drops O(ηλ) ≈ 2–3% here.
        double[] small = MinibatchCovariance.continuous(DATA, 0.02, 10);
        for (int k = 0; k < 3; k++) {
            assertEquals(small[k], measured[k], 0.04 * Math.abs(small[k]) + 4.5 * se[k], "small-η entry " + k);
        }
    }

    @Test
    void reshuffledEpochsGiveATighterCloudThanIndependentBatches() {
        // Within an epoch the batches partition the data and their noise sums to zero (at fixed θ), so
        // random reshuffling diffuses less than independent batches with the same per-step covariance.
        Ensemble epoch = run("minibatch", 0.02, 10, 10_000, 1200);
        double[] independent = MinibatchCovariance.discrete(DATA, 0.02, 10);
        double[] c = covariance(epoch);
        double ratio = (c[0] + c[2]) / (independent[0] + independent[2]);
        System.out.printf("minibatch: reshuffled/independent spread at η = 0.02, B = 10: %.3f%n", ratio);
        assertTrue(ratio < 0.5, "reshuffled / independent spread = " + ratio);
    }

    @Test
    void fullBatchIsGradientDescent() {
        // B ≥ n: every step uses all examples, the noise vanishes and the particles sit at θ̂.
        Ensemble e = run("minibatch", 0.1, 100, 10, 50);
        double[] t = DATA.leastSquares();
        for (int i = 0; i < 10; i++) {
            assertEquals(t[0], e.particles().x[i], 1e-12);
            assertEquals(t[1], e.particles().y[i], 1e-12);
        }
    }

    @Test
    void runsAreTheSameForAnyThreadCount() {
        Params p = Params.DEFAULT.withEta(0.05).withBatch(7);
        double[][] out = new double[2][];
        for (int k = 0; k < 2; k++) {
            Ensemble e = new Ensemble(DATA, new MinibatchSgd(MinibatchGradient.Sampling.EPOCH), p, 3000, 5, new double[] {0, 0},
                    new BlockRunner(k == 0 ? 1 : 3));
            e.advance(120);
            out[k] = e.particles().x.clone();
        }
        assertEquals(Arrays.toString(out[0]), Arrays.toString(out[1]));
    }

    @Test
    void minibatchSgdOnAnAnalyticLandscapeIsRefusedWithTheReason() {
        var ex = assertThrows(InvalidInputException.class, () -> new Ensemble(LandscapeCatalog.create("double-well"),
                DynamicsCatalog.create("minibatch"), Params.DEFAULT, 10, 1, new double[] {0}, new BlockRunner(1)));
        assertTrue(ex.getMessage().contains("linear-regression"), ex.getMessage());
    }

    @Test
    void sgldAddsTheInjectedNoiseToTheMinibatchNoise() {
        // SGLD with independent batches: C = A C A + η² c_B (S + M(C)) + 2ηT·I, exactly.
        int n = 20_000;
        Params p = Params.DEFAULT.withEta(0.02).withBatch(10).withTemperature(0.005);
        Ensemble e = new Ensemble(DATA, DynamicsCatalog.create("sgld:sampling=independent"), p, n, 4, DATA.leastSquares(),
                BlockRunner.allCores());
        e.advance(1200);
        double[] measured = covariance(e);
        double[] exact = MinibatchCovariance.discrete(DATA, 0.02, 10, 0.005);
        double[] se = {Math.sqrt(2 * exact[0] * exact[0] / n), Math.sqrt((exact[0] * exact[2] + exact[1] * exact[1]) / n),
            Math.sqrt(2 * exact[2] * exact[2] / n)};
        for (int k = 0; k < 3; k++) {
            assertEquals(exact[k], measured[k], 4.5 * se[k], "entry " + k);
        }
        // The injected part dominates here: without it the cloud would be several times tighter.
        double[] sgd = MinibatchCovariance.discrete(DATA, 0.02, 10);
        assertTrue(exact[0] > 2 * sgd[0], exact[0] + " vs " + sgd[0]);
    }
}
