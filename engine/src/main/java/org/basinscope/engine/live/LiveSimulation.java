package org.basinscope.engine.live;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.basinscope.engine.analysis.CriticalPoints;
import org.basinscope.engine.analysis.LandscapeGrid;
import org.basinscope.engine.dynamics.ParticleArrays;
import org.basinscope.engine.dynamics.Params;
import org.basinscope.engine.ensemble.BlockRunner;
import org.basinscope.engine.ensemble.Ensemble;
import org.basinscope.engine.ensemble.EnsembleStats;
import org.basinscope.engine.live.probe.LiveProbes;
import org.basinscope.engine.live.probe.LiveRun;

/**
 * A simulation running on its own thread, driven by commands and observed through snapshots.
 *
 * <p><b>Threading (the one hand-over mechanism of the app).</b> Only the simulation thread touches
 * the {@link Ensemble}. Callers on any thread (the UI) send commands ({@link #setParams},
 * {@link #setRunning}, {@link #reset}, {@link #configure}, ...) which never block; the simulation
 * thread applies them between steps. After each frame's steps the live probes ({@link LiveProbes})
 * measure, and an immutable {@link Snapshot} is built and published in an {@link AtomicReference};
 * readers take {@link #latest()} and never wait. The thread paces itself to at most
 * {@value #FRAMES_PER_SECOND} frames per second.
 */
public final class LiveSimulation implements AutoCloseable {
    public static final int FRAMES_PER_SECOND = 60;
    /** At most this many particles are copied into a snapshot for drawing (all of them up to 10⁵). */
    public static final int MAX_DRAWN = 100_000;
    public static final int MAX_STEPS_PER_FRAME = 100_000;
    /** Landscape samples per axis for drawing. */
    public static final int GRID = 240;

    private final BlockRunner runner;
    private final LinkedBlockingQueue<Runnable> commands = new LinkedBlockingQueue<>();
    private final AtomicReference<Snapshot> latest = new AtomicReference<>();
    private final AtomicLong paramsVersion = new AtomicLong();
    private final Thread thread;

    private volatile Params params;
    private volatile long paramsChangedNanos;
    private volatile boolean running;
    private volatile int stepsPerFrame = 10;
    private volatile boolean closed;
    /** The step this run does not go past on its own (see {@link #setStepLimit}). */
    private volatile long stepLimit = Long.MAX_VALUE;

    // Owned by the simulation thread.
    private RunConfig config;
    private Ensemble ensemble;
    /** The probes' view of this run: they measure after every frame and report in every snapshot. */
    private final LiveRun run = new LiveRun();
    private CriticalPoints.Result critical;
    private LandscapeGrid grid;
    /** Steps between checks for new parameters within a frame. */
    private static final int CHUNK = 2;
    /** The sliders' values from each step on where they changed since the last (re)start, and its copy. */
    private final List<ParamChange> history = new ArrayList<>();
    private List<ParamChange> historyView = List.of();
    /** The parameter version of the last published snapshot (simulation thread only). */
    private long publishedVersion = -1;
    private long sequence;
    private int pendingSteps;
    private boolean dirty = true;
    private String error;
    private double stepsPerSecond;

    public LiveSimulation(RunConfig config, Params params, BlockRunner runner) {
        this.runner = runner;
        this.params = params;
        this.thread = new Thread(this::loop, "basinscope-simulation");
        this.thread.setDaemon(true);
        // Building the ensemble, its critical points and its grid takes a while for big N or rugged
        // landscapes: the simulation thread does it, not the caller (usually the FX thread).
        this.config = config;
        send(() -> rebuild(config));
    }

    /** Starts the simulation thread (paused until {@link #setRunning}(true)). */
    public LiveSimulation start() {
        thread.start();
        return this;
    }

    /** The newest published snapshot; never blocks. */
    public Snapshot latest() {
        return latest.get();
    }

    /** New η, B, T, γ, β: used from the next step on, without restarting. Returns the version number. */
    public long setParams(Params p) {
        params = p;
        paramsChangedNanos = System.nanoTime();
        long v = paramsVersion.incrementAndGet();
        send(() -> dirty = true);
        return v;
    }

    public Params params() {
        return params;
    }

    /** The parameters' version (it increases with every {@link #setParams}). */
    public long paramsVersion() {
        return paramsVersion.get();
    }

    /** When (System.nanoTime) the newest parameters were set: the start of a slider-to-screen latency. */
    public long paramsChangedNanos() {
        return paramsChangedNanos;
    }

    /**
     * Called on the simulation thread before each frame of steps: the window's chance to take the cores back
     * while it is busy with something long (the app passes a wait bounded in time; default: nothing).
     */
    public void setCourtesy(Runnable beforeFrame) {
        courtesy = java.util.Objects.requireNonNull(beforeFrame);
    }

