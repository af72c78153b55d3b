package org.basinscope.app;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import javafx.animation.AnimationTimer;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.basinscope.app.controls.ControlPanel;
import org.basinscope.app.export.Exportable;
import org.basinscope.app.export.Exporter;
import org.basinscope.app.export.Svg;
import org.basinscope.app.plots.BifurcationPlot;
import org.basinscope.app.plots.HistogramPlot;
import org.basinscope.app.plots.LyapunovPlot;
import org.basinscope.app.plots.LivePlot;
import org.basinscope.app.plots.LossPlot;
import org.basinscope.app.plots.PhasePlot;
import org.basinscope.app.presets.LessonPanel;
import org.basinscope.app.views.LandscapeView;
import org.basinscope.app.views.ReadoutsPanel;
import org.basinscope.engine.dynamics.Param;
import org.basinscope.engine.live.LiveSimulation;
import org.basinscope.engine.live.RunConfig;
import org.basinscope.engine.live.Snapshot;
import org.basinscope.engine.session.Lesson;
import org.basinscope.engine.session.Lessons;
import org.basinscope.engine.session.Session;
import org.basinscope.engine.session.SessionFiles;
import org.basinscope.engine.spec.InvalidInputException;

/**
 * The main window: a menu, the lesson (when one runs), controls on the left, the landscape with its
 * particle cloud and the readouts in the middle, the live plots on the right; or, in A/B mode, two
 * runs side by side. It wires engine objects to views and nothing more: a {@link LiveSimulation}
 * runs on its own thread; an {@link AnimationTimer} on the FX thread takes its newest
 * {@link Snapshot} each pulse and hands it to the views, never waiting for the simulation.
 */
public final class MainWindow {
    private final LiveSimulation simulation;
    private final ControlPanel controls;
    private final LandscapeView landscape = new LandscapeView();
    private final ReadoutsPanel readouts = new ReadoutsPanel();
    private final HistogramPlot histogram = new HistogramPlot();
    private final List<LivePlot> plots;
    private final AnalysisJobs jobs = new AnalysisJobs();
    private final BifurcationPlot bifurcation;
    private final ChaosController chaos;
    private javafx.scene.control.TabPane tabs;
    /** The plots of each tab, in tab order; only the selected tab's are fed. */
    private List<List<LivePlot>> tabPlots;
    private final EscapeController escape;
    /** The plot tabs' names in sessions and lessons ({@code view.plots}), in tab order. */
    static final List<String> TABS = List.of("live", "chaos", "escape", "sweeps");
    private final SweepController sweeps;
    private final LessonPanel lessonPanel = new LessonPanel();
    private final Label message = new Label();
    private final Label notice = new Label();
    private final BorderPane root = new BorderPane();
    private final HBox single;
    /** Presentation mode restyles the window region by region, one region per pulse (see {@link Staged}). */
    private final Staged restyle = new Staged(java.util.stream.IntStream.range(0, PRESENTATION_STAGES)
            .<Runnable>mapToObj(k -> () -> presentationStage(k)).toArray(Runnable[]::new));
    /** The regions restyled one per pulse: menu and lesson, controls (two halves), middle, five plots, the rest. */
    private static final int PRESENTATION_STAGES = 10;
    private final Staged returnPlots = new Staged(this::returnPlotTabs);
    private final VBox middle;
    /** Holds the plot tabs' place while they are out of the scene (see {@link #setCompare}). */
    private final Region tabsPlaceholder = new Region();
    /** The centre: the single view or the comparison, with the notice floating over it. */
    private final javafx.scene.layout.StackPane content = new javafx.scene.layout.StackPane();
    private final VBox top;
    private final ScrollPane left;
    private final CheckMenuItem presentationItem = new CheckMenuItem("Presentation mode");
    private final CheckMenuItem compareItem = new CheckMenuItem("Compare A/B");
    private final FrameCounter frames = new FrameCounter();
    private final AnimationTimer timer;
    private final CompareView compare;
    private boolean comparing;
    private volatile Snapshot shown;
    /**
     * The views must be drawn again even if the snapshot is the one shown (a tab's plots came into the
     * scene, the single view came back from A/B). Not done by forgetting {@link #shown}: a session saved
     * in between would lose its step count.
     */
    private boolean redraw;
    private long longestPulseNanos;
    private long latencyVersion;
    private final LatencyStats latency = new LatencyStats();
    private long framesShown;
    private boolean presentation;
    /** While positive, the views keep their frame (see {@link #frozen}). */
    private int frozen;

