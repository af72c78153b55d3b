package org.basinscope.app.dimensional;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.animation.AnimationTimer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.basinscope.app.controls.Display;
import org.basinscope.app.controls.ParameterControl;
import org.basinscope.app.controls.Sliders;
import org.basinscope.app.diagnostics.LatencyStats;
import org.basinscope.app.views.landscape.ProjectionView;
import org.basinscope.engine.dynamics.Param;
import org.basinscope.engine.dynamics.Params;
import org.basinscope.engine.ensemble.BlockRunner;
import org.basinscope.engine.live.dimensional.DimensionalConfig;
import org.basinscope.engine.live.dimensional.DimensionalSimulation;
import org.basinscope.engine.live.dimensional.DimensionalSnapshot;
import org.basinscope.engine.session.Lesson;
import org.basinscope.engine.session.Session;
import org.basinscope.engine.spec.InvalidInputException;

/**
 * A run in d &gt; 2 dimensions in the window (issue 16): the sliders the dynamics takes, run / step / reset, the
 * projection picker, the landscape on the plane ({@link ProjectionView}), the Hessian spectrum against 2/η
 * ({@link SpectrumPlot}), the gradient noise's spectrum and alignment with the curvature ({@link NoisePlot}) and the
 * loss. It owns its {@link DimensionalSimulation}; an {@link AnimationTimer} takes
 * the newest snapshot each pulse and never waits on the run. A lesson's text and steps are shown above the view.
 */
public final class DimensionalPane {
    private final BorderPane root = new BorderPane();
    private final DimensionalSimulation simulation;
    /** The run's configuration: a lesson step may change its dynamics, gradient, N or schedule (FX thread). */
    private DimensionalConfig config;
    /** The run's name over the controls: landscape, dynamics, N, d, seed. */
    private final Label what = new Label();
    private final Map<Param, ParameterControl> sliders = new EnumMap<>(Param.class);
    private final ProjectionView projection = new ProjectionView();
    private final NetworkView network = new NetworkView();
    private final TabPane views = new TabPane();
    /** The plots, made as they enter ({@link #entrance}): a ChartFX chart's making styles it, 20-40 ms each. */
    private SpectrumPlot spectrum;
    private DimensionalLossPlot loss;
    private NoisePlot noise;
    static final String PARTICLE_0 = "particle 0";
    static final String ENSEMBLE_VOTE = "ensemble vote";
    /** The Network tab's choice of whose network. */
    private ChoiceBox<String> networkSource;
    /** The histograms' chart, made when its tab is first shown, and drawn only while it is shown. */
    private DimensionalHistogramPlot histograms;
    private final javafx.scene.layout.StackPane histogramHolder = new javafx.scene.layout.StackPane();
    private boolean histogramPlotted;
    private final List<DimensionalPlot> plots = new ArrayList<>();
    private static final int PLOTS = 3;
    private boolean presentation;
    /** The plots' column: its place is kept while they enter, one per pulse ({@link #entrance}). */
    private final VBox right = new VBox(6);
    /** The controls' column and the centre's parts (lesson card, views), which enter before the plots. */
    private final ScrollPane left;
    private final VBox centre = new VBox(6);
    private final List<Node> centreParts = new ArrayList<>();
    private final ToggleButton run = new ToggleButton("Run");
    private final Label readouts = new Label();
    private final Label message = new Label();
    private final ProjectionPicker picker;
    private final AnimationTimer timer;
    private final Params initial;
    private long shownSequence = -1;
    /** The snapshot drawn last; volatile because tests and the window read it off the FX thread. */
    private volatile DimensionalSnapshot shownSnapshot;
    private final boolean[] plotted = new boolean[PLOTS];
    private long framesShown;
    private final LatencyStats latency = new LatencyStats();
    private long latencyVersion;
    private long longestPulseNanos;
    /** The charts are updated at most this often (about 15 times a second). */
    private static final long PLOT_NANOS = 66_000_000L;
    private long plottedNanos;
    private int lessonStep;

    /**
     * A pane for the session's d-dimensional run (and its lesson, or null); {@code back} returns to the planar
     * view. Refused in one line when the session is planar or invalid.
     */
    private final Runnable back;

