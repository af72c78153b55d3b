package org.basinscope.app.tabs;

import java.util.List;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.basinscope.engine.analysis.Sweep;
import org.basinscope.engine.dynamics.Params;
import org.basinscope.engine.grid.Grid;
import org.basinscope.engine.grid.GridJob;
import org.basinscope.engine.live.RunConfig;
import org.basinscope.engine.session.LessonGrid;
import org.basinscope.engine.spec.InvalidInputException;
import org.basinscope.engine.spec.Numbers;

/**
 * The Sweeps tab's form: the first axis, an optional second one (none: today's one-parameter curve), the readout,
 * steps, particles and seeds, and the Run button and status line. It reads itself into a sweep, refusing bad
 * input with one line (nothing starts), and keeps itself in a session's view settings under the
 * {@link LessonGrid} keys, which is also how a lesson's grid block fills it in.
 */
final class SweepForm {
    /** At most this many points on the one-parameter curve, and on each axis of a phase diagram. */
    static final int MAX_LINE_POINTS = 200;
    static final int MAX_AXIS_POINTS = 100;
    private static final String DEFAULT_GRID = "eta=0.01:1:30:log";
    private static final String DEFAULT_READOUT = "variance";
    private static final String DEFAULT_STEPS = "2000";
    private static final String DEFAULT_PARTICLES = "10000";
    private static final String DEFAULT_SEEDS = "2";
    private final AxisFields first;
    private final AxisFields second;
    private final ComboBox<String> readout = new ComboBox<>();
    private final TextField steps = new TextField(DEFAULT_STEPS);
    private final TextField particles = new TextField(DEFAULT_PARTICLES);
    private final TextField seeds = new TextField(DEFAULT_SEEDS);
    private final Button run = new Button("Run sweep");
    private final Label status = new Label();
    private final VBox node;

    /** A one-parameter sweep of the live run: the parameter, its values, the readout, N and the steps per point. */
    record Line(Sweep.Knob knob, double[] values, Sweep.Readout what, int particles, long steps) {
    }

    SweepForm(Runnable onRun, JobProgress progress) {
        first = new AxisFields("", List.of("eta", "batch", "temperature", "eta/b"), DEFAULT_GRID, onRun);
        second = new AxisFields("2", List.of(AxisFields.NONE, "eta", "batch", "temperature", "friction", "momentum",
                "eta/b"), "none=1:64:7:log", onRun);
        readout.getItems().addAll("loss", "variance", "diverged", "occupation", "lyapunov");
        readout.setValue(DEFAULT_READOUT);
        readout.setId("sweep-readout");
        readout.setTooltip(new Tooltip("What to read at the end of each run"));
        run.setId("sweep-run");
        status.setId("sweep-status");
        steps.setId("sweep-steps");
        particles.setId("sweep-particles");
        seeds.setId("sweep-seeds");
        seeds.setTooltip(new Tooltip("Runs per cell of a phase diagram, each with its own seed (the ± is over them)"));
        for (TextField f : List.of(steps, particles, seeds)) {
            f.setPrefColumnCount(3);
            f.setOnAction(e -> onRun.run());
        }
        seeds.setPrefColumnCount(2);
        readout.setPrefWidth(104);
        run.setOnAction(e -> onRun.run());
        status.getStyleClass().add("readout-note");
        status.setWrapText(true);
        status.setMinHeight(Region.USE_PREF_SIZE);
        particles.setTooltip(new Tooltip("Particles per run"));
        FlowPane row1 = row("vary", first.nodes());
        FlowPane row2 = row("and", second.nodes());
        FlowPane row3 = new FlowPane(6, 4, readout, new Label("steps"), steps,
                new Label("N"), particles, new Label("seeds"), seeds, run, progress.bar(), progress.cancel());
        row3.setAlignment(Pos.CENTER_LEFT);
        // Seeds are per cell of a phase diagram; the one-parameter curve runs each point once.
        seeds.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(second::none,
                second.nameProperty()));
        node = new VBox(4, row1, row2, row3, status);
        node.setPadding(new Insets(4, 8, 4, 8));
    }

    private static FlowPane row(String label, List<Node> fields) {
        FlowPane p = new FlowPane(8, 4);
        p.getChildren().add(new Label(label));
        p.getChildren().addAll(fields);
        p.setAlignment(Pos.CENTER_LEFT);
        return p;
    }

    Node node() {
        return node;
    }

    /** True when a second axis is chosen: the sweep is a phase diagram. */
    boolean twoAxes() {
        return !second.none();
    }

    void setStatus(String text) {
        status.setText(text);
    }

    String status() {
        return status.getText();
    }

    Sweep.Readout what() {
        return Sweep.Readout.parse(readout.getValue());
    }

    int particles() {
        return (int) Numbers.checkRange("particles", Math.round(Numbers.parse("particles", particles.getText())), 1,
                100_000);
    }

    long steps() {
        return Numbers.checkRange("steps", Math.round(Numbers.parse("steps", steps.getText())), 1, 1_000_000);
    }

    /** The one-parameter sweep the form says (first axis only). */
    Line line() {
        double[] values = Sweep.values(first.from(), first.to(), first.points(MAX_LINE_POINTS), first.log());
        return new Line(Sweep.Knob.parse(first.name()), values, what(), particles(), steps());
    }

    /** The phase diagram the form says, from the live run {@code c} with the sliders at {@code p}. */
    GridJob grid(RunConfig c, Params p) {
        int s = (int) Numbers.checkRange("seeds", Math.round(Numbers.parse("seeds", seeds.getText())), 1, 100);
        var x = first.axis(MAX_AXIS_POINTS);
        var y = second.axis(MAX_AXIS_POINTS);
        if (x.knob() == y.knob()) {
            throw new InvalidInputException("the two axes vary the same parameter (" + x.knob().key() + ")");
        }
        return new GridJob(c.withParticles(particles()), p, steps(), new Grid(List.of(x, y)), what(), s);
    }

    void saveView(Map<String, String> view) {
        view.put(LessonGrid.VIEW_GRID, first.text() + (second.none() ? "" : "," + second.text()));
        view.put(LessonGrid.VIEW_READOUT, readout.getValue());
        view.put(LessonGrid.VIEW_STEPS, steps.getText().strip());
        view.put(LessonGrid.VIEW_PARTICLES, particles.getText().strip());
        view.put(LessonGrid.VIEW_SEEDS, seeds.getText().strip());
    }

    /** Fills the form from view settings; absent keys (a session from before phase diagrams) get the defaults. */
    void loadView(Map<String, String> view) {
        String[] axes = view.getOrDefault(LessonGrid.VIEW_GRID, DEFAULT_GRID).split(",", -1);
        first.setText(axes[0]);
        second.setText(axes.length > 1 ? axes[1] : AxisFields.NONE);
        String r = view.getOrDefault(LessonGrid.VIEW_READOUT, DEFAULT_READOUT);
        readout.setValue(readout.getItems().contains(r) ? r : DEFAULT_READOUT);
        steps.setText(view.getOrDefault(LessonGrid.VIEW_STEPS, DEFAULT_STEPS));
        particles.setText(view.getOrDefault(LessonGrid.VIEW_PARTICLES, DEFAULT_PARTICLES));
        seeds.setText(view.getOrDefault(LessonGrid.VIEW_SEEDS, DEFAULT_SEEDS));
    }
}
