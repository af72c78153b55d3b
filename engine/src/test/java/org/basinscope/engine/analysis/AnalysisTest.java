package org.basinscope.engine.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.basinscope.engine.dynamics.DynamicsCatalog;
import org.basinscope.engine.dynamics.GradientDescent;
import org.basinscope.engine.dynamics.Params;
import org.basinscope.engine.ensemble.EnsembleStats;
import org.basinscope.engine.equilibrium.StationaryCovariance;
import org.basinscope.engine.landscape.Landscape;
import org.basinscope.engine.landscape.LandscapeCatalog;
import org.junit.jupiter.api.Test;

/** Histograms, Gibbs densities, quantiles, curvature, critical points and readouts against exact results. */
class AnalysisTest {

    @Test
    void histogramCountsAndNormalisation() {
        double[] v = {0.05, 0.15, 0.15, 0.95, 1.0, -0.1, 0.5};
        boolean[] skip = {false, false, false, false, false, false, true};
        Histogram h = Histogram.of(v, skip, v.length, 0, 1, 10);
        // 6 counted; 1.0 and −0.1 fall outside [0, 1); width 0.1 → density = count / (6 · 0.1).
        assertEquals(6, h.total());
        assertEquals(2, h.outside());
        assertEquals(1 / 0.6, h.density()[0], 1e-12);
        assertEquals(2 / 0.6, h.density()[1], 1e-12);
        assertEquals(1 / 0.6, h.density()[9], 1e-12);
        double mass = 0;
        for (double d : h.density()) {
            mass += d * h.width();
        }
        assertEquals(4.0 / 6, mass, 1e-12, "inside mass = (total − outside)/total");
        assertThrows(IllegalArgumentException.class, () -> Histogram.of(v, null, 3, 1, 1, 10));
    }

    @Test
    void gibbsDensityOfAQuadraticIsTheBinAveragedNormal() {
        // f = x²/2 at T = 0.5: N(0, s² = 0.5). The midpoint rule with 4 points per bin (h = w/4) has a
        // relative error of h²/24 · p''/p = h²/24 · |x²/s⁴ − 1/s²|: 2e-4 at the centre, 4e-3 at x = ±5.
        // The test allows 1.5× that bound per bin (plus the 1e-12 held by the tails beyond ±5).
        Landscape f = LandscapeCatalog.create("quadratic:dim=1,h1=1");
        double[] box = {-5, 5, 0, 0};
        double[] d = GibbsDensity.marginal(f, 0.5, 0, box, 80);
        NormalDistribution n = new NormalDistribution(0, Math.sqrt(0.5));
        double w = 10.0 / 80;
        double sum = 0;
        for (int k = 0; k < 80; k++) {
            double lo = -5 + k * w;
            double exact = (n.cumulativeProbability(lo + w) - n.cumulativeProbability(lo)) / w;
            double x = lo + w / 2;
            double h = w / 4;
            double bound = h * h / 24 * Math.abs(x * x / 0.25 - 1 / 0.5) * exact;
            assertEquals(exact, d[k], 1.5 * bound + 1e-6 * exact + 1e-12, "bin " + k); // 1e-6: the h⁴ term where p'' = 0
            sum += d[k] * w;
        }
        assertEquals(1, sum, 1e-12);
    }

    @Test
    void gibbsMarginalInYOfAnAnisotropicQuadraticHasVarianceTOverH2() {
        Landscape f = LandscapeCatalog.create("quadratic:h1=1,h2=4");
        double[] box = {-4, 4, -3, 3};
        double[] d = GibbsDensity.marginal(f, 0.2, 1, box, 120);
        double w = 6.0 / 120;
        double m2 = 0;
        for (int k = 0; k < 120; k++) {
            double y = -3 + (k + 0.5) * w;
            m2 += y * y * d[k] * w;
        }
        // Var = T/h2 = 0.05; binning adds w²/12 = 2e-4.
        assertEquals(0.05 + w * w / 12, m2, 2e-4);
    }

