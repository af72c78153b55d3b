package org.basinscope.engine.escape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.basinscope.engine.analysis.Progress;
import org.basinscope.engine.dynamics.OverdampedLangevin;
import org.basinscope.engine.dynamics.Params;
import org.basinscope.engine.ensemble.BlockRunner;
import org.basinscope.engine.formula.Formula;
import org.basinscope.engine.landscape.Landscape;
import org.basinscope.engine.landscape.LandscapeCatalog;
import org.junit.jupiter.api.Test;

/** Mean first-passage times: the exact integral, Kramers' formula and the simulation (science/CHECKS.md). */
class FirstPassageTest {
    private static final Landscape WELL = LandscapeCatalog.create("double-well");

    @Test
    void theIntegralIsExactForALinearPotentialWithAReflectingWall() {
        // U = g·x, wall at L: τ = (1/g)[(T/g)(e^{g(c−L)/T} − e^{g(a−L)/T}) − (c − a)] (two elementary integrals).
        double g = 0.7;
        double t = 0.4;
        double wall = -1;
        double a = 0;
        double c = 1.5;
        Landscape f = Formula.compile("0.7*x");
        double exact = (1 / g) * ((t / g) * (Math.exp(g * (c - wall) / t) - Math.exp(g * (a - wall) / t)) - (c - a));
        var p = FirstPassageTheory.predict(f, t, a, c, wall);
        // Trapezoid rule with 2·10⁵ points: relative error ~1e-9 here.
        assertEquals(exact, p.exact(), 1e-7 * exact);
        assertTrue(Double.isNaN(p.kramers()), "no barrier, no Kramers rate");
        // The mirror image (moving left on U = −g·x) is the same problem.
        var mirror = FirstPassageTheory.predict(Formula.compile("-0.7*x"), t, -a, -c, -wall);
        assertEquals(exact, mirror.exact(), 1e-7 * exact);
    }

    @Test
    void kramersIsTheLowTemperatureLimitOfTheIntegral() {
        // Double well (x² − 1)²/4: U''(±1) = 2, U''(0) = −1, ΔU = 1/4: Kramers τ = (2π/√2) e^{ΔU/T}.
        double previous = Double.POSITIVE_INFINITY;
        for (double t : new double[] {0.1, 0.05, 0.02, 0.01}) {
            var p = FirstPassageTheory.predict(WELL, t, -1, 1);
            assertEquals(2 * Math.PI / Math.sqrt(2) * Math.exp(0.25 / t), p.kramers(), 1e-6 * p.kramers());
            assertEquals(-1, p.minimum(), 1e-6);
            assertEquals(0, p.barrier(), 1e-4);
            double gap = Math.abs(p.exact() / p.kramers() - 1);
            assertTrue(gap < previous, "the two approach each other as T falls: " + gap + " at T = " + t);
            previous = gap;
        }
        // At ΔU/T = 25 the Laplace corrections are O(T/ΔU): a few percent.
        assertTrue(previous < 0.03, "exact/Kramers − 1 = " + previous + " at T = 0.01");
    }

    @Test
    void theSimulatedMeanFirstPassageTimeMatchesTheExactIntegral() {
        // T = 0.05 (ΔU/T = 5) on the symmetric double well, from the left minimum to the right one.
        // 5000 particles: the exponential-like times give a standard error of ~1.4% of the mean; the
        // Euler–Maruyama step η = 0.002 biases the rate by O(η·ΔU/T·U'') ≈ 1%. Tolerance 5%.
        double t = 0.05;
        var theory = FirstPassageTheory.predict(WELL, t, -1, 1);
        Params p = Params.DEFAULT.withEta(0.002).withTemperature(t);
        var r = EscapeExperiment.run(WELL, new OverdampedLangevin(), p, new double[] {-1}, new double[] {1}, 5000, 11,
                20_000_000, BlockRunner.allCores(), Progress.NONE);
        assertEquals(1.0, r.escaped(), 0.0, "every particle arrived");
        assertEquals(0, r.diverged());
        double se = r.standardError();
        assertTrue(se < 0.016 * r.mean(), "standard error " + se + " of " + r.mean());
        assertEquals(theory.exact(), r.mean(), 0.05 * theory.exact(),
                "simulated " + r.mean() + " ± " + se + ", exact " + theory.exact() + ", Kramers " + theory.kramers());
        // The survival curve starts at 1, ends at 0 and is not increasing.
        double[] s = r.survival(new double[] {0, theory.exact(), 1e9});
        assertEquals(1, s[0], 1e-12);
        assertTrue(s[1] > 0.25 && s[1] < 0.5, "S(τ) ≈ e^{−1} for a nearly exponential law: " + s[1]);
        assertEquals(0, s[2], 0.0);
    }

    @Test
    void theExperimentIsTheSameForAnyThreadCount() {
        Params p = Params.DEFAULT.withEta(0.01).withTemperature(0.1);
        var one = EscapeExperiment.run(WELL, new OverdampedLangevin(), p, new double[] {-1}, new double[] {0.5}, 700, 3,
                200_000, new BlockRunner(1), Progress.NONE);
        var two = EscapeExperiment.run(WELL, new OverdampedLangevin(), p, new double[] {-1}, new double[] {0.5}, 700, 3,
                200_000, new BlockRunner(2), Progress.NONE);
        assertEquals(java.util.Arrays.toString(one.times()), java.util.Arrays.toString(two.times()));
    }
}
