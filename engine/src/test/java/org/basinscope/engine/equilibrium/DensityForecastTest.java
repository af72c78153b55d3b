package org.basinscope.engine.equilibrium;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.basinscope.engine.analysis.GibbsDensity;
import org.basinscope.engine.analysis.GibbsDistance;
import org.basinscope.engine.analysis.Histogram;
import org.basinscope.engine.dynamics.OverdampedLangevin;
import org.basinscope.engine.dynamics.Params;
import org.basinscope.engine.ensemble.BlockRunner;
import org.basinscope.engine.ensemble.Ensemble;
import org.basinscope.engine.escape.FirstPassageTheory;
import org.basinscope.engine.landscape.Landscape;
import org.basinscope.engine.landscape.LandscapeCatalog;
import org.junit.jupiter.api.Test;

/** The live Fokker–Planck forecast against a Langevin ensemble in transit, and against Gibbs at long times. */
class DensityForecastTest {
    private static final Landscape WELL = LandscapeCatalog.create("double-well:tilt=0.1");

    @Test
    void theHistogramFollowsTheForecastWhileItRelaxes() {
        // From x0 = −1.5 at T = 0.15, t = 3 (well before the relaxation time 1/μ₁ ≈ 11): the density is
        // far from Gibbs but the Fokker–Planck forecast holds. 100 000 particles: TV noise ≈ √(80/(2πN)) = 0.011;
        // η = 0.002 keeps the Euler–Maruyama bias well below it.
        int n = 100_000;
        double eta = 0.002;
        Params p = Params.DEFAULT.withEta(eta).withTemperature(0.15);
        Ensemble e = new Ensemble(WELL, new OverdampedLangevin(), p, n, 13, new double[] {-1.5}, BlockRunner.allCores());
        e.advance(1500);
        double[] box = WELL.viewBox();
        Histogram h = Histogram.of(e.particles().x, e.particles().diverged, n, box[0], box[1], 80);
        DensityForecast f = new DensityForecast(WELL, 0.15, box[0], box[1], 80, -1.5, 0);
        double[] forecast = f.density(1500 * eta);
        double[] gibbs = GibbsDensity.marginal(WELL, 0.15, 0, box, 80);
        double toForecast = GibbsDistance.totalVariation(h.density(), forecast, h.width());
        double toGibbs = GibbsDistance.totalVariation(h.density(), gibbs, h.width());
        assertTrue(toForecast < 0.03, "TV to the forecast " + toForecast);
        assertTrue(toGibbs > 0.15, "still far from Gibbs: " + toGibbs);
        // Long after 1/μ₁ the forecast is the Gibbs density (on the same bins, up to the walls' tails).
        double late = GibbsDistance.totalVariation(f.density(200), gibbs, h.width());
        assertTrue(late < 2e-3, "forecast at t = 200 vs Gibbs: " + late);
        // Two-state picture: μ₁ ≈ 1/τ(left → right) + 1/τ(right → left), from the exact first-passage
        // integrals; at ΔU/T ≈ 2–2.4 the in-well relaxation is not much faster, so allow 25%.
        double forward = FirstPassageTheory.predict(WELL, 0.15, -1, 1).exact();
        double back = FirstPassageTheory.predict(WELL, 0.15, 1, -1).exact();
        double twoState = 1 / forward + 1 / back;
        assertEquals(twoState, f.spectralGap(), 0.25 * twoState, "gap " + f.spectralGap() + " vs " + twoState);
    }
}
