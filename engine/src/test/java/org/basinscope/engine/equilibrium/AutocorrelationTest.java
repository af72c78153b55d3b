package org.basinscope.engine.equilibrium;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.basinscope.engine.dynamics.DynamicsCatalog;
import org.basinscope.engine.dynamics.Params;
import org.basinscope.engine.ensemble.BlockRunner;
import org.basinscope.engine.ensemble.Ensemble;
import org.basinscope.engine.landscape.Landscape;
import org.basinscope.engine.landscape.LandscapeCatalog;
import org.junit.jupiter.api.Test;

/**
 * The measured autocorrelation time against the spectral gap (seed 001, spectral gap and mixing): the
 * Fokker–Planck operator's exact autocorrelation of x, and the ensemble estimate of a Langevin run.
 */
class AutocorrelationTest {

    @Test
    void theOrnsteinUhlenbeckAutocorrelationIsExactlyTheSlowestMode() {
        // On x²/2, x is the first eigenfunction of the generator: corr(x(0), x(τ)) = e^{−τ}, rate μ₁ = 1.
        FokkerPlanck1D fp = FokkerPlanck1D.of(LandscapeCatalog.create("quadratic:dim=1,h1=1"), 0.5, -6.4, 6.4, 400);
        double[] tau = {0.1, 0.5, 1, 2, 3};
        double[] c = fp.autocorrelation(tau);
        for (int k = 0; k < tau.length; k++) {
            // The scheme's O(h²/T) error: about 1e-3 relative in the rates.
            assertEquals(Math.exp(-tau[k]), c[k], 2e-3 * tau[k] * Math.exp(-tau[k]) + 1e-9, "τ = " + tau[k]);
        }
        assertEquals(1, EnsembleAutocorrelation.rate(tau, c), 2e-3);
    }

    @Test
    void aLangevinEnsembleDecorrelatesAsTheOperatorSays() {
        // Double well (x² − 1)²/4 at T = 0.2: barrier/T = 1.25, so x decorrelates mostly by hopping, at about
        // the gap μ₁ ≈ 0.135. 20 000 Euler–Maruyama particles at η = 0.005 (a bias of O(η) in the rates),
        // relaxed for 5/μ₁ before the reference is taken, then 60 lags up to 3/μ₁; each correlation has a
        // standard error ≈ (1 − C²)/√N < 0.007.
        Landscape f = LandscapeCatalog.create("double-well");
        double t = 0.2;
        double eta = 0.005;
        FokkerPlanck1D fp = FokkerPlanck1D.of(f, t, -2.6, 2.6, 300);
        double gap = fp.spectralGap();
        assertTrue(gap > 0.05 && gap < 1, "gap " + gap);
        int n = 20_000;
        Ensemble e = new Ensemble(f, DynamicsCatalog.create("langevin"), Params.DEFAULT.withEta(eta).withTemperature(t),
                n, 17, new double[] {-1}, BlockRunner.allCores());
        int relax = (int) Math.ceil(5 / gap / eta);
        e.advance(relax);
        EnsembleAutocorrelation measured = new EnsembleAutocorrelation(e.particles(), e.step() * eta);
        int every = (int) Math.ceil(0.05 / gap / eta);
        for (int k = 0; k < 60; k++) {
            e.advance(every);
            measured.add(e.particles(), e.step() * eta);
        }
        double[][] series = measured.series();
        double[] predicted = fp.autocorrelation(series[0]);
        for (int k = 0; k < series[0].length; k += 6) {
            assertEquals(predicted[k], series[1][k], 0.03, "τ = " + series[0][k]);
        }
        double rate = EnsembleAutocorrelation.rate(series[0], series[1]);
        double exact = EnsembleAutocorrelation.rate(series[0], predicted);
        assertEquals(exact, rate, 0.08 * exact, "decay rate vs the operator's");
        // The fast wells' modes make the decay over these lags a little quicker than the gap alone.
        assertTrue(exact >= gap && exact < 1.5 * gap, "fitted " + exact + " vs gap " + gap);
    }
}
