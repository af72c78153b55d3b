package org.basinscope.engine.live;

import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.basinscope.engine.analysis.CriticalPoints;
import org.basinscope.engine.analysis.GibbsDensity;
import org.basinscope.engine.analysis.Histogram;
import org.basinscope.engine.analysis.KongTaoDensity;
import org.basinscope.engine.chaos.LyapunovTracker;
import org.basinscope.engine.analysis.LandscapeGrid;
import org.basinscope.engine.analysis.Quantiles;
import org.basinscope.engine.analysis.Readouts;
import org.basinscope.engine.dynamics.ParticleArrays;
import org.basinscope.engine.dynamics.Params;
import org.basinscope.engine.ensemble.BlockRunner;
import org.basinscope.engine.ensemble.Ensemble;
import org.basinscope.engine.ensemble.EnsembleStats;

/**
 * A simulation running on its own thread, driven by commands and observed through snapshots.
 *
 * <p><b>Threading (the one hand-over mechanism of the app).</b> Only the simulation thread touches
 * the {@link Ensemble}. Callers on any thread (the UI) send commands ({@link #setParams},
 * {@link #setRunning}, {@link #reset}, {@link #configure}, ...) which never block; the simulation
 * thread applies them between steps. After each frame's steps it builds an immutable
 * {@link Snapshot} and publishes it in an {@link AtomicReference}; readers take {@link #latest()}
 * and never wait. The thread paces itself to at most {@value #FRAMES_PER_SECOND} frames per second.
 */
public final class LiveSimulation implements AutoCloseable {
    public static final int FRAMES_PER_SECOND = 60;
    /** At most this many particles are copied into a snapshot for drawing (all of them up to 10⁵). */
    public static final int MAX_DRAWN = 100_000;
    /** Loss quantiles are estimated from an evenly strided subsample of at most this many particles. */
    public static final int QUANTILE_SAMPLE = 10_000;
    public static final int HISTOGRAM_BINS = 80;
    public static final int LOSS_HISTORY = 2_000;
    public static final int TRAILS = 4;
    public static final int TRAIL_LENGTH = 400;
    public static final int MAX_STEPS_PER_FRAME = 100_000;
    /** Most steps per frame the Lyapunov tracker takes (it costs a small QR per step). */
    public static final int TRACKER_STEPS = 1000;
    /** Landscape samples per axis for drawing. */
    public static final int GRID = 240;

    private final BlockRunner runner;
    private final LinkedBlockingQueue<Runnable> commands = new LinkedBlockingQueue<>();
    private final AtomicReference<Snapshot> latest = new AtomicReference<>();
    private final AtomicLong paramsVersion = new AtomicLong();
    /** Particles sampled for the live KS distance. */
    public static final int KS_SAMPLE = 10_000;
    private final Thread thread;

    private volatile Params params;
    private volatile long paramsChangedNanos;
    private volatile boolean running;
    private volatile int stepsPerFrame = 10;
    private volatile boolean closed;

