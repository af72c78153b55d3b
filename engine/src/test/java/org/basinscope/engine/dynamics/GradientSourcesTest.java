package org.basinscope.engine.dynamics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.basinscope.engine.ensemble.BlockRunner;
import org.basinscope.engine.ensemble.Ensemble;
import org.basinscope.engine.ensemble.EnsembleStats;
import org.basinscope.engine.equilibrium.StationaryCovariance;
import org.basinscope.engine.landscape.Landscape;
import org.basinscope.engine.landscape.LandscapeCatalog;
import org.basinscope.engine.spec.InvalidInputException;
import org.basinscope.engine.spec.Spec;
import org.junit.jupiter.api.Test;

/**
 * Every update rule with every gradient source that fits it (seed 001 C.16, "SGD with momentum"): the aliases
 * give today's bits, momentum and Nesterov with gradient noise have the exact stationary variances of their
 * linear recursions (AR(2) for heavy ball), RMSProp and AdaGrad end where their recursions say, and a source
 * that does not fit is refused with what fits. Stochastic tolerances are 4.5 standard errors of the sample
 * variance of N independent particles, √(2/N)·var.
 */
class GradientSourcesTest {
    private static final int N = 200_000;

    private static DynamicsCatalog.Configured make(String dynamics, String gradient, Params p) {
        return DynamicsCatalog.create(Spec.parse(dynamics), Spec.parse(gradient), p);
    }

    private static Ensemble run(String landscape, DynamicsCatalog.Configured d, int n, long seed, int steps,
            double... start) {
        Ensemble e = new Ensemble(LandscapeCatalog.create(landscape), d.dynamics(), d.params(), n, seed, start,
                new BlockRunner(2));
        e.advance(steps);
        return e;
    }

    private static void assertSameRun(Ensemble a, Ensemble b) {
        assertArrayEquals(a.particles().x, b.particles().x);
        assertArrayEquals(a.particles().y, b.particles().y);
    }

    @Test
    void theAliasesAreTheirCompositionsBitForBit() {
        Params p = Params.DEFAULT.withEta(0.05).withBatch(4).withTemperature(0.01);
        String[][] pairs = {
            {"quadratic:h1=1,h2=4,angle=30", "sgd:sigma=0.7,noise=hessian", "gd", "noisy:sigma=0.7,noise=hessian"},
            {"quadratic", "sgd:noise=covariance,sxx=2,sxy=0.5,syy=1", "gd", "noisy:noise=covariance,sxx=2,sxy=0.5,syy=1"},
            {"double-well", "sgd", "gd", "noisy"},
            {"linear-regression", "minibatch", "gd", "minibatch"},
            {"logistic-regression", "minibatch:sampling=independent", "gd", "minibatch:sampling=independent"},
            {"logistic-regression", "sgld", "langevin", "minibatch"},
            {"deep-linear", "sgld:sampling=independent", "langevin", "minibatch:sampling=independent"},
        };
        for (String[] c : pairs) {
            Landscape f = LandscapeCatalog.create(c[0]);
            Ensemble alias = run(c[0], make(c[1], "exact", p), 500, 11, 200, f.defaultStart());
            Ensemble composed = run(c[0], make(c[2], c[3], p), 500, 11, 200, f.defaultStart());
            assertSameRun(alias, composed);
            assertEquals(make(c[1], "exact", p).dynamics().parameters(), make(c[2], c[3], p).dynamics().parameters());
        }
    }

    @Test
    void everyCombinationSaysWhatItsTemperatureIsOrWhyThereIsNone() {
        // The histogram's "no Gibbs curve: ..." and the readout quote temperatureFormula(): it must agree
        // with the number, for every rule with every source it takes.
        Params p = Params.DEFAULT.withEta(0.05).withBatch(4).withTemperature(0.1);
        for (var entry : DynamicsCatalog.entries()) {
            for (String g : entry.gradients()) {
                String gradient = g.equals("noisy") ? "noisy:sigma=1" : g;
                var d = make(entry.name(), gradient, p);
                double t = d.dynamics().effectiveTemperature(d.params());
                String said = d.dynamics().temperatureFormula();
                String what = entry.name() + " + " + gradient + ": T_eff = " + t + ", says '" + said + "'";
                if (Double.isNaN(t)) {
                    assertTrue(said.startsWith("no T_eff"), what);
                } else if (t == 0) {
                    assertTrue(said.contains("deterministic"), what);
                } else {
                    assertTrue(said.startsWith("T_eff") && !said.contains("no T_eff"), what);
                }
            }
        }
    }

