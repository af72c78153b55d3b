package org.basinscope.app.tabs;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.basinscope.app.Defaults;
import org.basinscope.app.controls.Display;
import org.basinscope.app.jobs.AnalysisJobs;
import org.basinscope.app.plots.AutocorrelationPlot;
import org.basinscope.app.plots.EscapePlot;
import org.basinscope.app.plots.LivePlot;
import org.basinscope.app.plots.PathPlot;
import org.basinscope.app.views.landscape.LandscapeView;
import org.basinscope.engine.analysis.CriticalPoint;
import org.basinscope.engine.analysis.Progress;
import org.basinscope.engine.dynamics.Params;
import org.basinscope.engine.equilibrium.FokkerPlanck1D;
import org.basinscope.engine.escape.EscapeExperiment;
import org.basinscope.engine.escape.EscapePrediction;
import org.basinscope.engine.escape.FirstPassageTheory;
import org.basinscope.engine.geometry.MinimumEnergyPath;
import org.basinscope.engine.live.RunConfig;
import org.basinscope.engine.live.Snapshot;
import org.basinscope.engine.spec.InvalidInputException;
import org.basinscope.engine.spec.Numbers;

/**
 * The escape lab (seed 001, Kramers; science/CHECKS.md, "Escape"): on request, N particles of the live
 * landscape, dynamics and parameters start at "from" and run until they pass "to"; the measured mean
 * first-passage time with its standard error is shown beside the theory of the dynamics run
 * ({@code Dynamics.escapeTheory()}: Kramers and the exact integral for overdamped samplers, Eyring–Kramers in
 * 2-D, Kramers–Grote–Hynes for underdamped Langevin, else the reason there is none), with the survival curve and
 * the histogram of the times, and (1-D overdamped) the spectral gap of the Fokker–Planck operator, whose inverse
 * is the relaxation time between the wells. For underdamped Langevin a friction sweep draws Kramers' turnover
 * ({@link TurnoverRun}). The experiments run in the background (progress, cancel); the old result stays until the
 * new one is in.
 */
public final class EscapeTab extends AbstractPlotTab {
    public static final Kind KIND = new Kind("escape", "Escape lab",
            "runs the escape experiment first, and the friction sweep for underdamped", EscapeTab::new);
    /** Steps after which the experiment stops even if particles are still in the start well. */
    static final long MAX_STEPS = 5_000_000;
    private static final int MAX_PARTICLES = 100_000;

    private final AnalysisJobs jobs;
    private final EscapePlot survival = new EscapePlot(EscapePlot.View.SURVIVAL);
    private final EscapePlot histogram = new EscapePlot(EscapePlot.View.HISTOGRAM);
    private final PathPlot pathPlot = new PathPlot();
    private final Button path = new Button("Path");
    private final ArrheniusRun arrhenius;
    /** Live, not on request: the run's autocorrelation against the Fokker–Planck gap. */
    private final AutocorrelationPlot autocorrelationPlot = new AutocorrelationPlot();
    private final TurnoverRun turnover;
    private final LandscapeView landscape;
    private final TextField from = new TextField();
    private final TextField to = new TextField();
    private final TextField particles = new TextField("1000");
    private final Button run = new Button("Run escape");
    private final Label summary = new Label("Particles start at 'from' and stop when they pass 'to'.");
    private Snapshot latest;
    private Object defaultsFor;

