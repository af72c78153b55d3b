package org.basinscope.engine.chaos;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.basinscope.engine.dynamics.DynamicsCatalog;
import org.basinscope.engine.dynamics.Params;
import org.basinscope.engine.ensemble.BlockRunner;
import org.basinscope.engine.formula.Formula;
import org.basinscope.engine.landscape.LandscapeCatalog;
import org.basinscope.engine.spec.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BifurcationTest {
    private static final BlockRunner RUNNER = BlockRunner.allCores();

    /** The logistic map r x(1 − x) as GD with η = 1 on (1 − r)x²/2 + r x³/3. */
    private static Bifurcation.Result logistic(double r) {
        var f = Formula.compile("(1-" + r + ")*x^2/2 + " + r + "*x^3/3");
        return Bifurcation.sweep(f, DynamicsCatalog.create("gd"), Params.DEFAULT, 1, 2, 1, new double[] {0.3},
                20_000, 512, 1e-6, RUNNER);
    }

    @ParameterizedTest(name = "r = {0}: period {1}")
    @CsvSource({"2.8, 1", "3.2, 2", "3.449, 2", "3.5, 4", "3.56, 8", "4.0, 0"})
    void periodsOfTheLogisticMap(double r, int period) {
        // Period doubling at r = 3, 1 + √6 ≈ 3.449, 3.544, 3.564...; chaos at r = 4.
        assertEquals(period, logistic(r).period()[0]);
    }

    @ParameterizedTest(name = "r = {0}: window of period {1}")
    @CsvSource({"3.83, 3", "3.739, 5", "3.6275, 6", "3.702, 7"})
    void theWindowsOfOddPeriodAreFound(double r, int period) {
        // The periodic windows inside the chaotic band: period 3 for r in (1 + √8, 3.8415), period 5 near 3.739,
        // period 6 near 3.6275, period 7 near 3.702.
        Bifurcation.Result result = logistic(r);
        assertEquals(period, result.period()[0]);
        assertTrue(result.lyapunov()[0] < 0, "a stable cycle: λ = " + result.lyapunov()[0]);
    }

    @Test
    void theCommandLinesShortTransientFindsPeriodThreeToo() {
        // The bifurcation command's default transient is 1000 steps: a stable cycle that has not settled is
        // iterated longer instead of being called aperiodic. (η scales the map: μ = 1 + η(r − 1) stays in the window.)
        var f = Formula.compile("(1-3.83)*x^2/2 + 3.83*x^3/3");
        var r = Bifurcation.sweep(f, DynamicsCatalog.create("gd"), Params.DEFAULT, 1, 1.002, 3,
                new double[] {0.3}, 1000, 256, 1e-6, RUNNER);
        for (int k = 0; k < 3; k++) {
            assertEquals(3, r.period()[k], "η = " + r.eta()[k]);
        }
    }

    @Test
    void noStableCycleIsCalledAperiodic() {
        // Across the logistic map's chaotic band (η = 1, r from 3.5 to 4), with the command line's defaults.
        for (int k = 0; k <= 400; k++) {
            double r = 3.5 + 0.5 * k / 400;
            var f = Formula.compile("(1-" + r + ")*x^2/2 + " + r + "*x^3/3");
            var result = Bifurcation.sweep(f, DynamicsCatalog.create("gd"), Params.DEFAULT, 1, 2, 1,
                    new double[] {0.3}, 1000, 256, 1e-6, RUNNER);
            if (result.lyapunov()[0] < -Bifurcation.STABLE) {
                assertTrue(result.period()[0] != 0, "r = " + r + ": λ = " + result.lyapunov()[0] + " but period 0");
            }
        }
    }

    @Test
    void theExponentIsNegativeOnCyclesAndLn2AtR4() {
        assertTrue(logistic(3.2).lyapunov()[0] < 0);
        assertEquals(Math.log(2), logistic(4).lyapunov()[0], 0.06, "512 kept points: a short average");
    }

    @Test
    void kongTaoMultiscaleGoesFromConvergenceThroughPeriodDoublingToGlobalChaos() {
        // f = x²/2 + ε sin(x/ε), ε = 10⁻³. Near x = 0 a local minimum has f'' = 1 + √(1 − x²)/ε ≈ 1001, so GD
        // started there converges for η < 2/1001 ≈ 0.0020 and doubles its period just above (from x0 = 1 it
        // would settle where f'' ≈ 90 instead and stay put up to η ≈ 0.02).
        var f = LandscapeCatalog.create("multiscale:eps=0.001");
        var gd = DynamicsCatalog.create("gd");
        double[] etas = {0.0015, 0.0022, 0.1};
        int[] expected = {1, 2, 0};
        for (int k = 0; k < etas.length; k++) {
            var r = Bifurcation.sweep(f, gd, Params.DEFAULT, etas[k], 1, 1, new double[] {0.02}, 20_000, 256, 1e-7, RUNNER);
            assertEquals(expected[k], r.period()[0], "eta " + etas[k]);
        }
        var chaos = Bifurcation.sweep(f, gd, Params.DEFAULT, 0.1, 1, 1, new double[] {1}, 1000, 256, 1e-7, RUNNER);
        assertTrue(chaos.lyapunov()[0] > 0.5, "globally chaotic: " + chaos.lyapunov()[0]);
    }

    @Test
    void globalChaosSamplesTheNearGibbsDensityOfKongAndTao() {
        // Seed 003: for η ≫ ε the orbit fills a density ∝ exp(−2 f0/(ησ²)), σ² = Var(cos) = ½, i.e. a
        // Gaussian of variance η/4 = 0.025 at η = 0.1. Treating −cos(x/ε) as noise of variance σ², the
        // discrete recursion x' = (1 − η)x − ηξ gives the exact ησ²/(2 − η) = 0.026316: the same
        // discretisation bias as SGD's ησ²/(B(2 − η)). 4·10⁵ iterations with correlation time ≈ 1/η give
        // about 4·10⁴ effective samples, a 0.7% standard error: the 3% tolerance is over 4 of them.
        var f = LandscapeCatalog.create("multiscale:eps=0.001");
        var r = Bifurcation.sweep(f, DynamicsCatalog.create("gd"), Params.DEFAULT, 0.1, 1, 1, new double[] {1},
                20_000, 400_000, 1e-7, RUNNER);
        double mean = 0;
        double m2 = 0;
        for (double x : r.points()[0]) {
            mean += x;
            m2 += x * x;
        }
        mean /= r.points()[0].length;
        double var = m2 / r.points()[0].length - mean * mean;
        assertEquals(0, mean, 0.01);
        assertEquals(0.1 * 0.5 / (2 - 0.1), var, 0.03 * 0.026316);
        assertEquals(0.025, var, 0.1 * 0.025, "within 10% of the continuous-time prediction η/4");
    }

    @Test
    void divergenceIsPeriodMinusOne() {
        var r = Bifurcation.sweep(LandscapeCatalog.create("quadratic:dim=1,h1=1"), DynamicsCatalog.create("gd"),
                Params.DEFAULT, 1.5, 2.5, 3, new double[] {1}, 100, 256, 1e-9, RUNNER);
        assertEquals(1, r.period()[0], "η = 1.5: 1 − η = −0.5 converges");
        assertEquals(-1, r.period()[2], "η = 2.5: |1 − η| = 1.5 diverges");
        assertTrue(Double.isNaN(r.lyapunov()[2]));
    }

    @Test
    void badRangesAreRefused() {
        var f = LandscapeCatalog.create("double-well");
        var gd = DynamicsCatalog.create("gd");
        assertThrows(InvalidInputException.class, () -> Bifurcation.sweep(f, gd, Params.DEFAULT, 0.5, 0.1, 10,
                new double[] {1}, 10, 256, 1e-6, RUNNER));
        assertThrows(InvalidInputException.class, () -> Bifurcation.sweep(f, gd, Params.DEFAULT, 0.1, 0.5, 0,
                new double[] {1}, 10, 256, 1e-6, RUNNER));
        var noisy = assertThrows(InvalidInputException.class, () -> Bifurcation.sweep(f,
                DynamicsCatalog.create("langevin"), Params.DEFAULT, 0.1, 0.5, 10, new double[] {1}, 10, 256, 1e-6, RUNNER));
        assertTrue(noisy.getMessage().contains("deterministic"), noisy.getMessage());
    }

    @Test
    void resultsDoNotDependOnTheThreadCount() {
        var f = LandscapeCatalog.create("multiscale:eps=0.01");
        var gd = DynamicsCatalog.create("gd");
        var one = Bifurcation.sweep(f, gd, Params.DEFAULT, 0.001, 0.5, 97, new double[] {1}, 500, 256, 1e-6,
                new BlockRunner(1));
        var two = Bifurcation.sweep(f, gd, Params.DEFAULT, 0.001, 0.5, 97, new double[] {1}, 500, 256, 1e-6,
                new BlockRunner(2));
        assertTrue(java.util.Arrays.deepEquals(one.points(), two.points()));
        assertTrue(java.util.Arrays.equals(one.lyapunov(), two.lyapunov()));
    }
}
