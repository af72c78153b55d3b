package org.basinscope.engine.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.basinscope.engine.dynamics.DynamicsCatalog;
import org.basinscope.engine.dynamics.Params;
import org.basinscope.engine.ensemble.BlockRunner;
import org.basinscope.engine.ensemble.Ensemble;
import org.basinscope.engine.ensemble.EnsembleStats;
import org.basinscope.engine.landscape.Landscape;
import org.basinscope.engine.landscape.LandscapeCatalog;
import org.junit.jupiter.api.Test;

/** The stability readout says what is true where the particles are. */
class StabilityTest {
    private static Ensemble settled(String landscape, String dynamics, Params p, int steps, double... start) {
        Landscape f = LandscapeCatalog.create(landscape);
        Ensemble e = new Ensemble(f, DynamicsCatalog.create(dynamics), p, 20_000, 3, start, new BlockRunner(2));
        e.advance(steps);
        return e;
    }

    private static Readouts readouts(Ensemble e, Params p) {
        return Readouts.compute(e.landscape(), e.dynamics(), p, e.stats(), e.start());
    }

    @Test
    void aCloudOverTwoWellsIsReportedPerMinimumAndNotAsStableAtItsMean() {
        // Langevin from the barrier top of (x² − 1)²/4 at T = 0.1: the cloud splits evenly between x = ±1; its
        // mean sits at x ≈ 0, where f'' = −1.
        Params p = Params.DEFAULT.withEta(0.05).withTemperature(0.1);
        Ensemble e = settled("double-well", "langevin", p, 400, 0.0);
        Readouts r = readouts(e, p);
        Stability.Verdict v = Stability.verdict(r, e.stats(), 0.05);
        assertEquals(Stability.Tone.NEUTRAL, v.tone());
        assertTrue(v.text().startsWith("cloud not near a minimum"), v.text());
        List<Stability.Well> wells = Stability.occupied(CriticalPoints.find(e.landscape(), e.landscape().viewBox()),
                e.particles(), e.dynamics(), p);
        assertEquals(2, wells.size());
        for (Stability.Well w : wells) {
            // Symmetric start and landscape: a binomial half of 20 000 particles (s.e. 0.0035).
            assertEquals(0.5, w.fraction(), 0.02);
            assertEquals(2, w.lambdaMax(), 1e-8, "f''(±1) = 2");
            assertEquals(1, w.edge(), 1e-8);
            assertEquals(Math.abs(1 - 0.05 * 2), w.contraction(), 1e-8);
            assertTrue(w.stable(0.05));
        }
    }

    @Test
    void aCloudInOneWellGetsTheVerdictOfItsMean() {
        Params p = Params.DEFAULT.withEta(0.05).withTemperature(0.01);
        Ensemble e = settled("double-well", "langevin", p, 400, -1.0);
        Stability.Verdict v = Stability.verdict(readouts(e, p), e.stats(), 0.05);
        assertEquals(Stability.Tone.GOOD, v.tone());
        assertTrue(v.text().startsWith("η = 0.05 < 1"), v.text());
    }

    @Test
    void heavyBallPastGdsEdgeIsStableWhereItsOwnFactorContracts() {
        // Heavy ball on x²/2 (λ = 1) with β = 0.9 at η = 3: past GD's edge 2, inside its own 2 + 2β = 3.8;
        // ρ = √β ≈ 0.949 (complex multipliers while (1 + β − ηλ)² < 4β).
        Params p = Params.DEFAULT.withEta(3).withMomentum(0.9);
        Ensemble e = settled("quadratic:dim=1", "momentum", p, 400, 1.0);
        Readouts r = readouts(e, p);
        assertEquals(Math.sqrt(0.9), r.contraction(), 1e-9);
        Stability.Verdict v = Stability.verdict(r, e.stats(), 3);
        assertEquals(Stability.Tone.GOOD, v.tone(), v.text());
        assertEquals("η = 3 ≥ 2 (GD's edge), but ρ = 0.9487 < 1:  stable", v.text());
        List<Stability.Well> wells = Stability.occupied(CriticalPoints.find(e.landscape(), e.landscape().viewBox()),
                e.particles(), e.dynamics(), p);
        assertEquals(1, wells.size());
        assertTrue(wells.get(0).stable(3));
        // β = 0.2: the edge 2.4 < η = 3, ρ > 1.
        Params low = p.withMomentum(0.2);
        Ensemble away = settled("quadratic:dim=1", "momentum", low, 3, 1.0);
        Stability.Verdict u = Stability.verdict(readouts(away, low), away.stats(), 3);
        assertEquals(Stability.Tone.BAD, u.tone(), u.text());
        assertTrue(u.text().endsWith("unstable"), u.text());
    }

    @Test
    void noStableVerdictAboveADivergedCloud() {
        // GD above the edge on ½(x² + 10y²): every particle diverges.
        Params p = Params.DEFAULT.withEta(0.21);
        Ensemble e = settled("quadratic:h1=1,h2=10", "gd", p, 200, 1, 1);
        Stability.Verdict all = Stability.verdict(readouts(e, p), e.stats(), 0.21);
        assertEquals(Stability.Tone.BAD, all.tone());
        assertTrue(all.text().startsWith("all 20000 particles diverged"), all.text());
        // Below the edge at the survivors' mean, but 5 of 100 diverged (a hot start): said with the count.
        Params cool = Params.DEFAULT.withEta(0.05);
        Ensemble fine = settled("quadratic:h1=1,h2=10", "gd", cool, 10, 1, 1);
        EnsembleStats s = fine.stats();
        EnsembleStats someDiverged = new EnsembleStats(s.step(), 100, 5, s.mean(), s.variance(), s.covariance(),
                s.meanLoss());
        Stability.Verdict some = Stability.verdict(readouts(fine, cool), someDiverged, 0.05);
        assertEquals(Stability.Tone.BAD, some.tone());
        assertTrue(some.text().endsWith("stable at the mean, but 5 of 100 diverged"), some.text());
    }
}
