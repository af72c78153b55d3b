package org.basinscope.app.tabs;

import java.util.List;
import java.util.Map;
import org.basinscope.app.Defaults;
import org.basinscope.app.controls.ControlPanel;
import org.basinscope.app.controls.Display;
import org.basinscope.app.jobs.AnalysisJobs;
import org.basinscope.app.jobs.FxBatches;
import org.basinscope.app.plots.SweepPlot;
import org.basinscope.app.plots.heatmap.GridCells;
import org.basinscope.app.plots.heatmap.HeatmapPlot;
import org.basinscope.engine.analysis.Sweep;
import org.basinscope.engine.dynamics.Param;
import org.basinscope.engine.dynamics.Params;
import org.basinscope.engine.grid.Axis;
import org.basinscope.engine.grid.GridJob;
import org.basinscope.engine.grid.GridSweep;
import org.basinscope.engine.grid.PointResult;
import org.basinscope.engine.live.Snapshot;
import org.basinscope.engine.spec.InvalidInputException;

/**
 * The sweeps tab: a readout (final loss, variance, diverged fraction, occupation of the start's basin, Lyapunov
 * exponent) against η, B, T, or η along η/B = const as a curve, or over two parameters as a phase diagram (a heat
 * map whose cells fill in as their points finish; a click loads a cell's parameters into the live run). Every
 * point is a run of the live landscape, dynamics and other parameters from the run's start, in the background
 * with progress and cancel.
 *
 * <p>Threads: the sweep runs on the window's {@code AnalysisJobs}; finished grid points, immutable
 * {@link PointResult}s, reach the FX thread in batches through {@link FxBatches}, never blocking either side.
 */
public final class SweepsTab extends AbstractPlotTab {
    public static final Kind KIND = new Kind("sweeps", "Sweeps", "runs the sweep of its form first (a lesson's grid)", SweepsTab::new);
    private static final String JOB = "sweep";
    private static final String RUNNING = "Running: ";
    private final AnalysisJobs jobs;
    private final ControlPanel controls;
    private final SweepPlot line = new SweepPlot();
    private final HeatmapPlot heatmap = new HeatmapPlot(this::loadPoint);
    private final SweepForm form;
    private Snapshot latest;
    private FxBatches<PointResult> feed;
    private GridJob shownJob;

    SweepsTab(TabContext context) {
        super(KIND);
        this.jobs = context.jobs();
        this.controls = context.controls();
        JobProgress progress = new JobProgress(jobs, "Stop the sweep (the previous result stays)", JOB);
        form = new SweepForm(this::start, progress);
        layoutOneOf(form.node(), List.of(line, heatmap));
        // Idle without a result or a failure (both set the status first): the sweep was stopped.
        jobs.progress(JOB).addListener((o, a, b) -> {
            if (b.doubleValue() < 0 && form.status().startsWith(RUNNING)) {
                form.setStatus("Stopped: " + (plots().get(0) == heatmap ? "the cells computed so far stay."
                        : "the previous curve stays."));
            }
        });
    }

    @Override
    public void pulse(Snapshot s) {
        if (s != null) {
            latest = s;
        }
    }

    @Override
    public void prepareRender() {
        start();
    }

    /** True when no sweep is queued or running. */
    @Override
    public boolean settled() {
        return jobs.idle(JOB);
    }

    @Override
    public void saveView(Map<String, String> view) {
        form.saveView(view);
    }

    @Override
    public void loadView(Map<String, String> view) {
        form.loadView(view);
        showOnly(form.twoAxes() ? heatmap : line);
    }

    /** Starts the sweep the form says with the live settings (FX thread); bad input starts nothing. */
    public void start() {
        Snapshot s = latest;
        if (s == null) {
            return;
        }
        try {
            if (form.twoAxes()) {
                startGrid(form.grid(s.config(), s.params()));
            } else {
                startLine(form.line(), s);
            }
        } catch (InvalidInputException e) {
            form.setStatus("Not started: " + e.getMessage());
        }
    }

