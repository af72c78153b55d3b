package org.basinscope.engine.grid;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.basinscope.engine.dynamics.Params;
import org.basinscope.engine.random.ParticleStreams;
import org.basinscope.engine.spec.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The grid's text form, its values, its point numbering and the seeds derived from it. */
class GridSpecTest {

    @Test
    void axesAreSpacedLinearlyOrInLogAndBatchSizesAreWhole() {
        Grid g = Grid.parse("eta=0.01:1:3:log,batch=1:256:9:log,temperature=0:1:5");
        assertArrayEquals(new double[] {0.01, 0.1, 1}, g.axes().get(0).values(), 1e-15);
        assertArrayEquals(new double[] {1, 2, 4, 8, 16, 32, 64, 128, 256}, g.axes().get(1).values(), 0.0);
        assertArrayEquals(new double[] {0, 0.25, 0.5, 0.75, 1}, g.axes().get(2).values(), 0.0);
        assertTrue(g.axes().get(0).log());
        assertArrayEquals(new int[] {3, 9, 5}, g.shape());
        assertEquals(135, g.size());
    }

    @Test
    void pointsAreNumberedRowMajorWithTheLastAxisFastest() {
        Grid g = Grid.parse("eta=0.1:0.3:3,batch=1:4:4");
        assertArrayEquals(new int[] {1, 2}, g.coordinates(6));
        for (int p = 0; p < g.size(); p++) {
            assertEquals(p, g.point(g.coordinates(p)));
        }
        Params at = g.params(Params.DEFAULT, 6);
        assertEquals(0.2, at.eta(), 1e-15);
        assertEquals(3, at.batch());
    }

    @Test
    void etaOverBKeepsTheBaseRatio() {
        // Base η/B = 0.01/1: at η = 0.04 the batch is 4 (the linear scaling rule).
        Grid g = Grid.parse("eta/b=0.01:0.08:8,temperature=0.1:0.2:2");
        Params at = g.params(Params.DEFAULT.withEta(0.01).withBatch(1), g.point(3, 1));
        assertEquals(0.04, at.eta(), 1e-15);
        assertEquals(4, at.batch());
        assertEquals(0.2, at.temperature(), 0.0);
        assertTrue(g.followsBatch());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "eta=1:0:5| grid axis 'eta=1:0:5': need FROM < TO, got 1 ≥ 0",
        "batch=0:4:3:log| grid axis 'batch=0:4:3:log': a log axis needs 0 < FROM, got 0",
        "batch=0:4:3| grid axis 'batch=0:4:3': batch size B = 0 is outside the allowed range [1, 1000000]",
        "speed=1:2:3| unknown grid parameter 'speed'; valid: eta, batch, temperature, friction, momentum, eta/b",
        "eta=0.1:1:2.5| grid axis 'eta=0.1:1:2.5': POINTS must be a whole number, got '2.5'",
        "eta=0.1:1| grid axis 'eta=0.1:1': expected NAME=FROM:TO:POINTS[:log]",
        "eta=0.1:1:5:lin| grid axis 'eta=0.1:1:5:lin': expected NAME=FROM:TO:POINTS[:log]",
        "eta=a:1:5| grid axis 'eta=a:1:5': FROM: 'a' is not a number",
        "momentum=0.5:1:3| grid axis 'momentum=0.5:1:3': momentum β = 1 is outside the allowed range [0, 0.9999]",
        "eta=0.1:1:1000,batch=1:1000:1000| the grid has more than 100000 points (1000 × 1000); use fewer points per axis",
        "eta=0.1:1:3,eta=0.2:1:3| the grid varies eta twice",
        "eta/b=0.1:1:3,batch=1:4:3| eta/b sets both η and B; it cannot be combined with an eta or batch axis",
        "eta=0.1:1:20000| grid axis 'eta=0.1:1:20000': POINTS must be 2 … 10000, got 20000"})
    void malformedSpecsAreRefusedWithTheReason(String spec, String message) {
        var e = assertThrows(InvalidInputException.class, () -> Grid.parse(spec));
        assertEquals(message, e.getMessage());
    }

    @Test
    void seedsDependOnSeedPointAndReplicateOnly() {
        long a = ParticleStreams.derive(7, 3, 1);
        assertEquals(a, ParticleStreams.derive(7, 3, 1));
        assertTrue(a != ParticleStreams.derive(7, 3, 0) && a != ParticleStreams.derive(7, 1, 3)
                && a != ParticleStreams.derive(8, 3, 1), "each argument changes the seed");
        java.util.Set<Long> seen = new java.util.HashSet<>();
        for (int p = 0; p < 200; p++) {
            for (int r = 0; r < 50; r++) {
                assertTrue(seen.add(ParticleStreams.derive(1, p, r)), "distinct at " + p + ", " + r);
            }
        }
    }
}
