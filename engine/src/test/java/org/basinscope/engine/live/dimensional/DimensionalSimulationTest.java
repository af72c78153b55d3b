package org.basinscope.engine.live.dimensional;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.Predicate;
import org.basinscope.engine.analysis.projection.Centre;
import org.basinscope.engine.analysis.projection.Plane;
import org.basinscope.engine.dynamics.DynamicsCatalog;
import org.basinscope.engine.dynamics.Params;
import org.basinscope.engine.dynamics.Schedule;
import org.basinscope.engine.ensemble.BlockRunner;
import org.basinscope.engine.ensemble.EnsembleStats;
import org.basinscope.engine.ensemble.VectorEnsemble;
import org.basinscope.engine.landscape.LandscapeCatalog;
import org.basinscope.engine.landscape.VectorLandscape;
import org.junit.jupiter.api.Test;

/**
 * The live run in d dimensions: the same bits as a {@link VectorEnsemble} advanced by hand (for any thread count,
 * with a slider moved on the way), the spectrum against the closed form of a quadratic, and the plane's map
 * against the landscape at the plane's points.
 */
class DimensionalSimulationTest {
    /** λᵢ = a·(b/a)^{i/(d−1)} with a = 0.1, b = 10, d = 20 (issue 15, the d-dimensional quadratic). */
    private static final String QUADRATIC = "quadratic:dim=20,lmin=0.1,lmax=10,rotate=7";
    private static final Params PARAMS = new Params(0.05, 1, 0.2, 1, 0.9);

    private static DimensionalConfig config(String landscape, String dynamics, int n) {
        VectorLandscape f = LandscapeCatalog.createAny(landscape);
        return new DimensionalConfig(landscape, f, dynamics, DynamicsCatalog.create(dynamics), "exact", n, 11,
                f.defaultStart(), 0.5, Schedule.CONSTANT);
    }

    private static DimensionalSnapshot await(DimensionalSimulation s, Predicate<DimensionalSnapshot> done)
            throws InterruptedException {
        long until = System.nanoTime() + 60_000_000_000L;
        while (System.nanoTime() < until) {
            DimensionalSnapshot x = s.latest();
            if (x != null && done.test(x)) {
                return x;
            }
            Thread.sleep(5);
        }
        throw new AssertionError("timed out; last snapshot at step " + (s.latest() == null ? -1 : s.latest().step()));
    }

    @Test
    void aLiveRunWithAMovedSliderHasTheBitsOfTheEnsembleAdvancedByHand() throws InterruptedException {
        DimensionalConfig c = config(QUADRATIC, "langevin", 300);
        Params later = PARAMS.withEta(0.02).withTemperature(0.5);
        VectorEnsemble byHand = new VectorEnsemble(c.landscape(), c.dynamics(), PARAMS, c.particles(), c.seed(),
                c.start(), new BlockRunner(1));
        byHand.setSpread(c.spread());
        byHand.reset();
        byHand.advance(40);
        byHand.setParams(later);
        byHand.advance(25);
        EnsembleStats expected = byHand.stats();
        for (int threads : new int[] {1, 2}) {
            try (DimensionalSimulation s = new DimensionalSimulation(c, PARAMS, new BlockRunner(threads)).start()) {
                s.setStepsPerFrame(7);
                s.advanceBy(40);
                await(s, x -> x.step() == 40);
                s.setParams(later);
                s.advanceBy(25);
                EnsembleStats got = await(s, x -> x.step() == 65).stats();
                assertArrayEquals(expected.mean(), got.mean(), threads + " threads");
                assertArrayEquals(expected.variance(), got.variance(), threads + " threads");
                assertEquals(expected.meanLoss(), got.meanLoss(), 0.0);
            }
        }
    }

    @Test
    void theSpectrumIsTheQuadraticsTopEigenvalues() throws InterruptedException {
        try (DimensionalSimulation s = new DimensionalSimulation(config(QUADRATIC, "gd", 4), PARAMS,
                new BlockRunner(1)).start()) {
            s.setStepsPerFrame(SPECTRUM_STEPS);
            s.advanceBy(5L * SPECTRUM_STEPS);
            // Measured in the background: rows at frame ends at least SPECTRUM_EVERY steps apart.
            Spectrum sp = await(s, x -> x.step() == 5L * SPECTRUM_STEPS && x.spectrum().length() >= 2).spectrum();
            assertEquals(3, sp.k());
            double ratio = Math.pow(100, 1.0 / 19);
            double[] exact = {10, 10 / ratio, 10 / ratio / ratio};
            for (int t = 0; t < sp.length(); t++) {
                assertEquals(0, sp.steps()[t] % SPECTRUM_STEPS, 0.0, "a frame end");
                assertTrue(t == 0 || sp.steps()[t] >= sp.steps()[t - 1] + SPECTRUM_STEPS, "rows apart");
                for (int i = 0; i < 3; i++) {
                    // Lanczos in 20 dimensions converges to rounding: 1e-9 relative is many times its error.
                    assertEquals(exact[i], sp.eigenvalues()[i][t], 1e-9 * exact[i], "λ" + (i + 1) + " at row " + t);
                }
            }
        }
    }

    private static final int SPECTRUM_STEPS = DimensionalSimulation.SPECTRUM_EVERY;

    @Test
    void theMapIsTheLossAtThePlanesPointsAndTheDotsAreTheParticlesCoordinates() throws InterruptedException {
        DimensionalConfig c = config("quadratic:dim=6,lmin=0.5,lmax=4", "langevin", 50);
        try (DimensionalSimulation s = new DimensionalSimulation(c, PARAMS, new BlockRunner(2)).start()) {
            s.setPlane(new Plane.Coordinates(2, 5), new Centre.Mean());
            DimensionalSnapshot x = await(s, y -> y.map() != null && y.map().projection().plane().spec()
                    .equals("coords:2,5"));
            PlaneMap m = x.map();
            assertEquals(DimensionalSimulation.MAP_SIDE, m.grid().nx());
            double[] theta = new double[6];
            for (int[] ij : new int[][] {{0, 0}, {17, 40}, {63, 63}}) {
                m.projection().point(m.grid().x(ij[0]), m.grid().y(ij[1]), theta);
                assertEquals(c.landscape().value(theta), m.grid().value(ij[0], ij[1]), 0.0);
            }
            double[] mean = x.stats().mean();
            double[] centre = m.projection().centre();
            assertArrayEquals(mean, centre, 1e-12, "centred on the cloud's mean when the map was made (step 0)");
            // The dots are the particles' own coordinates 2 and 5 about the centre, with their own loss.
            assertEquals(c.particles(), x.cloud().size());
            assertTrue(Double.isNaN(x.mapProgress()), "no map under way once it is shown");
            assertNull(x.message());
        }
    }

    @Test
    void aPlaneThatCannotBeHadIsSaidInTheMessageAndTheRunGoesOn() throws InterruptedException {
        try (DimensionalSimulation s = new DimensionalSimulation(config(QUADRATIC, "gd", 3), PARAMS,
                new BlockRunner(1)).start()) {
            s.setPlane(new Plane.Coordinates(0, 25), new Centre.Mean());
            s.advanceBy(3);
            DimensionalSnapshot x = await(s, y -> y.step() == 3 && y.message() != null);
            assertTrue(x.message().startsWith("No picture on plane coords:0,25: "), x.message());
            assertNull(x.map());
            s.setPlane(new Plane.Coordinates(0, 1), new Centre.Particle(0));
            DimensionalSnapshot y = await(s, z -> z.map() != null);
            assertNull(y.message());
            assertNotNull(y.cloud());
        }
    }
}