    private volatile Runnable courtesy = () -> { };

    public void setRunning(boolean run) {
        running = run;
        send(() -> dirty = true);
    }

    public boolean running() {
        return running;
    }

    public void setStepsPerFrame(int steps) {
        stepsPerFrame = Math.max(1, Math.min(MAX_STEPS_PER_FRAME, steps));
        send(() -> dirty = true);
    }

    /** One step while paused. */
    public void stepOnce() {
        send(() -> pendingSteps++);
    }

    /** Takes {@code steps} steps at once (paused or not) and publishes the result: for scripted runs. */
    public void advanceBy(int steps) {
        send(() -> {
            // Frame-sized chunks, so the loss history has the same resolution as a live run.
            for (int done = 0; done < steps; ) {
                int chunk = Math.min(stepsPerFrame, steps - done);
                courtesy.run();
                step(chunk, -1);
                done += chunk;
            }
        });
    }

    /**
     * Brings the run to step {@code target} and publishes it: back to its start first (same seed, so bit for
     * bit) when it is past the target, then forward in frame-sized chunks. Idempotent, so a run driven by
     * another's clock (the B side of a comparison) can be sent its leader's step every frame.
     */
    public void advanceTo(long target) {
        send(() -> {
            if (ensemble == null) {
                return;
            }
            if (ensemble.step() > target) {
                restart();
            }
            while (ensemble.step() < target) {
                courtesy.run();
                step((int) Math.min(stepsPerFrame, target - ensemble.step()), -1);
            }
        });
    }

    /**
     * Running or stepping, the run stops at {@code step} until the limit is raised ({@link Long#MAX_VALUE}: no
     * limit): the leader of a comparison waits for the run that follows it, so the two never drift apart.
     */
    public void setStepLimit(long step) {
        stepLimit = step;
        send(() -> dirty = true);
    }

    /**
     * Replays a run's first {@code steps} steps with the sliders' values of {@code history} (each entry's from
     * its step on; empty: the current values throughout), then publishes the result: a saved session whose
     * sliders moved reproduces its run bit for bit. The last values stay in effect.
     */
    public void replay(List<ParamChange> history, long steps) {
        List<ParamChange> changes = List.copyOf(history);
        send(() -> {
            int next = 0;
            long done = 0;
            while (done < steps) {
                while (next < changes.size() && changes.get(next).step() <= ensemble.step()) {
                    params = changes.get(next++).params();
                    paramsVersion.incrementAndGet();
                }
                long until = next < changes.size() ? Math.min(steps, changes.get(next).step()) : steps;
                // Frame-sized chunks, so the histories have the same resolution as a live run.
                int chunk = (int) Math.min(stepsPerFrame, until - ensemble.step());
                // A long replay (a session of 10⁴ steps) gives way to a busy window chunk by chunk.
                courtesy.run();
                step(Math.max(1, chunk), -1);
                done = ensemble.step();
            }
        });
    }

    /** Back to the start with the same seed: the run replays bit for bit. */
    public void reset() {
        send(this::restart);
    }

    private void restart() {
        ensemble.reset();
        // A Step clicked before Reset was meant for the run that was reset.
        pendingSteps = 0;
        restartHistory();
        run.restart(params);
        dirty = true;
        error = null;
    }

    /** A new landscape, dynamics, N, seed or start point: the ensemble restarts from its start. */
    public void configure(RunConfig next) {
        send(() -> rebuild(next));
    }

    private void send(Runnable command) {
        commands.add(command);
    }