    EscapeTab(TabContext context) {
        super(KIND);
        this.jobs = context.jobs();
        this.landscape = context.landscape();
        this.turnover = new TurnoverRun(jobs);
        turnover.button().setOnAction(e -> startTurnover());
        path.setId("path-run");
        path.setTooltip(new Tooltip("Minimum-energy path from 'from' to 'to' by the string method (2-D): drawn on the "
                + "landscape, with the loss along it and along the straight line"));
        path.setOnAction(e -> startPath());
        arrhenius = new ArrheniusRun(jobs);
        arrhenius.button().setOnAction(e -> startArrhenius());
        from.setId("escape-from");
        to.setId("escape-to");
        particles.setId("escape-particles");
        run.setId("escape-run");
        summary.setId("escape-summary");
        for (TextField f : List.of(from, to, particles)) {
            f.setPrefColumnCount(7);
            f.setOnAction(e -> start());
        }
        from.setTooltip(new Tooltip("Start point of every particle: x, or x, y (default: the minimum nearest the run's start)"));
        to.setTooltip(new Tooltip("Target: a particle has escaped when it passes the line through this point, "
                + "perpendicular to from→to (default: the nearest other minimum)"));
        particles.setTooltip(new Tooltip("Number of particles, 10 … " + MAX_PARTICLES));
        run.setTooltip(new Tooltip("Run the experiment with the live landscape, dynamics, η and T (Enter in a field does the same)"));
        run.setOnAction(e -> start());
        JobProgress progress = new JobProgress(jobs, "Stop the experiment (the previous result stays)", "escape", "path",
                ArrheniusRun.JOB, TurnoverRun.JOB);
        summary.setWrapText(true);
        summary.setMinHeight(Region.USE_PREF_SIZE);
        summary.setMaxWidth(Double.MAX_VALUE);
        summary.getStyleClass().add("readout-note");
        FlowPane fields = new FlowPane(8, 4, new Label("from"), from, new Label("to"), to, new Label("particles"), particles,
                run, path, arrhenius.button(), turnover.control(), progress.bar(), progress.cancel());
        fields.setAlignment(Pos.CENTER_LEFT);
        VBox header = new VBox(4, fields, summary);
        header.setPadding(new Insets(4, 8, 4, 8));
        header.getStyleClass().add("escape-header");
        layout(header, List.of(survival, histogram, pathPlot, arrhenius.plot(), autocorrelationPlot, turnover.plot()));
    }

    /**
     * The experiment with the run's settings, then the path (2-D) or the Arrhenius sweep (1-D), and the friction
     * sweep for underdamped Langevin.
     */
    @Override
    public void prepareRender() {
        start();
        if (latest != null && latest.config().landscape().dimension() == 2) {
            startPath();
        } else {
            startArrhenius();
        }
        if (latest != null && TurnoverRun.applies(latest.config().dynamics())) {
            startTurnover();
        }
    }

    /** True when no experiment, path or sweep is queued or running. */
    @Override
    public boolean settled() {
        return jobs.idle("escape") && jobs.idle("path") && arrhenius.settled() && turnover.settled();
    }

    /** Keeps the newest snapshot (the settings an experiment will use) and fills in default points. */
    @Override
    public void pulse(Snapshot s) {
        if (s == null) {
            return;
        }
        latest = s;
        turnover.update(s.config().dynamics());
        // A button whose plot is not laid out would seem to do nothing.
        path.setDisable(s.config().landscape().dimension() != 2);
        arrhenius.button().setDisable(!ArrheniusRun.applies(s.config()));
        arrange(applicable(s.config()));
        Object key = List.of(s.config().landscapeSpec(), List.of(s.config().start()[0]));
        if (!key.equals(defaultsFor)) {
            defaultsFor = key;
            landscape.setPath(null);
            double[][] d = defaultPoints(s);
            from.setText(d == null ? "" : coordinates(d[0]));
            to.setText(d == null ? "" : coordinates(d[1]));
        }
    }

    /**
     * The plots that apply to the run, so they get the room: the times always, the path in 2-D, the Arrhenius sweep
     * and the Fokker–Planck autocorrelation for 1-D overdamped samplers, the turnover for underdamped Langevin.
     */
    private List<LivePlot> applicable(RunConfig c) {
        List<LivePlot> shown = new ArrayList<>();
        // The turnover first: it is what an underdamped run adds, and on a small screen the first plots stay in view.
        if (TurnoverRun.applies(c.dynamics())) {
            shown.add(turnover.plot());
        }
        shown.addAll(List.of(survival, histogram));
        if (c.landscape().dimension() == 2) {
            shown.add(pathPlot);
        }
        if (ArrheniusRun.applies(c)) {
            shown.add(arrhenius.plot());
            shown.add(autocorrelationPlot);
        }
        return shown;
    }

