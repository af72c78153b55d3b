package org.basinscope.app.window;

import java.util.List;
import java.util.Objects;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import org.basinscope.app.Defaults;
import org.basinscope.app.jobs.AnalysisJobs;
import org.basinscope.app.views.OverlayImages;
import org.basinscope.app.views.landscape.LandscapeView;
import org.basinscope.engine.chaos.BasinMap;
import org.basinscope.engine.chaos.FtleMap;
import org.basinscope.engine.dynamics.Dynamics;
import org.basinscope.engine.dynamics.Params;
import org.basinscope.engine.ensemble.BlockRunner;
import org.basinscope.engine.live.RunConfig;
import org.basinscope.engine.live.Snapshot;

/**
 * The bar above the landscape and what it lays over it: the basins of attraction or the finite-time
 * Lyapunov field (whose ridges are the basin boundaries), recomputed in the background when any setting
 * changes (η included), after the settings have rested for {@value #SETTLE_MS} ms. While a computation
 * runs the previous picture stays; a newer request cancels the older.
 */
final class OverlayBar {
    static final long SETTLE_MS = 150;
    /** Grid of the overlays (2-D), and of a 1-D strip. */
    static final int GRID_2D = 160;
    static final int GRID_1D = 400;
    static final int BASIN_STEPS = 2000;
    static final int NOISY_RUNS = 8;
    static final int FTLE_STEPS = 40;
    private static final String JOB = "overlay";
    /** A request the next pulse has not looked at yet (so {@link #settled} is false until it has). */
    private static final Object PENDING = new Object();

    private final AnalysisJobs jobs;
    private final LandscapeView landscape;
    private final CheckBox basins = new CheckBox("Basins");
    private final CheckBox ftle = new CheckBox("FTLE ridges");
    private final ProgressBar progress = new ProgressBar();
    private final Label status = new Label();
    private final HBox bar;
    private final BlockRunner runner = Defaults.simulationThreads();
    // Written on the FX thread; volatile because settled() may be polled from a script or test thread.
    private volatile Object key;
    private volatile Object wanted;
    private long changedAt;

    OverlayBar(AnalysisJobs jobs, LandscapeView landscape) {
        this.jobs = jobs;
        this.landscape = landscape;
        basins.setId("show-basins");
        ftle.setId("show-ftle");
        basins.setTooltip(new Tooltip("Colour each start point by the minimum the dynamics reaches from it "
                + "(noisy dynamics: the basin most runs reach, opacity = how many)"));
        ftle.setTooltip(new Tooltip("Finite-time Lyapunov exponent of each start over " + FTLE_STEPS
                + " steps: its ridges are the basin boundaries"));
        basins.selectedProperty().addListener((o, a, b) -> toggled(b, ftle));
        ftle.selectedProperty().addListener((o, a, b) -> toggled(b, basins));
        progress.setPrefWidth(80);
        progress.setVisible(false);
        progress.progressProperty().bind(jobs.progress(JOB));
        jobs.progress(JOB).addListener((o, a, b) -> progress.setVisible(b.doubleValue() >= 0));
        status.getStyleClass().add("readout-note");
        basins.setMinWidth(Region.USE_PREF_SIZE);
        ftle.setMinWidth(Region.USE_PREF_SIZE);
        status.setMinWidth(0);
        bar = new HBox(10, basins, ftle, progress, status);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(2, 6, 2, 6));
        bar.getStyleClass().add("overlay-bar");
    }

    /** One box on turns the other off; both off removes the picture. */
    private void toggled(boolean on, CheckBox other) {
        if (on) {
            other.setSelected(false);
        }
        key = null;
        wanted = PENDING;
        if (!on && !other.isSelected()) {
            jobs.cancel(JOB);
            landscape.setAnalysis(null);
            status.setText("");
        }
    }

    HBox node() {
        return bar;
    }

    /** True when the wanted picture (if any) is computed. */
    boolean settled() {
        return Objects.equals(key, wanted) && jobs.idle(JOB);
    }

    /** What the overlay shows (or why it is missing). */
    String status() {
        return status.getText();
    }

    /** Turns an overlay on: "basins", "ftle", or "none". */
    void show(String which) {
        basins.setSelected("basins".equals(which));
        ftle.setSelected("ftle".equals(which));
    }

    /** Called each pulse with the snapshot the views show. */
    void pulse(Snapshot s) {
        if (s == null) {
            return;
        }
        RunConfig c = s.config();
        Params p = s.params();
        Object next = basins.isSelected() || ftle.isSelected()
                ? List.of(c.landscape(), c.dynamics(), c.seed(), p, basins.isSelected()) : null;
        long now = System.nanoTime();
        if (!Objects.equals(next, wanted)) {
            wanted = next;
            changedAt = now;
        }
        if (now - changedAt < SETTLE_MS * 1_000_000L) {
            return;
        }
        // The key is published after the submit, so a reader on another thread that sees it also sees the job.
        if (next != null && !Objects.equals(next, key)) {
            compute(c, p);
            key = next;
        }
    }

    private void compute(RunConfig c, Params p) {
        var f = c.landscape();
        double[] box = f.viewBox();
        int nx = f.dimension() == 2 ? GRID_2D : GRID_1D;
        int ny = f.dimension() == 2 ? GRID_2D : 1;
        if (basins.isSelected()) {
            jobs.submit(JOB, progress -> BasinMap.compute(f, c.dynamics(), p, box, nx, ny, BASIN_STEPS, NOISY_RUNS,
                            c.seed(), runner, progress),
                    r -> {
                        landscape.setAnalysis(OverlayImages.basins(r));
                        status.setText(describe(r));
                    },
                    message -> status.setText("No basin map: " + message));
        } else {
            Dynamics d = c.dynamics().deterministicOrDrift(f, p);
            jobs.submit(JOB, progress -> FtleMap.compute(f, d, p, box, nx, ny, FTLE_STEPS, runner, progress),
                    r -> {
                        landscape.setAnalysis(OverlayImages.ftle(r));
                        status.setText("FTLE over " + FTLE_STEPS + " steps of " + d.name()
                                + ": bright = nearby starts separate fastest (basin boundaries)");
                    },
                    message -> status.setText("No FTLE map: " + message));
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
