package org.basinscope.engine.dynamics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.basinscope.engine.ensemble.Ensemble;
import org.junit.jupiter.api.Test;

/** GD, heavy ball, Nesterov and Adam against exact results for linear (quadratic-loss) maps. */
class DeterministicDynamicsTest {

    @Test
    void gdOnADiagonalQuadraticMultipliesEachCoordinateByOneMinusEtaLambda() {
        // CHECKS: f = ½(x² + 10y²), η = 0.15 → multipliers 0.85 and −0.5.
        Ensemble e = Runs.ensemble("quadratic:h1=1,h2=10", "gd", Runs.eta(0.15), 1, 1, 2, 2);
        for (int k = 1; k <= 40; k++) {
            e.advance(1);
            assertEquals(2 * Math.pow(0.85, k), e.particles().x[0], 1e-14 * Math.pow(0.85, k) * k + 1e-300);
            assertEquals(2 * Math.pow(-0.5, k), e.particles().y[0], 1e-14 * Math.pow(0.5, k) * k + 1e-300);
        }
    }

    @Test
    void gdDivergesExactlyAboveTwoOverLambdaMax() {
        // λmax = 10: η = 0.21 gives |1 − 2.1| = 1.1 > 1; η = 0.19 gives 0.9.
        Ensemble unstable = Runs.ensemble("quadratic:h1=1,h2=10", "gd", Runs.eta(0.21), 100, 1, 2, 2);
        unstable.advance(400);
        assertEquals(100, unstable.stats().diverged(), "every particle flagged");
        assertTrue(Double.isNaN(unstable.stats().meanLoss()), "no live particle left to average");
        Ensemble stable = Runs.ensemble("quadratic:h1=1,h2=10", "gd", Runs.eta(0.19), 100, 1, 2, 2);
        stable.advance(400);
        assertEquals(0, stable.stats().diverged());
        assertTrue(Math.abs(stable.particles().y[0]) < 1e-15);
    }

    @Test
    void heavyBallContractsAtRateSqrtBeta() {
        // CHECKS: λ = 1, η = 0.1, β = 0.9 → complex multipliers of modulus √β; exponent ½ ln 0.9.
        Params p = Runs.eta(0.1).withMomentum(0.9);
        Ensemble e = Runs.ensemble("quadratic:dim=1,h1=1", "momentum", p, 1, 1, 1.0);
        int k = 4000;
        e.advance(k);
        double x = e.particles().x[0];
        double v = e.particles().aux[new HeavyBall().velocityIndex()][0];
        // State (x_k, x_{k-1}) norm grows like β^{k/2} times a bounded oscillating factor; over k = 4000
        // the factor contributes at most ln(cond)/k ≈ 1e-3 to the rate.
        double rate = Math.log(Math.hypot(x, x - v)) / k;
        assertEquals(0.5 * Math.log(0.9), rate, 2e-3);
    }

    @Test
    void heavyBallStabilityEdgeIsTwoPlusTwoBeta() {
        Params base = Params.DEFAULT.withMomentum(0.9);
        Ensemble stable = Runs.ensemble("quadratic:dim=1,h1=1", "momentum", base.withEta(3.7), 1, 1, 1.0);
        stable.advance(20_000);
        assertEquals(0, stable.stats().diverged());
        assertTrue(Math.abs(stable.particles().x[0]) < 1e-100);
        Ensemble unstable = Runs.ensemble("quadratic:dim=1,h1=1", "momentum", base.withEta(3.9), 1, 1, 1.0);
        unstable.advance(20_000);
        assertEquals(1, unstable.stats().diverged());
    }

    @Test
    void heavyBallMatchesItsTwoStepRecursion() {
        // x_{k+1} = x_k − ηλ x_k + β(x_k − x_{k−1}), x_{−1} = x_0 (start at rest).
        double eta = 0.3;
        double beta = 0.6;
        double lambda = 4;
        Ensemble e = Runs.ensemble("quadratic:dim=1,h1=4", "momentum", Runs.eta(eta).withMomentum(beta), 1, 1, 1.0);
        double prev = 1;
        double cur = 1;
        for (int k = 0; k < 50; k++) {
            double next = cur - eta * lambda * cur + beta * (cur - prev);
            prev = cur;
            cur = next;
            e.advance(1);
            assertEquals(cur, e.particles().x[0], 1e-12 * Math.abs(cur) + 1e-300);
        }
    }

    @Test
    void nesterovMatchesItsTwoStepRecursion() {
        // With the gradient at x + βv on λx²/2: x_{k+1} = (1 − ηλ)((1 + β) x_k − β x_{k−1}).
        double eta = 0.2;
        double beta = 0.7;
        double lambda = 2;
        Ensemble e = Runs.ensemble("quadratic:dim=1,h1=2", "nesterov", Runs.eta(eta).withMomentum(beta), 1, 1, 1.0);
        double prev = 1;
        double cur = 1;
        for (int k = 0; k < 50; k++) {
            double next = (1 - eta * lambda) * ((1 + beta) * cur - beta * prev);
            prev = cur;
            cur = next;
            e.advance(1);
            assertEquals(cur, e.particles().x[0], 1e-12 * Math.abs(cur) + 1e-300);
        }
    }

    @Test
    void adamFirstStepHasLengthEtaPerCoordinateAndConverges() {
        // After bias correction m̂₁ = g and ŝ₁ = g², so the first step is η g/(|g| + ε) per coordinate.
        Ensemble e = Runs.ensemble("quadratic:h1=1,h2=10", "adam", Runs.eta(0.01), 1, 1, 2, 2);
        e.advance(1);
        assertEquals(2 - 0.01 * 2 / (2 + 1e-8), e.particles().x[0], 1e-15);
        assertEquals(2 - 0.01 * 20 / (20 + 1e-8), e.particles().y[0], 1e-15);
        e.advance(5000);
        assertTrue(Math.hypot(e.particles().x[0], e.particles().y[0]) < 0.02, "Adam reaches the minimum");
    }

    @Test
    void parametersChangeBetweenStepsWithoutRestarting() {
        Ensemble e = Runs.ensemble("quadratic:dim=1,h1=1", "gd", Runs.eta(0.5), 1, 1, 1.0);
        e.advance(1);
        assertEquals(0.5, e.particles().x[0]);
        e.setParams(e.params().withEta(0.25));
        e.advance(1);
        assertEquals(0.375, e.particles().x[0]);
        assertEquals(2, e.step());
    }
}
