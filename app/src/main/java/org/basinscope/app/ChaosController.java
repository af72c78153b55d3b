package org.basinscope.app;

import java.util.List;
import java.util.Objects;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import org.basinscope.app.plots.BifurcationPlot;
import org.basinscope.app.views.LandscapeView;
import org.basinscope.app.views.OverlayImages;
import org.basinscope.engine.analysis.CriticalPoint;
import org.basinscope.engine.chaos.BasinMap;
import org.basinscope.engine.chaos.Bifurcation;
import org.basinscope.engine.chaos.FtleMap;
import org.basinscope.engine.dynamics.Dynamics;
import org.basinscope.engine.dynamics.GradientDescent;
import org.basinscope.engine.dynamics.Params;
import org.basinscope.engine.ensemble.BlockRunner;
import org.basinscope.engine.live.RunConfig;
import org.basinscope.engine.live.Snapshot;

/**
 * Keeps the chaos views in step with the run: recomputes the bifurcation diagram when the landscape,
 * dynamics, start or the η range change, and the basin or FTLE overlay when any setting changes
 * (η included), in the background after the settings have rested for {@value #SETTLE_MS} ms. While
 * a computation runs the previous picture stays; a newer request cancels the older.
 */
final class ChaosController {
    static final long SETTLE_MS = 150;
    /** Grid of the overlays (2-D), and of a 1-D strip. */
    static final int GRID_2D = 160;
    static final int GRID_1D = 400;
    static final int BASIN_STEPS = 2000;
    static final int NOISY_RUNS = 8;
    static final int FTLE_STEPS = 40;

    private final AnalysisJobs jobs;
    private final BifurcationPlot bifurcation;
    private final LandscapeView landscape;
    private final CheckBox basins = new CheckBox("Basins");
    private final CheckBox ftle = new CheckBox("FTLE ridges");
    private final ProgressBar overlayProgress = new ProgressBar();
    private final Label overlayStatus = new Label();
    private final HBox bar;
    private final BlockRunner runner = Defaults.simulationThreads();
    /** A request the next pulse has not looked at yet (so {@link #settled} is false until it has). */
    private static final Object PENDING = new Object();
    // Written on the FX thread; volatile because settled() may be polled from a script or test thread.
    private volatile Object bifurcationKey;
    private volatile Object bifurcationWanted;
    private volatile Object overlayKey;
    private volatile Object overlayWanted;
    private long changedAt;

