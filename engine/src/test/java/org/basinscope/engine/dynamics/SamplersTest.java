package org.basinscope.engine.dynamics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.basinscope.engine.analysis.GibbsDensity;
import org.basinscope.engine.analysis.GibbsDistance;
import org.basinscope.engine.ensemble.Ensemble;
import org.basinscope.engine.landscape.Landscape;
import org.basinscope.engine.landscape.LandscapeCatalog;
import org.basinscope.engine.spec.InvalidInputException;
import org.junit.jupiter.api.Test;

/** MALA against ULA, and SGD's noise geometries (science/CHECKS.md, "Gibbs"; seed 001, Theorem 5). */
class SamplersTest {
    private static final int N = 40_000;

    @Test
    void malaIsUnbiasedWhereUlaIsNot() {
        // f = x²/2, T = 1, η = 1: ULA samples N(0, T/(1 − η/2)) = N(0, 2), KS distance from N(0, 1) of
        // sup|Φ(x/√2) − Φ(x)| = 0.0868; MALA samples N(0, 1) exactly, KS of N samples ≈ 0.87/√N = 0.004.
        Landscape f = LandscapeCatalog.create("quadratic:dim=1,h1=1");
        Params p = Params.DEFAULT.withEta(1).withTemperature(1);
        double[] box = {-9, 9, 0, 0};
        Ensemble ula = Runs.ensemble("quadratic:dim=1,h1=1", "langevin", p, N, 7, 0.0);
        ula.advance(200);
        Ensemble mala = Runs.ensemble("quadratic:dim=1,h1=1", "mala", p, N, 7, 0.0);
        mala.advance(200);
        double ksUla = GibbsDistance.kolmogorovSmirnov(f, 1, 0, box, ula.particles().x);
        double ksMala = GibbsDistance.kolmogorovSmirnov(f, 1, 0, box, mala.particles().x);
        assertEquals(0.0868, ksUla, 0.012, "ULA's bias");
        // P(KS > 1.95/√N) < 0.1%: a wrong MALA would be far above.
        assertTrue(ksMala < 1.95 / Math.sqrt(N), "MALA KS " + ksMala);
        assertEquals(1.0, mala.stats().variance()[0], 4.5 * Runs.varianceStandardError(1, N));
        double rate = Mala.acceptanceRate(mala.particles(), 200);
        assertTrue(rate > 0.3 && rate < 0.95, "acceptance " + rate);
        // Total variation of the histograms against the bin-averaged Gibbs density tells the same story.
        int bins = 60;
        double[] gibbs = GibbsDensity.marginal(f, 1, 0, new double[] {-6, 6, 0, 0}, bins);
        double w = 12.0 / bins;
        double tvUla = GibbsDistance.totalVariation(density(ula, bins), gibbs, w);
        double tvMala = GibbsDistance.totalVariation(density(mala, bins), gibbs, w);
        assertTrue(tvUla > 0.1, "ULA TV " + tvUla);
        // Noise floor of TV with b bins and N samples ≈ √(b/(2πN)) = 0.015.
        assertTrue(tvMala < 0.03, "MALA TV " + tvMala);
    }

    private static double[] density(Ensemble e, int bins) {
        double[] x = e.particles().x;
        double[] d = new double[bins];
        double w = 12.0 / bins;
        for (double v : x) {
            int k = (int) Math.floor((v + 6) / w);
            if (k >= 0 && k < bins) {
                d[k] += 1 / (w * x.length);
            }
        }
        return d;
    }

    @Test
    void malaAcceptsAlmostEverythingAtASmallStep() {
        Params p = Params.DEFAULT.withEta(0.001).withTemperature(0.3);
        Ensemble e = Runs.ensemble("double-well:dim=2", "mala", p, 2000, 3, -1.0, 0.0);
        e.advance(100);
        // Rejections come from the O(η^{3/2}) mismatch of the proposal: rare at η = 1e-3.
        assertTrue(Mala.acceptanceRate(e.particles(), 100) > 0.99);
    }

    @Test
    void hessianShapedNoiseHasTheSameVarianceAlongEveryCurvature() {
        // Σ = H: along an eigen-direction of curvature λ the recursion x ← (1 − ηλ)x − η√(λ/B)σξ has variance
        // ησ²/(B(2 − ηλ)), nearly the same for λ = 1 and λ = 4 (isotropic noise would give 1/λ).
        Params p = Params.DEFAULT.withEta(0.05).withBatch(2);
        int n = 200_000;
        Ensemble e = Runs.ensemble("quadratic:h1=1,h2=4", "sgd:noise=hessian", p, n, 5, 0.0, 0.0);
        e.advance(1200);
        var s = e.stats();
        double vx = 0.05 / (2 * (2 - 0.05));
        double vy = 0.05 / (2 * (2 - 0.2));
        assertEquals(vx, s.variance()[0], 4.5 * Runs.varianceStandardError(vx, n));
        assertEquals(vy, s.variance()[1], 4.5 * Runs.varianceStandardError(vy, n));
        StochasticGradient sgd = (StochasticGradient) e.dynamics();
        assertEquals(vx, sgd.stationaryVariance(p, 1), 1e-15);
    }

    @Test
    void theNoiseModelChangesOnlyTheGeometryOfTheSameDraws() {
        // Σ = I given as a covariance is the isotropic model, draw for draw.
        Params p = Params.DEFAULT.withEta(0.05);
        Ensemble a = Runs.ensemble("double-well:dim=2", "sgd", p, 1000, 9, -1.0, 0.0);
        Ensemble b = Runs.ensemble("double-well:dim=2", "sgd:noise=covariance,sxx=1,sxy=0,syy=1", p, 1000, 9, -1.0, 0.0);
        a.advance(50);
        b.advance(50);
        assertEquals(java.util.Arrays.toString(a.particles().x), java.util.Arrays.toString(b.particles().x));
        assertEquals(java.util.Arrays.toString(a.particles().y), java.util.Arrays.toString(b.particles().y));
    }

    @Test
    void aCovarianceThatIsNotPositiveDefiniteIsRefusedWithTheRule() {
        var ex = org.junit.jupiter.api.Assertions.assertThrows(InvalidInputException.class,
                () -> DynamicsCatalog.create("sgd:noise=covariance,sxx=1,sxy=2,syy=1"));
        assertTrue(ex.getMessage().contains("positive definite"), ex.getMessage());
    }
}
