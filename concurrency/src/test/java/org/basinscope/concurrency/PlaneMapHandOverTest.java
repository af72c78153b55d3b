package org.basinscope.concurrency;

import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.concurrent.atomic.AtomicReference;
import org.basinscope.engine.analysis.projection.Centre;
import org.basinscope.engine.analysis.projection.Plane;
import org.basinscope.engine.dynamics.DynamicsCatalog;
import org.basinscope.engine.dynamics.Params;
import org.basinscope.engine.dynamics.Schedule;
import org.basinscope.engine.ensemble.BlockRunner;
import org.basinscope.engine.landscape.LandscapeCatalog;
import org.basinscope.engine.landscape.VectorLandscape;
import org.basinscope.engine.live.dimensional.DimensionalConfig;
import org.basinscope.engine.live.dimensional.DimensionalSimulation;
import org.basinscope.engine.live.dimensional.DimensionalSnapshot;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pastalab.fray.junit.junit5.FrayTestExtension;
import org.pastalab.fray.junit.junit5.annotations.ConcurrencyTest;

/**
 * The projection grid's hand-over in the d-dimensional run (DimensionalSimulation): the loss on the plane is
 * computed on a background thread and handed back to the simulation thread, which publishes it in snapshots.
 */
@ExtendWith(FrayTestExtension.class)
class PlaneMapHandOverTest {
    private static final Plane FIRST = new Plane.Coordinates(0, 1);
    private static final Plane SECOND = new Plane.Coordinates(0, 2);

    /**
     * After the user picks another plane, no snapshot shows the map of the plane before it: a map finished for
     * the old plane while the new one was being chosen is dropped, not drawn under the cloud of the new one.
     * Commands run in order, so every snapshot at step ≥ 2 comes after the second plane was chosen.
     */
    @ConcurrencyTest(iterations = 300)
    void aMapOfAPlaneLeftIsNeverShown() throws InterruptedException {
        String spec = "quadratic:dim=3,lmin=0.5,lmax=2";
        VectorLandscape f = LandscapeCatalog.createAny(spec);
        DimensionalConfig c = new DimensionalConfig(spec, f, "gd", DynamicsCatalog.create("gd"), "exact", 2, 11,
                f.defaultStart(), 0.5, Schedule.CONSTANT);
        try (DimensionalSimulation sim = new DimensionalSimulation(c, Params.DEFAULT.withEta(0.1), new BlockRunner(1))) {
            sim.start();
            AtomicReference<String> broken = new AtomicReference<>();
            Thread reader = new Thread(() -> {
                for (int look = 0; ; look++) {
                    DimensionalSnapshot s = sim.latest();
                    if (s != null && s.step() >= 2 && s.map() != null) {
                        if (!s.map().projection().plane().equals(SECOND)) {
                            broken.compareAndSet(null, "step " + s.step() + " shows the map of "
                                    + s.map().projection().plane().spec());
                        }
                        return;
                    }
                    // Mostly a yield, so the reader looks between the other threads' steps; now and then a timed
                    // wait, so a simulation waiting out its frame (a timed wait too) gets to go on.
                    if (look % 64 == 63) {
                        LiveSimulationHandOverTest.pause();
                    } else {
                        Thread.yield();
                    }
                }
            });
            reader.start();
            sim.setPlane(FIRST, new Centre.Mean());
            sim.stepOnce();
            // The window goes on with other work before the user picks the second plane: under Fray's schedule
            // the pick lands anywhere in the first map's computation, also just after it was handed back.
            for (int i = 0; i < 400; i++) {
                Thread.yield();
            }
            sim.setPlane(SECOND, new Centre.Mean());
            sim.stepOnce();
            reader.join();
            assertNull(broken.get());
        }
    }
}