    public DimensionalPane(Session session, Lesson lesson, Runnable back) {
        config = session.toDimensionalConfig();
        initial = session.params();
        simulation = new DimensionalSimulation(config, initial, BlockRunner.allCores());
        simulation.setStepsPerFrame(session.stepsPerFrame());
        if (session.steps() > 0) {
            // A saved d-dimensional session opens at its step, its sliders moving as they did (bit for bit).
            if (session.history().isEmpty()) {
                simulation.advanceBy(session.steps());
            } else {
                simulation.replay(session.history(), session.steps());
            }
        }
        picker = new ProjectionPicker(config.dimension(), config.particles());
        picker.setOnChange(simulation::setPlane);

        VBox controls = new VBox(8);
        controls.setPadding(new Insets(8));
        controls.setPrefWidth(320);
        what.setText(describe(config));
        what.setWrapText(true);
        what.getStyleClass().add("hint");
        controls.getChildren().add(what);
        Map<Param, ParameterControl> all = Sliders.forParams(initial);
        for (Param p : Param.values()) {
            if (applies(p)) {
                ParameterControl c = all.get(p);
                sliders.put(p, c);
                c.valueProperty().addListener((o, a, b) -> paramsChanged());
                controls.getChildren().add(c);
            }
        }
        run.setId("dim-run");
        run.selectedProperty().addListener((o, a, b) -> {
            simulation.setRunning(b);
            run.setText(b ? "Pause" : "Run");
        });
        Button step = new Button("Step");
        step.setId("dim-step");
        step.setOnAction(e -> simulation.stepOnce());
        Button reset = new Button("Reset");
        reset.setId("dim-reset");
        reset.setOnAction(e -> simulation.reset());
        Spinner<Integer> speed = new Spinner<>(1, DimensionalSimulation.MAX_STEPS_PER_FRAME, session.stepsPerFrame());
        speed.setEditable(true);
        speed.setPrefWidth(100);
        speed.valueProperty().addListener((o, a, b) -> simulation.setStepsPerFrame(b));
        HBox transport = new HBox(6, run, step, reset);
        HBox pace = new HBox(6, new Label("Steps per frame"), speed);
        pace.setAlignment(Pos.CENTER_LEFT);
        for (Button b : List.of(step, reset)) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        run.setMinWidth(70);
        controls.getChildren().addAll(transport, pace);
        readouts.setId("dim-readouts");
        readouts.setWrapText(true);
        message.setWrapText(true);
        message.getStyleClass().add("field-error");
        controls.getChildren().addAll(readouts, message);
        Button backButton = new Button("Back to the 2-D laboratory");
        backButton.setId("dim-back");
        backButton.setOnAction(e -> back.run());
        this.back = back;
        controls.getChildren().add(backButton);
        left = new ScrollPane(controls);
        left.setFitToWidth(true);
        left.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        left.setPrefWidth(330);

        centre.setPadding(new Insets(6));
        if (lesson != null) {
            centreParts.add(lessonCard(lesson));
        }
        projection.setId("projection-view");
        network.setId("network-view");
        VBox slice = new VBox(6, picker, projection);
        VBox.setVgrow(projection, Priority.ALWAYS);
        Tab sliceTab = new Tab("Loss on a plane", slice);
        sliceTab.setId("tab-slice");
        // Whose network: particle 0's, or the ensemble's vote with its uncertainty (paler where members disagree).
        ChoiceBox<String> whose = new ChoiceBox<>();
        whose.setId("network-source");
        whose.getItems().addAll(PARTICLE_0, ENSEMBLE_VOTE);
        whose.getSelectionModel().select(0);
        whose.setTooltip(new Tooltip("Particle 0's network, or the vote of up to "
                + DimensionalSimulation.VOTE_MEMBERS + " networks of the ensemble: the mean of their softmax "
                + "probabilities, paler where they disagree"));
        whose.getSelectionModel().selectedIndexProperty().addListener((o, a, b) -> simulation.setNetworkSource(
                b.intValue() == 1 ? DimensionalSimulation.NetworkSource.VOTE
                        : DimensionalSimulation.NetworkSource.PARTICLE_0));
        networkSource = whose;
        VBox networkBox = new VBox(6, whose, network);
        VBox.setVgrow(network, Priority.ALWAYS);
        Tab networkTab = new Tab("Network", networkBox);
        networkTab.setId("tab-network");
        if (config.landscape().scorer().isEmpty()) {
            // Said, not hidden: the tab names what it needs.
            networkTab.setDisable(true);
            networkTab.setTooltip(new Tooltip("The network view draws a classifier's decision regions (an mlp "
                    + "landscape); " + config.landscapeSpec() + " is not one."));
        }
        Tab histogramTab = new Tab("Histograms", histogramHolder);
        histogramTab.setId("tab-histograms");
        // Its chart is made when the tab is first shown (a ChartFX chart's making costs the FX thread 20-40 ms).
        histogramTab.selectedProperty().addListener((o, a, on) -> {
            if (on && histograms == null) {
                histograms = new DimensionalHistogramPlot();
                histograms.onCoordinate(simulation::setHistogramCoordinate);
                histograms.setPresentation(presentation);
                histogramHolder.getChildren().setAll(histograms.node());
            }
            histogramPlotted = false;
        });
        views.getTabs().addAll(sliceTab, networkTab, histogramTab);
        views.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        VBox.setVgrow(views, Priority.ALWAYS);
        // Children as narrow as the column: their computed minimum is their content's (the unwrapped lesson text).
        views.setMinWidth(0);
        slice.setMinWidth(0);
        picker.setMinWidth(0);
        centreParts.add(views);
        right.setPadding(new Insets(6));
        right.setPrefWidth(470);
        // The lesson's long text must not squeeze the plots: it wraps in what the centre has.
        right.setMinWidth(360);
        // The centre takes what the plots leave (its own pref would be the lesson's unwrapped text).
        centre.setMinWidth(300);
        centre.setPrefWidth(300);
        HBox body = new HBox(centre, right);
        HBox.setHgrow(centre, Priority.ALWAYS);
        HBox.setHgrow(right, Priority.SOMETIMES);
        // The left column and the centre's views enter with the plots (see entrance()).
        root.setCenter(body);
        root.setId("dimensional-pane");
        timer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                pulse();
            }
        };
    }

    /** The sliders a run needs: η always, B where batches are drawn from data, T, γ, β where the dynamics takes them. */
    private boolean applies(Param p) {
        return switch (p) {
            case ETA -> true;
            case BATCH -> config.dynamics().gradient().samplesData();
            default -> config.dynamics().parameters().contains(p);
        };
    }

    private Node lessonCard(Lesson lesson) {
        Label text = new Label(lesson.text());
        text.setWrapText(true);
        VBox card = new VBox(4, text);
        if (lesson.formula() != null && !lesson.formula().isBlank()) {
            Label formula = new Label(lesson.formula());
            formula.setWrapText(true);
            card.getChildren().add(formula);
        }
        if (!lesson.steps().isEmpty()) {
            Label stepText = new Label();
            stepText.setWrapText(true);
            Button next = new Button("Next: " + shorten(lesson.steps().get(0).text()));
            next.setId("dim-lesson-next");
            next.setOnAction(e -> {
                if (lessonStep < lesson.steps().size()) {
                    Lesson.Step s = lesson.steps().get(lessonStep++);
                    apply(s.set());
                    stepText.setText(s.text());
                    next.setDisable(lessonStep >= lesson.steps().size());
                }
            });
            card.getChildren().addAll(new HBox(6, next), stepText);
        }
        card.setPadding(new Insets(6));
        // Collapsible: on a small projector screen the teacher folds the text away and keeps the picture.
        javafx.scene.control.TitledPane pane = new javafx.scene.control.TitledPane(lesson.title(), card);
        pane.setId("dim-lesson");
        // Its width is the column's, not the unwrapped text's.
        pane.setPrefWidth(200);
        pane.setMinWidth(0);
        pane.setMaxWidth(Double.MAX_VALUE);
        text.setMinWidth(0);
        pane.setStyle("-fx-font-weight: bold;");
        card.setStyle("-fx-font-weight: normal;");
        return pane;
    }

    private static String shorten(String s) {
        int colon = s.indexOf(':');
        return colon > 0 && colon < 40 ? s.substring(0, colon) : s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }

    private static String describe(DimensionalConfig c) {
        return c.landscapeSpec() + "\n" + c.dynamicsSpec() + ", N = " + c.particles() + ", d = " + c.dimension()
                + ", seed " + c.seed();
    }

    /**
     * A lesson step's settings: a new dynamics, gradient source, N or schedule restarts the run with them (the
     * five-modes lesson's ULA after MALA), then the sliders it names, then a reset when it asks for one. A step that
     * names another landscape is said in the message: a d-dimensional lesson keeps its landscape.
     */
    private void apply(Map<String, String> set) {
        if (set.containsKey("landscape") && !set.get("landscape").equals(config.landscapeSpec())) {
            message.setText("This step names another landscape (" + set.get("landscape") + "); the d-dimensional view "
                    + "keeps " + config.landscapeSpec() + ".");
        }
        if (set.containsKey("dynamics") || set.containsKey("gradient") || set.containsKey("particles")
                || set.containsKey("schedule")) {
            Session now = session();
            Session next = new Session(Session.VERSION, now.landscape(), set.getOrDefault("dynamics", now.dynamics()),
                    now.eta(), now.batch(), now.temperature(), now.friction(), now.momentum(),
                    set.containsKey("particles") ? Integer.parseInt(set.get("particles")) : now.particles(),
                    now.seed(), now.start(), 0, now.stepsPerFrame(), Map.of(), now.spread(),
                    set.getOrDefault("schedule", now.schedule()), set.getOrDefault("gradient", now.gradient()),
                    java.util.List.of());
            try {
                config = next.toDimensionalConfig();
            } catch (InvalidInputException e) {
                message.setText(e.getMessage());
                return;
            }
            simulation.configure(config);
            what.setText(describe(config));
        }
        for (Map.Entry<String, String> e : set.entrySet()) {
            for (Map.Entry<Param, ParameterControl> c : sliders.entrySet()) {
                if (c.getValue().slider().getId().equals(e.getKey())) {
                    c.getValue().setValue(Double.parseDouble(e.getValue()));
                }
            }
        }
        if (set.containsKey("reset")) {
            simulation.reset();
        }
    }

    private void paramsChanged() {
        try {
            simulation.setParams(currentParams());
            message.setText("");
        } catch (InvalidInputException e) {
            message.setText(e.getMessage());
        }
    }

    /** The sliders' values, the others as the run started. */
    public Params currentParams() {
        Params p = initial;
        for (Map.Entry<Param, ParameterControl> c : sliders.entrySet()) {
            p = p.with(c.getKey(), c.getValue().value());
        }
        return p;
    }

    private void pulse() {
        long t0 = System.nanoTime();
        long now = t0;
        DimensionalSnapshot s = simulation.latest();
        if (s == null) {
            return;
        }
        boolean fresh = s.sequence() != shownSequence;
        // Slider-to-screen latency: from setParams to the first frame drawn with those parameters.
        if (fresh && s.paramsVersion() > latencyVersion && s.paramsVersion() == simulation.paramsVersion()) {
            latencyVersion = s.paramsVersion();
            if (latencyVersion > 0) {
                latency.add(System.nanoTime() - simulation.paramsChangedNanos());
            }
        }
        if (fresh) {
            shownSequence = s.sequence();
            shownSnapshot = s;
            java.util.Arrays.fill(plotted, false);
            histogramPlotted = false;
            projection.show(s);
            network.show(s);
            readouts.setText(readoutText(s));
            message.setText(s.message() == null ? "" : s.message());
            framesShown++;
        }
        // A chart whose data sets were locked by its own layout takes the same snapshot at the next pulse. The charts
        // follow at most every PLOT_NANOS (a ChartFX redraw costs the software renderer ~15 ms; the picture of the
        // cloud is redrawn every frame); a paused run's last frame is always charted.
        boolean due = now - plottedNanos >= PLOT_NANOS || !s.running();
        for (int k = 0; k < plots.size(); k++) {
            if (!plotted[k] && due) {
                plotted[k] = plots.get(k).show(s);
                plottedNanos = now;
            }
        }
        if (histograms != null && histogramsShown() && !histogramPlotted && due) {
            histogramPlotted = histograms.show(s);
        }
        longestPulseNanos = Math.max(longestPulseNanos, System.nanoTime() - t0);
    }

    private boolean histogramsShown() {
        return views.getSelectionModel().getSelectedIndex() == 2;
    }

    /** Slider-to-screen latencies measured so far. */
    public LatencyStats latency() {
        return latency;
    }

    /** The longest time one pulse spent in this pane's drawing code so far, in milliseconds. */
    public double longestPulseMillis() {
        return longestPulseNanos * 1e-6;
    }

    /** Starts new measurements of pulse time and latency (after warm-up). */
    public void resetMeasurements() {
        latency.clear();
        longestPulseNanos = 0;
    }

    private static String readoutText(DimensionalSnapshot s) {
        List<String> lines = new ArrayList<>();
        lines.add("step " + s.step() + "    " + Display.number(s.stepsPerSecond()) + " steps/s");
        lines.add("mean loss " + Display.number(s.stats().meanLoss()));
        double lambda = s.spectrum().sharpness();
        lines.add("sharpness λ₁ " + Display.number(lambda) + "    2/η " + Display.number(2 / s.params().eta()));
        if (Double.isFinite(s.accuracy())) {
            lines.add("training accuracy " + Display.number(100 * s.accuracy()) + " %");
        }
        if (s.acceptance() != null) {
            List<String> rates = new ArrayList<>();
            for (double r : s.acceptance()) {
                rates.add(Double.isFinite(r) ? Display.number(100 * r) + " %" : "–");
            }
            lines.add(s.config().dynamics().acceptanceLabel() + " " + String.join(", ", rates));
        }
        if (s.cloud() != null && s.cloud().size() > 0) {
            double lo = Double.POSITIVE_INFINITY;
            double hi = Double.NEGATIVE_INFINITY;
            for (double f : s.cloud().loss()) {
                if (Double.isFinite(f)) {
                    lo = Math.min(lo, f);
                    hi = Math.max(hi, f);
                }
            }
            lines.add("particles' own loss " + Display.number(lo) + " … " + Display.number(hi)
                    + (s.stats().diverged() > 0 ? ", " + s.stats().diverged() + " diverged" : ""));
        }
        return String.join("\n", lines);
    }

    /** Larger text and thicker lines for a projector. */
    public void setPresentation(boolean on) {
        projection.setFontScale(on ? 1.6 : 1);
        network.setFontScale(on ? 1.6 : 1);
        presentation = on;
        plots.forEach(p -> p.setPresentation(on));
        if (histograms != null) {
            histograms.setPresentation(on);
        }
        root.setStyle(on ? "-fx-font-size: 17px;" : "");
    }

    public void start() {
        simulation.start();
        timer.start();
    }

    /** Stops drawing and the run (FX thread: without waiting for the simulation thread). */
    public void close() {
        timer.stop();
        simulation.stop();
    }

    public Region root() {
        return root;
    }

    // ---- for tests and the window ------------------------------------------------------------------

    public DimensionalSimulation simulation() {
        return simulation;
    }

    public ProjectionView projectionView() {
        return projection;
    }

    /**
     * The run on screen as a session (File → Save, the autosave): its configuration, the sliders it was computed
     * with, its step and the parameters' history that leads there, so opening it replays the same bits. Before the
     * first frame: the start with the sliders now.
     */
    public Session session() {
        DimensionalSnapshot s = shown();
        Params p = s == null ? currentParams() : s.params();
        long steps = s == null ? 0 : s.step();
        return new Session(Session.VERSION, config.landscapeSpec(), config.dynamicsSpec(), p.eta(), p.batch(),
                p.temperature(), p.friction(), p.momentum(), config.particles(), config.seed(), config.start(), steps,
                simulation.stepsPerFrame(), Map.of(), config.spread(), config.schedule().spec(), config.gradientSpec(),
                s == null ? java.util.List.of() : s.history());
    }

    /** Shows the ensemble's vote (true) or particle 0's network in the Network tab, as the user would. */
    public void showVote(boolean vote) {
        networkSource.getSelectionModel().select(vote ? 1 : 0);
    }

    public NetworkView networkView() {
        return network;
    }

    /** The views of the centre, in the order of its tabs. */
    public enum View {
        SLICE, NETWORK, HISTOGRAMS
    }

    /** Shows one of the centre's views. */
    public void showView(View v) {
        views.getSelectionModel().select(v.ordinal());
    }

    /** The histograms' chart, or null before its tab was first shown. */
    public DimensionalHistogramPlot histogramPlot() {
        return histograms;
    }

    /** The tab of the network view, for tests: disabled with a tooltip where the landscape is no classifier. */
    public Tab networkTab() {
        return views.getTabs().get(1);
    }

    public SpectrumPlot spectrumPlot() {
        return spectrum;
    }

    /** The gradient noise's plot, or null before it entered. */
    public NoisePlot noisePlot() {
        return noise;
    }

    public DimensionalLossPlot lossPlot() {
        return loss;
    }

    /** The slider of a parameter, or null where the run does not take it. */
    /**
     * The pane enters the scene part by part, one per pulse: the controls' column, the centre's views, then each plot
     * into the column kept for it. A new subtree's first CSS pass (skins made, styles matched), layout and paint on
     * the software renderer made the pulse that showed the whole pane at once 100-450 ms long (the monkey soak
     * measured it); a part at a time keeps each pulse short. The window runs these stages; a render waits for them.
     */
    public List<Runnable> entrance() {
        List<Runnable> stages = new java.util.ArrayList<>();
        stages.add(() -> root.setLeft(left));
        // The centre's parts one per pulse too (the lesson card, then the views' tab pane): a tab pane's first CSS
        // pass with the slice, its picker and the tabs' headers is the largest single part.
        for (Node part : centreParts) {
            // Added, never re-added: a node put back into the scene has its CSS worked out again.
            stages.add(() -> {
                if (!centre.getChildren().contains(part)) {
                    centre.getChildren().add(part);
                }
            });
        }
        // Each stage applies what it stands for once, so stages run again (Staged.restart) change nothing.
        stages.add(() -> {
            if (spectrum == null) {
                enter(spectrum = new SpectrumPlot());
            }
        });
        stages.add(() -> {
            if (noise == null) {
                enter(noise = new NoisePlot());
            }
        });
        stages.add(() -> {
            if (loss == null) {
                enter(loss = new DimensionalLossPlot());
            }
        });
        return stages;
    }

    private void enter(DimensionalPlot p) {
        p.setPresentation(presentation);
        VBox.setVgrow(p.node(), Priority.ALWAYS);
        plots.add(p);
        right.getChildren().add(p.node());
    }

    /** True once every part is in the scene. */
    public boolean entered() {
        return root.getLeft() != null && centre.getChildren().size() == centreParts.size() && plots.size() == PLOTS;
    }

    /** What the Back button does: the planar run again, this pane closed (FX thread). */
    public void back() {
        back.run();
    }

    public ParameterControl slider(Param p) {
        return sliders.get(p);
    }

    /** Shows the run on another plane through another centre; the picker says which. */
    public void setPlane(org.basinscope.engine.analysis.projection.Plane plane,
            org.basinscope.engine.analysis.projection.Centre centre) {
        picker.show(plane, centre);
        simulation.setPlane(plane, centre);
    }

    /**
     * True when the newest snapshot, at step {@code steps}, is on screen with its map (or the reason it has none)
     * and no other map under way (a render waits for this).
     */
    public boolean settledAt(long steps) {
        DimensionalSnapshot s = shown();
        return s != null && s == simulation.latest() && s.step() == steps && (s.map() != null || s.planeError() != null)
                && Double.isNaN(s.mapProgress()) && allPlotted() && entered()
                && (!histogramsShown() || histogramPlotted);
    }

    private boolean allPlotted() {
        for (boolean p : plotted) {
            if (!p) {
                return false;
            }
        }
        return true;
    }

    /** Chooses a kind of plane in the picker, as the user would. */
    void choosePlane(ProjectionPicker.Kind k) {
        picker.choose(k);
    }

    public ToggleButton runButton() {
        return run;
    }

    /** How many new snapshots were shown. */
    public long framesShown() {
        return framesShown;
    }

    /** The snapshot shown last, or null. */
    public DimensionalSnapshot shown() {
        // Not simulation.latest(): the run may have published a newer one that no frame has drawn yet.
        return shownSnapshot;
    }
}