    // Owned by the simulation thread.
    private RunConfig config;
    private Ensemble ensemble;
    private Trails trails;
    private final RingSeries loss = new RingSeries(5, LOSS_HISTORY);
    private CriticalPoints.Result critical;
    private LandscapeGrid grid;
    private LyapunovTracker tracker;
    private final RingSeries lyapunovHistory = new RingSeries(3, LOSS_HISTORY);
    /** The Fokker–Planck forecast of this run (1-D Langevin), its key, and the parameters the run started with. */
    private org.basinscope.engine.equilibrium.DensityForecast forecast;
    private Object forecastKey;
    private Params startParams;
    /** The stationary autocorrelation of x measured once the forecast says the run has relaxed, and its prediction. */
    private org.basinscope.engine.equilibrium.EnsembleAutocorrelation autocorrelation;
    private final double[] predictedCorrelation =
            new double[org.basinscope.engine.equilibrium.EnsembleAutocorrelation.MAX_POINTS];
    /** Relaxation times 1/μ₁ after which the run counts as relaxed (e^{−5}: within 1% of equilibrium). */
    private static final double RELAXED = 5;
    /** Steps between checks for new parameters within a frame. */
    private static final int CHUNK = 2;
    /** The parameter version of the last published snapshot (simulation thread only). */
    private long publishedVersion = -1;
    /**
     * {step, λmax at particle 0, mean λmax over up to SHARPNESS_SAMPLE particles, 2/η, λmax along full-batch GD
     * from the start} per frame.
     */
    private final RingSeries sharpness = new RingSeries(5, LOSS_HISTORY);
    /** Full-batch GD beside the run, for the sharpness plot (GD against the run's own dynamics). */
    private org.basinscope.engine.analysis.FullBatchPath gdPath;
    /** {step, η_t, T_t} per frame: the parameters in effect under the schedule. */
    private final RingSeries scheduled = new RingSeries(3, LOSS_HISTORY);
    private static final int SHARPNESS_SAMPLE = 64;
    private final double[] hessianScratch = new double[3];
    private String gibbsLabel;
    private Params gibbsParams;
    private double gibbsTemperature = Double.NaN;
    private double[] gibbsX;
    private double[] gibbsY;
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
                step(chunk, -1);
                done += chunk;
            }
        });
    }

    /** Back to the start with the same seed: the run replays bit for bit. */
    public void reset() {
        send(() -> {
            ensemble.reset();
            restartRecords();
            error = null;
        });
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
        trails = new Trails(Math.min(TRAILS, next.particles()), TRAIL_LENGTH, next.dynamics().velocityIndex());
        ensemble.setObserver(trails);
        critical = CriticalPoints.find(next.landscape(), next.landscape().viewBox());
        tracker = new LyapunovTracker(next.landscape(), next.dynamics(), params, next.start(), next.seed());
        gdPath = new org.basinscope.engine.analysis.FullBatchPath(next.landscape(), next.start());
        grid = LandscapeGrid.sample(next.landscape(), next.landscape().viewBox(), GRID, GRID);
        gibbsTemperature = Double.NaN;
        gibbsParams = null;
        error = null;
        restartRecords();
    }

    private void restartRecords() {
        startParams = params;
        trails.restart(ensemble.particles());
        loss.clear();
        tracker.restart();
        gdPath.restart();
        lyapunovHistory.clear();
        sharpness.clear();
        scheduled.clear();
        autocorrelation = null;
        recordLoss();
        recordSchedule(current(params));
        dirty = true;
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
                if (running && version != publishedVersion) {
                    // New parameters: show them after one step instead of a whole frame's worth, so a
                    // slider answers within a frame even when a frame of steps is slow (10⁵ particles).
                    steps = Math.min(steps, 1);
                }
                if (steps > 0) {
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
     * Advances with the current parameters and records one row of the loss history. With
     * {@code watch} ≥ 0 it stops early, between chunks of {@value #CHUNK} steps, once the parameter
     * version is no longer {@code watch}. Returns the steps taken.
     */
    private int step(int steps, long watch) {
        ensemble.setParams(params);
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
        steps = done;
        double rate = steps / Math.max(1e-9, (System.nanoTime() - t0) * 1e-9);
        stepsPerSecond = stepsPerSecond == 0 ? rate : 0.9 * stepsPerSecond + 0.1 * rate;
        recordLoss();
        // The exponent estimate follows the same settings on its own orbit, at most TRACKER_STEPS a frame.
        Params now = current(params);
        tracker.advance(now, Math.min(steps, TRACKER_STEPS));
        // The GD path keeps step with the run unless a frame is very long (then it catches up later).
        gdPath.advance(now.eta(), (int) Math.min(ensemble.step() - gdPath.steps(), TRACKER_STEPS));
        double[] l = tracker.exponents();
        lyapunovHistory.add(ensemble.step(), l[0], l.length > 1 ? l[1] : Double.NaN);
        recordSharpness(now);
        recordSchedule(now);
        measureAutocorrelation(now);
        dirty = true;
        return done;
    }

    /** The parameters in effect at the ensemble's current step: {@code base} scaled by the schedule. */
    private Params current(Params base) {
        return config.schedule().at(base, Math.max(1, ensemble.step()));
    }

    private void recordSchedule(Params now) {
        scheduled.add(ensemble.step(), now.eta(), now.temperature());
    }

    /**
     * Sharpness along the run (seed 002, edge of stability): the largest Hessian eigenvalue at particle 0
     * and averaged over an evenly strided sample of live particles, beside GD's stability edge 2/η.
     */
    private void recordSharpness(Params now) {
        ParticleArrays s = ensemble.particles();
        double first = s.diverged[0] ? Double.NaN : lambdaMax(s.x[0], s.y[0]);
        int stride = Math.max(1, s.size / SHARPNESS_SAMPLE);
        double sum = 0;
        int n = 0;
        for (int i = 0; i < s.size; i += stride) {
            if (!s.diverged[i]) {
                double l = lambdaMax(s.x[i], s.y[i]);
                if (Double.isFinite(l)) {
                    sum += l;
                    n++;
                }
            }
        }
        sharpness.add(ensemble.step(), first, n == 0 ? Double.NaN : sum / n, 2 / now.eta(),
                gdPath.steps() == ensemble.step() ? gdPath.sharpness() : Double.NaN);
    }

    private double lambdaMax(double x, double y) {
        config.landscape().hessian(x, y, hessianScratch);
        return org.basinscope.engine.analysis.Curvature.lambdaMax(config.landscape().dimension(), hessianScratch);
    }

    /** Mean loss, its 10% and 90% quantiles (from a strided subsample) and particle 0's loss, now. */
    private void recordLoss() {
        ParticleArrays s = ensemble.particles();
        int alive = 0;
        for (boolean dead : s.diverged) {
            alive += dead ? 0 : 1;
        }
        double[] losses = new double[Math.min(alive, QUANTILE_SAMPLE)];
        int stride = Math.max(1, alive / Math.max(1, losses.length));
        double sum = 0;
        int counted = 0;
        int q = 0;
        int seen = 0;
        for (int i = 0; i < s.size; i++) {
            if (s.diverged[i]) {
                continue;
            }
            double f = config.landscape().value(s.x[i], s.y[i]);
            if (seen++ % stride == 0 && q < losses.length && !Double.isNaN(f)) {
                losses[q++] = f;
            }
            // Outside the landscape's domain (NaN loss) counts as diverged, as in Ensemble.stats().
            if (!Double.isNaN(f)) {
                sum += f;
                counted++;
            }
        }
        double[] band = Quantiles.of(losses, q, 0.1, 0.9);
        double highlighted = s.diverged[0] ? Double.NaN : config.landscape().value(s.x[0], s.y[0]);
        loss.add(ensemble.step(), counted == 0 ? Double.NaN : sum / counted, band[0], band[1], highlighted);
    }

    private Snapshot snapshot(long version, Params base) {
        Ensemble e = ensemble;
        Params p = current(base);
        ParticleArrays s = e.particles();
        EnsembleStats stats = e.stats();
        Readouts readouts = Readouts.compute(config.landscape(), config.dynamics(), p, stats, config.start());
        int alive = stats.alive();
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
        double[] box = config.landscape().viewBox();
        boolean two = config.landscape().dimension() == 2;
        Histogram hx = Histogram.of(s.x, s.diverged, s.size, box[0], box[1], HISTOGRAM_BINS);
        Histogram hy = two ? Histogram.of(s.y, s.diverged, s.size, box[2], box[3], HISTOGRAM_BINS) : null;
        updateGibbs(readouts.effectiveTemperature(), p, box, two);
        double[][][] trailCopy = trails.copy();
        double entropy = org.basinscope.engine.chaos.PermutationEntropy.of(trailCopy[0][0], trailCopy[0][0].length, 4);
        double[] distance = gibbsX == null ? null : gibbsDistance(s, hx, box);
        double[] forecastX = forecast(p, box, e.step());
        double[][] correlation = autocorrelationSeries();
        double[] acceptance = config.dynamics().acceptanceRates(s, e.step());
        return new Snapshot(++sequence, version, config, p, base, running, stepsPerFrame, stats, readouts, xs, ys, vs,
                trailCopy, loss.copy(), hx, hy, gibbsX, gibbsY, gibbsLabel, critical, grid, stepsPerSecond,
                tracker.exponents(), lyapunovHistory.copy(), tracker.method(), entropy, sharpness.copy(), distance,
                acceptance, forecastX, forecast == null ? Double.NaN : forecast.spectralGap(), correlation, scheduled.copy(),
                message(stats));
    }

    /**
     * The Fokker–Planck density the histogram should follow now, for a 1-D overdamped Langevin run (or
     * MALA) whose parameters are still those it started with; null otherwise. The operator is rebuilt
     * only when the landscape, T, start or range change.
     */
    private double[] forecast(Params p, double[] box, long step) {
        var fp = operator(p, box);
        return fp == null ? null : fp.density(step * p.eta());
    }

    /**
     * The Fokker–Planck operator of this run (a 1-D overdamped Langevin or MALA run whose parameters are
     * those it started with, without a schedule), rebuilt only when the landscape, T, start or range
     * change; null otherwise.
     */
    private org.basinscope.engine.equilibrium.DensityForecast operator(Params p, double[] box) {
        RunConfig c = config;
        boolean langevin = c.dynamics() instanceof org.basinscope.engine.dynamics.OverdampedLangevin
                || c.dynamics() instanceof org.basinscope.engine.dynamics.Mala;
        if (c.landscape().dimension() != 1 || !langevin || !(p.temperature() > 0) || !p.equals(startParams)
                || !c.schedule().isConstant()) {
            return null;
        }
        Object key = java.util.List.of(c.landscape(), p.temperature(), c.start()[0], c.spread(), box[0], box[1]);
        if (!key.equals(forecastKey)) {
            forecastKey = key;
            try {
                forecast = new org.basinscope.engine.equilibrium.DensityForecast(c.landscape(), p.temperature(), box[0],
                        box[1], HISTOGRAM_BINS, c.start()[0], c.spread());
            } catch (RuntimeException e) {
                forecast = null;
            }
        }
        return forecast;
    }

    /**
     * With a Fokker–Planck forecast in force: from the time the run has relaxed ({@value #RELAXED}/μ₁), the
     * ensemble autocorrelation of x at the lags since then, beside the operator's exact one; else null.
     * Columns {τ, measured, predicted}.
     */
    private void measureAutocorrelation(Params p) {
        var fp = operator(p, config.landscape().viewBox());
        if (fp == null) {
            autocorrelation = null;
            return;
        }
        ParticleArrays s = ensemble.particles();
        double time = ensemble.step() * p.eta();
        if (autocorrelation == null) {
            if (time >= RELAXED / fp.spectralGap()) {
                autocorrelation = new org.basinscope.engine.equilibrium.EnsembleAutocorrelation(s, time);
            }
            return;
        }
        int before = autocorrelation.series()[0].length;
        autocorrelation.add(s, time);
        double[][] measured = autocorrelation.series();
        for (int k = before; k < measured[0].length; k++) {
            predictedCorrelation[k] = fp.autocorrelation(new double[] {measured[0][k]})[0];
        }
    }

    /** The measured autocorrelation with its prediction, columns {τ, measured, predicted}, or null. */
    private double[][] autocorrelationSeries() {
        if (autocorrelation == null) {
            return null;
        }
        double[][] measured = autocorrelation.series();
        return new double[][] {measured[0], measured[1], java.util.Arrays.copyOf(predictedCorrelation, measured[0].length)};
    }

    /**
     * {KS, TV} of the live particles' x against the density curve: TV from the histogram, KS from an
     * evenly strided sample of at most {@value #KS_SAMPLE} particles (sampling noise ≈ 0.87/√n), against
     * the curve's CDF on the histogram bins.
     */
    private double[] gibbsDistance(ParticleArrays s, Histogram hx, double[] box) {
        double tv = org.basinscope.engine.analysis.GibbsDistance.totalVariation(hx.density(), gibbsX, hx.width());
        int alive = 0;
        for (int i = 0; i < s.size; i++) {
            alive += s.diverged[i] ? 0 : 1;
        }
        int stride = Math.max(1, (alive + KS_SAMPLE - 1) / KS_SAMPLE);
        double[] sample = new double[Math.min(alive, KS_SAMPLE)];
        int n = 0;
        int seen = 0;
        for (int i = 0; i < s.size && n < sample.length; i++) {
            if (!s.diverged[i] && seen++ % stride == 0) {
                sample[n++] = s.x[i];
            }
        }
        double[] sorted = java.util.Arrays.copyOf(sample, n);
        java.util.Arrays.sort(sorted);
        double ks = org.basinscope.engine.analysis.GibbsDistance.kolmogorovSmirnov(sorted, gibbsX, box[0], box[1]);
        return new double[] {ks, tv};
    }

    private void updateGibbs(double temperature, Params p, double[] box, boolean two) {
        if (KongTaoDensity.applies(config.landscape(), config.dynamics())) {
            // Deterministic GD on the multiscale loss: Kong & Tao's near-Gibbs density of the macro part.
            if (!p.equals(gibbsParams)) {
                gibbsParams = p;
                gibbsTemperature = Double.NaN;
                gibbsX = KongTaoDensity.density(p, box, HISTOGRAM_BINS);
                gibbsY = null;
                gibbsLabel = "Kong–Tao exp(−2f0/(ησ²))/Z, σ² = ½";
            }
            return;
        }
        if (temperature == gibbsTemperature) {
            return;
        }
        gibbsTemperature = temperature;
        gibbsParams = null;
        gibbsLabel = "Gibbs exp(−f/T_eff)/Z";
        if (!(temperature > 0)) {
            gibbsX = null;
            gibbsY = null;
            return;
        }
        gibbsX = GibbsDensity.marginal(config.landscape(), temperature, 0, box, HISTOGRAM_BINS);
        gibbsY = two ? GibbsDensity.marginal(config.landscape(), temperature, 1, box, HISTOGRAM_BINS) : null;
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
