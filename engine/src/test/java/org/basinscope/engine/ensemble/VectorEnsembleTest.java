package org.basinscope.engine.ensemble;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.basinscope.engine.analysis.Lanczos;
import org.basinscope.engine.dynamics.DynamicsCatalog;
import org.basinscope.engine.dynamics.Params;
import org.basinscope.engine.landscape.Landscape;
import org.basinscope.engine.landscape.LandscapeCatalog;
import org.basinscope.engine.landscape.SpectrumQuadratic;
import org.basinscope.engine.landscape.VectorLandscape;
import org.basinscope.engine.spec.InvalidInputException;
import org.basinscope.engine.spec.Spec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The d-dimensional ensemble: the planar bits at d ≤ 2, closed forms at d = 100, threads, limits. */
class VectorEnsembleTest {
    private static final Params P = new Params(0.02, 4, 0.3, 1.0, 0.8);

    /** "rule | gradient": every rule that runs in d dimensions with the exact gradient, and with each noise model. */
    static Stream<String> rules() {
        return Stream.of(DynamicsCatalog.inDimensions().stream().map(r -> r + " | exact"),
                Stream.of("langevin:scheme=heun | exact", "langevin:scheme=lm | exact", "sgd:sigma=2 | exact"),
                Stream.of("gd", "momentum", "nesterov", "adam", "rmsprop", "adagrad")
                        .map(r -> r + " | noisy:sigma=1.5"),
                Stream.of("sgd:noise=hessian,sigma=0.7 | exact", "nesterov | noisy:noise=hessian",
                        "gd | noisy:noise=covariance,sxx=2,sxy=0.5,syy=1", "adam | noisy:noise=covariance,sxx=0.5"))
                .flatMap(x -> x);
    }

    /** Every ported rule gives the planar ensemble's bits on 1-D and 2-D landscapes: same draws, same arithmetic. */
    @ParameterizedTest
    @MethodSource("rules")
    void onPlanarLandscapesTheVectorPathHasThePlanarBits(String ruleAndGradient) {
        String rule = ruleAndGradient.split("\\|")[0].strip();
        Spec gradient = Spec.parse(ruleAndGradient.split("\\|")[1].strip());
        for (String spec : new String[] {"double-well:tilt=0.1", "double-well:dim=2,tilt=0.05", "muller-brown:scale=0.05"}) {
            Landscape f = LandscapeCatalog.create(spec);
            DynamicsCatalog.Configured c = DynamicsCatalog.create(Spec.parse(rule), gradient, P);
            Ensemble planar = new Ensemble(f, c.dynamics(), c.params(), 37, 11, f.defaultStart(), new BlockRunner(2));
            planar.setSpread(0.3);
            planar.reset();
            planar.advance(300);
            VectorEnsemble vector = new VectorEnsemble(f, c.dynamics(), c.params(), 37, 11, f.defaultStart(),
                    new BlockRunner(2));
            vector.setSpread(0.3);
            vector.reset();
            vector.advance(300);
            assertArrayEquals(planar.particles().x, vector.particles().x, rule + " on " + spec + ": x");
            assertArrayEquals(planar.particles().y, vector.particles().y, rule + " on " + spec + ": y");
            assertArrayEquals(planar.particles().diverged, vector.particles().diverged, rule + " on " + spec);
            assertEquals(planar.stats().meanLoss(), vector.stats().meanLoss(), 0.0, rule + " on " + spec);
        }
    }

    /**
     * Euler–Maruyama on ½Σλᵢθᵢ² is a linear recursion per coordinate with stationary variance
     * T/(λᵢ(1 − ηλᵢ/2)), so the stationary mean loss is Σᵢ T/(2(1 − ηλᵢ/2)) (seed 001, "Langevin in practice").
     * d = 100, λ from 0.5 to 10, η = 0.05, T = 0.1, N = 2000 from 0 after 1500 steps (the slowest variance
     * relaxes by (1 − ηλmin)² = 0.95 per step); tolerance 4 standard errors of the mean of N losses, each a sum of
     * independent λᵢθᵢ²/2 of variance (T/(1 − ηλᵢ/2))²/2.
     */
    @Test
    void eulerMaruyamaStationaryMeanLossAtOneHundredDimensions() {
        SpectrumQuadratic f = new SpectrumQuadratic(100, 0.5, 10, -1);
        Params p = Params.DEFAULT.withEta(0.05).withTemperature(0.1);
        VectorEnsemble e = new VectorEnsemble(f, DynamicsCatalog.create("langevin"), p, 2000, 3, new double[100],
                BlockRunner.allCores());
        e.advance(1500);
        double expected = 0;
        double lossVariance = 0;
        for (double l : f.eigenvalues()) {
            double perCoordinate = 0.1 / (1 - 0.05 * l / 2);
            expected += perCoordinate / 2;
            lossVariance += perCoordinate * perCoordinate / 2;
        }
        double se = Math.sqrt(lossVariance / 2000);
        assertEquals(expected, e.stats().meanLoss(), 4 * se, "expected " + expected + " ± " + se);
    }

