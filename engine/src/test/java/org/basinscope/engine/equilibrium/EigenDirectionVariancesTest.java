package org.basinscope.engine.equilibrium;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.basinscope.engine.dynamics.DynamicsCatalog;
import org.basinscope.engine.dynamics.Params;
import org.basinscope.engine.ensemble.BlockRunner;
import org.basinscope.engine.ensemble.VectorEnsemble;
import org.basinscope.engine.landscape.LandscapeCatalog;
import org.basinscope.engine.landscape.VectorLandscape;
import org.basinscope.engine.spec.Spec;
import org.junit.jupiter.api.Test;

/** Stationary variance along Hessian eigen-directions, predicted against long runs on rotated quadratics. */
class EigenDirectionVariancesTest {
    private static final VectorLandscape F = LandscapeCatalog.createAny("quadratic:dim=12,lmin=0.5,lmax=8,rotate=7");

    /** λᵢ = 0.5·16^{i/11}, largest first. */
    private static double lambda(int j) {
        return 0.5 * Math.pow(16, (11 - j) / 11.0);
    }

    private static VectorEnsemble run(String rule, String gradient, Params p, int n, int steps) {
        DynamicsCatalog.Configured c = DynamicsCatalog.create(Spec.parse(rule), Spec.parse(gradient), p);
        VectorEnsemble e = new VectorEnsemble(F, c.dynamics(), c.params(), n, 21, new double[12], new BlockRunner(2));
        e.advance(steps);
        return e;
    }

    /**
     * Euler–Maruyama on ½θᵀHθ: along uᵢ, zᵢ ← (1 − ηλᵢ)zᵢ + √(2ηT)ξ, stationary variance T/(λᵢ(1 − ηλᵢ/2)).
     * d = 12 in a random basis, η = 0.05, T = 0.1, N = 4000 from 0 after 1000 steps (the slowest direction has
     * relaxed by 0.951¹⁰⁰⁰ ≈ 10⁻²²). The cloud is Gaussian with independent directions, so a sample variance has
     * standard error Var·√(2/(N − 1)) and the sum over all 12 directions √(Σ Var²·2/(N − 1)); 4 of them allowed.
     * The eigenvalues are the spectrum's to 10⁻⁹; k = d, so the sums are the traces.
     */
    @Test
    void eulerMaruyamaAlongEveryEigenDirection() {
        double eta = 0.05;
        double t = 0.1;
        int n = 4000;
        VectorEnsemble e = run("langevin", "exact", Params.DEFAULT.withEta(eta).withTemperature(t), n, 1000);
        EigenDirectionVariances v = EigenDirectionVariances.of(F, e.stats().mean(), DynamicsCatalog.create("langevin"),
                Params.DEFAULT.withEta(eta).withTemperature(t), e.particles(), 12, 3);
        assertTrue(v.whole());
        double sumSe2 = 0;
        double expectedSum = 0;
        for (int j = 0; j < 12; j++) {
            double l = lambda(j);
            assertEquals(l, v.eigenvalues()[j], 1e-9 * l, "λ" + j);
            double expected = t / (l * (1 - eta * l / 2));
            assertEquals(expected, v.predicted()[j], 1e-9 * expected, "predicted " + j);
            double se = expected * Math.sqrt(2.0 / (n - 1));
            assertEquals(expected, v.measured()[j], 4 * se, "measured along λ = " + l);
            sumSe2 += se * se;
            expectedSum += expected;
        }
        assertEquals(expectedSum, v.predictedSum(), 1e-9 * expectedSum);
        assertEquals(expectedSum, v.measuredSum(), 4 * Math.sqrt(sumSe2));
    }

    /**
     * Heavy-ball momentum (β = 0.5) with isotropic noise σ²/B = 0.25 along the top 4 directions: the AR(2)
     * variance (1 + β)ηv/((1 − β)λ(2(1 + β) − ηλ)), η = 0.05; N = 4000 after 1000 steps (the slowest root of
     * z² − (1 + β − ηλ)z + β is 0.947, 0.947¹⁰⁰⁰ ≈ 10⁻²⁴), 4 standard errors. Adam has no prediction (NaN), and
     * k = 4 &lt; d gives no traces.
     */
    @Test
    void heavyBallWithIsotropicNoiseAlongTheTopDirections() {
        double eta = 0.05;
        double beta = 0.5;
        int n = 4000;
        Params p = Params.DEFAULT.withEta(eta).withBatch(4).withMomentum(beta);
        DynamicsCatalog.Configured c = DynamicsCatalog.create(Spec.parse("momentum"), Spec.parse("noisy:sigma=1"), p);
        VectorEnsemble e = run("momentum", "noisy:sigma=1", p, n, 1000);
        EigenDirectionVariances v = EigenDirectionVariances.of(F, e.stats().mean(), c.dynamics(), c.params(),
                e.particles(), 4, 3);
        assertFalse(v.whole());
        for (int j = 0; j < 4; j++) {
            double l = lambda(j);
            double expected = (1 + beta) * eta * 0.25 / ((1 - beta) * l * (2 * (1 + beta) - eta * l));
            assertEquals(expected, v.predicted()[j], 1e-9 * expected, "predicted " + j);
            assertEquals(expected, v.measured()[j], 4 * expected * Math.sqrt(2.0 / (n - 1)), "measured along λ = " + l);
        }
        DynamicsCatalog.Configured adam = DynamicsCatalog.create(Spec.parse("adam"), Spec.parse("noisy"), p);
        EigenDirectionVariances none = EigenDirectionVariances.of(F, e.stats().mean(), adam.dynamics(), adam.params(),
                e.particles(), 2, 3);
        assertTrue(Double.isNaN(none.predicted()[0]), "Adam has no linear prediction");
    }
}
