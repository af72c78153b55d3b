package org.basinscope.engine.escape;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.basinscope.engine.analysis.Progress;
import org.basinscope.engine.dynamics.DynamicsCatalog;
import org.basinscope.engine.dynamics.Params;
import org.basinscope.engine.ensemble.BlockRunner;
import org.basinscope.engine.formula.Formula;
import org.basinscope.engine.landscape.Landscape;
import org.basinscope.engine.landscape.Mixture;
import org.junit.jupiter.api.Test;

/**
 * First passage in d dimensions against the planar theory. Two equal wells at θ₁ = ±2 (mixture:dim=5,modes=2):
 * f(θ) = |θ_rest|²/2 + f₁(θ₁) with f₁(x) = −log(½e^{−(x+2)²/2} + ½e^{−(x−2)²/2}) — the softmax sees θ₁ only —
 * and Euler–Maruyama's noise is independent per coordinate, so θ₁ is exactly the 1-D chain on f₁ and the time to
 * reach θ₁ ≥ 2 from (−2, 0, …) is the 1-D first-passage time from −2 to 2, whose exact mean (the double integral)
 * and Kramers time {@link FirstPassageTheory} gives on the formula f₁.
 */
class VectorFirstPassageTest {
    private static final Mixture F = new Mixture(5, 2, 4, 1, 1, "line", 1);
    private static final Landscape F1 = Formula.compile("-log(0.5*exp(-(x+2)^2/2) + 0.5*exp(-(x-2)^2/2))");
    private static final double[] FROM = {-2, 0, 0, 0, 0};
    private static final double[] TO = {2, 0, 0, 0, 0};

    private static EscapeExperiment.Result run(double t, int n, double expected, int threads) {
        Params p = Params.DEFAULT.withEta(0.005).withTemperature(t);
        return VectorFirstPassage.run(F, DynamicsCatalog.create("langevin"), p, FROM, TO, n, 7,
                (long) (12 * expected / 0.005), new BlockRunner(threads), Progress.NONE);
    }

    /**
     * At T = 0.5 and 0.35 (ΔU/T = 2.6 and 3.7) the mean time matches the exact 1-D integral within 4.5 standard
     * errors plus 3 % (Euler–Maruyama at η = 0.005 and checking after each step, as the planar escape test
     * allows), and every particle arrives within 12 mean times. Arrhenius: the measured slope
     * ln(τ(0.35)/τ(0.5)) / (1/0.35 − 1/0.5) is the exact integral's, within 4.5 standard errors of the log ratio
     * plus the two 3 % allowances; Kramers' slope is the barrier ΔU = f₁(0) − f₁(−2) ≈ 1.307 itself (its
     * prefactor does not depend on T), and the exact time approaches Kramers' as T falls.
     */
    @Test
    void meanFirstPassageIsTheReducedExactTimeAndScalesLikeArrhenius() {
        double[] temperatures = {0.5, 0.35};
        double[] measured = new double[2];
        double[] relative = new double[2];
        double[] exact = new double[2];
        double[] kramers = new double[2];
        double barrier = Double.NaN;
        for (int k = 0; k < 2; k++) {
            FirstPassageTheory.Prediction theory = FirstPassageTheory.predict(F1, temperatures[k], -2, 2);
            exact[k] = theory.exact();
            kramers[k] = theory.kramers();
            barrier = theory.barrierHeight();
            EscapeExperiment.Result r = run(temperatures[k], 400, exact[k], 2);
            assertEquals(1.0, r.escaped(), 0.0, "T = " + temperatures[k]);
            measured[k] = r.mean();
            relative[k] = r.standardError() / r.mean();
            assertEquals(exact[k], measured[k], 4.5 * r.standardError() + 0.03 * exact[k],
                    "T = " + temperatures[k] + ": " + measured[k] + " ± " + r.standardError());
        }
        assertEquals(2 - (Math.log(2) - Math.log(1 + Math.exp(-8))), barrier, 2e-3, "ΔU");
        double inverse = 1 / 0.35 - 1 / 0.5;
        double exactSlope = Math.log(exact[1] / exact[0]) / inverse;
        double tolerance = (4.5 * Math.hypot(relative[0], relative[1]) + 0.06) / inverse;
        assertEquals(exactSlope, Math.log(measured[1] / measured[0]) / inverse, tolerance, "measured slope");
        assertEquals(barrier, Math.log(kramers[1] / kramers[0]) / inverse, 1e-9, "Kramers' slope");
        assertTrue(Math.abs(exact[1] / kramers[1] - 1) < Math.abs(exact[0] / kramers[0] - 1),
                "exact/Kramers " + exact[1] / kramers[1] + " at T = 0.35, " + exact[0] / kramers[0] + " at 0.5");
    }

    /**
     * Eyring–Kramers in d dimensions on the same wells: the saddle is θ = 0 (H = diag(−3, 1, 1, 1, 1)), the minimum's
     * Hessian diag(λ₁, 1, …), so the four plain coordinates cancel in the determinants and the time is 1-D Kramers'
     * 2π/√(λ₁·3)·e^{ΔU/T} on f₁, which {@link FirstPassageTheory} gives: equal to 10⁻⁸. Underdamped Langevin
     * has no d-dimensional theory, and says so.
     */
    @Test
    void eyringKramersInFiveDimensionsIsTheReducedKramersTime() {
        Params p = Params.DEFAULT.withTemperature(0.35);
        EscapePrediction e = DynamicsCatalog.create("langevin").escapeTheory().predictInDimensions(F, p, FROM, TO);
        FirstPassageTheory.Prediction one = FirstPassageTheory.predict(F1, 0.35, -2, 2);
        assertEquals("eyring-kramers", e.theory(), e.note());
        assertEquals(one.kramers(), e.rate(), 1e-8 * one.kramers());
        assertEquals(one.barrierHeight(), e.barrierHeight(), 1e-9);
        assertArrayEquals(new double[5], e.barrier(), 1e-9);
        EscapePrediction none = DynamicsCatalog.create("underdamped").escapeTheory().predictInDimensions(F, p, FROM,
                TO);
        assertEquals(null, none.theory());
        assertTrue(none.note().contains("d dimensions"), none.note());
    }

    /** Each particle owns its stream: the same arrival times on 1 and 3 threads. */
    @Test
    void theTimesDoNotDependOnTheThreadCount() {
        double expected = FirstPassageTheory.predict(F1, 0.5, -2, 2).exact();
        assertArrayEquals(run(0.5, 50, expected, 1).times(), run(0.5, 50, expected, 3).times());
    }
}