    public MainWindow(Session session) {
        RunConfig config = session.toRunConfig();
        simulation = new LiveSimulation(config, session.params(), Defaults.simulationThreads());
        simulation.setStepsPerFrame(session.stepsPerFrame());
        controls = new ControlPanel(simulation, config);
        controls.setStepsPerFrame(session.stepsPerFrame());
        bifurcation = new BifurcationPlot(eta -> controls.parameter(Param.ETA).setValue(
                Math.max(1e-5, Math.min(10, org.basinscope.app.controls.Display.round(eta, 4)))));
        List<LivePlot> live = List.of(new LossPlot(), histogram, new PhasePlot());
        List<LivePlot> chaotic = List.of(bifurcation, new LyapunovPlot(), new org.basinscope.app.plots.SharpnessPlot());
        plots = new java.util.ArrayList<>(live);
        plots.addAll(chaotic);
        chaos = new ChaosController(jobs, bifurcation, landscape);
        escape = new EscapeController(jobs, landscape);
        plots.addAll(escape.plots());
        sweeps = new SweepController(jobs);
        plots.addAll(sweeps.plots());
        histogram.setAxis(session.view().get("histogramAxis"));
        if (session.steps() > 0) {
            simulation.advanceBy((int) Math.min(Integer.MAX_VALUE, session.steps()));
        }

        left = new ScrollPane(new VBox(lessonPanel, controls));
        left.setFitToWidth(true);
        left.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        left.setPrefWidth(330);
        left.setMinWidth(300);

        message.setId("message");
        message.getStyleClass().add("message");
        message.setMaxWidth(Double.MAX_VALUE);
        message.setWrapText(true);
        message.setVisible(false);
        notice.setId("notice");
        notice.getStyleClass().add("notice");
        notice.setMaxWidth(Double.MAX_VALUE);
        notice.setWrapText(true);
        notice.setOnMouseClicked(e -> notice.setVisible(false));
        notice.setVisible(false);
        // Floating over the top of the content: a notice that pushed the window down would make the
        // software renderer repaint the whole window (longer than a pulse may take).
        notice.setManaged(true);
        javafx.scene.layout.StackPane.setAlignment(notice, javafx.geometry.Pos.TOP_CENTER);
        notice.setMaxHeight(Region.USE_PREF_SIZE);
        message.setMaxHeight(Region.USE_PREF_SIZE);
        javafx.scene.layout.StackPane.setAlignment(message, javafx.geometry.Pos.TOP_CENTER);

        // The divergence banner floats over the top of the landscape, so it does not resize it.
        javafx.scene.layout.StackPane picture = new javafx.scene.layout.StackPane(landscape, message);
        middle = new VBox(chaos.bar(), picture, readouts);
        VBox.setVgrow(picture, Priority.ALWAYS);
        readouts.setMinHeight(Region.USE_PREF_SIZE);
        landscape.setId("landscape-view");

        javafx.scene.control.TabPane right = new javafx.scene.control.TabPane(
                new javafx.scene.control.Tab("Live plots", column(live)),
                new javafx.scene.control.Tab("Chaos: bifurcation & Lyapunov", column(chaotic)),
                new javafx.scene.control.Tab("Escape lab", escapeTab()),
                new javafx.scene.control.Tab("Sweeps", withHeader(sweeps.header(), sweeps.plots())));
        right.setTabClosingPolicy(javafx.scene.control.TabPane.TabClosingPolicy.UNAVAILABLE);
        right.setId("plot-tabs");
        tabs = right;
        tabPlots = List.of(live, chaotic, escape.plots(), sweeps.plots());
        // Only the shown tab's content is in the scene: hidden charts would otherwise take part in every
        // whole-window restyle (presentation mode, A/B) — eleven ChartFX charts' CSS and layout in one pulse.
        List<javafx.scene.Node> contents = new ArrayList<>();
        for (javafx.scene.control.Tab t : right.getTabs()) {
            contents.add(t.getContent());
        }
        for (int i = 1; i < contents.size(); i++) {
            right.getTabs().get(i).setContent(null);
        }
        // Only the shown tab's plots are fed; switching tabs redraws the newly shown ones at once.
        right.getSelectionModel().selectedIndexProperty().addListener((o, a, b) -> {
            if (a.intValue() >= 0) {
                right.getTabs().get(a.intValue()).setContent(null);
            }
            right.getTabs().get(b.intValue()).setContent(contents.get(b.intValue()));
            redraw = true;
        });

        single = new HBox(6, middle, right);
        single.setPadding(new Insets(6));
        HBox.setHgrow(middle, Priority.ALWAYS);
        HBox.setHgrow(right, Priority.ALWAYS);
        HBox.setHgrow(tabsPlaceholder, Priority.ALWAYS);
        tabsPlaceholder.setPrefWidth(600);
        tabsPlaceholder.setMinWidth(300);
        middle.setPrefWidth(640);
        right.setPrefWidth(600);
        middle.setMinWidth(300);
        right.setMinWidth(300);

        top = new VBox(menu());
        root.setTop(top);
        root.setLeft(left);
        content.getChildren().setAll(single, notice);
        root.setCenter(content);
        root.getStylesheets().add(Styles.MAIN);
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::shortcut);
        // A click on a picture takes the focus out of any text field, so the one-key shortcuts work.
        single.setOnMousePressed(e -> root.requestFocus());