    private void startLine(SweepForm.Line l, Snapshot s) {
        showOnly(line);
        stopFeed();
        var c = s.config();
        Params p = s.params();
        String what = c.dynamics().name() + " on " + c.landscapeSpec() + ", " + l.particles() + " particles × "
                + l.steps() + " steps per point";
        jobs.submit(JOB, pr -> Sweep.run(c.landscape(), c.dynamics(), p, c.start(), l.knob(), l.values(), l.what(),
                        l.particles(), l.steps(), c.seed(), Defaults.simulationThreads(), pr),
                r -> {
                    line.setResult(r, what + (l.knob() == Sweep.Knob.ETA_OVER_B ? "; η/B = "
                            + Display.number(p.eta() / p.batch()) : ""));
                    form.setStatus("Done: " + l.values().length + " points.");
                },
                message -> form.setStatus("No sweep: " + message));
        // After the submit, which stops (and so reports as stopped) a sweep still running.
        form.setStatus(RUNNING + what + " …");
    }

    private void startGrid(GridJob job) {
        showOnly(heatmap);
        stopFeed();
        FxBatches<PointResult> points = new FxBatches<>(heatmap::add);
        feed = points;
        var c = job.config();
        String what = c.dynamics().name() + " on " + c.landscapeSpec() + ", " + c.particles() + " particles × "
                + job.steps() + " steps × " + job.seeds() + (job.seeds() == 1 ? " seed" : " seeds") + " per cell";
        heatmap.start(job.grid(), job.readout(), what);
        shownJob = job;
        jobs.submit(JOB, pr -> GridSweep.run(job, Defaults.simulationThreads(), (r, done, total) -> points.post(r), pr),
                r -> {
                    heatmap.finish(r, what);
                    form.setStatus("Done: " + job.points() + " cells. Click one to run its settings.");
                },
                message -> {
                    points.close();
                    form.setStatus("No sweep: " + message);
                });
        form.setStatus(RUNNING + job.points() + " cells, " + what + " …");
    }

    /** Drops the points of a phase diagram that is being replaced (the job itself is cancelled by the submit). */
    private void stopFeed() {
        if (feed != null) {
            feed.close();
            feed = null;
        }
    }

    /** Puts the parameters of grid point {@code point} of the shown phase diagram on the live run's sliders. */
    private void loadPoint(int point) {
        GridJob job = shownJob;
        if (job == null) {
            return;
        }
        Params p = job.params(point);
        StringBuilder said = new StringBuilder();
        for (Axis a : job.grid().axes()) {
            switch (a.knob()) {
                case ETA -> set(Param.ETA, p.eta(), said);
                case BATCH -> set(Param.BATCH, p.batch(), said);
                case TEMPERATURE -> set(Param.TEMPERATURE, p.temperature(), said);
                case FRICTION -> set(Param.FRICTION, p.friction(), said);
                case MOMENTUM -> set(Param.MOMENTUM, p.momentum(), said);
                case ETA_OVER_B -> {
                    set(Param.ETA, p.eta(), said);
                    set(Param.BATCH, p.batch(), said);
                }
            }
        }
        form.setStatus("The live run now has " + said + ".");
    }

    private void set(Param param, double value, StringBuilder said) {
        controls.parameter(param).setValue(value);
        said.append(said.length() == 0 ? "" : ", ").append(symbol(param)).append(" = ").append(Display.number(value));
    }

    private static String symbol(Param p) {
        return GridCells.symbol(org.basinscope.engine.grid.Knob.valueOf(p.name()));
    }

    /** The status line (for tests). */
    public String status() {
        return form.status();
    }

    /** The phase diagram (for tests). */
    public HeatmapPlot heatmap() {
        return heatmap;
    }

    /** The phase diagram's sweep as last started (for tests), or null. */
    public GridJob gridJob() {
        return shownJob;
    }
}
