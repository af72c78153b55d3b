package org.basinscope.app;

import java.util.List;
import javafx.animation.AnimationTimer;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.VBox;
import org.basinscope.app.controls.ControlPanel;
import org.basinscope.app.plots.HistogramPlot;
import org.basinscope.app.plots.LivePlot;
import org.basinscope.app.plots.LossPlot;
import org.basinscope.app.plots.PhasePlot;
import org.basinscope.app.views.LandscapeView;
import org.basinscope.app.views.ReadoutsPanel;
import org.basinscope.engine.dynamics.Params;
import org.basinscope.engine.ensemble.BlockRunner;
import org.basinscope.engine.live.LiveSimulation;
import org.basinscope.engine.live.RunConfig;
import org.basinscope.engine.live.Snapshot;

/**
 * The main window: controls on the left, the landscape with its particle cloud and the readouts in
 * the middle, the live plots on the right. It wires engine objects to views and nothing more: a
 * {@link LiveSimulation} runs on its own thread; an {@link AnimationTimer} on the FX thread takes its
 * newest {@link Snapshot} each pulse and hands it to the views, never waiting for the simulation.
 */
public final class MainWindow {
    private final LiveSimulation simulation;
    private final ControlPanel controls;
    private final LandscapeView landscape = new LandscapeView();
    private final ReadoutsPanel readouts = new ReadoutsPanel();
    private final List<LivePlot> plots;
    private final Label message = new Label();
    private final BorderPane root = new BorderPane();
    private final FrameCounter frames = new FrameCounter();
    private final AnimationTimer timer;
    private volatile Snapshot shown;
    private long longestPulseNanos;
    private long framesShown;

    public MainWindow(RunConfig config, Params params) {
        simulation = new LiveSimulation(config, params, BlockRunner.allCores());
        controls = new ControlPanel(simulation, config);
        plots = List.of(new LossPlot(), new HistogramPlot(), new PhasePlot());

        ScrollPane left = new ScrollPane(controls);
        left.setFitToWidth(true);
        left.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        left.setPrefWidth(330);
        left.setMinWidth(300);

        message.setId("message");
        message.getStyleClass().add("message");
        message.setMaxWidth(Double.MAX_VALUE);
        message.setWrapText(true);
        message.setVisible(false);
        message.setManaged(false);

        VBox middle = new VBox(message, landscape, readouts);
        VBox.setVgrow(landscape, Priority.ALWAYS);
        readouts.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        landscape.setId("landscape-view");

        GridPane right = new GridPane();
        right.setVgap(6);
        ColumnConstraints full = new ColumnConstraints();
        full.setPercentWidth(100);
        right.getColumnConstraints().add(full);
        for (int i = 0; i < plots.size(); i++) {
            RowConstraints row = new RowConstraints();
            row.setPercentHeight(100.0 / plots.size());
            row.setVgrow(Priority.ALWAYS);
            right.getRowConstraints().add(row);
            right.add(plots.get(i).node(), 0, i);
        }

        HBox centre = new HBox(6, middle, right);
        centre.setPadding(new Insets(6));
        HBox.setHgrow(middle, Priority.ALWAYS);
        HBox.setHgrow(right, Priority.ALWAYS);
        middle.setPrefWidth(640);
        right.setPrefWidth(600);
        middle.setMinWidth(300);
        right.setMinWidth(300);

        root.setLeft(left);
        root.setCenter(centre);
        root.getStylesheets().add(Styles.MAIN);
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::shortcut);

        timer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                pulse(now);
            }
        };
    }

    /** Starts the simulation thread and the drawing timer. */
    public void start() {
        simulation.start();
        timer.start();
    }

    /** Stops drawing and the simulation thread. */
    public void close() {
        timer.stop();
        simulation.close();
    }

    private void pulse(long now) {
        long t0 = System.nanoTime();
        Snapshot s = simulation.latest();
        if (s != null && s != shown) {
            boolean all = true;
            for (LivePlot p : plots) {
                all &= p.show(s);
            }
            landscape.show(s);
            frames.frame(now);
            // Numbers are read, not watched: about 10 updates a second is easier on the eye and on layout.
            if (framesShown % 6 == 0 || !s.running()) {
                readouts.show(s, frames.perSecond(now));
            }
            showMessage(s.message());
            if (all) {
                shown = s;
            }
            framesShown++;
        }
        longestPulseNanos = Math.max(longestPulseNanos, System.nanoTime() - t0);
    }

    private void showMessage(String text) {
        boolean show = text != null;
        if (show) {
            message.setText(text);
        }
        message.setVisible(show);
        message.setManaged(show);
    }

    /** Space run/pause, S step, R reset — unless the user is typing in a field. */
    private void shortcut(KeyEvent e) {
        if (e.getTarget() instanceof javafx.scene.control.TextInputControl
                || e.getTarget() instanceof javafx.scene.control.ComboBoxBase) {
            return;
        }
        if (e.isControlDown() || e.isAltDown() || e.isMetaDown()) {
            return;
        }
        if (e.getCode() == KeyCode.SPACE) {
            controls.toggleRun();
            e.consume();
        } else if (e.getCode() == KeyCode.S) {
            controls.step();
            e.consume();
        } else if (e.getCode() == KeyCode.R) {
            controls.reset();
            e.consume();
        }
    }

    public Parent root() {
        return root;
    }

    public LiveSimulation simulation() {
        return simulation;
    }

    public ControlPanel controls() {
        return controls;
    }

    public LandscapeView landscapeView() {
        return landscape;
    }

    public List<LivePlot> plots() {
        return plots;
    }

    /** The snapshot the views show now (read on any thread). */
    public Snapshot shown() {
        return shown;
    }

    /** How many new snapshots the views have drawn so far. */
    public long framesShown() {
        return framesShown;
    }

    /** The longest time one pulse spent in our drawing code so far, in milliseconds. */
    public double longestPulseMillis() {
        return longestPulseNanos / 1e6;
    }
}
