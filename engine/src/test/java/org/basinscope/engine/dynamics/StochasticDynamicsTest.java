package org.basinscope.engine.dynamics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.basinscope.engine.ensemble.BlockRunner;
import org.basinscope.engine.ensemble.Ensemble;
import org.basinscope.engine.ensemble.EnsembleStats;
import org.basinscope.engine.landscape.LandscapeCatalog;
import org.junit.jupiter.api.Test;

/**
 * Stationary variances of the stochastic dynamics on f = x²/2 against their exact discrete-time
 * values (science/CHECKS.md). Particles start at the minimum and run long enough that the transient
 * (1 − ηλ)^{2k} is below 1e-20; the tolerance is 4.5 standard errors of the sample variance of N
 * independent particles, √(2/N)·var.
 */
class StochasticDynamicsTest {
    private static final int N = 200_000;

    @Test
    void eulerMaruyamaVarianceIsTemperatureOverOneMinusHalfEta() {
        Params p = Params.DEFAULT.withEta(0.1).withTemperature(0.5);
        Ensemble e = Runs.ensemble("quadratic:dim=1,h1=1", "langevin", p, N, 2024, 0.0);
        e.advance(300);
        double exact = 0.5 / (1 - 0.1 / 2); // 0.52632, not T = 0.5
        EnsembleStats s = e.stats();
        assertEquals(exact, s.variance()[0], 4.5 * Runs.varianceStandardError(exact, N));
        assertEquals(0, s.mean()[0], 4.5 * Math.sqrt(exact / N));
    }

    @Test
    void eulerMaruyamaIsIsotropicInTwoDimensions() {
        // On ½(x² + 4y²): per coordinate T/(λ(1 − ηλ/2)).
        Params p = Params.DEFAULT.withEta(0.05).withTemperature(0.2);
        Ensemble e = Runs.ensemble("quadratic:h1=1,h2=4", "langevin", p, N, 5, 0.0, 0.0);
        e.advance(800);
        double vx = 0.2 / (1 * (1 - 0.05 / 2));
        double vy = 0.2 / (4 * (1 - 0.05 * 4 / 2));
        EnsembleStats s = e.stats();
        assertEquals(vx, s.variance()[0], 4.5 * Runs.varianceStandardError(vx, N));
        assertEquals(vy, s.variance()[1], 4.5 * Runs.varianceStandardError(vy, N));
    }

    @Test
    void sgdVarianceIsEtaSigmaSquaredOverBTimesTwoMinusEta() {
        Params p = Params.DEFAULT.withEta(0.1).withBatch(4);
        Ensemble e = new Ensemble(LandscapeCatalog.create("quadratic:dim=1,h1=1"),
                new StochasticGradient(1.5), p, N, 77, new double[] {0.0},
                BlockRunner.allCores());
        e.advance(300);
        double exact = 0.1 * 1.5 * 1.5 / (4 * (2 - 0.1));
        assertEquals(exact, e.stats().variance()[0], 4.5 * Runs.varianceStandardError(exact, N));
    }

    @Test
    void baoabSamplesTheExactPositionVarianceAtALargeStep() {
        // h = 0.8 is far from small (stable below 2), yet ⟨x²⟩ = T exactly for BAOAB on a harmonic well.
        Params p = Params.DEFAULT.withEta(0.8).withTemperature(0.5).withFriction(1);
        Ensemble e = Runs.ensemble("quadratic:dim=1,h1=1", "underdamped", p, N, 9, 0.0);
        e.advance(400);
        assertEquals(0.5, e.stats().variance()[0], 4.5 * Runs.varianceStandardError(0.5, N));
        // ⟨v²⟩ = T(1 − h²/4) = 0.42 here: the velocity marginal is biased at large h.
        double v2 = meanSquare(e.particles().aux[e.dynamics().velocityIndex()]);
        assertEquals(0.5 * (1 - 0.8 * 0.8 / 4), v2, 4.5 * Runs.varianceStandardError(0.42, N));
    }

    @Test
    void baoabVelocityVarianceApproachesTemperatureAsTheStepShrinks() {
        Params p = Params.DEFAULT.withEta(0.05).withTemperature(0.5).withFriction(1);
        Ensemble e = Runs.ensemble("quadratic:dim=1,h1=1", "underdamped", p, N, 10, 0.0);
        e.advance(1500);
        double v2 = meanSquare(e.particles().aux[e.dynamics().velocityIndex()]);
        // Bias T·h²/4 = 3e-4 is below the statistical tolerance of 4.5 SE ≈ 7e-3.
        assertEquals(0.5, v2, 4.5 * Runs.varianceStandardError(0.5, N));
        assertEquals(0.5, e.stats().variance()[0], 4.5 * Runs.varianceStandardError(0.5, N));
    }

    private static double meanSquare(double[] v) {
        double s = 0;
        for (double a : v) {
            s += a * a;
        }
        return s / v.length;
    }

    @Test
    void theThreeLangevinIntegratorsHaveTheirExactStationaryVariances() {
        // f = x²/2, T = 0.5 and a large step η = 0.5 (a = ηλ = 0.5, σ² = 2ηT = 0.5):
        // EM T/(1 − a/2) = 0.6667; Heun σ²(1 − a/2)²/(1 − (1 − a + a²/2)²) = 0.28125/0.609375 = 0.4615;
        // Leimkuhler–Matthews T = 0.5 exactly.
        Params p = Params.DEFAULT.withEta(0.5).withTemperature(0.5);
        double heun = 0.5 * 0.75 * 0.75 / (1 - 0.625 * 0.625);
        String[] schemes = {"langevin", "langevin:scheme=heun", "langevin:scheme=lm", "langevin:scheme=milstein"};
        double[] exact = {0.5 / 0.75, heun, 0.5, 0.5 / 0.75};
        for (int k = 0; k < schemes.length; k++) {
            Ensemble e = Runs.ensemble("quadratic:dim=1,h1=1", schemes[k], p, N, 31, 0.0);
            e.advance(200);
            assertEquals(exact[k], e.stats().variance()[0], 4.5 * Runs.varianceStandardError(exact[k], N), schemes[k]);
            assertEquals(exact[k], e.dynamics().stationaryVariance(p, 1), 1e-12, schemes[k] + " prediction");
        }
    }

    @Test
    void leimkuhlerMatthewsIsExactOnAnAnisotropicQuadratic() {
        // ½(x² + 4y²), η = 0.3 (ηλmax = 1.2, far from small): variances T/λ = 0.2 and 0.05.
        Params p = Params.DEFAULT.withEta(0.3).withTemperature(0.2);
        Ensemble e = Runs.ensemble("quadratic:h1=1,h2=4", "langevin:scheme=lm", p, N, 8, 0.0, 0.0);
        e.advance(300);
        assertEquals(0.2, e.stats().variance()[0], 4.5 * Runs.varianceStandardError(0.2, N));
        assertEquals(0.05, e.stats().variance()[1], 4.5 * Runs.varianceStandardError(0.05, N));
    }
}