    /**
     * SGD with isotropic noise σζ/√B on ½Σλᵢθᵢ²: x ← (1 − ηλ)x − (ησ/√B)ζ per coordinate, stationary variance
     * ησ²/(Bλ(2 − ηλ)), so the mean loss is Σᵢ ησ²/(2B(2 − ηλᵢ)). d = 50, λ 0.5 … 10, η = 0.1, σ = 1, B = 4,
     * N = 2000 from 0 after 800 steps; 4 standard errors (each λθ²/2 has variance (λ var)²/2).
     */
    @Test
    void sgdStationaryMeanLossAtFiftyDimensions() {
        SpectrumQuadratic f = new SpectrumQuadratic(50, 0.5, 10, -1);
        Params p = new Params(0.1, 4, 0.1, 1, 0.9);
        VectorEnsemble e = new VectorEnsemble(f, DynamicsCatalog.create("sgd"), p, 2000, 5, new double[50],
                new BlockRunner(2));
        e.advance(800);
        double expected = 0;
        double lossVariance = 0;
        for (double l : f.eigenvalues()) {
            double lambdaVar = 0.1 / (4 * (2 - 0.1 * l));
            expected += lambdaVar / 2;
            lossVariance += lambdaVar * lambdaVar / 2;
        }
        double se = Math.sqrt(lossVariance / 2000);
        assertEquals(expected, e.stats().meanLoss(), 4 * se, "expected " + expected + " ± " + se);
    }

    /**
     * MALA is unbiased: on ½Σλᵢθᵢ² its stationary mean loss is d·T/2 exactly, for any η, where Euler–Maruyama's
     * is Σᵢ T/(2(1 − ηλᵢ/2)) (here 0.096 higher, about 14 standard errors). d = 20, λ 0.5 … 10, η = 0.05, T = 0.1,
     * N = 2000 from 0 after 1500 steps; 4 standard errors √(d T²/2 / N).
     */
    @Test
    void malaSamplesTheGibbsDensityExactlyInTwentyDimensions() {
        SpectrumQuadratic f = new SpectrumQuadratic(20, 0.5, 10, -1);
        Params p = Params.DEFAULT.withEta(0.05).withTemperature(0.1);
        VectorEnsemble e = new VectorEnsemble(f, DynamicsCatalog.create("mala"), p, 2000, 9, new double[20],
                new BlockRunner(2));
        e.advance(1500);
        double se = Math.sqrt(20 * 0.01 / 2 / 2000);
        assertEquals(20 * 0.1 / 2, e.stats().meanLoss(), 4 * se);
        double rate = org.basinscope.engine.dynamics.Mala.acceptanceRate(e.particles(), e.step());
        assertTrue(rate > 0.5 && rate < 1, "acceptance " + rate);
    }

    /** GD on the quadratic: each coordinate shrinks by exactly (1 − ηλᵢ) per step; the sharpness is lmax. */
    @Test
    void gradientDescentContractsEachCoordinateByOneMinusEtaLambda() {
        SpectrumQuadratic f = new SpectrumQuadratic(100, 0.01, 10, -1);
        double eta = 0.15;
        double[] start = new double[100];
        java.util.Arrays.fill(start, 1);
        VectorEnsemble e = new VectorEnsemble(f, DynamicsCatalog.create("gd"), Params.DEFAULT.withEta(eta), 3, 1,
                start, new BlockRunner(1));
        e.advance(20);
        double[] l = f.eigenvalues();
        for (int k = 0; k < 100; k++) {
            double expected = Math.pow(1 - eta * l[k], 20);
            assertEquals(expected, e.particles().coords[k][2], 1e-12, "coordinate " + k);
            assertEquals(Math.abs(1 - eta * l[k]), Math.abs(e.particles().coords[k][0] / Math.pow(1 - eta * l[k], 19)),
                    1e-9, "contraction of coordinate " + k);
        }
        assertEquals(10, Lanczos.top(f, e.stats().mean(), 1, 1).largest(), 1e-10);
    }

