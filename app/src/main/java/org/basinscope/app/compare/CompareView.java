package org.basinscope.app.compare;

import java.util.List;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.beans.value.ChangeListener;
import javafx.event.EventHandler;
import javafx.scene.layout.Region;
import org.basinscope.app.Defaults;
import org.basinscope.app.controls.ControlPanel;
import org.basinscope.app.controls.Display;
import org.basinscope.app.views.landscape.LandscapeView;
import org.basinscope.engine.live.probe.LiveProbes;
import org.basinscope.engine.live.LiveSimulation;
import org.basinscope.engine.live.RunConfig;
import org.basinscope.engine.live.Snapshot;
import org.basinscope.engine.session.Session;

/**
 * A/B comparison: run B is a copy of run A with the same seed — so both draw the same random numbers —
 * and its own controls on the right, to change one thing (the batch size, the noise model, SGD against
 * Langevin at the same T_eff, ...). A's run/step/reset drive both. The two clouds are shown side by
 * side; loss and histogram of both share one pair of axes.
 */
public final class CompareView {
    private final LiveSimulation b;
    private final ControlPanel controlsB;
    private final LandscapeView viewA = new LandscapeView();
    private final LandscapeView viewB = new LandscapeView();
    private final Label labelA = new Label();
    private final Label labelB = new Label();
    private final List<PairPlot> plots = List.of(new CompareLoss(), new CompareDistribution());
    private final BorderPane root = new BorderPane();
    private final LiveSimulation a;
    private final ControlPanel controlsA;
    private final ChangeListener<Boolean> follow;
    private final EventHandler<ActionEvent> stepB;
    private final EventHandler<ActionEvent> resetB;
    private final ChangeListener<Number> speedB;
    private Snapshot shownB;
    /** Pulses since {@link #begin}: the view is put together over its first pulses (see {@link #pulse}). */
    private int pulses;
    private final VBox centre;
    private final HBox charts;
    private final ScrollPane right;
    /** Places kept for the plots and B's controls while they are not yet in the scene (see {@link #pulse}). */
    private final Region chartsPlace = new Region();
    private final Region rightPlace = new Region();

    /**
     * Builds the comparison's views and run B once, with the window (building charts takes longer than a
     * frame, so it is not done when the user asks for the comparison); {@link #begin} starts using them.
     */
    public CompareView(Session start, ControlPanel controlsA) {
        this.a = controlsA.simulation();
        this.controlsA = controlsA;
        RunConfig config = start.toRunConfig();
        b = new LiveSimulation(config, start.params(), Defaults.simulationThreads());
        controlsB = new ControlPanel(b, config);
        controlsB.setTransportVisible(false);
        follow = (o, was, is) -> b.setRunning(is);
        stepB = e -> b.stepOnce();
        resetB = e -> b.reset();
        speedB = (o, x, y) -> b.setStepsPerFrame(y.intValue());

        labelA.getStyleClass().add("compare-label");
        labelB.getStyleClass().addAll("compare-label", "b");
        VBox sideA = new VBox(labelA, viewA);
        VBox sideB = new VBox(labelB, viewB);
        VBox.setVgrow(viewA, Priority.ALWAYS);
        VBox.setVgrow(viewB, Priority.ALWAYS);
        HBox clouds = new HBox(6, sideA, sideB);
        HBox.setHgrow(sideA, Priority.ALWAYS);
        HBox.setHgrow(sideB, Priority.ALWAYS);
        sideA.setPrefWidth(500);
        sideB.setPrefWidth(500);
        HBox charts = new HBox(6);
        for (var p : plots) {
            charts.getChildren().add(p.node());
            HBox.setHgrow(p.node(), Priority.ALWAYS);
            ((Region) p.node()).setPrefWidth(500);
        }
        this.charts = charts;
        chartsPlace.setPrefHeight(340);
        VBox.setVgrow(chartsPlace, Priority.NEVER);
        centre = new VBox(6, clouds, charts);
        VBox.setVgrow(clouds, Priority.ALWAYS);
        clouds.setPrefHeight(560);
        charts.setPrefHeight(340);
        centre.setPadding(new Insets(6));
        Label titleB = new Label("Run B (same seed)");
        titleB.getStyleClass().add("panel-title");
        right = new ScrollPane(new VBox(6, titleB, controlsB));
        right.setFitToWidth(true);
        right.setPrefWidth(300);
        rightPlace.setPrefWidth(300);
        rightPlace.setMinWidth(300);
        right.setMinWidth(300);
        right.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        root.setCenter(centre);
        root.setRight(right);
        root.setId("compare-view");
    }

