package org.basinscope.concurrency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import org.basinscope.engine.live.LiveSimulation;
import org.basinscope.engine.live.Snapshot;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pastalab.fray.junit.junit5.FrayTestExtension;
import org.pastalab.fray.junit.junit5.annotations.ConcurrencyTest;

/**
 * A/B's shared clock (CompareView.follow): run B never runs on its own but is sent A's step
 * ({@link LiveSimulation#advanceTo}), and A may not run more than a slack past the step B has shown
 * ({@link LiveSimulation#setStepLimit}). Three threads: the window stepping and resetting A, A's and B's simulation
 * threads, and a clock doing each frame what CompareView.follow does; Fray chooses their interleavings.
 */
@ExtendWith(FrayTestExtension.class)
class SharedClockHandOverTest {
    /** CompareView's two frames of slack, with one step a frame. */
    private static final long SLACK = 2;
    /** Looks before a wait is a failure: far more than any schedule needs (a few hundred). */
    private static final int PATIENCE = 20_000;

    /**
     * B shows A's step: every snapshot B publishes at step s holds the very cloud A showed at step s (same seed,
     * so bit for bit), A never goes past the highest limit the clock gave it, and after A is reset B comes back
     * with it (advanceTo restarts a follower that is ahead) and both end at the same step.
     */
    @ConcurrencyTest(iterations = 200)
    void bFollowsAsClockAndShowsTheSameStep() throws InterruptedException {
        try (LiveSimulation a = LiveSimulationHandOverTest.simulation(); LiveSimulation b = LiveSimulationHandOverTest.simulation()) {
            a.setStepLimit(0); // as CompareView.begin: A held at step 0 until B is there
            a.start();
            b.start();
            Map<Long, Float> shownByA = new ConcurrentHashMap<>();
            AtomicLong highestLimit = new AtomicLong(0);
            AtomicReference<String> broken = new AtomicReference<>();
            AtomicBoolean done = new AtomicBoolean();
            Thread clock = new Thread(() -> {
                while (!done.get()) {
                    Snapshot sa = a.latest();
                    Snapshot sb = b.latest();
                    if (sa != null) {
                        if (sa.step() > highestLimit.get()) {
                            broken.compareAndSet(null, "A showed step " + sa.step() + " past its limit " + highestLimit.get());
                        }
                        shownByA.put(sa.step(), sa.cloud().xs()[0]);
                        b.advanceTo(sa.step());
                        long shownByB = sb == null ? 0 : Math.min(sb.step(), sa.step());
                        // The limit is raised in the record before A can use it, so the check above never races it.
                        highestLimit.accumulateAndGet(shownByB + SLACK, Math::max);
                        a.setStepLimit(shownByB + SLACK);
                    }
                    if (sb != null) {
                        Float x = shownByA.get(sb.step());
                        if (x != null && x != sb.cloud().xs()[0]) {
                            broken.compareAndSet(null, "B at step " + sb.step() + " shows x = " + sb.cloud().xs()[0]
                                    + ", A showed " + x);
                        }
                    }
                    LiveSimulationHandOverTest.pause();
                }
            }, "clock");
            clock.start();
            for (int i = 0; i < 4; i++) {
                a.stepOnce();
            }
            await("A at step 4", () -> a.latest() != null && a.latest().step() == 4);
            a.reset();
            a.stepOnce();
            a.stepOnce();
            // A reached 4 before the reset and counts from 0 after it: step 2 is after the reset.
            await("A at step 2 after its reset", () -> a.latest().step() == 2);
            await("B back at A's step 2", () -> b.latest() != null && b.latest().step() == 2);
            done.set(true);
            clock.join();
            assertNull(broken.get());
            assertEquals(a.latest().cloud().xs()[0], b.latest().cloud().xs()[0]);
        }
    }

    private static void await(String what, BooleanSupplier condition) {
        for (int i = 0; !condition.getAsBoolean(); i++) {
            if (i == PATIENCE) {
                throw new AssertionError("never: " + what);
            }
            LiveSimulationHandOverTest.pause();
        }
    }
}
