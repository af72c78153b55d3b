package org.basinscope.app.tabs;

import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.basinscope.app.Defaults;
import org.basinscope.app.controls.Display;
import org.basinscope.app.jobs.AnalysisJobs;
import org.basinscope.app.plots.SweepPlot;
import org.basinscope.engine.analysis.Sweep;
import org.basinscope.engine.live.Snapshot;
import org.basinscope.engine.spec.InvalidInputException;
import org.basinscope.engine.spec.Numbers;

/**
 * The sweeps tab: a readout (final loss, variance, diverged fraction, occupation of the start's basin,
 * Lyapunov exponent) against η, B, T, or η along η/B = const, each point a run of the live landscape,
 * dynamics and other parameters from the run's start and seed, in the background with progress and cancel.
 */
public final class SweepsTab extends AbstractPlotTab {
    public static final Kind KIND = new Kind("sweeps", "Sweeps", "runs the default sweep first", SweepsTab::new);
    private static final int MAX_POINTS = 200;
    private final AnalysisJobs jobs;
    private final SweepPlot plot = new SweepPlot();
    private final ComboBox<String> knob = new ComboBox<>();
    private final ComboBox<String> readout = new ComboBox<>();
    private final TextField from = new TextField("0.01");
    private final TextField to = new TextField("1");
    private final TextField points = new TextField("30");
    private final TextField steps = new TextField("2000");
    private final TextField particles = new TextField("10000");
    private final CheckBox log = new CheckBox("log");
    private final Button run = new Button("Run sweep");
    private final Label status = new Label();
    private Snapshot latest;

    SweepsTab(TabContext context) {
        super(KIND);
        this.jobs = context.jobs();
        knob.getItems().addAll("eta", "batch", "temperature", "eta/b");
        knob.setValue("eta");
        readout.getItems().addAll("loss", "variance", "diverged", "occupation", "lyapunov");
        readout.setValue("variance");
        log.setSelected(true);
        knob.setId("sweep-param");
        readout.setId("sweep-readout");
        run.setId("sweep-run");
        status.setId("sweep-status");
        from.setId("sweep-from");
        to.setId("sweep-to");
        points.setId("sweep-points");
        steps.setId("sweep-steps");
        particles.setId("sweep-particles");
        knob.setTooltip(new Tooltip("What to vary; eta/b keeps η/B at the live ratio (linear scaling rule)"));
        readout.setTooltip(new Tooltip("What to read at the end of each run"));
        for (TextField f : List.of(from, to, points, steps, particles)) {
            f.setPrefColumnCount(5);
            f.setOnAction(e -> start());
        }
        run.setOnAction(e -> start());
        JobProgress progress = new JobProgress(jobs, "Stop the sweep (the previous curve stays)", "sweep");
        status.getStyleClass().add("readout-note");
        status.setWrapText(true);
        status.setMinHeight(Region.USE_PREF_SIZE);
        FlowPane row1 = new FlowPane(8, 4, new Label("vary"), knob, new Label("from"), from, new Label("to"), to,
                new Label("points"), points, log);
        FlowPane row2 = new FlowPane(8, 4, new Label("read"), readout, new Label("steps"), steps, new Label("particles"),
                particles, run, progress.bar(), progress.cancel());
        row1.setAlignment(Pos.CENTER_LEFT);
        row2.setAlignment(Pos.CENTER_LEFT);
        VBox header = new VBox(4, row1, row2, status);
        header.setPadding(new Insets(4, 8, 4, 8));
        layout(header, List.of(plot));
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
        return jobs.idle("sweep");
    }

    /** Starts the sweep with the live settings (FX thread). */
    public void start() {
        Snapshot s = latest;
        if (s == null) {
            return;
        }
        Sweep.Knob k;
        Sweep.Readout what;
        double[] values;
        int n;
        long k0;
        try {
            k = Sweep.Knob.parse(knob.getValue());
            what = Sweep.Readout.parse(readout.getValue());
            int count = (int) Numbers.checkRange("points", Math.round(Numbers.parse("points", points.getText())), 2,
                    MAX_POINTS);
            values = Sweep.values(Numbers.parse("from", from.getText()), Numbers.parse("to", to.getText()), count,
                    log.isSelected());
            n = (int) Numbers.checkRange("particles", Math.round(Numbers.parse("particles", particles.getText())), 1,
                    100_000);
            k0 = Numbers.checkRange("steps", Math.round(Numbers.parse("steps", steps.getText())), 1, 1_000_000);
        } catch (InvalidInputException e) {
            status.setText("Not started: " + e.getMessage());
            return;
        }
        var c = s.config();
        var p = s.params();
        String what0 = c.dynamics().name() + " on " + c.landscapeSpec() + ", " + n + " particles × " + k0 + " steps per point";
        status.setText("Running: " + what0 + " …");
        jobs.submit("sweep", pr -> Sweep.run(c.landscape(), c.dynamics(), p, c.start(), k, values, what, n, k0, c.seed(),
                        Defaults.simulationThreads(), pr),
                r -> {
                    plot.setResult(r, what0 + (k == Sweep.Knob.ETA_OVER_B ? "; η/B = " + Display.number(p.eta() / p.batch())
                            : ""));
                    status.setText("Done: " + values.length + " points.");
                },
                message -> status.setText("No sweep: " + message));
    }

    /** The status line (for tests). */
    public String status() {
        return status.getText();
    }
}
