package org.basinscope.engine.live;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Predicate;
import org.basinscope.engine.dynamics.DynamicsCatalog;
import org.basinscope.engine.dynamics.Params;
import org.basinscope.engine.ensemble.BlockRunner;
import org.basinscope.engine.ensemble.Ensemble;
import org.basinscope.engine.landscape.Landscape;
import org.basinscope.engine.landscape.LandscapeCatalog;
import org.basinscope.engine.live.probe.LiveProbes;
import org.basinscope.engine.live.probe.LossProbe;
import org.basinscope.engine.live.probe.SharpnessProbe;
import org.basinscope.engine.live.probe.TrailsProbe;
import org.junit.jupiter.api.Test;

/**
 * The simulation thread and its hand-over: commands are applied between steps, a parameter change takes
 * effect at the next step, a published snapshot never changes afterwards, and reset replays bit for bit.
 */
class LiveSimulationTest {
    private static final Params GD = Params.DEFAULT.withEta(0.1);

    private static RunConfig config(String landscape, String dynamics, int n, double... start) {
        Landscape f = LandscapeCatalog.create(landscape);
        return new RunConfig(landscape, f, dynamics, DynamicsCatalog.create(dynamics), n, 7,
                start.length == 0 ? f.defaultStart() : start);
    }

    /** Waits for a published snapshot that satisfies the condition (at most 30 s). */
    private static Snapshot await(LiveSimulation sim, Predicate<Snapshot> condition) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            Snapshot s = sim.latest();
            if (s != null && condition.test(s)) {
                return s;
            }
            LockSupport.parkNanos(1_000_000);
        }
        throw new AssertionError("no snapshot satisfied the condition within 30 s; last: " + sim.latest());
    }

    @Test
    void aParameterChangeTakesEffectAtTheNextStep() {
        // GD on x²/2 from x = 1: x ← x − ηx, so each step's η can be read off the position.
        try (LiveSimulation sim = new LiveSimulation(config("quadratic:dim=1", "gd", 1, 1.0), GD, new BlockRunner(1))) {
            sim.start();
            sim.stepOnce();
            Snapshot first = await(sim, s -> s.step() == 1);
            double x1 = 1 - 0.1 * 1.0;
            assertEquals(x1, first.stats().mean()[0], 0.0);
            sim.setParams(GD.withEta(0.5));
            sim.stepOnce();
            Snapshot second = await(sim, s -> s.step() == 2);
            assertEquals(x1 - 0.5 * x1, second.stats().mean()[0], 0.0, "the second step used the new η");
            assertEquals(0.5, second.params().eta(), 0.0);
        }
    }

    @Test
    void advanceToGoesBackToTheStartWhenPastTheTargetAndAStepLimitHoldsARunningRun() {
        // The A/B clock: B is sent A's step; going back (A was reset) replays from the start bit for bit.
        RunConfig c = config("double-well", "langevin", 200);
        Params p = Params.DEFAULT.withTemperature(0.2);
        try (LiveSimulation sim = new LiveSimulation(c, p, new BlockRunner(2))) {
            sim.start();
            sim.advanceTo(300);
            sim.advanceTo(300);
            await(sim, s -> s.step() == 300);
            sim.advanceTo(120);
            Snapshot back = await(sim, s -> s.step() == 120);
            Ensemble reference = new Ensemble(c.landscape(), c.dynamics(), p, 200, 7, c.start(), new BlockRunner(1));
            reference.advance(120);
            assertArrayEquals(reference.stats().mean(), back.stats().mean(), "back at 120 as a fresh run");
            assertArrayEquals(toFloat(reference.particles().x), back.cloud().xs());
            // Running, it stops at the limit and goes on when the limit is raised.
            sim.setStepLimit(150);
            sim.setRunning(true);
            await(sim, s -> s.step() == 150);
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(200));
            assertEquals(150, sim.latest().step(), "held at the limit");
            sim.setStepLimit(Long.MAX_VALUE);
            await(sim, s -> s.step() > 150);
        }
    }

    private static float[] toFloat(double[] xs) {
        float[] out = new float[xs.length];
        for (int i = 0; i < xs.length; i++) {
            out[i] = (float) xs[i];
        }
        return out;
    }

    @Test
    void commandsSentTogetherAreAppliedBetweenStepsInOrder() {
        RunConfig a = config("double-well", "langevin", 300);
        RunConfig b = config("double-well:dim=2", "langevin", 300);
        Params p = Params.DEFAULT.withTemperature(0.2);
        try (LiveSimulation sim = new LiveSimulation(a, p, new BlockRunner(2))) {
            sim.start();
            sim.advanceBy(40);
            // A new configuration, then steps: none of them may run with the old one.
            sim.configure(b);
            sim.advanceBy(25);
            Snapshot s = await(sim, x -> x.config() == b && x.step() == 25);
            Ensemble reference = new Ensemble(b.landscape(), b.dynamics(), p, 300, 7, b.start(), new BlockRunner(1));
            reference.advance(25);
            assertArrayEquals(reference.stats().mean(), s.stats().mean(), "the 25 steps ran on the new config alone");
            assertArrayEquals(reference.stats().variance(), s.stats().variance());
        }
    }

    @Test
    void aPublishedSnapshotNeverChangesAfterwards() {
        try (LiveSimulation sim = new LiveSimulation(config("double-well:dim=2", "underdamped", 500),
                Params.DEFAULT.withTemperature(0.15).withEta(0.05), new BlockRunner(2))) {
            sim.start();
            sim.advanceBy(120);
            Snapshot s = await(sim, x -> x.step() == 120);
            float[] xs = s.cloud().xs().clone();
            float[] vs = s.cloud().vs().clone();
            LossProbe.History loss = s.get(LiveProbes.LOSS);
            double[] mean = loss.mean().clone();
            TrailsProbe.Paths trails = s.get(LiveProbes.TRAILS);
            double[] trail = trails.x()[0].clone();
            SharpnessProbe.Trace sharpness = s.get(LiveProbes.SHARPNESS);
            double[] lambda = sharpness.particle0().clone();
            double[] statsMean = s.stats().mean().clone();
            // The run goes on (many frames, a reset, a new parameter) while the old snapshot is kept.
            sim.setRunning(true);
            await(sim, x -> x.step() > 400);
            sim.setParams(Params.DEFAULT.withTemperature(0.5));
            sim.reset();
            sim.advanceBy(50);
            await(sim, x -> x.step() >= 50 && x.params().temperature() == 0.5);
            sim.setRunning(false);
            assertArrayEquals(xs, s.cloud().xs());
            assertArrayEquals(vs, s.cloud().vs());
            assertArrayEquals(mean, loss.mean());
            assertArrayEquals(trail, trails.x()[0]);
            assertArrayEquals(lambda, sharpness.particle0());
            assertArrayEquals(statsMean, s.stats().mean());
            assertEquals(120, s.step());
        }
    }

    @Test
    void resetReplaysTheRunAndEveryMeasurementBitForBit() {
        try (LiveSimulation sim = new LiveSimulation(config("double-well", "langevin", 2000),
                Params.DEFAULT.withTemperature(0.2), new BlockRunner(2))) {
            sim.start();
            sim.advanceBy(300);
            Snapshot first = await(sim, x -> x.step() == 300);
            sim.reset();
            Snapshot start = await(sim, x -> x.step() == 0);
            assertNotSame(first, start);
            sim.advanceBy(300);
            Snapshot second = await(sim, x -> x.step() == 300 && x != first);
            assertArrayEquals(first.cloud().xs(), second.cloud().xs());
            assertArrayEquals(first.get(LiveProbes.LOSS).mean(), second.get(LiveProbes.LOSS).mean());
            assertArrayEquals(first.get(LiveProbes.LOSS).particle0(), second.get(LiveProbes.LOSS).particle0());
            assertArrayEquals(first.get(LiveProbes.TRAILS).x()[1], second.get(LiveProbes.TRAILS).x()[1]);
            assertArrayEquals(first.get(LiveProbes.LYAPUNOV).first(), second.get(LiveProbes.LYAPUNOV).first());
            assertArrayEquals(first.get(LiveProbes.DISTRIBUTION).x().density(),
                    second.get(LiveProbes.DISTRIBUTION).x().density());
            assertEquals(first.get(LiveProbes.GIBBS_DISTANCE), second.get(LiveProbes.GIBBS_DISTANCE));
            assertArrayEquals(first.get(LiveProbes.FORECAST).density(), second.get(LiveProbes.FORECAST).density());
        }
    }

    @Test
    void snapshotsCarryEveryProbeOfTheRegistry() {
        try (LiveSimulation sim = new LiveSimulation(config("double-well", "mala", 400),
                Params.DEFAULT.withTemperature(0.3).withEta(0.05), new BlockRunner(1))) {
            sim.start();
            sim.advanceBy(20);
            Snapshot s = await(sim, x -> x.step() == 20);
            // MALA in 1-D at fixed settings: every probe has something to say (the autocorrelation waits until
            // the run has relaxed, t ≥ 5/μ₁ ≈ 25 time units, i.e. 500 steps).
            for (var key : LiveProbes.all()) {
                boolean expected = key != LiveProbes.AUTOCORRELATION;
                assertEquals(expected, s.get(key) != null, key + " in the snapshot");
            }
            assertSame(s.get(LiveProbes.READOUTS), s.probes().get(LiveProbes.READOUTS));
        }
    }

    @Test
    void aRunWhoseSlidersMovedReplaysBitForBitFromItsHistory() {
        RunConfig c = config("double-well:dim=2", "langevin", 1000);
        Params first = Params.DEFAULT.withTemperature(0.1);
        Snapshot original;
        try (LiveSimulation sim = new LiveSimulation(c, first, new BlockRunner(2))) {
            sim.start();
            sim.advanceBy(60);
            await(sim, x -> x.step() == 60);
            sim.setParams(first.withTemperature(0.4).withEta(0.02));
            sim.advanceBy(35);
            await(sim, x -> x.step() == 95);
            sim.setParams(first.withTemperature(0.05));
            sim.advanceBy(40);
            original = await(sim, x -> x.step() == 135);
        }
        assertEquals(3, original.history().size());
        assertEquals(List.of(0L, 60L, 95L), original.history().stream().map(ParamChange::step).toList());
        try (LiveSimulation replay = new LiveSimulation(c, Params.DEFAULT, new BlockRunner(1))) {
            replay.start();
            replay.replay(original.history(), 135);
            Snapshot again = await(replay, x -> x.step() == 135);
            assertArrayEquals(original.cloud().xs(), again.cloud().xs());
            assertArrayEquals(original.cloud().ys(), again.cloud().ys());
            assertArrayEquals(original.stats().mean(), again.stats().mean());
            assertArrayEquals(original.stats().variance(), again.stats().variance());
            assertEquals(original.history(), again.history());
            assertEquals(0.05, again.params().temperature(), 0.0, "the last values stay in effect");
        }
    }
}
