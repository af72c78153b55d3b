package org.basinscope.concurrency;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicReference;
import org.basinscope.engine.dynamics.DynamicsCatalog;
import org.basinscope.engine.dynamics.Params;
import org.basinscope.engine.ensemble.BlockRunner;
import org.basinscope.engine.landscape.Landscape;
import org.basinscope.engine.landscape.LandscapeCatalog;
import org.basinscope.engine.live.LiveSimulation;
import org.basinscope.engine.live.RunConfig;
import org.basinscope.engine.live.Snapshot;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pastalab.fray.junit.junit5.FrayTestExtension;
import org.pastalab.fray.junit.junit5.annotations.ConcurrencyTest;

/**
 * The live simulation's hand-over (LiveSimulation: the command queue in, the snapshot reference out), under
 * every interleaving Fray's scheduler chooses between the window's thread, the simulation thread and a reader.
 */
@ExtendWith(FrayTestExtension.class)
class LiveSimulationHandOverTest {
    private static final Params A = Params.DEFAULT.withEta(0.1);

    static LiveSimulation simulation() {
        // GD on x²/2 from x = 1, one particle on the calling thread: the schedule is all threads, no pool.
        Landscape f = LandscapeCatalog.create("quadratic:dim=1");
        RunConfig c = new RunConfig("quadratic:dim=1", f, "gd", DynamicsCatalog.create("gd"), 1, 7, new double[] {1.0});
        return new LiveSimulation(c, A, new BlockRunner(1));
    }

    /**
     * A reader's wait between looks. A timed block, not a yield: Fray ends timed waits only when no thread can
     * run, so a spinning reader would keep the simulation thread's frame wait from ever ending.
     */
    static void pause() {
        try {
            Thread.sleep(1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * A snapshot that says it shows parameter version v shows the parameters set as version v or newer: the
     * slider-to-screen latency and the A/B readouts rely on it (a frame claiming the new η while computed
     * with the old one would end the latency clock early and label the old picture with the new value).
     * Version v sets η = v/100, so "v or newer" reads as η ≥ v/100.
     */
    @ConcurrencyTest(iterations = 3000)
    void aSnapshotShowsTheParametersOfItsVersionOrNewer() throws InterruptedException {
        try (LiveSimulation sim = simulation()) {
            sim.start();
            AtomicReference<String> broken = new AtomicReference<>();
            Thread reader = new Thread(() -> {
                while (true) {
                    Snapshot s = sim.latest();
                    if (s != null && s.paramsVersion() > 0 && s.baseParams().eta() < s.paramsVersion() / 100.0) {
                        broken.compareAndSet(null, "version " + s.paramsVersion() + " shows η = " + s.baseParams().eta());
                    }
                    if (s != null && s.step() >= CHANGES && s.paramsVersion() == CHANGES) {
                        return;
                    }
                    pause();
                }
            });
            reader.start();
            for (int v = 1; v <= CHANGES; v++) {
                sim.setParams(A.withEta(v / 100.0));
                sim.stepOnce();
            }
            reader.join();
            assertEquals(null, broken.get());
        }
    }

    private static final int CHANGES = 6;

    /**
     * A published snapshot never changes afterwards: the window draws it while the simulation goes on stepping,
     * so the cloud it took at step 1 still holds step 1's position after further steps (x = 1 − η·1 = 0.9).
     */
    @ConcurrencyTest(iterations = 200)
    void aPublishedSnapshotNeverChanges() throws InterruptedException {
        try (LiveSimulation sim = simulation()) {
            sim.start();
            AtomicReference<Snapshot> first = new AtomicReference<>();
            Thread reader = new Thread(() -> {
                while (true) {
                    Snapshot s = sim.latest();
                    if (s != null && s.step() == 1) {
                        first.set(s);
                        return;
                    }
                    pause();
                }
            });
            reader.start();
            sim.stepOnce();
            reader.join();
            float[] seen = first.get().cloud().xs().clone();
            sim.stepOnce();
            sim.stepOnce();
            while (sim.latest().step() < 3) {
                pause();
            }
            assertTrue(sim.latest().cloud().xs()[0] < 0.9f);
            assertArrayEquals(new float[] {0.9f}, seen);
            assertArrayEquals(seen, first.get().cloud().xs());
            assertEquals(1, first.get().step());
        }
    }
}