    @Test
    void gibbsDensityDoesNotUnderflowAtLowTemperature() {
        double[] d = GibbsDensity.marginal(LandscapeCatalog.create("double-well"), 1e-3, 0, new double[] {-2, 2, 0, 0},
                80);
        double sum = 0;
        for (double v : d) {
            assertTrue(Double.isFinite(v));
            sum += v * 4.0 / 80;
        }
        assertEquals(1, sum, 1e-12);
        assertThrows(IllegalArgumentException.class,
                () -> GibbsDensity.marginal(LandscapeCatalog.create("double-well"), 0, 0, new double[] {-2, 2, 0, 0}, 80));
    }

    @Test
    void kongTaoDensityIsTheNormalOfVarianceEtaOverFour() {
        Params p = Params.DEFAULT.withEta(0.1);
        var split = LandscapeCatalog.create("multiscale").multiscale();
        assertTrue(KongTaoDensity.applies(LandscapeCatalog.create("multiscale"), new GradientDescent()));
        assertFalse(KongTaoDensity.applies(LandscapeCatalog.create("double-well"), new GradientDescent()));
        double[] d = KongTaoDensity.density(split, p, new double[] {-2, 2, 0, 0}, 160);
        double w = 4.0 / 160;
        double m2 = 0;
        for (int k = 0; k < 160; k++) {
            double x = -2 + (k + 0.5) * w;
            m2 += x * x * d[k] * w;
        }
        assertEquals(0.025 + w * w / 12, m2, 1e-4);
        assertEquals(0.025, KongTaoDensity.temperature(split, p), 1e-15);
    }

    @Test
    void quantilesByLinearInterpolation() {
        double[] v = {5, 1, 4, 2, 3};
        double[] q = Quantiles.of(v, 5, 0, 0.1, 0.5, 0.9, 1);
        assertEquals(1, q[0]);
        assertEquals(1.4, q[1], 1e-12);
        assertEquals(3, q[2]);
        assertEquals(4.6, q[3], 1e-12);
        assertEquals(5, q[4]);
        assertTrue(Double.isNaN(Quantiles.of(v, 0, 0.5)[0]));
    }

    @Test
    void curvatureEigenvectorsSatisfyTheEigenEquation() {
        var rng = new java.util.SplittableRandom(4);
        for (int k = 0; k < 1000; k++) {
            double a = rng.nextDouble(-5, 5);
            double b = k % 7 == 0 ? 0 : rng.nextDouble(-5, 5);
            double c = k % 11 == 0 ? a : rng.nextDouble(-5, 5);
            double[] e = Curvature.eigen(a, b, c);
            assertTrue(e[0] <= e[1]);
            assertEquals(a + c, e[0] + e[1], 1e-12);
            // A v = λ1 v for the returned unit vector.
            assertEquals(e[0] * e[2], a * e[2] + b * e[3], 1e-12);
            assertEquals(e[0] * e[3], b * e[2] + c * e[3], 1e-12);
            assertEquals(1, Math.hypot(e[2], e[3]), 1e-12);
        }
    }