    @Test
    void theExactSourceLeavesEveryRuleAsItWas() {
        Params p = Params.DEFAULT.withEta(0.01);
        for (String d : new String[] {"momentum", "nesterov", "adam", "underdamped"}) {
            Ensemble before = run("muller-brown:scale=0.1", DynamicsCatalog.create(Spec.parse(d), p), 50, 3, 100,
                    -0.5, 1.4);
            Ensemble after = run("muller-brown:scale=0.1", make(d, "exact", p), 50, 3, 100, -0.5, 1.4);
            assertSameRun(before, after);
            assertFalse(make(d, "exact", p).dynamics().gradient().stochastic());
        }
    }

    @Test
    void heavyBallWithGradientNoiseHasTheVarianceOfItsAr2Recursion() {
        // x⁺ = x + β(x − x⁻) − ηλx − ηζ, Var ζ = σ²/B: an AR(2) with φ1 = 1 + β − ηλ, φ2 = −β and innovation
        // variance q = η²σ²/B, of stationary variance (1 − φ2) q / ((1 + φ2)((1 − φ2)² − φ1²))
        // = (1 + β) ησ² / (B (1 − β) λ (2(1 + β) − ηλ)). The command line's example: β = 0.5, σ = 1, B = 1,
        // η = 0.1 on x²/2: 1.5 · 0.1 / (0.5 · 2.9) = 0.103448.
        Params p = Params.DEFAULT.withEta(0.1).withBatch(1);
        var d = make("momentum:beta=0.5", "noisy:sigma=1", p);
        double exact = 1.5 * 0.1 / (0.5 * 2.9);
        assertEquals(0.10344827586, exact, 1e-10);
        assertEquals(exact, d.dynamics().stationaryVariance(d.params(), 1), 1e-12, "the Lyapunov solve on (x, v)");
        EnsembleStats s = run("quadratic:dim=1,h1=1", d, N, 2026, 400, 0.0).stats();
        assertEquals(exact, s.variance()[0], 4.5 * Runs.varianceStandardError(exact, N));
        // T_eff = ησ²/(2B(1 − β)): the small-η limit of λ·Var.
        assertEquals(0.1 / (2 * 0.5), d.dynamics().effectiveTemperature(d.params()), 1e-15);
        Params small = d.params().withEta(1e-5);
        assertEquals(d.dynamics().effectiveTemperature(small), d.dynamics().stationaryVariance(small, 1),
                1e-4 * d.dynamics().effectiveTemperature(small));
    }

    @Test
    void nesterovWithGradientNoiseHasTheLyapunovVarianceOfItsRecursion() {
        // On λx²/2 the state (x, v) follows A = [[1 − ηλ, β(1 − ηλ)], [−ηλ, β(1 − ηλ)]] with noise (−η, −η)ζ.
        Params p = Params.DEFAULT.withEta(0.2).withBatch(2).withMomentum(0.8);
        var d = make("nesterov", "noisy:sigma=1.5", p);
        double lambda = 2;
        double a = 1 - 0.2 * lambda;
        double[][] state = StationaryCovariance.lyapunov(new double[][] {{a, 0.8 * a}, {-0.2 * lambda, 0.8 * a}},
                new double[][] {{-0.2}, {-0.2}}, new double[][] {{1.5 * 1.5 / 2}});
        double exact = state[0][0];
        assertEquals(exact, d.dynamics().stationaryVariance(d.params(), lambda), 1e-14);
        EnsembleStats s = run("quadratic:dim=1,h1=2", d, N, 7, 600, 0.0).stats();
        assertEquals(exact, s.variance()[0], 4.5 * Runs.varianceStandardError(exact, N));
    }