    ChaosController(AnalysisJobs jobs, BifurcationPlot bifurcation, LandscapeView landscape) {
        this.jobs = jobs;
        this.bifurcation = bifurcation;
        this.landscape = landscape;
        basins.setId("show-basins");
        ftle.setId("show-ftle");
        basins.setTooltip(new Tooltip("Colour each start point by the minimum the dynamics reaches from it "
                + "(noisy dynamics: the basin most runs reach, opacity = how many)"));
        ftle.setTooltip(new Tooltip("Finite-time Lyapunov exponent of each start over " + FTLE_STEPS
                + " steps: its ridges are the basin boundaries"));
        basins.selectedProperty().addListener((o, a, b) -> {
            if (b) {
                ftle.setSelected(false);
            }
            overlayKey = null;
            overlayWanted = PENDING;
            if (!b && !ftle.isSelected()) {
                clearOverlay();
            }
        });
        ftle.selectedProperty().addListener((o, a, b) -> {
            if (b) {
                basins.setSelected(false);
            }
            overlayKey = null;
            overlayWanted = PENDING;
            if (!b && !basins.isSelected()) {
                clearOverlay();
            }
        });
        overlayProgress.setPrefWidth(80);
        overlayProgress.setVisible(false);
        overlayProgress.progressProperty().bind(jobs.progress("overlay"));
        jobs.progress("overlay").addListener((o, a, b) -> overlayProgress.setVisible(b.doubleValue() >= 0));
        jobs.progress("bifurcation").addListener((o, a, b) ->
                bifurcation.showProgress(b.doubleValue(), () -> jobs.cancel("bifurcation")));
        overlayStatus.getStyleClass().add("readout-note");
        basins.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        ftle.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        overlayStatus.setMinWidth(0);
        bar = new HBox(10, basins, ftle, overlayProgress, overlayStatus);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(2, 6, 2, 6));
        bar.getStyleClass().add("overlay-bar");
        bifurcation.setOnRangeChange(() -> {
            bifurcationKey = null;
            bifurcationWanted = PENDING;
        });
    }

    HBox bar() {
        return bar;
    }

    /** True when every wanted picture is computed (for scripted renders). */
    boolean settled() {
        return bifurcationWanted != null && Objects.equals(bifurcationKey, bifurcationWanted)
                && Objects.equals(overlayKey, overlayWanted)
                && jobs.idle("bifurcation") && jobs.idle("overlay");
    }

    /** What the overlay shows (or why it is missing). */
    String overlayStatus() {
        return overlayStatus.getText();
    }

    /** Turns an overlay on: "basins", "ftle", or "none". */
    void setOverlay(String which) {
        basins.setSelected("basins".equals(which));
        ftle.setSelected("ftle".equals(which));
    }

    private void clearOverlay() {
        jobs.cancel("overlay");
        landscape.setAnalysis(null);
        overlayStatus.setText("");
    }

    /** Called each pulse with the newest snapshot. */
    void pulse(Snapshot s) {
        if (s == null) {
            return;
        }
        RunConfig c = s.config();
        Params p = s.params();
        if (bifurcation.range() == null || !Objects.equals(c, lastConfig)) {
            lastConfig = c;
            double[] r = defaultRange(s);
            bifurcation.setRange(r[0], r[1]);
        }
        Object bKey = List.of(c.landscape(), c.dynamics(), List.of(c.start()[0], c.start().length > 1 ? c.start()[1] : 0.0),
                p.withEta(1), bifurcation.range()[0], bifurcation.range()[1]);
        Object oKey = basins.isSelected() || ftle.isSelected()
                ? List.of(c.landscape(), c.dynamics(), c.seed(), p, basins.isSelected()) : null;
        long now = System.nanoTime();
        if (!Objects.equals(bKey, bifurcationWanted) || !Objects.equals(oKey, overlayWanted)) {
            bifurcationWanted = bKey;
            overlayWanted = oKey;
            changedAt = now;
        }
        if (now - changedAt < SETTLE_MS * 1_000_000L) {
            return;
        }
        // Keys are published after the submit, so a reader on another thread that sees the key also sees the job.
        if (!Objects.equals(bKey, bifurcationKey)) {
            computeBifurcation(c, p);
            bifurcationKey = bKey;
        }
        if (oKey != null && !Objects.equals(oKey, overlayKey)) {
            computeOverlay(c, p);
            overlayKey = oKey;
        }
    }

    private RunConfig lastConfig;

    /** GD's fixed points lose stability at η = 2/λ: show from a quarter of the smallest edge to 2.5× the largest. */
    private static double[] defaultRange(Snapshot s) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = 0;
        for (CriticalPoint m : s.critical().of(CriticalPoint.Kind.MINIMUM)) {
            if (m.lambdaMax() > 0) {
                lo = Math.min(lo, 2 / m.lambdaMax());
                hi = Math.max(hi, 2 / m.lambdaMax());
            }
        }
        String view = s.config().landscapeSpec();
        if (view.startsWith("multiscale")) {
            // Kong–Tao: the regimes run from η ≈ 2ε (period doubling) to η ≫ ε (global chaos).
            double eps = ((org.basinscope.engine.landscape.Multiscale) s.config().landscape()).eps();
            return new double[] {0.5 * eps, 100 * eps};
        }
        double eta = s.params().eta();
        return hi > 0 ? new double[] {0.25 * lo, 2.5 * hi} : new double[] {eta / 4, 4 * eta};
    }

    /** The dynamics of the diagram: the run's if it is deterministic, else plain GD (the drift). */
    private static Dynamics deterministic(Dynamics d, Params p, RunConfig c) {
        return d.asMap(c.landscape(), p) != null ? d : new GradientDescent();
    }

    private void computeBifurcation(RunConfig c, Params p) {
        Dynamics d = deterministic(c.dynamics(), p, c);
        double[] r = bifurcation.range();
        String what = d == c.dynamics() ? d.name() : "GD (the drift of " + c.dynamics().name() + ")";
        double[] x0 = generic(c);
        // Over more than a decade, η is spaced (and drawn) on a log scale.
        boolean log = r[1] / r[0] > 20;
        bifurcation.setLogScale(log);
        double[] etas = org.basinscope.engine.analysis.Sweep.values(r[0], r[1], 400, log);
        jobs.submit("bifurcation", progress -> Bifurcation.sweep(c.landscape(), d, p, etas, x0, 2000,
                        BifurcationPlot.DRAWN_PER_ETA + Bifurcation.MAX_PERIOD * 2, 1e-6, runner, progress),
                result -> bifurcation.setResult(result, what), bifurcation::setError);
    }

    /**
     * The diagram's start: the run's start, nudged off it when it is a stationary point (a minimum
     * stays put for every η, stable or not, and would hide the bifurcations).
     */
    private static double[] generic(RunConfig c) {
        double[] x0 = c.start();
        double[] g = new double[2];
        c.landscape().gradient(x0[0], x0.length > 1 ? x0[1] : 0, g);
        if (Math.hypot(g[0], g[1]) < 1e-9) {
            double[] box = c.landscape().viewBox();
            x0[0] += 0.013 * (box[1] - box[0]);
            if (x0.length > 1) {
                x0[1] += 0.011 * (box[3] - box[2]);
            }
        }
        return x0;
    }

    private void computeOverlay(RunConfig c, Params p) {
        var f = c.landscape();
        double[] box = f.viewBox();
        int nx = f.dimension() == 2 ? GRID_2D : GRID_1D;
        int ny = f.dimension() == 2 ? GRID_2D : 1;
        if (basins.isSelected()) {
            jobs.submit("overlay", progress -> BasinMap.compute(f, c.dynamics(), p, box, nx, ny, BASIN_STEPS,
                            NOISY_RUNS, c.seed(), runner, progress),
                    r -> {
                        landscape.setAnalysis(OverlayImages.basins(r));
                        overlayStatus.setText(describe(r));
                    },
                    message -> overlayStatus.setText("No basin map: " + message));
        } else {
            Dynamics d = deterministic(c.dynamics(), p, c);
            jobs.submit("overlay", progress -> FtleMap.compute(f, d, p, box, nx, ny, FTLE_STEPS, runner, progress),
                    r -> {
                        landscape.setAnalysis(OverlayImages.ftle(r));
                        overlayStatus.setText("FTLE over " + FTLE_STEPS + " steps of " + d.name()
                                + ": bright = nearby starts separate fastest (basin boundaries)");
                    },
                    message -> overlayStatus.setText("No FTLE map: " + message));
        }
    }

    private static String describe(BasinMap.Result r) {
        StringBuilder b = new StringBuilder(r.runs() > 1 ? "Basins (" + r.runs() + " noisy runs per start): "
                : "Basins: ");
        for (int a = 0; a < r.attractors().size() && a < 5; a++) {
            double[] pos = r.attractors().get(a);
            b.append(a == 0 ? "" : ", ").append(String.format("(%.2f, %.2f) %.0f%%", pos[0], pos[1], 100 * r.fraction(a)));
        }
        double div = r.fraction(BasinMap.DIVERGED);
        double nc = r.fraction(BasinMap.NOT_CONVERGED);
        if (div > 0) {
            b.append(String.format(", diverged %.0f%% (black)", 100 * div));
        }
        if (nc > 0) {
            b.append(String.format(", not converged %.0f%% (grey)", 100 * nc));
        }
        return b.toString();
    }
}
