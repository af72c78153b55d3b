package org.basinscope.engine.equilibrium;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.basinscope.engine.landscape.LandscapeCatalog;
import org.junit.jupiter.api.Test;

/** The discretised 1-D Fokker–Planck operator against Ornstein–Uhlenbeck's exact spectrum and moments. */
class FokkerPlanckTest {

    @Test
    void theSpectralGapOfTheQuadraticIsOneAtEveryTemperature() {
        // dx = −x dt + √(2T) dW: relaxation rates 0, 1, 2, … whatever T (seed 001, Fokker–Planck section).
        for (double t : new double[] {0.1, 0.5, 2}) {
            double w = 9 * Math.sqrt(t);
            FokkerPlanck1D fp = FokkerPlanck1D.of(LandscapeCatalog.create("quadratic:dim=1,h1=1"), t, -w, w, 400);
            double[] rates = fp.rates();
            assertEquals(0, rates[0], 1e-9);
            // Second-order scheme: with h = 18√T/400 the error is O(h²/T), about 1e-3 relative.
            assertEquals(1, fp.spectralGap(), 2e-3, "T = " + t);
            assertEquals(2, rates[2], 4e-3, "T = " + t);
        }
    }

    @Test
    void aPointMassRelaxesLikeTheOrnsteinUhlenbeckProcess() {
        // From x0: mean x0 e^{−t}, variance T(1 − e^{−2t}) (plus the cell's own width²/12 at t = 0).
        double t0 = 0.5;
        FokkerPlanck1D fp = FokkerPlanck1D.of(LandscapeCatalog.create("quadratic:dim=1,h1=1"), t0, -6, 6, 800);
        double x0 = fp.centres()[fp.centres().length * 3 / 4];
        double[] c = fp.centres();
        for (double time : new double[] {0.25, 1, 3}) {
            double[] p = fp.evolve(fp.pointMass(x0), time);
            double mass = 0;
            double mean = 0;
            double m2 = 0;
            for (int i = 0; i < p.length; i++) {
                mass += p[i];
                mean += p[i] * c[i];
                m2 += p[i] * c[i] * c[i];
            }
            double var = m2 - mean * mean;
            assertEquals(1, mass, 1e-9, "probability is conserved");
            assertEquals(x0 * Math.exp(-time), mean, 2e-3 * Math.abs(x0), "mean at t = " + time);
            assertEquals(t0 * (1 - Math.exp(-2 * time)), var, 5e-3, "variance at t = " + time);
        }
        double[] pi = fp.stationary();
        double[] late = fp.evolve(fp.pointMass(x0), 40);
        for (int i = 0; i < pi.length; i++) {
            assertEquals(pi[i], late[i], 1e-12, "relaxed to Gibbs");
        }
    }

    @Test
    void theDoubleWellRelaxesSlowlyAtLowTemperature() {
        // Two wells: the gap is the hopping rate, about 2/τ_Kramers (one rate each way). The next rates
        // come from the critical points in the harmonic approximation: |U''(0)| = 1 at the barrier top,
        // U''(±1) = 2 in the wells, with anharmonic corrections of tens of percent at T = 0.05. The
        // separation of time scales is what makes the wells metastable.
        var well = LandscapeCatalog.create("double-well");
        double t = 0.05;
        FokkerPlanck1D fp = FokkerPlanck1D.of(well, t, -2.2, 2.2, 800);
        double kramers = 2 * Math.PI / Math.sqrt(2) * Math.exp(0.25 / t);
        double gap = fp.spectralGap();
        // Kramers' escape rate is accurate to tens of percent at ΔU/T = 5 (science/CHECKS.md).
        assertEquals(2 / kramers, gap, 0.35 * 2 / kramers, "gap " + gap);
        double next = fp.rates()[2];
        assertTrue(next > 0.5 && next < 2.2, "next rate " + next);
        assertTrue(next > 100 * gap, "time scales separate: " + next + " vs " + gap);
    }
}