    /** The minimum nearest the run's start, and the minimum nearest to that one; null if fewer than two. */
    static double[][] defaultPoints(Snapshot s) {
        if (s.critical().truncated()) {
            return null;
        }
        List<CriticalPoint> minima = s.critical().of(CriticalPoint.Kind.MINIMUM);
        if (minima.size() < 2) {
            return null;
        }
        double[] start = s.config().start();
        CriticalPoint a = nearest(minima, start[0], start.length > 1 ? start[1] : 0, null);
        CriticalPoint b = nearest(minima, a.x(), a.y(), a);
        boolean two = s.config().landscape().dimension() == 2;
        return new double[][] {two ? new double[] {a.x(), a.y()} : new double[] {a.x()},
            two ? new double[] {b.x(), b.y()} : new double[] {b.x()}};
    }

    private static CriticalPoint nearest(List<CriticalPoint> points, double x, double y, CriticalPoint not) {
        CriticalPoint best = null;
        double bestD = Double.POSITIVE_INFINITY;
        for (CriticalPoint c : points) {
            double d = Math.hypot(c.x() - x, c.y() - y);
            if (c != not && d < bestD) {
                best = c;
                bestD = d;
            }
        }
        return best;
    }

    private static String coordinates(double[] p) {
        StringBuilder b = new StringBuilder();
        for (int k = 0; k < p.length; k++) {
            b.append(k == 0 ? "" : ", ").append(Display.number(Display.round(p[k], 4)).replace('−', '-'));
        }
        return b.toString();
    }

    /** Starts the experiment with the live settings (FX thread). */
    public void start() {
        Snapshot s = latest;
        if (s == null) {
            return;
        }
        RunConfig c = s.config();
        Params p = s.params();
        int dim = c.landscape().dimension();
        double[] a;
        double[] b;
        int n;
        try {
            a = point("from", from.getText(), dim);
            b = point("to", to.getText(), dim);
            n = particleCount();
        } catch (InvalidInputException e) {
            summary.setText("Not started: " + e.getMessage());
            return;
        }
        double temperature = c.dynamics().effectiveTemperature(p);
        String what = c.dynamics().name() + ", η = " + Display.number(p.eta()) + ", T_eff = " + Display.number(temperature);
        summary.setText("Running " + n + " particles (" + what + ") …");
        jobs.submit("escape", progress -> compute(c, p, a, b, n, temperature, progress),
                r -> show(r, what), message -> summary.setText("No result: " + message));
    }

    /** Computes the minimum-energy path between the two points (2-D landscapes) in the background. */
    public void startPath() {
        Snapshot s = latest;
        if (s == null) {
            return;
        }
        var f = s.config().landscape();
        if (f.dimension() != 2) {
            pathPlot.setError("the minimum-energy path is drawn on 2-D landscapes");
            return;
        }
        double[] a;
        double[] b;
        try {
            a = point("from", from.getText(), 2);
            b = point("to", to.getText(), 2);
        } catch (InvalidInputException e) {
            pathPlot.setError(e.getMessage());
            return;
        }
        jobs.submit("path", progress -> MinimumEnergyPath.find(f, a, b, 61, 20_000, progress),
                r -> {
                    pathPlot.setResult(r);
                    landscape.setPath(r.path());
                }, pathPlot::setError);
    }

    /** The Arrhenius sweep from the fields' points (1-D overdamped samplers; otherwise the plot says why). */
    public void startArrhenius() {
        Snapshot s = latest;
        if (s == null) {
            return;
        }
        try {
            arrhenius.start(s.config(), s.params(), point("from", from.getText(), 1), point("to", to.getText(), 1),
                    particleCount(), MAX_STEPS);
        } catch (InvalidInputException e) {
            arrhenius.plot().setError(e.getMessage());
        }
    }

