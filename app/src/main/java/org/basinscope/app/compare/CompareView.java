package org.basinscope.app.compare;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.beans.value.ChangeListener;
import javafx.scene.layout.Region;
import org.basinscope.app.Defaults;
import org.basinscope.app.controls.ControlPanel;
import org.basinscope.app.controls.Display;
import org.basinscope.app.export.Exportable;
import org.basinscope.app.views.landscape.LandscapeView;
import org.basinscope.engine.live.probe.LiveProbes;
import org.basinscope.engine.live.LiveSimulation;
import org.basinscope.engine.live.RunConfig;
import org.basinscope.engine.live.Snapshot;
import org.basinscope.engine.session.Session;

/**
 * A/B comparison: run B is a copy of run A with the same seed — so both draw the same random numbers —
 * and its own controls on the right, to change one thing (the batch size, the noise model, SGD against
 * Langevin at the same T_eff, ...). One clock: B never runs on its own but is brought to A's step every
 * frame ({@link LiveSimulation#advanceTo}), and A waits for B ({@link LiveSimulation#setStepLimit}) at most two
 * frames ahead; the clouds and the shared plots (loss and histogram on one pair of axes) show the two runs
 * at the same step.
 */
public final class CompareView {
    private final LiveSimulation b;
    private final ControlPanel controlsB;
    private final LandscapeView viewA = new LandscapeView("landscape-a");
    private final LandscapeView viewB = new LandscapeView("landscape-b");
    private final Label labelA = new Label();
    private final Label labelB = new Label();
    private final List<PairPlot> plots = List.of(new CompareLoss(), new CompareDistribution());
    private final BorderPane root = new BorderPane();
    private final LiveSimulation a;
    private final ControlPanel controlsA;
    private final ChangeListener<Number> speedB;
    /** A's recent snapshots, newest last: the one at B's step is drawn beside B's. */
    private final Deque<Snapshot> recentA = new ArrayDeque<>();
    private static final int RECENT = 8;
    private Snapshot shownB;
    /** The step at which both sides were last drawn together, or -1. */
    private long pairStep = -1;
    private boolean comparing;
    /** A's snapshot from before {@link #begin} reset it: not a step to bring B to. */
    private Snapshot beforeBegin;
    /** Pulses since {@link #begin}: the view is put together over its first pulses (see {@link #pulse}). */
    private int pulses;
    private final VBox centre;
    private final HBox charts;
    /** The parts presentation mode restyles one per pulse (see {@link #presentationParts}). */
    private final List<javafx.scene.Node> parts = new ArrayList<>();
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
        b.setCourtesy(org.basinscope.app.diagnostics.WindowPressure::giveWay);
        controlsB = new ControlPanel(b, config);
        controlsB.setTransportVisible(false);
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
        VBox rightContent = new VBox(6, titleB, controlsB);
        right = new ScrollPane(rightContent);
        right.setFitToWidth(true);
        right.setPrefWidth(300);
        rightPlace.setPrefWidth(300);
        rightPlace.setMinWidth(300);
        right.setMinWidth(300);
        right.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        root.setCenter(centre);
        root.setRight(right);
        root.setId("compare-view");
        parts.add(sideA);
        parts.add(sideB);
        plots.forEach(p -> parts.add(p.node()));
        parts.add(rightContent);
    }

    /**
     * The view's parts, for presentation mode to restyle one per pulse: a style class on the root re-made the
     * style of every node of both sides, the plots and B's controls in one go (15-55 ms at once).
     */
    public List<javafx.scene.Node> presentationParts() {
        return List.copyOf(parts);
    }

    /** Starts a comparison: A back to its start, B a copy of {@code session} (same seed) that follows A's clock. */
    public void begin(Session session) {
        // Held at step 0 until B, rebuilt by the load below, is there too.
        a.setStepLimit(0);
        beforeBegin = a.latest();
        a.reset();
        controlsB.load(session.toRunConfig(), session.params(), session.stepsPerFrame());
        b.setRunning(false);
        b.setStepsPerFrame(controlsA.stepsPerFrame());
        controlsA.speed().valueProperty().addListener(speedB);
        recentA.clear();
        comparing = true;
        shownB = null;
        pairStep = -1;
        pulses = 0;
        viewA.setVisible(false);
        viewB.setVisible(false);
        centre.getChildren().set(centre.getChildren().indexOf(charts) >= 0 ? centre.getChildren().indexOf(charts) : 1,
                chartsPlace);
        root.setRight(rightPlace);
    }

    /** Ends the comparison: A runs alone again, B stays where it is. */
    public void end() {
        comparing = false;
        controlsA.speed().valueProperty().removeListener(speedB);
        a.setStepLimit(Long.MAX_VALUE);
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
        if (comparing && sa != null && sa != beforeBegin) {
            follow(sa, sb);
        }
        // While it is being put together a pulse does little else: the pictures from the second pulse
        // on, the plots and labels once everything is in place.
        if (pulses < 2 || sa == null || sb == null) {
            return;
        }
        Snapshot pairA = atStep(sb.step());
        viewA.show(pairA != null ? pairA : sa);
        if (sb != shownB) {
            viewB.show(sb);
            shownB = sb;
        }
        if (pulses < 4) {
            return;
        }
        labelA.setText("A: " + summary(pairA != null ? pairA : sa));
        labelB.setText("B: " + summary(sb) + (pairA != null ? "" : " (catching up)"));
        if (pairA != null) {
            for (var p : plots) {
                p.show(pairA, sb);
            }
            pairStep = sb.step();
        }
    }

    /**
     * The clock: B is sent A's step (a no-op once it is there; after a change of B's set-up it catches up
     * from its start), and A may run at most two frames past the step B has shown.
     */
    private void follow(Snapshot sa, Snapshot sb) {
        Snapshot newest = recentA.peekLast();
        if (newest != null && sa.step() < newest.step()) {
            recentA.clear(); // A went back to its start (reset, new set-up)
        }
        if (newest != sa) {
            recentA.addLast(sa);
            if (recentA.size() > RECENT) {
                recentA.removeFirst();
            }
        }
        b.advanceTo(sa.step());
        long shownByB = sb == null ? 0 : Math.min(sb.step(), sa.step());
        // Two frames of slack: A takes its next frame while B catches up with the last, so neither idles.
        a.setStepLimit(shownByB + 2L * controlsA.stepsPerFrame());
    }

    /** A's recent snapshot at {@code step}, or null. */
    private Snapshot atStep(long step) {
        for (var it = recentA.descendingIterator(); it.hasNext(); ) {
            Snapshot s = it.next();
            if (s.step() == step) {
                return s;
            }
        }
        return null;
    }

    private static String summary(Snapshot s) {
        var p = s.params();
        // The step first: a long dynamics spec may be cut off at the end, the step must not be.
        return "step " + s.step() + "  " + s.config().dynamicsSpec() + gradient(s) + "  η=" + Display.number(p.eta()) + "  B=" + p.batch()
                + "  T=" + Display.number(p.temperature()) + "  T_eff="
                + Display.number(s.get(LiveProbes.READOUTS).effectiveTemperature());
    }

    private static String gradient(Snapshot s) {
        String g = s.config().gradientSpec();
        return g.equals("exact") ? "" : " + " + g;
    }

    /** What an export of the comparison writes: both clouds and the shared plots, as on screen. */
    public List<Exportable> exportables() {
        List<Exportable> out = new ArrayList<>(List.of(viewA, viewB));
        out.addAll(plots);
        return out;
    }

    /** The step both sides show (the shared plots' step), or -1 before the first pair is drawn. */
    public long pairStep() {
        return pairStep;
    }

    /** Run B as shown, as a session (its own parameter history; A's view settings are not B's to save). */
    public Session sessionB() {
        Snapshot s = shownB;
        return Session.of(controlsB.config(), controlsB.currentParams(), s == null ? 0 : s.step(),
                controlsB.stepsPerFrame(), java.util.Map.of(), s == null ? List.of() : s.history());
    }

    public LiveSimulation simulationB() {
        return b;
    }

    public ControlPanel controlsB() {
        return controlsB;
    }
}