    @Test
    void criticalPointsOfKnownSurfaces() {
        var dw = CriticalPoints.find(LandscapeCatalog.create("double-well"), new double[] {-2, 2, 0, 0});
        assertEquals(2, dw.of(CriticalPoint.Kind.MINIMUM).size());
        assertEquals(1, dw.of(CriticalPoint.Kind.MAXIMUM).size());
        assertEquals(0, dw.of(CriticalPoint.Kind.MAXIMUM).get(0).x(), 1e-9);
        assertEquals(2, dw.of(CriticalPoint.Kind.MINIMUM).get(0).lambdaMax(), 1e-9);
        var dw2 = CriticalPoints.find(LandscapeCatalog.create("double-well:dim=2"), new double[] {-2, 2, -1.5, 1.5});
        assertEquals(1, dw2.of(CriticalPoint.Kind.SADDLE).size());
        CriticalPoint saddle = dw2.of(CriticalPoint.Kind.SADDLE).get(0);
        assertEquals(-1, saddle.lambda1(), 1e-9);
        assertEquals(1, saddle.lambda2(), 1e-9);
        var mb = CriticalPoints.find(LandscapeCatalog.create("muller-brown"), new double[] {-1.5, 1.2, -0.4, 2.0});
        assertEquals(3, mb.of(CriticalPoint.Kind.MINIMUM).size());
        assertEquals(2, mb.of(CriticalPoint.Kind.SADDLE).size());
        CriticalPoint deepest = mb.points().get(0);
        assertEquals(-0.558, deepest.x(), 1e-3);
        assertEquals(1.442, deepest.y(), 1e-3);
        // Literature saddles of Müller–Brown: near (−0.822, 0.624) and (0.212, 0.293).
        boolean upper = false;
        boolean lower = false;
        for (CriticalPoint s : mb.of(CriticalPoint.Kind.SADDLE)) {
            upper |= Math.hypot(s.x() + 0.822, s.y() - 0.624) < 2e-3;
            lower |= Math.hypot(s.x() - 0.212, s.y() - 0.293) < 2e-3;
        }
        assertTrue(upper && lower, "both saddles found: " + mb.of(CriticalPoint.Kind.SADDLE));
        var quad = CriticalPoints.find(LandscapeCatalog.create("quadratic:h1=1,h2=10"), new double[] {-3, 3, -3, 3});
        assertEquals(1, quad.points().size());
        assertTrue(CriticalPoints.find(LandscapeCatalog.create("multiscale"), new double[] {-2, 2, 0, 0}).truncated());
    }

    @Test
    void readoutsOfGdAndLangevinOnAQuadratic() {
        Landscape f = LandscapeCatalog.create("quadratic:h1=1,h2=10");
        EnsembleStats atOrigin = new EnsembleStats(0, 100, 0, new double[] {0, 0}, new double[] {0.3, 0.05}, 0.01, 0.1);
        Readouts gd = Readouts.compute(f, DynamicsCatalog.create("gd"), Params.DEFAULT.withEta(0.15), atOrigin,
                new double[] {0, 0});
        assertEquals(0.2, gd.stabilityEdge(), 1e-12);
        assertEquals(0.5, gd.contraction(), 1e-12, "|1 − 0.15·10|");
        assertTrue(gd.gdStable(0.15));
        Readouts unstable = Readouts.compute(f, DynamicsCatalog.create("gd"), Params.DEFAULT.withEta(0.21), atOrigin,
                new double[] {0, 0});
        assertEquals(1.1, unstable.contraction(), 1e-12);
        assertTrue(!unstable.gdStable(0.21));
        Readouts lv = Readouts.compute(f, DynamicsCatalog.create("langevin"),
                Params.DEFAULT.withEta(0.1).withTemperature(0.5), atOrigin, new double[] {0, 0});
        assertEquals(0.5 / (1 * (1 - 0.05)), lv.predictedVariance()[0], 1e-12);
        assertEquals(0.5 / (10 * (1 - 0.5)), lv.predictedVariance()[1], 1e-12);
        // Measured along the eigen-directions (x for λ = 1, y for λ = 10) from the covariance.
        assertEquals(0.3, lv.measuredVariance()[0], 1e-12);
        assertEquals(0.05, lv.measuredVariance()[1], 1e-12);
        assertEquals(0.5, lv.effectiveTemperature());
        // All particles gone: the readouts use the fallback point.
        EnsembleStats gone = new EnsembleStats(0, 100, 100, new double[] {Double.NaN, Double.NaN},
                new double[] {Double.NaN, Double.NaN}, Double.NaN, Double.NaN);
        assertEquals(0.2, Readouts.compute(f, DynamicsCatalog.create("gd"), Params.DEFAULT.withEta(0.21), gone,
                new double[] {2, 2}).stabilityEdge(), 1e-12);
    }