        lessonPanel.setOnStep(this::applyStep);
        lessonPanel.setOnRestart(this::startLesson);
        lessonPanel.setOnClose(() -> controls.setPresentation(presentation, Set.of()));
        showPlotTab(Math.max(0, TABS.indexOf(session.view().getOrDefault("plots", "live"))));
        presentationItem.setSelected("true".equals(session.view().get("presentation")));
        if (presentationItem.isSelected()) {
            setPresentation(true);
        }

        compare = new CompareView(session.withSteps(0), controls);

        timer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                pulse(now);
            }
        };
    }

    /** Plots stacked in equal rows. */
    private List<LivePlot> selectedPlots() {
        return tabPlots.get(Math.max(0, tabs.getSelectionModel().getSelectedIndex()));
    }

    /** The escape lab: its fields and summary above its plots. */
    private javafx.scene.Node escapeTab() {
        return withHeader(escape.header(), escape.plots());
    }

    private static javafx.scene.Node withHeader(javafx.scene.Node header, List<LivePlot> list) {
        GridPane plotsColumn = column(list);
        VBox box = new VBox(header, plotsColumn);
        VBox.setVgrow(plotsColumn, Priority.ALWAYS);
        return box;
    }

    /** The sweeps tab's controller (tests). */
    SweepController sweeps() {
        return sweeps;
    }

    /** The escape lab's controller (tests). */
    EscapeController escapeLab() {
        return escape;
    }

    /** The plots stacked in one column, or in two when there are four or more (so each stays readable). */
    private static GridPane column(List<LivePlot> list) {
        GridPane grid = new GridPane();
        grid.setVgap(6);
        grid.setHgap(6);
        int columns = list.size() >= 4 ? 2 : 1;
        int rows = (list.size() + columns - 1) / columns;
        for (int c = 0; c < columns; c++) {
            ColumnConstraints col = new ColumnConstraints();
            col.setPercentWidth(100.0 / columns);
            grid.getColumnConstraints().add(col);
        }
        for (int r = 0; r < rows; r++) {
            RowConstraints row = new RowConstraints();
            row.setPercentHeight(100.0 / rows);
            row.setVgrow(Priority.ALWAYS);
            grid.getRowConstraints().add(row);
        }
        for (int i = 0; i < list.size(); i++) {
            grid.add(list.get(i).node(), i % columns, i / columns);
        }
        return grid;
    }

    private MenuBar menu() {
        MenuItem open = item("Open session…", "Shortcut+O", this::openSession);
        MenuItem save = item("Save session…", "Shortcut+S", this::saveSession);
        MenuItem export = item("Export…", "Shortcut+E", this::exportDialog);
        MenuItem figure = item("Figure for report…", "Shortcut+Shift+E", this::figureForReport);
        Menu file = new Menu("File", null, open, save, export, figure);
        presentationItem.setAccelerator(KeyCombination.keyCombination("F11"));
        presentationItem.setOnAction(e -> setPresentation(presentationItem.isSelected()));
        compareItem.setOnAction(e -> setCompare(compareItem.isSelected()));
        Menu view = new Menu("View", null, presentationItem, compareItem);
        Menu lessons = new Menu("Lessons");
        lessons.setId("lessons-menu");
        try {
            for (Lesson l : Lessons.all()) {
                MenuItem m = new MenuItem(l.title());
                m.setId("lesson-" + l.id());
                m.setOnAction(e -> startLesson(l));
                lessons.getItems().add(m);
            }
        } catch (InvalidInputException e) {
            showNotice("Lessons could not be loaded: " + e.getMessage(), true);
        }
        MenuBar bar = new MenuBar(file, view, lessons);
        bar.setId("menu");
        return bar;
    }

    private static MenuItem item(String text, String keys, Runnable action) {
        MenuItem m = new MenuItem(text);
        m.setAccelerator(KeyCombination.keyCombination(keys));
        m.setOnAction(e -> action.run());
        return m;
    }

    /** Starts the simulation thread and the drawing timer. */
    public void start() {
        simulation.start();
        compare.start();
        timer.start();
    }

    /** Stops drawing and the simulation threads. */
    public void close() {
        timer.stop();
        simulation.close();
        compare.close();
        jobs.close();
    }

    private void pulse(long now) {
        long t0 = System.nanoTime();
        if (restyle.active() || returnPlots.active()) {
            // A staged restyle is under way: its pulses do that alone, so that each pulse and its painting
            // stay short (the new frame follows a few pulses later).
            return;
        }
        Snapshot s = frozen > 0 ? shown : simulation.latest();
        if (s != null && (s != shown || redraw) && comparing) {
            // The A/B view shows this run as A; the single view is out of the scene and is redrawn when it
            // returns (drawing it now would be work nobody sees, and canvases out of a scene keep it).
            controls.showSchedule(s);
            shown = s;
        } else if (s != null && (s != shown || redraw)) {
            boolean all = true;
            for (LivePlot p : selectedPlots()) {
                all &= p.show(s);
            }
            landscape.show(s);
            controls.showSchedule(s);
            frames.frame(now);
            // Numbers are read, not watched: about 10 updates a second is easier on the eye and on layout.
            if (framesShown % 6 == 0 || !s.running()) {
                readouts.show(s, frames.perSecond(now));
            }
            showMessage(s.message());
            if (all) {
                shown = s;
                redraw = false;
            }
            framesShown++;
            // Slider-to-screen latency: from setParams to the first frame drawn with those parameters.
            if (s.paramsVersion() > latencyVersion && s.paramsVersion() == simulation.paramsVersion()) {
                latencyVersion = s.paramsVersion();
                latency.add(System.nanoTime() - simulation.paramsChangedNanos());
            }
        }
        if (comparing) {
            compare.pulse(s);
        }
        chaos.pulse(shown);
        escape.pulse(shown);
        sweeps.pulse(shown);
        longestPulseNanos = Math.max(longestPulseNanos, System.nanoTime() - t0);
    }

    private void showMessage(String text) {
        // Shown or hidden, never added or removed: it floats over the landscape (see the constructor).
        if (text != null) {
            message.setText(text);
        }
        message.setVisible(text != null);
    }

    /** A note about a file operation, in the bar under the menu (click to dismiss). */
    void showNotice(String text, boolean error) {
        notice.setText(text);
        notice.getStyleClass().remove("error");
        if (error) {
            notice.getStyleClass().add("error");
        }
        notice.setVisible(true);
    }

    /** The notice text shown now, or null. */
    public String notice() {
        return notice.isVisible() ? notice.getText() : null;
    }

    /** Space run/pause, S step, R reset, F presentation, N/PageDown next lesson step — unless typing in a field. */
    private void shortcut(KeyEvent e) {
        if (e.getTarget() instanceof javafx.scene.control.TextInputControl
                || e.getTarget() instanceof javafx.scene.control.ComboBoxBase) {
            return;
        }
        if (e.isControlDown() || e.isAltDown() || e.isMetaDown()) {
            return;
        }
        switch (e.getCode()) {
            case SPACE -> controls.toggleRun();
            case S -> controls.step();
            case R -> controls.reset();
            case F -> setPresentation(!presentation);
            case N, PAGE_DOWN -> lessonPanel.next();
            default -> {
                return;
            }
        }
        e.consume();
    }

    // ---- lessons -------------------------------------------------------------------------------

    /** Loads a lesson's settings, shows its text and steps, and (in presentation mode) its sliders. */
    public void startLesson(Lesson l) {
        load(l.settings());
        lessonPanel.show(l);
        controls.setPresentation(presentation, sliders(l));
    }

    private static Set<Param> sliders(Lesson l) {
        Set<Param> out = EnumSet.noneOf(Param.class);
        for (String s : l.sliders()) {
            out.add(Param.valueOf(s.toUpperCase(Locale.ROOT)));
        }
        return out;
    }

    private void applyStep(Lesson.Step step) {
        Map<String, String> set = step.set();
        for (var e : set.entrySet()) {
            switch (e.getKey()) {
                case "landscape" -> {
                    if (e.getValue().startsWith("formula:")) {
                        controls.formulaField().choose(e.getValue().substring("formula:".length()));
                    } else {
                        controls.landscapeField().choose(e.getValue());
                    }
                }
                case "dynamics" -> controls.dynamicsField().choose(e.getValue());
                case "schedule" -> controls.scheduleField().choose(e.getValue());
                case "particles" -> controls.particles().setValue(Double.parseDouble(e.getValue()));
                case "reset" -> {
                    // Applied after the parameters below.
                }
                default -> controls.parameter(Param.valueOf(e.getKey().toUpperCase(Locale.ROOT)))
                        .setValue(Double.parseDouble(e.getValue()));
            }
        }
        if (set.containsKey("reset")) {
            simulation.reset();
        }
    }

    // ---- sessions ------------------------------------------------------------------------------

    /** The session that reproduces what is on screen now. */
    public Session session() {
        Snapshot s = shown;
        long steps = s == null ? 0 : s.step();
        Map<String, String> view = new LinkedHashMap<>();
        view.put("histogramAxis", histogram.axis());
        view.put("presentation", Boolean.toString(presentation));
        view.put("plots", TABS.get(Math.max(0, tabs.getSelectionModel().getSelectedIndex())));
        return Session.of(controls.config(), controls.currentParams(), steps, controls.stepsPerFrame(), view);
    }

    /** Replaces the run with a session's (validated already): controls, restart, and its steps. */
    public void load(Session s) {
        RunConfig config = s.toRunConfig();
        controls.load(config, s.params(), s.stepsPerFrame());
        histogram.setAxis(s.view().get("histogramAxis"));
        int tab = TABS.indexOf(s.view().getOrDefault("plots", ""));
        if (tab >= 0) {
            showPlotTab(tab);
        }
        if (s.steps() > 0) {
            simulation.advanceBy((int) Math.min(Integer.MAX_VALUE, s.steps()));
        }
    }

    /**
     * Reads a session in the background (a slow disk must not freeze the window), then loads it on the FX
     * thread; a broken file changes nothing and says why. Completes with whether it was loaded.
     */
    public CompletableFuture<Boolean> openSession(Path file) {
        CompletableFuture<Boolean> done = new CompletableFuture<>();
        Exporter.inBackground(() -> SessionFiles.read(file)).whenComplete((s, error) ->
                javafx.application.Platform.runLater(() -> {
                    if (error == null) {
                        lessonPanel.show(null);
                        load(s);
                        showNotice("Opened " + file.getFileName() + ": " + s.steps() + " steps replayed.", false);
                    } else {
                        showNotice("Could not open " + file.getFileName() + ": " + cause(error).getMessage()
                                + " Nothing was changed.", true);
                    }
                    done.complete(error == null);
                }));
        return done;
    }

    /** Writes the session as it is now, in the background (atomically); completes with whether it was saved. */
    public CompletableFuture<Boolean> saveSession(Path file) {
        Session s = session();
        CompletableFuture<Boolean> done = new CompletableFuture<>();
        Exporter.inBackground(() -> {
            SessionFiles.write(s, file);
            return file;
        }).whenComplete((ok, error) -> javafx.application.Platform.runLater(() -> {
            showNotice(error == null ? "Saved session to " + file
                    : "Could not save " + file.getFileName() + ": " + cause(error).getMessage(), error != null);
            done.complete(error == null);
        }));
        return done;
    }

    /** The failure inside a background task's wrapper exceptions. */
    private static Throwable cause(Throwable error) {
        Throwable t = error;
        while ((t instanceof java.util.concurrent.CompletionException || t instanceof java.io.UncheckedIOException)
                && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }

    private void openSession() {
        FileChooser chooser = chooser("Open session", "session.json", "Basinscope session", "*.json");
        var file = chooser.showOpenDialog(root.getScene().getWindow());
        if (file != null) {
            openSession(file.toPath());
        }
    }

    private void saveSession() {
        FileChooser chooser = chooser("Save session", defaultName("") + ".session.json", "Basinscope session", "*.json");
        var file = chooser.showSaveDialog(root.getScene().getWindow());
        if (file != null) {
            saveSession(file.toPath());
        }
    }

    // ---- export ----------------------------------------------------------------------------------

    /** Views that can be exported: the landscape and the plots on screen (the selected tab's). */
    public List<Exportable> exportables() {
        List<Exportable> out = new ArrayList<>();
        out.add(landscape);
        out.addAll(selectedPlots());
        if (controls.schedulePlot().node().isVisible()) {
            out.add(controls.schedulePlot());
        }
        return out;
    }

    /**
     * Writes a view (or the window, with {@code view} null) in the format its file extension names.
     * What is shown is captured now (FX thread); encoding and writing happen in the background, so a big
     * export never freezes the window. The future completes with the file, or fails with the reason.
     */
    public CompletableFuture<Path> export(Exportable view, Path file, double scale) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".png")) {
            if (view == null) {
                return frozen(Exporter.pictureInStrips(root, scale)).thenCompose(picture -> Exporter.inBackground(() -> {
                    Exporter.png(picture, file);
                    return file;
                }));
            }
            javafx.scene.SnapshotParameters sp = new javafx.scene.SnapshotParameters();
            sp.setTransform(javafx.scene.transform.Transform.scale(scale, scale));
            javafx.scene.image.WritableImage shot = view.exportNode().snapshot(sp, null);
            // Pixels are copied out and encoded in the background (an Image may be read from any thread).
            return Exporter.inBackground(() -> {
                Exporter.png(Exporter.toAwt(shot), file);
                return file;
            });
        }
        if (name.endsWith(".svg")) {
            if (view == null) {
                return frozen(Exporter.pictureInStrips(root, 1).thenApply(background ->
                        Exporter.window(root.getScene(), background, exportables())))
                        .thenCompose(svg -> Exporter.inBackground(() -> {
                            Exporter.text(svg.get().document(), file);
                            return file;
                        }));
            }
            var b = view.exportNode().getLayoutBounds();
            var svg = view.svgLater(b.getWidth(), b.getHeight());
            return Exporter.inBackground(() -> {
                Exporter.text(svg.get().document(), file);
                return file;
            });
        }
        if (name.endsWith(".csv")) {
            if (view == null) {
                return CompletableFuture.failedFuture(
                        new InvalidInputException("CSV needs one view (the window has several): choose a plot"));
            }
            var csv = view.csvLater();
            return Exporter.inBackground(() -> {
                Exporter.text(csv.get(), file);
                return file;
            });
        }
        return CompletableFuture.failedFuture(new InvalidInputException("unknown file type '" + file.getFileName()
                + "': use .png, .svg or .csv"));
    }

    /** Image + SVG + CSV of every view + session, together, next to {@code png} (written in the background). */
    public CompletableFuture<List<Path>> figureForReport(Path png, double scale) {
        String session = SessionFiles.toJson(session());
        CompletableFuture<BufferedImage> picture = Exporter.pictureInStrips(root, scale);
        CompletableFuture<BufferedImage> background = scale == 1 ? picture
                : picture.thenCompose(p -> Exporter.pictureInStrips(root, 1));
        return frozen(background.thenApply(bg -> Exporter.figure(root.getScene(), picture.join(), bg, exportables(),
                session, png))).thenCompose(f -> f);
    }

    /**
     * Keeps the views still until {@code capture} completes (pictures taken over several pulses must
     * all show the same frame); the simulation itself runs on.
     */
    private <T> CompletableFuture<T> frozen(CompletableFuture<T> capture) {
        frozen++;
        return capture.whenComplete((x, e) -> javafx.application.Platform.runLater(() -> frozen--));
    }

    /** Reports how a background export ended, back on the FX thread. */
    void reportExport(CompletableFuture<?> done, String what) {
        done.whenComplete((ok, error) -> javafx.application.Platform.runLater(() -> {
            if (error == null) {
                showNotice("Exported " + what + ".", false);
            } else {
                showNotice("Could not export " + what + ": " + cause(error).getMessage(), true);
            }
        }));
    }

    private void exportDialog() {
        new ExportDialog(this).show();
    }

    private void figureForReport() {
        FileChooser chooser = chooser("Figure for report (PNG + SVG + CSV + session)", defaultName("") + ".png",
                "PNG image", "*.png");
        var file = chooser.showSaveDialog(root.getScene().getWindow());
        if (file != null) {
            reportExport(figureForReport(file.toPath(), 2), "the figure (PNG, SVG, CSV, session) next to " + file.getName());
        }
    }

    FileChooser chooser(String title, String name, String kind, String pattern) {
        FileChooser c = new FileChooser();
        c.setTitle(title);
        c.setInitialFileName(name);
        c.getExtensionFilters().add(new FileChooser.ExtensionFilter(kind, pattern));
        return c;
    }

    /** A file name that says what is in it: {@code basinscope-double-well-langevin-step1500<suffix>}. */
    String defaultName(String suffix) {
        RunConfig c = controls.config();
        Snapshot s = shown;
        String raw = "basinscope-" + c.landscapeSpec() + "-" + c.dynamicsSpec() + "-step" + (s == null ? 0 : s.step())
                + suffix;
        return raw.replaceAll("[^A-Za-z0-9._-]+", "_");
    }

    // ---- presentation and comparison --------------------------------------------------------------

    /** Large fonts, thick lines, and only the lesson's sliders. */
    public void setPresentation(boolean on) {
        presentation = on;
        presentationItem.setSelected(on);
        restyle.restart();
        if (root.getScene() == null || root.getScene().getWindow() == null || !root.getScene().getWindow().isShowing()) {
            restyle.finishNow();
        }
    }

    /**
     * Presentation mode for one region: 0 the menu and the lesson, 1–2 the controls, 3 the landscape and
     * readouts, 4–8 the shown tab's plots one by one, 9 the tab headers and the hidden plots.
     */
    private void presentationStage(int stage) {
        boolean on = presentation;
        List<Node> panel = controls.getChildren();
        List<LivePlot> shownPlots = selectedPlots();
        switch (stage) {
            case 0 -> {
                styleClass(top, on);
                styleClass(lessonPanel, on);
            }
            // The controls in two halves; the column keeps its width: a wider one would move the whole
            // window, which the software renderer then repaints at once.
            case 1 -> panel.subList(0, panel.size() / 2).forEach(n -> styleClass(n, on));
            case 2 -> {
                panel.subList(panel.size() / 2, panel.size()).forEach(n -> styleClass(n, on));
                Lesson l = lessonPanel.lesson();
                controls.setPresentation(on, l == null ? Set.of() : sliders(l));
            }
            case 3 -> {
                styleClass(middle, on);
                styleClass(compare.root(), on);
                landscape.setFontScale(on ? 1.6 : 1);
                readouts.setPresentation(on);
            }
            case 4, 5, 6, 7, 8 -> {
                // The shown plots one per pulse (each repaints its chart in the new sizes).
                int k = stage - 4;
                if (k < shownPlots.size()) {
                    styleClass(shownPlots.get(k).node(), on);
                    shownPlots.get(k).setPresentation(on);
                }
            }
            default -> {
                styleClass(tabs, on);
                for (LivePlot p : plots) {
                    // The tab pane's class now covers them all; the shown ones were restyled above.
                    styleClass(p.node(), false);
                    if (!shownPlots.contains(p)) {
                        p.setPresentation(on);
                    }
                }
            }
        }
    }

    private static void styleClass(Node n, boolean presentation) {
        n.getStyleClass().remove("presentation");
        if (presentation) {
            n.getStyleClass().add("presentation");
        }
    }

    public boolean presentation() {
        return presentation;
    }

    /** Splits the view into A (this run) and B (a copy with the same seed, to be changed on the right). */
    public void setCompare(boolean on) {
        compareItem.setSelected(on);
        if (on && !comparing) {
            returnPlots.finishNow();
            compare.begin(session().withSteps(0));
            content.getChildren().set(0, compare.root());
        } else if (!on && comparing) {
            compare.end();
            // The single view comes back in two parts, one per pulse (see Staged): the plots after the rest,
            // in a place kept for them so that nothing else moves when they arrive.
            single.getChildren().set(single.getChildren().indexOf(tabs), tabsPlaceholder);
            content.getChildren().set(0, single);
            returnPlots.restart();
            redraw = true;
        }
        comparing = on;
    }

    private void returnPlotTabs() {
        int i = single.getChildren().indexOf(tabsPlaceholder);
        if (i >= 0) {
            single.getChildren().set(i, tabs);
        }
    }

    /** The A/B comparison while it is shown, else null. */
    public CompareView compare() {
        return comparing ? compare : null;
    }

    // ---- accessors for tests and the command line -------------------------------------------------

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

    /** Lays basins or FTLE ridges over the landscape ("basins", "ftle", "none"). */
    public void setOverlay(String which) {
        chaos.setOverlay(which);
    }

    /** What the basin/FTLE overlay shows, or why it is missing. */
    public String overlayStatus() {
        return chaos.overlayStatus();
    }

    /** True when the background analyses (bifurcation diagram, overlay) are up to date. */
    public boolean analysesSettled() {
        return chaos.settled();
    }

    /** Shows the live plots (0) or the chaos plots (1). */
    public void showPlotTab(int index) {
        tabs.getSelectionModel().select(index);
    }

    public LessonPanel lessonPanel() {
        return lessonPanel;
    }

    /** The snapshot the views show now (read on any thread). */
    public Snapshot shown() {
        return shown;
    }

    /** How many new snapshots the views have drawn so far. */
    public long framesShown() {
        return framesShown;
    }

    /** Slider-to-screen latencies measured so far. */
    public LatencyStats latency() {
        return latency;
    }

    /** Starts new measurements of pulse time and latency (after warm-up). */
    public void resetMeasurements() {
        longestPulseNanos = 0;
        latency.clear();
    }

    /** The longest time one pulse spent in our drawing code so far, in milliseconds. */
    public double longestPulseMillis() {
        return longestPulseNanos / 1e6;
    }
}