    /** Kramers' turnover: the friction sweep with the points and particle count of the fields (underdamped Langevin). */
    public void startTurnover() {
        Snapshot s = latest;
        if (s == null) {
            return;
        }
        int dim = s.config().landscape().dimension();
        try {
            turnover.start(s.config(), s.params(), point("from", from.getText(), dim), point("to", to.getText(), dim),
                    particleCount(), MAX_STEPS);
        } catch (InvalidInputException e) {
            turnover.plot().setError(e.getMessage());
        }
    }

    private int particleCount() {
        return (int) Numbers.checkRange("particles", Math.round(Numbers.parse("particles", particles.getText())), 10,
                MAX_PARTICLES);
    }

    private static double[] point(String what, String text, int dim) {
        String[] parts = text.trim().split("\\s*,\\s*");
        if (parts.length != dim || text.isBlank()) {
            throw new InvalidInputException(what + " needs " + dim + " coordinate" + (dim == 1 ? "" : "s, like -1, 0"));
        }
        double[] p = new double[dim];
        for (int k = 0; k < dim; k++) {
            p[k] = Numbers.parse(what, parts[k]);
        }
        return p;
    }

    /** What the background job hands back: the measured times, the dynamics' own theory, the Fokker–Planck gap. */
    private record Outcome(EscapeExperiment.Result result, EscapePrediction theory, double gap) {
    }

    private static Outcome compute(RunConfig c, Params p, double[] a, double[] b, int n, double temperature,
            Progress progress) {
        EscapePrediction theory;
        try {
            theory = c.dynamics().escapeTheory().predict(c.landscape(), p, a, b, Double.NaN);
        } catch (InvalidInputException e) {
            theory = EscapePrediction.none("no prediction: " + e.getMessage());
        }
        double gap = "kramers".equals(theory.theory()) ? spectralGap(c, temperature, a[0], b[0]) : Double.NaN;
        EscapeExperiment.Result r = EscapeExperiment.run(c.landscape(), c.dynamics(), p, a, b, n, c.seed(), MAX_STEPS,
                Defaults.simulationThreads(), progress);
        return new Outcome(r, theory, gap);
    }

    /**
     * The spectral gap of the overdamped Fokker–Planck operator at T (1-D, where the dynamics' theory is Kramers'):
     * on the exact integral's domain, from its reflecting wall to past the target; NaN if it cannot be placed.
     */
    private static double spectralGap(RunConfig c, double temperature, double a, double b) {
        try {
            double wall = FirstPassageTheory.predict(c.landscape(), temperature, a, b).reflecting();
            double lo = Math.min(wall, b);
            double hi = Math.max(wall, b);
            double span = hi - lo;
            return FokkerPlanck1D.of(c.landscape(), temperature, lo - 0.1 * span, hi + 0.5 * span, 500).spectralGap();
        } catch (InvalidInputException e) {
            return Double.NaN;
        }
    }

    private void show(Outcome o, String what) {
        EscapeExperiment.Result r = o.result();
        EscapePrediction e = o.theory();
        survival.setResult(r, e.exact(), PredictionText.exactName(e), e.rate(), PredictionText.rateName(e));
        histogram.setResult(r, e.exact(), PredictionText.exactName(e), e.rate(), PredictionText.rateName(e));
        StringBuilder t = new StringBuilder();
        t.append("Mean first-passage time ").append(Display.number(r.mean())).append(" ± ")
                .append(Display.number(r.standardError())).append(" (").append(Math.round(100 * r.escaped()))
                .append("% of ").append(r.particles()).append(" arrived; ").append(what).append(")");
        String theory = PredictionText.lines(e);
        if (!theory.isEmpty()) {
            t.append("\n").append(theory);
        }
        if (Double.isFinite(o.gap())) {
            t.append("\nFokker–Planck spectral gap μ₁ = ").append(Display.number(o.gap()))
                    .append(" (two-way hopping: μ₁ ≈ 1/τ→ + 1/τ←)");
        }
        if (r.escaped() < 1) {
            t.append("\nNot all arrived within ").append(MAX_STEPS).append(" steps: the mean is biased low.");
        }
        summary.setText(t.toString());
    }

    /** The summary line (for tests). */
    public String summary() {
        return summary.getText();
    }
}
