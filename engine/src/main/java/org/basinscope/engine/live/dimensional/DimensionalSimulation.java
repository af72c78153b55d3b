package org.basinscope.engine.live.dimensional;

import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.basinscope.engine.analysis.Lanczos;
import org.basinscope.engine.analysis.NoiseCovariance;
import org.basinscope.engine.analysis.NoiseGeometry;
import org.basinscope.engine.analysis.LandscapeGrid;
import org.basinscope.engine.analysis.Progress;
import org.basinscope.engine.analysis.network.NetworkPicture;
import org.basinscope.engine.analysis.network.NetworkPictures;
import org.basinscope.engine.analysis.projection.Centre;
import org.basinscope.engine.analysis.projection.Extent;
import org.basinscope.engine.analysis.projection.Plane;
import org.basinscope.engine.analysis.projection.PlaneGrid;
import org.basinscope.engine.analysis.projection.ProjectedCloud;
import org.basinscope.engine.analysis.projection.Projection;
import org.basinscope.engine.dynamics.ParticleArrays;
import org.basinscope.engine.dynamics.Params;
import org.basinscope.engine.ensemble.BlockRunner;
import org.basinscope.engine.ensemble.EnsembleStats;
import org.basinscope.engine.ensemble.VectorEnsemble;
import org.basinscope.engine.landscape.VectorLandscape;
import org.basinscope.engine.live.RingSeries;
import org.basinscope.engine.spec.InvalidInputException;

/**
 * A run in d dimensions on its own thread, driven by commands and observed through snapshots, with the same
 * hand-over as the planar {@link org.basinscope.engine.live.LiveSimulation}: callers on any thread send commands
 * that never block; only the simulation thread touches the {@link VectorEnsemble}; after each frame's steps an
 * immutable {@link DimensionalSnapshot} is published in an {@link AtomicReference} that readers take without
 * waiting.
 *
 * <p>What it adds for d &gt; 2 (issue 16): the cloud on a projection plane ({@link Projection}) with each
 * particle's own loss; the loss over that plane ({@link PlaneMap}), computed on a background thread from an
 * immutable {@link Projection} (never from the live particles) and re-chosen when the cloud has moved far enough
 * from the plane it was drawn on; and the Hessian's top eigenvalues at the mean along the run ({@link Spectrum}).
 * None of these feeds back into the run, which is bit-identical to a {@link VectorEnsemble} advanced by hand.
 */
public final class DimensionalSimulation implements AutoCloseable {
    public static final int FRAMES_PER_SECOND = 60;
    public static final int MAX_STEPS_PER_FRAME = 100_000;
    /** Grid points per side of the plane's loss map. */
    public static final int MAP_SIDE = 64;
    /** Rows of the loss and spectrum histories kept. */
    public static final int HISTORY = 4000;
    /** At most this many eigenvalues in the spectrum. */
    public static final int SPECTRUM_K = 3;
    /** The spectrum is measured at the end of a frame when at least this many steps passed since the last. */
    public static final int SPECTRUM_EVERY = 10;
    /**
     * ... and at least this much wall time: a network's Lanczos run (40 Hessian–vector products over its data) takes
     * 20 ms, and back to back they would take a core from the run.
     */
    static final long SPECTRUM_INTERVAL_NANOS = 100_000_000L;
    /**
     * The gradient noise's geometry is measured with a spectrum at most this often: on a network it is the n
     * per-example gradients, d + n Hessian–vector products for the alignment (about 0.3 s of a core for the
     * 2-16-16-2 MLP on 200 points) and a Lanczos run on C.
     */
    static final long NOISE_INTERVAL_NANOS = 2_000_000_000L;
    /** A scripted run measures it every this many steps, and at the step it ends on. */
    static final int NOISE_EVERY = 100;
    /** Particle 0's trail: at most this many positions, and at most {@link #TRAIL_VALUES} numbers in all. */
    static final int TRAIL = 300;
    static final int TRAIL_VALUES = 2_000_000;
    /**
     * The plane is re-chosen when the centre has moved more than this fraction of the map's shorter side, or
     * the cloud has left the map, or it fills less than {@link #FILL} of it along both axes.
     */
    static final double DRIFT = 0.25;
    static final double FILL = 1.0 / 3;
    /**
     * Wall time between two maps that were not asked for (a plane chosen or a reset is drawn at once): a network's
     * map takes about a second of one core.
     */
    static final long MAP_INTERVAL_NANOS = 2_000_000_000L;
    private static final int CHUNK = 2;
    /** Cells per side of particle 0's decision regions. */
    public static final int NETWORK_SIDE = 48;
    /** Bins of the histograms. */
    public static final int HISTOGRAM_BINS = 40;
    /** Wall time between two histograms while running (each projects every particle on k directions). */
    static final long HISTOGRAM_INTERVAL_NANOS = 100_000_000L;
    /** Wall time between two network pictures while running (each is n + 48² forward passes). */
    static final long NETWORK_INTERVAL_NANOS = 100_000_000L;