    @Override
    public void close() {
        closed = true;
        send(() -> { });
        try {
            thread.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void waitForCommand(long nanos) {
        try {
            Runnable c = commands.poll(nanos, TimeUnit.NANOSECONDS);
            if (c != null) {
                c.run();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            closed = true;
        }
    }

    private void rebuild(RunConfig next) {
        Ensemble e = new Ensemble(next.landscape(), next.dynamics(), params, next.particles(), next.seed(),
                next.start(), runner);
        if (next.spread() > 0) {
            e.setSpread(next.spread());
            e.reset();
        }
        e.setSchedule(next.schedule());
        config = next;
        ensemble = e;
        critical = CriticalPoints.find(next.landscape(), next.landscape().viewBox());
        grid = LandscapeGrid.sample(next.landscape(), next.landscape().viewBox(), GRID, GRID);
        error = null;
        // A Step clicked before the new configuration arrived was meant for the old run.
        pendingSteps = 0;
        restartHistory();
        run.configure(next, e, critical, params);
        dirty = true;
    }

    private void restartHistory() {
        history.clear();
        history.add(ParamChange.of(0, params));
        historyView = List.copyOf(history);
    }

    private void loop() {
        long period = 1_000_000_000L / FRAMES_PER_SECOND;
        long next = System.nanoTime();
        while (!closed) {
            try {
                Runnable c;
                while ((c = commands.poll()) != null) {
                    c.run();
                }
                long version = paramsVersion.get();
                Params p = params;
                if (ensemble == null) {
                    // The first configuration failed to build: nothing to run until a new one arrives.
                    if (dirty) {
                        dirty = false;
                    }
                    waitForCommand(250_000_000L);
                    continue;
                }
                int steps = running ? stepsPerFrame : Math.min(pendingSteps, 1);
                steps = (int) Math.min(steps, Math.max(0, stepLimit - ensemble.step()));
                if (running && version != publishedVersion) {
                    // New parameters: show them after one step instead of a whole frame's worth, so a
                    // slider answers within a frame even when a frame of steps is slow (10⁵ particles).
                    steps = Math.min(steps, 1);
                }
                if (steps > 0) {
                    courtesy.run();
                    int done = step(steps, running ? version : -1);
                    pendingSteps = Math.max(0, pendingSteps - done);
                    if (done < steps) {
                        // The parameters changed mid-frame: skip this frame's snapshot and show the new
                        // ones after a single step (see above), which is what the user is waiting for.
                        continue;
                    }
                }
                if (dirty) {
                    dirty = false;
                    latest.set(snapshot(version, p));
                    publishedVersion = version;
                }
            } catch (RuntimeException | OutOfMemoryError e) {
                running = false;
                error = "simulation stopped: " + e.getClass().getSimpleName() + ": " + e.getMessage();
                dirty = true;
            }
            try {
                long now = System.nanoTime();
                next = Math.max(next + period, now);
                Runnable c = commands.poll(running || pendingSteps > 0 ? next - now : 250_000_000L,
                        TimeUnit.NANOSECONDS);
                if (c != null) {
                    c.run();
                }
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /**
     * Advances with the current parameters, then lets the probes measure. With {@code watch} ≥ 0 it stops
     * early, between chunks of {@value #CHUNK} steps, once the parameter version is no longer
     * {@code watch}. Returns the steps taken.
     */
    private int step(int steps, long watch) {
        Params used = params;
        ensemble.setParams(used);
        ParamChange last = history.get(history.size() - 1);
        if (!used.equals(last.params())) {
            if (last.step() == ensemble.step()) { // never took effect: one entry a step (a replay gives back its history)
                history.remove(history.size() - 1);
            }
            history.add(ParamChange.of(ensemble.step(), used));
            historyView = List.copyOf(history);
        }
        long t0 = System.nanoTime();
        int done = 0;
        while (done < steps) {
            int chunk = Math.min(CHUNK, steps - done);
            ensemble.advance(chunk);
            done += chunk;
            if (watch >= 0 && paramsVersion.get() != watch) {
                break;
            }
        }
        double rate = done / Math.max(1e-9, (System.nanoTime() - t0) * 1e-9);
        stepsPerSecond = stepsPerSecond == 0 ? rate : 0.9 * stepsPerSecond + 0.1 * rate;
        run.afterSteps(params, done);
        dirty = true;
        return done;
    }

    private Snapshot snapshot(long version, Params base) {
        Ensemble e = ensemble;
        var results = run.results(base);
        EnsembleStats stats = run.stats();
        return new Snapshot(++sequence, version, config, run.now(), base, running, stepsPerFrame, stepsPerSecond, stats,
                cloud(e.particles(), stats.alive()), grid, critical, historyView, message(stats), results);
    }

    /** Copies of up to {@value #MAX_DRAWN} live particles' positions (and x-velocities) for drawing. */
    private Cloud cloud(ParticleArrays s, int alive) {
        int drawn = Math.min(alive, MAX_DRAWN);
        float[] xs = new float[drawn];
        float[] ys = new float[drawn];
        int vIndex = config.dynamics().velocityIndex();
        float[] vs = vIndex >= 0 ? new float[drawn] : null;
        int k = 0;
        for (int i = 0; i < s.size && k < drawn; i++) {
            if (!s.diverged[i]) {
                xs[k] = (float) s.x[i];
                ys[k] = (float) s.y[i];
                if (vs != null) {
                    vs[k] = (float) s.aux[vIndex][i];
                }
                k++;
            }
        }
        return new Cloud(xs, ys, vs);
    }

    private String message(EnsembleStats stats) {
        if (error != null) {
            return error;
        }
        if (stats.diverged() == 0) {
            return null;
        }
        if (stats.alive() == 0) {
            return "All " + stats.particles() + " particles diverged (left |x| ≤ 10⁶ or became NaN). Lower η or T and "
                    + "press Reset.";
        }
        return stats.diverged() + " of " + stats.particles() + " particles diverged and were removed from the plots.";
    }
}