    @Test
    void momentumWithACorrelatedNoiseShapeHasTheCovarianceOfTheFourByFourLyapunovEquation() {
        Params p = Params.DEFAULT.withEta(0.05).withBatch(1).withMomentum(0.6);
        var d = make("momentum", "noisy:noise=covariance,sxx=2,sxy=-0.8,syy=1", p);
        Landscape f = LandscapeCatalog.create("quadratic:h1=1,h2=4,angle=30");
        double[] h = new double[3];
        f.hessian(0, 0, h);
        double[] c = d.dynamics().stationaryCovariance(f, d.params(), h);
        Ensemble e = run("quadratic:h1=1,h2=4,angle=30", d, N, 19, 600, 0.0, 0.0);
        EnsembleStats s = e.stats();
        assertEquals(c[0], s.variance()[0], 4.5 * Runs.varianceStandardError(c[0], N));
        assertEquals(c[2], s.variance()[1], 4.5 * Runs.varianceStandardError(c[2], N));
        // Cov(x, y) of N samples has standard error √((c_xx c_yy + c_xy²)/N).
        assertEquals(c[1], s.covariance(), 4.5 * Math.sqrt((c[0] * c[2] + c[1] * c[1]) / N));
        assertNull(d.dynamics().asMap(f, d.params()), "noisy: no deterministic map (exponents by shared noise)");
        assertTrue(d.dynamics().parameters().contains(Param.BATCH), "B is read by the noisy gradient");
    }

    @Test
    void rmsPropEndsInItsTwoCycleOfAmplitudeHalfEtaMinusEpsilonOverLambda() {
        // At the cycle ±a the squared gradient is constant, s = λ²a², and a − ηλa/(λa + ε) = −a gives
        // a = η/2 − ε/λ.
        double eta = 0.1;
        double eps = 1e-3;
        double lambda = 2;
        var d = make("rmsprop:rho=0.9,eps=" + eps, "exact", Params.DEFAULT.withEta(eta));
        Ensemble e = run("quadratic:dim=1,h1=" + lambda, d, 1, 1, 20_000, 1.0);
        double x = e.particles().x[0];
        e.advance(1);
        double next = e.particles().x[0];
        double a = eta / 2 - eps / lambda;
        assertEquals(a, Math.abs(x), 1e-9);
        assertEquals(-x, next, 1e-9, "the sign alternates");
        assertTrue(Double.isNaN(d.dynamics().contraction(d.params(), lambda)), "no fixed multiplier");
    }

    @Test
    void adaGradConvergesToTheMinimumWithAFiniteSumOfSquaredGradients() {
        var d = make("adagrad", "exact", Params.DEFAULT.withEta(0.5));
        Ensemble e = run("quadratic:h1=1,h2=10", d, 1, 1, 4000, 2.0, 1.0);
        double[] sum = {e.particles().aux[0][0], e.particles().aux[1][0]};
        assertEquals(0, e.particles().x[0], 1e-6);
        assertEquals(0, e.particles().y[0], 1e-6);
        e.advance(4000);
        // The minimum is the only fixed point; G converges because Σ g² does.
        assertEquals(sum[0], e.particles().aux[0][0], 1e-9 * sum[0]);
        assertEquals(sum[1], e.particles().aux[1][0], 1e-9 * sum[1]);
    }

    @Test
    void aSourceThatDoesNotFitIsRefusedWithWhatFits() {
        Params p = Params.DEFAULT;
        InvalidInputException noisyLangevin = assertThrows(InvalidInputException.class,
                () -> make("langevin", "noisy", p));
        assertEquals("--gradient noisy does not fit langevin: it adds its own noise √(2ηT)ξ; langevin takes: exact, "
                + "minibatch", noisyLangevin.getMessage());
        assertTrue(assertThrows(InvalidInputException.class, () -> make("mala", "minibatch", p)).getMessage()
                .endsWith("mala takes: exact"));
        assertTrue(assertThrows(InvalidInputException.class, () -> make("sgd", "noisy", p)).getMessage()
                .contains("carries its gradient noise already"));
        assertTrue(assertThrows(InvalidInputException.class, () -> make("gd", "noisy:sgima=2", p)).getMessage()
                .contains("sgima"));
        assertTrue(assertThrows(InvalidInputException.class, () -> make("gd", "bogus", p)).getMessage()
                .contains("valid: exact, noisy, minibatch"));
        var minibatchOnAnalytic = make("momentum", "minibatch", p).dynamics();
        assertTrue(minibatchOnAnalytic.incompatibility(LandscapeCatalog.create("double-well")).contains("data set"));
        assertTrue(assertThrows(InvalidInputException.class, () -> make("langevin:scheme=heun", "minibatch", p))
                .getMessage().contains("scheme=em"));
    }
}