    private final BlockRunner runner;
    private final LinkedBlockingQueue<Runnable> commands = new LinkedBlockingQueue<>();
    private final AtomicReference<DimensionalSnapshot> latest = new AtomicReference<>();
    private final AtomicLong paramsVersion = new AtomicLong();
    private final Thread thread;
    /**
     * Computes plane maps and spectra, one job at a time, from immutable copies (a projection, a mean): the
     * Lanczos runs and the 64² loss evaluations of a network would otherwise cost the run its frames.
     */
    private final ExecutorService mapper = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "basinscope-dimensional-analysis");
        t.setDaemon(true);
        return t;
    });
    /** A finished map handed back to the simulation thread, tagged with the generation it was asked in. */
    private final AtomicReference<Delivered> delivered = new AtomicReference<>();

    private volatile Params params;
    private volatile long paramsChangedNanos;
    private volatile boolean running;
    private volatile int stepsPerFrame = 1;
    private volatile boolean closed;
    private volatile double mapProgress = Double.NaN;

    // Owned by the simulation thread.
    private DimensionalConfig config;
    private VectorEnsemble ensemble;
    private Plane plane = new Plane.Hessian(1);
    private Centre centre = new Centre.Mean();
    /**
     * Bumped by a reset, a new configuration or a new plane: maps asked for before are dropped (written by the
     * simulation thread only; read by the map thread to stop a map nobody wants).
     */
    private volatile long generation;
    private PlaneMap map;
    private Projection pending;
    private boolean mapWanted = true;
    private long lastMapNanos;
    private String mapError;
    private RingSeries loss;
    private RingSeries spectrum;
    private int spectrumK;
    /** Rows (step, μ₁ … μ_k, alignment, isotropic alignment, overlap) of the gradient noise's geometry. */
    private RingSeries noise;
    private String noiseOrigin;
    /** Why this run has no gradient noise to show, or null. */
    private String noiseAbsent;
    private long noiseStep = -1;
    private long noiseNanos;
    private long lastNoiseRow = -1;
    /** The statistics after the last frame's steps (they evaluate every particle's loss: taken once a frame). */
    private EnsembleStats stats;
    /** Each particle's loss after the last frame's steps, shared by the statistics and the projected cloud. */
    private double[] losses;
    /** The cloud's training accuracy, taken with the network picture (each is n forward passes per particle). */
    private double accuracy = Double.NaN;
    private long spectrumStep = -1;
    /** Spectra measured in the background, handed back to the simulation thread. */
    private final java.util.concurrent.ConcurrentLinkedQueue<Measured> measured =
            new java.util.concurrent.ConcurrentLinkedQueue<>();
    private boolean spectrumPending;
    /** The step of the spectrum's newest row (rows arrive in step order; a late background one is dropped). */
    private long lastRow = -1;
    private long spectrumNanos;
    /** Bumped by every restart: spectra of the run before are dropped. */
    private long restarts;
    private double[][] trail;
    private int trailSize;
    private long trailCount;
    private NetworkPicture network;
    private long networkNanos;
    /** The Hessian's top eigenvectors and eigenvalues at the mean of the newest spectrum row, or null. */
    private double[][] directions;
    private double[] directionValues;
    private DimensionalHistograms histograms = DimensionalHistograms.EMPTY;
    private long histogramNanos;
    private long histogramStep = -1;
    private boolean directionsChanged;
    /**
     * The parameters' history since the start, (step, values) from step 0 on, as the planar run keeps it: what a
     * saved session replays bit for bit (the simulation thread's; published as {@link #historyView}).
     */
    private final java.util.List<org.basinscope.engine.live.ParamChange> history = new java.util.ArrayList<>();
    private volatile java.util.List<org.basinscope.engine.live.ParamChange> historyView = java.util.List.of();
    /** Whose network picture is drawn (the simulation thread's). */
    private NetworkSource networkSource = NetworkSource.PARTICLE_0;
    /** The coordinate the histograms take (0-based; the simulation thread's). */
    private int histogramCoordinate;
    private long sequence;
    private int pendingSteps;
    private boolean dirty = true;
    private String error;
    private double stepsPerSecond;

    private record Delivered(long generation, PlaneMap map, String error) {
    }

    /** The top eigenvalues at the mean of step {@code step} of restart {@code run}, or null where Lanczos failed. */
    private record Measured(long run, long step, double[] eigenvalues, double[][] vectors, NoiseRow noise) {
    }

    /** One measurement of the noise geometry, or why it failed for good ({@code geometry} null). */
    private record NoiseRow(NoiseGeometry geometry, String origin, String failure) {
    }

    public DimensionalSimulation(DimensionalConfig config, Params params, BlockRunner runner) {
        this.runner = runner;
        this.params = params;
        this.thread = new Thread(this::loop, "basinscope-dimensional");
        this.thread.setDaemon(true);
        send(() -> rebuild(config));
    }

    /** Starts the simulation thread (paused until {@link #setRunning}(true)). */
    public DimensionalSimulation start() {
        thread.start();
        return this;
    }

    /** The newest published snapshot, or null before the first; never blocks. */
    public DimensionalSnapshot latest() {
        return latest.get();
    }

    /** New η, B, T, γ, β from the next step on, without restarting; returns the version number. */
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

    public int stepsPerFrame() {
        return stepsPerFrame;
    }

    /** One step while paused. */
    public void stepOnce() {
        send(() -> pendingSteps++);
    }

    /** Takes {@code steps} steps at once (paused or not) in frame-sized chunks, then publishes: for scripted runs. */
    public void advanceBy(long steps) {
        send(() -> {
            // A closed run stops between chunks: a long scripted run (a saved session of thousands of 100-D steps)
            // must not keep both cores after Back (the ten-minute soak's window starved waiting for its own run).
            for (long done = 0; done < steps && !closed; ) {
                int chunk = (int) Math.min(stepsPerFrame, steps - done);
                scriptedFrame(chunk);
                done += chunk;
            }
            scriptedEnd();
        });
    }

    /** A frame of a scripted run (a replayed session, a render): it gets its whole spectrum history, measured here. */
    private void scriptedFrame(int chunk) {
        scriptedFrames++;
        step(chunk, -1);
        afterFrame();
        if (stats.step() - spectrumStep >= SPECTRUM_EVERY) {
            measureSpectrumNow(stats);
        }
    }

    /** The end of a scripted run: its noise geometry at the step it rests at. */
    private void scriptedEnd() {
        if (stats != null && noiseStep != stats.step()) {
            measureNoiseNow(stats);
        }
    }

    /** Back to the start with the same seed: the run replays bit for bit. */
    public void reset() {
        send(() -> {
            ensemble.reset();
            restart();
        });
    }

    /** A new landscape, dynamics, N, seed or start: the run restarts from its start. */
    public void configure(DimensionalConfig next) {
        send(() -> rebuild(next));
    }

    /** Draws the cloud and the loss on another plane through another centre (computed in the background). */
    public void setPlane(Plane nextPlane, Centre nextCentre) {
        send(() -> {
            plane = nextPlane;
            centre = nextCentre;
            newPlane();
            if (nextCentre instanceof Centre.Minimum m && m.point() == null) {
                findMinimum(m);
            }
        });
    }

    /**
     * The descent to the minimum, from the cloud's mean now, in the background (seconds on a network); the plane is
     * drawn through the point found once it is in, if the centre is still the one asked for. The old picture stays
     * meanwhile; a closed run's descent gives up within one gradient.
     */
    private void findMinimum(Centre.Minimum asked) {
        VectorLandscape f = new Cancellable(config.landscape(), () -> closed);
        double[] from = (stats != null ? stats : ensemble.stats()).mean();
        mapper.execute(() -> {
            Centre.Minimum found;
            try {
                found = Centre.Minimum.find(from, f);
            } catch (CancellationException e) {
                return;
            }
            send(() -> {
                if (centre == asked) {
                    centre = found;
                    newPlane();
                }
            });
        });
    }

    private void send(Runnable command) {
        commands.add(command);
    }

    /**
     * Ends the run without waiting for its thread, which stops after the frame it is in: for the FX thread, which
     * never waits on a simulation (a frame of 2000 particles in 100-D held Back for up to 0.4 s when it did).
     */
    public void stop() {
        closed = true;
        send(() -> { });
        mapper.shutdownNow();
    }

    /** Ends the run and waits (at most 2 s) for its thread to end. */
    @Override
    public void close() {
        stop();
        try {
            thread.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Frames of scripted runs taken so far (tests: a replay under way, before it publishes anything). */
    private volatile long scriptedFrames;

    long scriptedFrames() {
        return scriptedFrames;
    }

    /** Whether the simulation's thread is still running (tests). */
    boolean threadAlive() {
        return thread.isAlive();
    }

    private void rebuild(DimensionalConfig next) {
        VectorEnsemble e = new VectorEnsemble(next.landscape(), next.dynamics(), params, next.particles(),
                next.seed(), next.start(), runner);
        if (next.spread() > 0) {
            e.setSpread(next.spread());
            e.reset();
        }
        e.setSchedule(next.schedule());
        config = next;
        ensemble = e;
        int d = next.dimension();
        spectrumK = Math.min(SPECTRUM_K, d);
        spectrum = new RingSeries(1 + spectrumK, HISTORY);
        noise = new RingSeries(4 + spectrumK, HISTORY);
        var source = next.dynamics().gradient();
        noiseAbsent = source.stochastic() ? null : "the gradient is exact"
                + (next.landscape().asFiniteSum().isPresent() ? " (the full batch)" : "") + ": this run has no gradient "
                + "noise" + (next.dynamics().parameters().contains(org.basinscope.engine.dynamics.Param.TEMPERATURE)
                        ? "; its noise is the dynamics' own √(2ηT)ξ, isotropic" : "");
        loss = new RingSeries(2, HISTORY);
        trail = new double[Math.max(2, Math.min(TRAIL, TRAIL_VALUES / d))][d];
        restart();
    }

    private void restart() {
        restarts++;
        history.clear();
        historyView = java.util.List.of();
        pendingSteps = 0;
        loss.clear();
        spectrum.clear();
        spectrumStep = -1;
        noise.clear();
        noiseStep = -1;
        lastNoiseRow = -1;
        noiseOrigin = null;
        lastRow = -1;
        spectrumPending = false;
        trailSize = 0;
        trailCount = 0;
        network = null;
        accuracy = Double.NaN;
        directions = null;
        directionValues = null;
        histograms = DimensionalHistograms.EMPTY;
        histogramStep = -1;
        error = null;
        newPlane();
        afterFrame();
    }

    /** Drops the map on screen and any under way; the next frame asks for one on the current plane. */
    private void newPlane() {
        generation++;
        map = null;
        pending = null;
        mapError = null;
        mapWanted = true;
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
                if (ensemble != null) {
                    frame();
                }
            } catch (RuntimeException | OutOfMemoryError e) {
                running = false;
                error = "simulation stopped: " + e.getClass().getSimpleName() + ": " + e.getMessage();
                dirty = true;
                if (stats != null) {
                    try {
                        publish();
                    } catch (RuntimeException again) {
                        // The error stays in `error` and is shown with the next snapshot that can be made.
                    }
                }
            }
            try {
                long now = System.nanoTime();
                next = Math.max(next + period, now);
                Runnable c = commands.poll(running || pendingSteps > 0 ? next - now : 50_000_000L,
                        TimeUnit.NANOSECONDS);
                if (c != null) {
                    c.run();
                }
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void frame() {
        long version = paramsVersion.get();
        int steps = running ? stepsPerFrame : Math.min(pendingSteps, 1);
        if (running && latest.get() != null && version != latest.get().paramsVersion()) {
            // New parameters: show them after one step, so a slider answers within a frame however slow a step is.
            steps = Math.min(steps, 1);
        }
        if (steps > 0) {
            int done = step(steps, running ? version : -1);
            pendingSteps = Math.max(0, pendingSteps - done);
            afterFrame();
        }
        takeDeliveredMap();
        takeMeasuredSpectra();
        if (stats != null && stats.step() != spectrumStep) {
            // The step the run rests at (paused, or between frames) is measured once the last measurement is in.
            measureSpectrum(stats);
        }
        // A plane refused before (pca of a cloud on one point) is tried again every two seconds, paused or not.
        boolean retry = map == null && pending == null && System.nanoTime() - lastMapNanos >= MAP_INTERVAL_NANOS;
        if (dirty || mapProgressChanged() || retry) {
            publish();
        }
    }

    private double publishedProgress = Double.NaN;

    private boolean mapProgressChanged() {
        double p = mapProgress;
        return !(Double.isNaN(p) && Double.isNaN(publishedProgress)) && Math.abs(p - publishedProgress) >= 0.05
                || Double.isNaN(p) != Double.isNaN(publishedProgress);
    }

    /** Advances with the current parameters; with {@code watch} ≥ 0 stops early once the version moves on. */
    private int step(int steps, long watch) {
        Params used = params;
        ensemble.setParams(used);
        recordParams(used);
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
        dirty = true;
        return done;
    }

    /** Notes parameters that take effect at this step (one entry a step: a replay gives back its history). */
    private void recordParams(Params used) {
        long now = ensemble.step();
        if (history.isEmpty()) {
            history.add(org.basinscope.engine.live.ParamChange.of(0, used));
        }
        var last = history.get(history.size() - 1);
        if (!used.equals(last.params())) {
            if (last.step() == now && history.size() > 1) {
                history.remove(history.size() - 1);
            }
            if (history.isEmpty() || !used.equals(history.get(history.size() - 1).params())) {
                history.add(org.basinscope.engine.live.ParamChange.of(now, used));
            }
            historyView = java.util.List.copyOf(history);
        }
    }

    /** The parameters' history since the start: step 0's values, then each change with the step it took effect. */
    public java.util.List<org.basinscope.engine.live.ParamChange> history() {
        return historyView;
    }

    /**
     * Replays a saved run: {@code steps} steps from the start, the parameters changing as {@code history} says (the
     * planar {@link org.basinscope.engine.live.LiveSimulation#replay}'s rule), in frame-sized chunks; then publishes.
     */
    public void replay(java.util.List<org.basinscope.engine.live.ParamChange> changes, long steps) {
        java.util.List<org.basinscope.engine.live.ParamChange> list = java.util.List.copyOf(changes);
        send(() -> {
            int next = 0;
            while (ensemble.step() < steps && !closed) {
                while (next < list.size() && list.get(next).step() <= ensemble.step()) {
                    params = list.get(next++).params();
                    paramsVersion.incrementAndGet();
                }
                long until = next < list.size() ? Math.min(steps, list.get(next).step()) : steps;
                scriptedFrame((int) Math.max(1, Math.min(stepsPerFrame, until - ensemble.step())));
            }
            scriptedEnd();
        });
    }

    /**
     * A spectrum row (step, λ₁ … λ_k), NaN where Lanczos found fewer than k values: from one start vector it sees one
     * copy of a repeated eigenvalue (a mixture's equal curvatures across its line), so its Krylov space may close early.
     */
    private double[] spectrumRow(long step, double[] values) {
        double[] row = new double[1 + spectrumK];
        java.util.Arrays.fill(row, Double.NaN);
        row[0] = step;
        System.arraycopy(values, 0, row, 1, Math.min(values.length, spectrumK));
        return row;
    }

    /** After a frame's steps: the loss, particle 0's position and (every few steps) the spectrum are recorded. */
    private void afterFrame() {
        losses = ensemble.losses();
        EnsembleStats s = ensemble.stats(losses);
        stats = s;
        loss.add(s.step(), s.meanLoss());
        ParticleArrays p = ensemble.particles();
        if (!p.diverged[0]) {
            double[] row = trail[(int) (trailCount % trail.length)];
            for (int k = 0; k < p.dimension; k++) {
                row[k] = p.coords[k][0];
            }
            trailCount++;
            trailSize = (int) Math.min(trailCount, trail.length);
        }
        if (spectrumStep < 0 || s.step() - spectrumStep >= SPECTRUM_EVERY) {
            measureSpectrum(s);
        }
        dirty = true;
    }

    /**
     * Asks the analysis thread for the top eigenvalues at this frame's mean, unless one is under way (so the
     * spectrum's rows are at least {@link #SPECTRUM_EVERY} steps apart, more when Lanczos is slower than the run).
     */
    private void measureSpectrum(EnsembleStats s) {
        double[] mean = s.mean();
        for (double m : mean) {
            if (!Double.isFinite(m)) {
                return;
            }
        }
        long now = System.nanoTime();
        if (spectrumPending || closed || spectrumStep >= 0 && now - spectrumNanos < SPECTRUM_INTERVAL_NANOS) {
            return;
        }
        spectrumNanos = now;
        spectrumPending = true;
        spectrumStep = s.step();
        long run = restarts;
        long step = s.step();
        int k = spectrumK;
        var f = config.landscape();
        // A run at rest has its resting step measured too (a picture to read, not a blur).
        boolean withNoise = noiseAbsent == null
                && (noiseStep < 0 || now - noiseNanos >= NOISE_INTERVAL_NANOS || !running && noiseStep != s.step());
        if (withNoise) {
            noiseNanos = now;
            noiseStep = step;
        }
        Params p = params;
        long seed = config.seed();
        var source = config.dynamics().gradient();
        mapper.execute(() -> {
            double[] values;
            double[][] vectors = null;
            NoiseRow row = null;
            try {
                // The same products as Lanczos.top(f, mean, k, 1), given up once the run is closed: on a network one
                // measure is seconds of a core, which the window needs back at once after Back (the soak saw the FX
                // thread starved 342 ms by a closed run's Lanczos).
                // The eigenvectors too: the histograms are taken along them.
                VectorLandscape g = new Cancellable(f, () -> closed);
                Lanczos.Eigenpairs h = Lanczos.eigenpairs(g, mean, k, 1);
                values = h.eigenvalues();
                vectors = h.vectors();
                if (withNoise) {
                    row = noiseRow(source, f, g, p, mean, h, seed);
                }
            } catch (CancellationException e) {
                return;
            } catch (RuntimeException e) {
                values = null;
            }
            measured.add(new Measured(run, step, values, vectors, row));
            send(() -> dirty = true);
        });
    }

    /**
     * The noise geometry at {@code mean} (seed 001 Th. 5, C.5) with the Hessian's eigenpairs {@code h} there; the
     * covariance from the real landscape (whose data it reads), the Hessian–vector products through {@code g}
     * (which gives up once the run is closed); sampled errors (a noise model without a closed form) are drawn from
     * the run's {@code seed}. A covariance that cannot be had is a failure for good; a
     * measurement that fails here (a non-finite product) is skipped.
     */
    private static NoiseRow noiseRow(org.basinscope.engine.dynamics.GradientSource source, VectorLandscape f,
            VectorLandscape g, Params p, double[] mean, Lanczos.Eigenpairs h, long seed) {
        NoiseCovariance c;
        try {
            c = NoiseCovariance.of(source, f, p, mean, seed);
        } catch (InvalidInputException e) {
            return new NoiseRow(null, null, e.getMessage());
        }
        try {
            // Lanczos on C from start vector seed 1, as the Hessian's (and as `simulate --noise-geometry`).
            return new NoiseRow(NoiseGeometry.at(g, mean, c, h, 1), c.describe(), null);
        } catch (InvalidInputException | ArithmeticException e) {
            return null;
        }
    }

    /** The top eigenvalues at this mean, on the simulation thread (a scripted run's history has no gaps). */
    private void measureSpectrumNow(EnsembleStats s) {
        double[] mean = s.mean();
        for (double m : mean) {
            if (!Double.isFinite(m)) {
                return;
            }
        }
        boolean withNoise = noiseAbsent == null && (noiseStep < 0 || s.step() - noiseStep >= NOISE_EVERY);
        Lanczos.Eigenpairs h = Lanczos.eigenpairs(config.landscape(), mean, spectrumK, 1);
        double[] values = h.eigenvalues();
        newDirections(values, h.vectors());
        if (withNoise) {
            addNoise(s.step(), noiseRow(config.dynamics().gradient(), config.landscape(), config.landscape(), params,
                    mean, h, config.seed()));
            noiseStep = s.step();
        }
        spectrum.add(spectrumRow(s.step(), values));
        lastRow = s.step();
        spectrumStep = s.step();
        dirty = true;
    }

    /** The noise geometry at this mean, on the simulation thread: the step a scripted run ends on. */
    private void measureNoiseNow(EnsembleStats s) {
        double[] mean = s.mean();
        for (double m : mean) {
            if (!Double.isFinite(m)) {
                return;
            }
        }
        noiseStep = s.step();
        if (noiseAbsent != null) {
            return;
        }
        Lanczos.Eigenpairs h = Lanczos.eigenpairs(config.landscape(), mean, spectrumK, 1);
        addNoise(s.step(), noiseRow(config.dynamics().gradient(), config.landscape(), config.landscape(), params,
                mean, h, config.seed()));
        dirty = true;
    }

    /** A row of the noise history (rows in step order: a late one is dropped), or the reason there will be none. */
    private void addNoise(long step, NoiseRow r) {
        if (r == null) {
            return;
        }
        if (r.geometry() == null) {
            noiseAbsent = r.failure();
            noise.clear();
            return;
        }
        if (step <= lastNoiseRow) {
            return;
        }
        NoiseGeometry g = r.geometry();
        double[] row = new double[4 + spectrumK];
        java.util.Arrays.fill(row, Double.NaN);
        row[0] = step;
        for (int i = 0; i < Math.min(spectrumK, g.noiseTop().length); i++) {
            row[1 + i] = g.noiseTop()[i];
        }
        row[1 + spectrumK] = g.alignment();
        row[2 + spectrumK] = g.isotropic();
        row[3 + spectrumK] = g.subspaceOverlap();
        noise.add(row);
        noiseOrigin = r.origin();
        lastNoiseRow = step;
    }

    /** The spectra measured since the last frame, in the order asked. */
    private void takeMeasuredSpectra() {
        Measured m;
        while ((m = measured.poll()) != null) {
            if (m.run() != restarts) {
                continue;
            }
            spectrumPending = false;
            addNoise(m.step(), m.noise());
            if (m.eigenvalues() != null && m.step() > lastRow) {
                spectrum.add(spectrumRow(m.step(), m.eigenvalues()));
                lastRow = m.step();
                newDirections(m.eigenvalues(), m.vectors());
                dirty = true;
            }
        }
    }

    private void takeDeliveredMap() {
        Delivered d = delivered.getAndSet(null);
        if (d == null || d.generation() != generation) {
            return;
        }
        pending = null;
        if (d.error() != null) {
            mapError = d.error();
        } else {
            map = d.map();
        }
        dirty = true;
    }

    /** Asks for a new map when none is under way and the plane is wanted or the cloud has moved far enough. */
    private void maybeAskForMap(ProjectedCloud onMap) {
        if (pending != null || closed || centre instanceof Centre.Minimum m && m.point() == null) {
            // A minimum still being found: its plane is asked for once it is in.
            return;
        }
        boolean due = System.nanoTime() - lastMapNanos >= MAP_INTERVAL_NANOS;
        if (!mapWanted && !(due && movedFarEnough(onMap))) {
            return;
        }
        mapWanted = false;
        Projection p;
        ProjectedCloud cloud;
        try {
            p = Projection.of(config.landscape(), ensemble.particles(), plane, centre, runner);
            cloud = ProjectedCloud.of(p, config.landscape(), ensemble.particles(), runner);
        } catch (InvalidInputException e) {
            // Said in the message; tried again every two seconds, as the cloud may make it possible (pca of a
            // spread cloud).
            mapError = e.getMessage();
            lastMapNanos = System.nanoTime();
            return;
        }
        mapError = null;
        Extent extent = Extent.around(cloud);
        pending = p;
        lastMapNanos = System.nanoTime();
        long asked = generation;
        long step = ensemble.step();
        var f = config.landscape();
        // A descent that stopped before the gradient vanished is named for what it is.
        String centreSpec = centre instanceof Centre.Minimum m && !m.converged() ? "minimum:unconverged" : centre.spec();
        mapProgress = 0;
        mapper.execute(() -> {
            Progress progress = new Progress() {
                @Override
                public void report(double fraction) {
                    mapProgress = fraction;
                }

                @Override
                public boolean cancelled() {
                    return closed || generation != asked;
                }
            };
            Delivered result;
            try {
                LandscapeGrid g = PlaneGrid.sample(p, f, extent, MAP_SIDE, MAP_SIDE, new BlockRunner(1), progress);
                result = new Delivered(asked, new PlaneMap(p, centreSpec, extent, g, step), null);
            } catch (CancellationException e) {
                return;
            } catch (RuntimeException e) {
                result = new Delivered(asked, null, "the loss on the plane could not be computed: " + e.getMessage());
            } finally {
                mapProgress = Double.NaN;
            }
            delivered.set(result);
            send(() -> dirty = true);
        });
    }

    /** Whether the cloud on the shown map has left it, shrunk within it, or its centre has drifted off it. */
    private boolean movedFarEnough(ProjectedCloud onMap) {
        if (map == null) {
            return true;
        }
        Extent e = map.extent();
        double width = e.aMax() - e.aMin();
        double height = e.bMax() - e.bMin();
        double aLo = Double.POSITIVE_INFINITY;
        double aHi = Double.NEGATIVE_INFINITY;
        double bLo = Double.POSITIVE_INFINITY;
        double bHi = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < onMap.size(); i++) {
            if (Double.isFinite(onMap.a()[i]) && Double.isFinite(onMap.b()[i])) {
                aLo = Math.min(aLo, onMap.a()[i]);
                aHi = Math.max(aHi, onMap.a()[i]);
                bLo = Math.min(bLo, onMap.b()[i]);
                bHi = Math.max(bHi, onMap.b()[i]);
            }
        }
        if (aLo > aHi) {
            return false;
        }
        if (aLo < e.aMin() || aHi > e.aMax() || bLo < e.bMin() || bHi > e.bMax()) {
            return true;
        }
        Extent now = Extent.around(onMap);
        if (now.aMax() - now.aMin() < FILL * width && now.bMax() - now.bMin() < FILL * height) {
            return true;
        }
        if (!centre.follows()) {
            return false;
        }
        double[] c;
        try {
            c = centre.at(ensemble.particles(), config.landscape());
        } catch (InvalidInputException ex) {
            return false;
        }
        double[] c0 = map.projection().centre();
        double squares = 0;
        for (int k = 0; k < c.length; k++) {
            double dk = c[k] - c0[k];
            squares += dk * dk;
        }
        return Math.sqrt(squares) > DRIFT * Math.min(width, height);
    }

    private void publish() {
        dirty = false;
        EnsembleStats s = stats;
        Projection on = map != null ? map.projection() : pending;
        ProjectedCloud cloud = null;
        double[] ta = new double[0];
        double[] tb = new double[0];
        if (on == null) {
            maybeAskForMap(null);
            on = pending;
        }
        if (on != null) {
            cloud = ProjectedCloud.of(on, config.landscape(), ensemble.particles(), runner, losses);
            ta = new double[trailSize];
            tb = new double[trailSize];
            long first = trailCount - trailSize;
            for (int t = 0; t < trailSize; t++) {
                Projection.PlanePoint ab = on.coordinates(trail[(int) ((first + t) % trail.length)]);
                ta[t] = ab.a();
                tb[t] = ab.b();
            }
            maybeAskForMap(cloud);
        }
        double[][] spec = spectrum.copy();
        double[][] eigen = new double[spec.length - 1][];
        System.arraycopy(spec, 1, eigen, 0, eigen.length);
        drawNetwork(s.step());
        takeHistograms(s);
        latest.set(new DimensionalSnapshot(++sequence, paramsVersion.get(), config, params, running, stepsPerFrame,
                stepsPerSecond, s, accuracy, config.dynamics().acceptanceRates(ensemble.particles(), s.step()), cloud,
                ta, tb, map, mapProgress, loss.copy(), new Spectrum(spec[0], eigen),
                noiseHistory(), histograms, network, mapError == null ? null : "No picture on plane " + plane.spec() + ": " + mapError, message(s),
                historyView));
        publishedProgress = mapProgress;
    }

    /** Whose decision regions the network picture shows. */
    public enum NetworkSource {
        /** Particle 0's own network. */
        PARTICLE_0,
        /** The ensemble's vote: the mean softmax probabilities of up to {@link #VOTE_MEMBERS} live networks. */
        VOTE
    }

    /** At most this many networks vote (the first live ones): 32 × 48² forward passes cost the run ~30 ms. */
    public static final int VOTE_MEMBERS = 32;
    /** Wall time between two votes while running (a vote costs up to VOTE_MEMBERS pictures). */
    static final long VOTE_INTERVAL_NANOS = 500_000_000L;

    /** Draws the network picture of {@code source} from the next frame on, also at rest. */
    public void setNetworkSource(NetworkSource source) {
        send(() -> {
            networkSource = source;
            network = null;
            dirty = true;
        });
    }

    /**
     * Particle 0's network picture (or the ensemble's vote), at most every {@link #NETWORK_INTERVAL_NANOS}
     * ({@link #VOTE_INTERVAL_NANOS}) while the step moves on.
     */
    private void drawNetwork(long step) {
        var classifier = config.landscape().scorer();
        ParticleArrays p = ensemble.particles();
        if (classifier.isEmpty()) {
            return;
        }
        boolean vote = networkSource == NetworkSource.VOTE;
        if (!vote && p.diverged[0]) {
            network = null;
            return;
        }
        long now = System.nanoTime();
        long interval = vote ? VOTE_INTERVAL_NANOS : NETWORK_INTERVAL_NANOS;
        if (network != null && (network.step() == step || now - networkNanos < interval && running)) {
            return;
        }
        if (vote) {
            java.util.List<double[]> members = new java.util.ArrayList<>();
            for (int i = 0; i < p.size && members.size() < VOTE_MEMBERS; i++) {
                if (!p.diverged[i]) {
                    members.add(particle(p, i));
                }
            }
            network = members.isEmpty() ? null
                    : NetworkPictures.vote(classifier.get(), members.toArray(double[][]::new), NETWORK_SIDE, step);
        } else {
            network = NetworkPictures.of(classifier.get(), particle(p, 0), NETWORK_SIDE, step);
        }
        accuracy = ensemble.accuracy().orElse(Double.NaN);
        networkNanos = now;
    }

    private static double[] particle(ParticleArrays p, int i) {
        double[] theta = new double[p.dimension];
        for (int k = 0; k < theta.length; k++) {
            theta[k] = p.coords[k][i];
        }
        return theta;
    }

    private String message(EnsembleStats s) {
        if (error != null) {
            return error;
        }
        if (mapError != null) {
            return "No picture on plane " + plane.spec() + ": " + mapError;
        }
        if (s.diverged() == 0) {
            return null;
        }
        if (s.alive() == 0) {
            return "All " + s.particles() + " particles diverged (left |x| ≤ 10⁶ or became NaN). Lower η or T and "
                    + "press Reset.";
        }
        return s.diverged() + " of " + s.particles() + " particles diverged and were removed from the plots.";
    }

    private void newDirections(double[] values, double[][] vectors) {
        if (vectors != null && vectors.length > 0) {
            directions = vectors;
            directionValues = values;
            directionsChanged = true;
        }
    }

    /**
     * The histograms of this frame, at most every {@link #HISTOGRAM_INTERVAL_NANOS} while running (each projects
     * every particle on k directions: N·d·k products), always for a new step at rest or new directions.
     */
    private void takeHistograms(EnsembleStats s) {
        long now = System.nanoTime();
        boolean stale = s.step() != histogramStep || directionsChanged;
        if (!stale || running && !directionsChanged && now - histogramNanos < HISTOGRAM_INTERVAL_NANOS) {
            return;
        }
        histogramNanos = now;
        histogramStep = s.step();
        directionsChanged = false;
        ParticleArrays p = ensemble.particles();
        int n = p.size;
        boolean[] skip = new boolean[n];
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            skip[i] = p.diverged[i] || !Double.isFinite(losses[i]);
            if (!skip[i]) {
                lo = Math.min(lo, losses[i]);
                hi = Math.max(hi, losses[i]);
            }
        }
        if (!(lo <= hi)) {
            histograms = DimensionalHistograms.EMPTY;
            return;
        }
        double pad = hi > lo ? 1e-9 * (hi - lo) : Math.max(1e-12, 1e-6 * Math.abs(lo));
        var loss = org.basinscope.engine.analysis.Histogram.of(losses, skip, n, lo - pad, hi + pad, HISTOGRAM_BINS);
        java.util.List<DimensionalHistograms.Direction> along = new java.util.ArrayList<>();
        double[] mean = s.mean();
        double[] projected = new double[n];
        for (int j = 0; directions != null && j < directions.length; j++) {
            double[] u = directions[j];
            java.util.Arrays.fill(projected, 0.0);
            for (int k = 0; k < p.dimension; k++) {
                double uk = u[k];
                double mk = mean[k];
                double[] c = p.coords[k];
                for (int i = 0; i < n; i++) {
                    projected[i] += (c[i] - mk) * uk;
                }
            }
            double squares = 0;
            int live = 0;
            for (int i = 0; i < n; i++) {
                if (!skip[i]) {
                    squares += projected[i] * projected[i];
                    live++;
                }
            }
            double measured = live > 1 ? squares / (live - 1) : Double.NaN;
            double predicted = config.dynamics().stationaryVariance(params, directionValues[j]);
            double spread = Math.max(Double.isFinite(measured) ? measured : 0,
                    Double.isFinite(predicted) ? predicted : 0);
            double half = spread > 0 ? 4 * Math.sqrt(spread) : 1e-9;
            along.add(new DimensionalHistograms.Direction(j + 1, directionValues[j],
                    org.basinscope.engine.analysis.Histogram.of(projected, skip, n, -half, half, HISTOGRAM_BINS),
                    measured, predicted));
        }
        histograms = new DimensionalHistograms(loss, along, coordinateHistogram(p, skip));
    }

    /** The histogram of coordinate {@link #histogramCoordinate} with the landscape's Gibbs marginal at T, if any. */
    private DimensionalHistograms.Coordinate coordinateHistogram(ParticleArrays p, boolean[] skip) {
        int c = Math.min(histogramCoordinate, p.dimension - 1);
        double[] x = p.coords[c];
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        double sum = 0;
        int live = 0;
        for (int i = 0; i < p.size; i++) {
            if (!skip[i]) {
                lo = Math.min(lo, x[i]);
                hi = Math.max(hi, x[i]);
                sum += x[i];
                live++;
            }
        }
        double mean = sum / live;
        double squares = 0;
        for (int i = 0; i < p.size; i++) {
            if (!skip[i]) {
                squares += (x[i] - mean) * (x[i] - mean);
            }
        }
        double pad = hi > lo ? 1e-9 * (hi - lo) : Math.max(1e-9, 1e-6 * Math.abs(lo));
        var gibbs = config.landscape().gibbsMarginal(c, params.temperature()).orElse(null);
        return new DimensionalHistograms.Coordinate(c,
                org.basinscope.engine.analysis.Histogram.of(x, skip, p.size, lo - pad, hi + pad, HISTOGRAM_BINS),
                mean, live > 1 ? squares / (live - 1) : Double.NaN, gibbs);
    }

    /**
     * Takes the histogram of coordinate c (0-based; clamped to the dimension) from the next frame on, also at rest.
     */
    public void setHistogramCoordinate(int c) {
        send(() -> {
            histogramCoordinate = Math.max(0, c);
            directionsChanged = true;
            dirty = true;
        });
    }

    /** The noise history as published: copies of its columns. */
    private NoiseHistory noiseHistory() {
        if (noiseAbsent != null) {
            return NoiseHistory.none(noiseAbsent);
        }
        double[][] c = noise.copy();
        double[][] top = new double[spectrumK][];
        System.arraycopy(c, 1, top, 0, spectrumK);
        return new NoiseHistory(c[0], top, c[1 + spectrumK], c[2 + spectrumK], c[3 + spectrumK], noiseOrigin,
                null);
    }

    /**
     * A landscape whose gradients and Hessian–vector products give up (CancellationException) once {@code closed}
     * says so: the background measurements of a closed run stop within one product.
     */
    private record Cancellable(VectorLandscape f, java.util.function.BooleanSupplier closed) implements VectorLandscape {
        @Override
        public int dimension() {
            return f.dimension();
        }

        @Override
        public double value(double[] theta) {
            return f.value(theta);
        }

        @Override
        public void gradient(double[] theta, double[] g) {
            if (closed.getAsBoolean()) {
                throw new CancellationException("the run was closed");
            }
            f.gradient(theta, g);
        }

        @Override
        public void hessianVector(double[] theta, double[] v, double[] hv) {
            if (closed.getAsBoolean()) {
                throw new CancellationException("the run was closed");
            }
            f.hessianVector(theta, v, hv);
        }

        @Override
        public double[] defaultStart() {
            return f.defaultStart();
        }

        @Override
        public String describe() {
            return f.describe();
        }
    }
}
