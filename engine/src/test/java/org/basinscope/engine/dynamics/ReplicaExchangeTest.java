package org.basinscope.engine.dynamics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.basinscope.engine.analysis.GibbsDensity;
import org.basinscope.engine.ensemble.Ensemble;
import org.basinscope.engine.landscape.LandscapeCatalog;
import org.basinscope.engine.spec.InvalidInputException;
import org.junit.jupiter.api.Test;

/** Replica exchange (seed 001, exercise C.15) against exact swap rates and the Gibbs well occupation. */
class ReplicaExchangeTest {

    /** Accepted swaps per pair, summed over the live particles, after the ensemble's current step. */
    private static double[] accepted(Ensemble e, ReplicaExchange d, int every) {
        double[] r = d.swapRates(e.particles(), e.step());
        long sweeps = e.step() / every;
        double[] a = new double[r.length];
        for (int k = 0; k < r.length; k++) {
            a[k] = r[k] * e.stats().alive() * sweeps;
        }
        return a;
    }

    @Test
    void swapRatesOnAQuadraticMatchTheGammaEnergyFormula() {
        // Gibbs samples of an isotropic quadratic at T and rT: rate 2·I_{1/(1+r)}(d/2, d/2) = 2/(1 + r) in 2-D,
        // (4/π) asin √(1/(1 + r)) in 1-D. Euler–Maruyama's O(η) variance bias moves them by < 0.001 at η = 0.01
        // (checked by direct sampling of the biased Gaussians); the counts are taken after a burn-in.
        int n = 20_000;
        int every = 5;
        Params p = Params.DEFAULT.withEta(0.01).withTemperature(0.5);
        for (int dim : new int[] {1, 2}) {
            String landscape = dim == 1 ? "quadratic:dim=1,h1=1" : "quadratic:h1=1,h2=1";
            Ensemble e = dim == 1 ? Runs.ensemble(landscape, "replica-exchange:replicas=3,ratio=2,every=5", p, n, 3, 0.0)
                    : Runs.ensemble(landscape, "replica-exchange:replicas=3,ratio=2,every=5", p, n, 3, 0.0, 0.0);
            ReplicaExchange d = (ReplicaExchange) e.dynamics();
            e.advance(2000);
            double[] before = accepted(e, d, every);
            long sweepsBefore = e.step() / every;
            e.advance(4000);
            double[] after = accepted(e, d, every);
            long sweeps = e.step() / every - sweepsBefore;
            double expected = ReplicaExchange.quadraticSwapRate(dim, 2);
            for (int k = 0; k < 2; k++) {
                double rate = (after[k] - before[k]) / ((double) n * sweeps);
                // 1.6·10⁷ attempts: even with strong correlation between sweeps the error is below 0.002.
                assertEquals(expected, rate, 0.006, dim + "-D, pair " + k);
            }
        }
        assertEquals(2.0 / 3, ReplicaExchange.quadraticSwapRate(2, 2), 1e-15);
        assertEquals(0.78365, ReplicaExchange.quadraticSwapRate(1, 2), 1e-5);
        // Equal temperatures would always swap.
        assertEquals(1.0, ReplicaExchange.quadraticSwapRate(1, 1), 1e-15);
    }

    @Test
    void theColdChainFindsTheGibbsOccupationWhereLangevinStaysStuck() {
        // Tilted double well (x² − 1)²/4 + 0.02x at T = 0.03: barrier/T ≈ 8, Kramers time ~ 10⁴ time units, so
        // Langevin started in the right (higher) well stays there for the 300 time units of this run. The
        // exact Gibbs probability of x > 0 comes from quadrature.
        String landscape = "double-well:tilt=0.02";
        double t = 0.03;
        int bins = 600;
        double[] g = GibbsDensity.marginal(LandscapeCatalog.create(landscape), t, 0, new double[] {-3, 3, 0, 0}, bins);
        double right = 0;
        for (int k = bins / 2; k < bins; k++) {
            right += g[k] * 6.0 / bins;
        }
        assertTrue(right > 0.15 && right < 0.3, "Gibbs right-well mass " + right);
        int n = 4000;
        Params p = Params.DEFAULT.withEta(0.02).withTemperature(t);
        Ensemble replicas = Runs.ensemble(landscape, "replica-exchange:replicas=4,ratio=2,every=10", p, n, 21, 1.0);
        Ensemble langevin = Runs.ensemble(landscape, "langevin", p, n, 21, 1.0);
        replicas.advance(15_000);
        langevin.advance(15_000);
        // Binomial standard error √(0.2·0.8/4000) = 0.0063: 0.03 is 4.7 of them (plus an O(η) bias ≈ 0.005).
        assertEquals(right, fractionRight(replicas), 0.03, "replica exchange");
        assertTrue(fractionRight(langevin) > 0.9, "Langevin alone: " + fractionRight(langevin));
        double[] rates = ((ReplicaExchange) replicas.dynamics()).swapRates(replicas.particles(), replicas.step());
        for (double r : rates) {
            assertTrue(r > 0.2 && r < 0.9, "swap rate " + r);
        }
    }

    private static double fractionRight(Ensemble e) {
        int right = 0;
        for (double x : e.particles().x) {
            right += x > 0 ? 1 : 0;
        }
        return right / (double) e.particles().size;
    }

    @Test
    void atZeroTemperatureNothingIsSwappedAndTheColdChainIsGradientDescent() {
        Params p = Params.DEFAULT.withEta(0.1).withTemperature(0);
        Ensemble re = Runs.ensemble("double-well", "replica-exchange", p, 10, 1, 0.3);
        Ensemble gd = Runs.ensemble("double-well", "gd", p, 10, 1, 0.3);
        re.advance(100);
        gd.advance(100);
        assertEquals(gd.particles().x[0], re.particles().x[0], 0.0);
        for (double r : ((ReplicaExchange) re.dynamics()).swapRates(re.particles(), 100)) {
            assertEquals(0.0, r, 0.0);
        }
    }

    @Test
    void badLaddersAreRefusedWithTheRange() {
        var few = assertThrows(InvalidInputException.class, () -> DynamicsCatalog.create("replica-exchange:replicas=1"));
        assertTrue(few.getMessage().contains("replicas"), few.getMessage());
        var flat = assertThrows(InvalidInputException.class, () -> DynamicsCatalog.create("replica-exchange:ratio=1"));
        assertTrue(flat.getMessage().contains("ratio"), flat.getMessage());
    }
}
