package org.basinscope.engine.geometry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.basinscope.engine.analysis.Progress;
import org.basinscope.engine.landscape.Landscape;
import org.basinscope.engine.landscape.LandscapeCatalog;
import org.basinscope.engine.spec.InvalidInputException;
import org.junit.jupiter.api.Test;

/** The string method against saddles known in closed form or from the literature. */
class MinimumEnergyPathTest {

    @Test
    void theDoubleWellPathCrossesAtTheSaddle() {
        // (x² − 1)²/4 + y²/2: minima (±1, 0), saddle (0, 0), barrier exactly 1/4.
        Landscape f = LandscapeCatalog.create("double-well:dim=2");
        var r = MinimumEnergyPath.find(f, new double[] {-1.3, 0.4}, new double[] {0.8, -0.3}, 41, 20_000, Progress.NONE);
        // With 41 images the top image sits within ~1/40 of the saddle: U(δ) − U(0) = O(δ²).
        assertEquals(0.25, r.barrier(), 1e-3);
        assertEquals(0, r.highest()[0], 0.03);
        assertEquals(0, r.highest()[1], 1e-6);
        assertEquals(-1, r.path()[0][0], 1e-6);
        assertEquals(1, r.path()[0][40], 1e-6);
    }

    @Test
    void theMullerBrownPathClimbsToItsHighestSaddle() {
        // Minimum A (−0.558, 1.442), U = −146.70, to minimum B (0.623, 0.028), U = −108.17, through
        // minimum C; the highest saddle on the way is (−0.822, 0.624), U = −40.66 (Müller & Brown 1979).
        Landscape f = LandscapeCatalog.create("muller-brown");
        var r = MinimumEnergyPath.find(f, new double[] {-0.5, 1.5}, new double[] {0.6, 0.0}, 101, 50_000, Progress.NONE);
        assertEquals(-146.70, r.pathLoss()[0], 0.01);
        assertEquals(-108.17, r.pathLoss()[100], 0.01);
        assertEquals(-40.66 + 146.70, r.barrier(), 0.3);
        assertEquals(-0.822, r.highest()[0], 0.03);
        assertEquals(0.624, r.highest()[1], 0.03);
        // The straight segment climbs far higher than the valley path.
        assertTrue(r.straightBarrier() > r.barrier() + 50, "straight " + r.straightBarrier() + " vs " + r.barrier());
        // Between the two saddles the path dips into the intermediate minimum C (−0.050, 0.467),
        // U = −80.77: the one interior local minimum of the loss along the path.
        double[] u = r.pathLoss();
        int dips = 0;
        double low = Double.NaN;
        for (int k = 1; k < u.length - 1; k++) {
            if (u[k] < u[k - 1] && u[k] < u[k + 1]) {
                dips++;
                low = u[k];
            }
        }
        assertEquals(1, dips);
        assertEquals(-80.77, low, 1.0);
    }

    @Test
    void bothEndsInOneBasinIsRefused() {
        Landscape f = LandscapeCatalog.create("double-well:dim=2");
        var e = assertThrows(InvalidInputException.class,
                () -> MinimumEnergyPath.find(f, new double[] {-1.2, 0}, new double[] {-0.8, 0.1}, 21, 100, Progress.NONE));
        assertTrue(e.getMessage().contains("same minimum"), e.getMessage());
    }
}