    /** Starts a comparison: A back to its start, B a copy of {@code session} (same seed), both driven by A's buttons. */
    public void begin(Session session) {
        a.reset();
        controlsB.load(session.toRunConfig(), session.params(), session.stepsPerFrame());
        b.setStepsPerFrame(controlsA.stepsPerFrame());
        b.setRunning(controlsA.runButton().isSelected());
        controlsA.runButton().selectedProperty().addListener(follow);
        controlsA.stepButton().addEventHandler(ActionEvent.ACTION, stepB);
        controlsA.resetButton().addEventHandler(ActionEvent.ACTION, resetB);
        controlsA.speed().valueProperty().addListener(speedB);
        shownB = null;
        pulses = 0;
        viewA.setVisible(false);
        viewB.setVisible(false);
        centre.getChildren().set(centre.getChildren().indexOf(charts) >= 0 ? centre.getChildren().indexOf(charts) : 1,
                chartsPlace);
        root.setRight(rightPlace);
    }

    /** Ends the comparison: A's buttons drive A alone again, B pauses. */
    public void end() {
        controlsA.runButton().selectedProperty().removeListener(follow);
        controlsA.stepButton().removeEventHandler(ActionEvent.ACTION, stepB);
        controlsA.resetButton().removeEventHandler(ActionEvent.ACTION, resetB);
        controlsA.speed().valueProperty().removeListener(speedB);
        b.setRunning(false);
    }

    public void start() {
        b.start();
    }

    public void close() {
        end();
        b.close();
    }

    public Parent root() {
        return root;
    }

    /** Draws the newest A and B snapshots (FX thread, from the main window's timer). */
    public void pulse(Snapshot sa) {
        // Styling, laying out and software-painting the whole new view at once takes longer than a pulse
        // may: it enters the scene in parts, one per pulse (the frame, the pictures, the plots, B's
        // controls), each into a place of its own size kept for it, so that nothing already shown moves.
        switch (++pulses) {
            case 2 -> {
                viewA.setVisible(true);
                viewB.setVisible(true);
            }
            case 3 -> centre.getChildren().set(centre.getChildren().indexOf(chartsPlace), charts);
            case 4 -> root.setRight(right);
            default -> { }
        }
        Snapshot sb = b.latest();
        // While it is being put together a pulse does little else: the pictures from the second pulse
        // on, the plots and labels once everything is in place.
        if (pulses < 2 || sa == null || sb == null) {
            return;
        }
        viewA.show(sa);
        if (sb != shownB) {
            viewB.show(sb);
            shownB = sb;
        }
        if (pulses < 4) {
            return;
        }
        labelA.setText("A: " + summary(sa));
        labelB.setText("B: " + summary(sb));
        for (var p : plots) {
            p.show(sa, sb);
        }
    }

    private static String summary(Snapshot s) {
        var p = s.params();
        return s.config().dynamicsSpec() + "  η=" + Display.number(p.eta()) + "  B=" + p.batch()
                + "  T=" + Display.number(p.temperature()) + "  T_eff="
                + Display.number(s.get(LiveProbes.READOUTS).effectiveTemperature()) + "  step " + s.step();
    }

    public LiveSimulation simulationB() {
        return b;
    }

    public ControlPanel controlsB() {
        return controlsB;
    }
}