    @Test
    void theContinuousTimeCovarianceIsTheLyapunovSolutionOfTheDynamicsDiffusion() {
        // Langevin: HC + CH = 2T·I gives C = T·H⁻¹ (the Gibbs covariance); SGD with a user Σ: ησ²Σ/B on the
        // right, the continuous form of seed 001 Theorem 5; its discrete prediction tends to it as η → 0.
        Landscape f = LandscapeCatalog.create("quadratic:h1=1,h2=10");
        EnsembleStats atOrigin = new EnsembleStats(0, 100, 0, new double[] {0, 0}, new double[] {0.3, 0.05}, 0.01, 0.1);
        Readouts lv = Readouts.compute(f, DynamicsCatalog.create("langevin:scheme=lm"),
                Params.DEFAULT.withEta(0.1).withTemperature(0.5), atOrigin, new double[] {0, 0});
        assertEquals(0.5, lv.continuousCovariance()[0], 1e-12);
        assertEquals(0, lv.continuousCovariance()[1], 1e-12);
        assertEquals(0.05, lv.continuousCovariance()[2], 1e-12);
        assertEquals(2 * 0.1 * 0.5 / 2, lv.stepNoise()[0], 1e-12, "Leimkuhler–Matthews: √(2ηT)(ξₙ + ξₙ₊₁)/2");
        var sgd = DynamicsCatalog.create("sgd:noise=covariance,sxx=2,sxy=0.5,syy=1,sigma=1.5");
        Params p = Params.DEFAULT.withEta(1e-4).withBatch(4);
        Readouts r = Readouts.compute(f, sgd, p, atOrigin, new double[] {0, 0});
        double[] h = {1, 0, 10};
        double[] expected = StationaryCovariance.sgdContinuous(h,
                new double[] {2.25 * 2, 2.25 * 0.5, 2.25}, 1e-4, 4);
        for (int k = 0; k < 3; k++) {
            assertEquals(expected[k], r.continuousCovariance()[k], 1e-12 * Math.abs(expected[0]));
            assertEquals(expected[k], r.predictedCovariance()[k], 2e-3 * Math.abs(expected[0]), "discrete → continuous");
        }
        assertEquals(1e-8 * 2.25 * 2 / 4, r.stepNoise()[0], 1e-20);
        assertEquals(null, Readouts.compute(f, DynamicsCatalog.create("gd"), p, atOrigin, new double[] {0, 0})
                .continuousCovariance());
    }

    @Test
    void contractionFactorsOfTheMomentumMethodsAndBaoab() {
        Params p = Params.DEFAULT.withEta(0.1).withMomentum(0.9);
        assertEquals(Math.sqrt(0.9), DynamicsCatalog.create("momentum").contraction(p, 1), 1e-12);
        assertTrue(DynamicsCatalog.create("momentum").contraction(p.withEta(3.7), 1) < 1);
        assertTrue(DynamicsCatalog.create("momentum").contraction(p.withEta(3.9), 1) > 1);
        // Nesterov: roots of μ² − (1 − ηλ)(1 + β)μ + β(1 − ηλ): complex here, modulus √(β(1 − ηλ)).
        assertEquals(Math.sqrt(0.9 * 0.9), DynamicsCatalog.create("nesterov").contraction(p, 1), 1e-12);
        var baoab = DynamicsCatalog.create("underdamped");
        Params q = Params.DEFAULT.withFriction(0.5);
        assertTrue(baoab.contraction(q.withEta(1.99), 1) < 1, "stable for h√λ < 2");
        assertTrue(baoab.contraction(q.withEta(2.01), 1) > 1);
        assertEquals(1, baoab.contraction(q.withFriction(0).withEta(1), 1), 1e-12, "symplectic without friction");
        assertTrue(Double.isNaN(DynamicsCatalog.create("adam").contraction(p, 1)));
    }
}