    /** Extended Rosenbrock, d = 10: GD from (−1.2, 1, …) with η = 10⁻³ reaches (1, …, 1). */
    @Test
    void gradientDescentFindsTheExtendedRosenbrockMinimum() {
        VectorLandscape f = LandscapeCatalog.createAny("rosenbrock:dim=10");
        VectorEnsemble e = new VectorEnsemble(f, DynamicsCatalog.create("gd"), Params.DEFAULT.withEta(1e-3), 2, 1,
                f.defaultStart(), new BlockRunner(1));
        e.advance(50_000);
        for (int k = 0; k < 10; k++) {
            assertEquals(1, e.stats().mean()[k], 1e-8, "coordinate " + k);
        }
        assertTrue(e.stats().meanLoss() < 1e-16, "loss " + e.stats().meanLoss());
    }

    @ParameterizedTest
    @ValueSource(strings = {"langevin", "underdamped", "adam", "nesterov", "langevin:scheme=heun"})
    void bitIdenticalForOneTwoAndThreeThreadsAtOneHundredDimensions(String rule) {
        VectorLandscape f = LandscapeCatalog.createAny("quadratic:dim=100,lmin=0.1,lmax=5,rotate=2");
        int n = 3 * Ensemble.BLOCK + 17;
        double[][] one = run(f, rule, n, 1);
        for (int threads : new int[] {2, 3}) {
            double[][] many = run(f, rule, n, threads);
            for (int k = 0; k < 100; k++) {
                assertArrayEquals(one[k], many[k], rule + " coordinate " + k + ", threads " + threads);
            }
        }
    }

    private static double[][] run(VectorLandscape f, String rule, int n, int threads) {
        DynamicsCatalog.Configured c = DynamicsCatalog.create(Spec.parse(rule), P);
        VectorEnsemble e = new VectorEnsemble(f, c.dynamics(), c.params(), n, 99, f.defaultStart(),
                new BlockRunner(threads));
        e.advance(60);
        return e.particles().coords;
    }

    @Test
    void limitsAndPlanarOnlyRulesAreRefusedInOneLine() {
        VectorLandscape big = LandscapeCatalog.createAny("quadratic:dim=100000,lmin=1,lmax=2");
        var tooMany = assertThrows(InvalidInputException.class, () -> new VectorEnsemble(big,
                DynamicsCatalog.create("gd"), P, 501, 1, big.defaultStart(), new BlockRunner(1)));
        assertTrue(tooMany.getMessage().contains("N·d ≤ 5·10⁷"), tooMany.getMessage());
        VectorLandscape f = LandscapeCatalog.createAny("quadratic:dim=30,lmin=1,lmax=2");
        var exchange = assertThrows(InvalidInputException.class, () -> new VectorEnsemble(f,
                DynamicsCatalog.create("replica-exchange"), P, 10, 1, f.defaultStart(), new BlockRunner(1)));
        assertTrue(exchange.getMessage().contains("1-D and 2-D landscapes only")
                && exchange.getMessage().contains("langevin"), exchange.getMessage());
        for (String rule : new String[] {"sgd:noise=covariance,sxx=2", "momentum"}) {
            var e = assertThrows(InvalidInputException.class, () -> new VectorEnsemble(f, rule.equals("momentum")
                    ? DynamicsCatalog.create(Spec.parse("momentum"), Spec.parse("noisy:noise=covariance"), P).dynamics()
                    : DynamicsCatalog.create(rule), P, 10, 1, f.defaultStart(), new BlockRunner(1)));
            assertTrue(e.getMessage().contains("takes a 2 × 2 Σ") && e.getMessage().contains("noise=hessian"),
                    e.getMessage());
        }
        var start = assertThrows(InvalidInputException.class, () -> new VectorEnsemble(f,
                DynamicsCatalog.create("gd"), P, 10, 1, new double[29], new BlockRunner(1)));
        assertTrue(start.getMessage().contains("30 coordinates"), start.getMessage());
    }

    /** 100 particles × 10⁵ coordinates: blocks of one particle, the contraction still exact. */
    @Test
    void runsAtTheLargestDimension() {
        VectorLandscape f = LandscapeCatalog.createAny("quadratic:dim=100000,lmin=1,lmax=2");
        VectorEnsemble e = new VectorEnsemble(f, DynamicsCatalog.create("gd"), Params.DEFAULT.withEta(0.5), 100, 1,
                f.defaultStart(), new BlockRunner(2));
        e.advance(2);
        assertEquals(0.25, e.particles().coords[0][99], 1e-15);
        assertEquals(0, e.particles().coords[99_999][0], 1e-15);
    }
}
