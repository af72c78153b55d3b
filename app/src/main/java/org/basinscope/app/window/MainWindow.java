package org.basinscope.app.window;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.basinscope.app.Defaults;
import org.basinscope.app.UserFolder;
import org.basinscope.app.compare.CompareView;
import org.basinscope.app.controls.ControlPanel;
import org.basinscope.app.diagnostics.LatencyStats;
import org.basinscope.app.export.Exportable;
import org.basinscope.app.export.figure.FigureFiles;
import org.basinscope.app.export.figure.FigureSpec;
import org.basinscope.app.jobs.AnalysisJobs;
import org.basinscope.app.plots.LivePlot;
import org.basinscope.app.presets.LessonPanel;
import org.basinscope.app.record.FrameRecording;
import org.basinscope.app.record.RecordRequest;
import org.basinscope.app.tabs.PlotTab;
import org.basinscope.app.tabs.TabContext;
import org.basinscope.app.views.ReadoutsPanel;
import org.basinscope.app.views.Styles;
import org.basinscope.app.views.landscape.LandscapeView;
import org.basinscope.engine.live.LiveSimulation;
import org.basinscope.engine.live.RunConfig;
import org.basinscope.engine.live.Snapshot;
import org.basinscope.engine.session.Autosave;
import org.basinscope.engine.session.Lesson;
import org.basinscope.engine.session.Lessons;
import org.basinscope.engine.spec.InvalidInputException;
import org.basinscope.engine.session.Session;

/**
 * The main window: a menu, the lesson (when one runs), controls on the left, the landscape with its
 * particle cloud and the readouts in the middle, the plot tabs on the right; or, in A/B mode, two runs
 * side by side. It lays out and wires; each job has its own part: the frame loop ({@link FrameLoop}),
 * sessions and lessons ({@link SessionActions}), export ({@link ExportActions}), presentation mode
 * ({@link PresentationMode}), A/B ({@link CompareMode}). A {@link LiveSimulation} runs on its own thread;
 * the frame loop takes its newest {@link Snapshot} each pulse and never waits for it.
 */
public final class MainWindow {
    private final LiveSimulation simulation;
    private final ControlPanel controls;
    private final LandscapeView landscape = new LandscapeView();
    private final ReadoutsPanel readouts = new ReadoutsPanel();
    private final AnalysisJobs jobs = new AnalysisJobs();
    private final LessonPanel lessonPanel = new LessonPanel();
    private final Notices notices = new Notices();
    private final BorderPane root = new BorderPane();
    private final PlotTabsPane tabs;
    private final Columns columns;
    private final OverlayBar overlay;
    private final FrameLoop frames;
    private final PresentationMode presentation;
    private final CompareView compareView;
    private final CompareMode compare;
    private final SessionActions sessions;
    private final SetupActions setups;
    private final ExportActions exports;
    private final WelcomeCard welcome;
    private final RestoreCard restoreCard = new RestoreCard();
    private final RecordActions records;
    private final DimensionalMode dimensional;

    public MainWindow(Session session) {
        RunConfig config = session.toRunConfig();
        simulation = new LiveSimulation(config, session.params(), Defaults.simulationThreads());
        simulation.setCourtesy(org.basinscope.app.diagnostics.WindowPressure::giveWay);
        simulation.setStepsPerFrame(session.stepsPerFrame());
        controls = new ControlPanel(simulation, config);
        controls.setStepsPerFrame(session.stepsPerFrame());
        overlay = new OverlayBar(jobs, landscape);
        welcome = new WelcomeCard(l -> startLesson(l));
        welcome.setOnDismiss(UserFolder::markWelcomed);
        controls.runButton().selectedProperty().addListener((o, a, b) -> {
            if (b) {
                welcome.dismiss();
            }
        });
        FrameLoop[] loop = new FrameLoop[1];
        tabs = new PlotTabsPane(new TabContext(jobs, landscape, controls), () -> loop[0].redraw());

        ScrollPane left = new ScrollPane(new VBox(lessonPanel, controls));
        left.setFitToWidth(true);
        left.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        left.setPrefWidth(330);
        left.setMinWidth(300);
        left.setId("controls-column");
        CommandBar bar = new CommandBar(controls.transportButtons());
        bar.lesson(lessonPanel);
        // The divergence banner floats over the top of the landscape, so it does not resize it.
        StackPane picture = new StackPane(landscape, notices.banner());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox aboveLandscape = new HBox(overlay.node(), gap, bar.lessonNext());
        aboveLandscape.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        VBox middle = new VBox(aboveLandscape, picture);
        VBox.setVgrow(picture, Priority.ALWAYS);
        picture.setMinHeight(200);
        landscape.setId("landscape-view");
        columns = new Columns(left, tabs.node(), readouts, bar, () -> lessonPanel.lesson() != null);
        Region right = columns.right();
        HBox single = new HBox(6, middle, right);
        single.setPadding(new Insets(6));
        HBox.setHgrow(middle, Priority.ALWAYS);
        HBox.setHgrow(right, Priority.ALWAYS);
        // The landscape gets the larger share: with 640 : 600 it fell under 40% of a 1600×1000 window.
        middle.setPrefWidth(780);
        right.setPrefWidth(470);
        middle.setMinWidth(300);
        right.setMinWidth(300);
        // The centre: the single view or the comparison, with the notice floating over it.
        StackPane content = new StackPane(single, welcome.node(), restoreCard.node(), notices.notice());

        compareView = new CompareView(session.withSteps(0), controls);
        VBox top = new VBox();
        presentation = new PresentationMode(new PresentationMode.Regions(top, lessonPanel, controls, bar, columns,
                middle, compareView.presentationParts(), landscape, tabs.node()), tabs);
        CompareMode[] ab = new CompareMode[1];
        RecordActions[] recording = new RecordActions[1];
        Parts parts = new Parts(simulation, controls, landscape, readouts, tabs, overlay, notices, lessonPanel);
        frames = new FrameLoop(parts, () -> presentation.restyling() || ab[0].returning());
        loop[0] = frames;
        Dialogs dialogs = new Dialogs(root, controls, frames);
        dimensional = new DimensionalMode(content, columns::setLeftAside, bar.node(), controls, notices, presentation, frames,
                () -> {
            if (ab[0] != null) {
                ab[0].set(false);
            }
            // A recording waits for the planar run's frames, which stop while the d-dimensional view is shown.
            recording[0].cancel();
        });
        sessions = new SessionActions(parts, presentation, frames, dialogs, dimensional);
        setups = new SetupActions(sessions, notices);
        compare = new CompareMode(compareView, content, single, right, frames, sessions::session, dimensional::close);
        ab[0] = compare;
        exports = new ExportActions(root, parts, frames, dialogs, sessions::session, compare::shown);
        records = new RecordActions(this, dialogs, notices);
        recording[0] = records;
        bar.add(records.status());

        top.getChildren().addAll(WindowMenu.build(new WindowMenu.Actions(sessions, exports, records, setups,
                presentation, compare, this::resetAll, this::startLesson, notices)), bar.node());
        root.setTop(top);
        root.widthProperty().addListener((o, a, b) -> columns.windowWidth(a.doubleValue(), b.doubleValue()));
        root.setLeft(left);
        root.setCenter(content);
        root.getStylesheets().add(Styles.MAIN);
        Shortcuts shortcuts = new Shortcuts(controls, presentation, lessonPanel);
        root.addEventFilter(KeyEvent.KEY_PRESSED, shortcuts::handle);
        // A click on a picture takes the focus out of any text field, so the one-key shortcuts work.
        single.setOnMousePressed(e -> root.requestFocus());

        tabs.all().forEach(t -> t.loadView(session.view()));
        if (session.steps() > 0) {
            simulation.replay(session.history(), session.steps());
        }
        if (!tabs.select(session.view().getOrDefault(SessionActions.PLOTS, ""))) {
            tabs.select(tabs.all().get(0).id());
        }
        if ("true".equals(session.view().get(SessionActions.PRESENTATION))) {
            presentation.set(true);
        }
    }

    /** Starts the simulation threads and the frame loop. */
    public void start() {
        simulation.start();
        compareView.start();
        frames.start();
    }

    /** Stops drawing and the simulation threads. */
    public void close() {
        frames.stop();
        dimensional.shutdown();
        simulation.close();
        compareView.close();
        jobs.close();
    }

    // ---- what the menus do, for tests and the command line ----------------------------------------

    /** The session that reproduces what is on screen now. */
    public Session session() {
        return sessions.session();
    }

    /** Replaces the run with a session's (validated already): controls, restart, and its steps. */
    public void load(Session s) {
        sessions.load(s);
    }

    /**
     * Reset all: the run, the controls and the tabs' settings as on a first start, the lesson closed and
     * presentation and A/B mode left. FX thread.
     */
    public void resetAll() {
        setCompare(false);
        setPresentation(false);
        lessonPanel.show(null);
        sessions.load(Defaults.session());
        notices.showNotice("Everything is back at its defaults.", false);
    }

    /** Copy set-up: the run on screen as one line of text, also put on the clipboard. FX thread. */
    public String copySetup() {
        return setups.copy();
    }

    /** Paste set-up: opens a set-up text, or refuses a damaged one with a notice; whether it opened. FX thread. */
    public boolean pasteSetup(String text) {
        return setups.paste(text);
    }

    /** Reads and loads a session in the background; completes with whether it was loaded. */
    public CompletableFuture<Boolean> openSession(Path file) {
        return sessions.open(file);
    }

    /** Writes the session in the background (atomically); completes with whether it was saved. */
    public CompletableFuture<Boolean> saveSession(Path file) {
        return sessions.save(file);
    }

    /** Loads a lesson's settings, shows its text and steps, and (in presentation mode) its sliders. */
    public void startLesson(Lesson l) {
        welcome.dismiss();
        sessions.startLesson(l);
        columns.showLeft();
    }

    /** What to autosave now: the run, run B in A/B, the open lesson and its steps taken, presentation. FX thread. */
    public Autosave autosave() {
        Lesson l = lessonPanel.lesson();
        CompareView ab = compare();
        return new Autosave(java.time.Instant.now(), false, session(), ab == null ? null : ab.sessionB(),
                l == null ? null : l.id(), lessonPanel.stepsTaken(), presentation());
    }

    /**
     * Brings back an autosaved set-up: the lesson card at its step (its steps are not applied again), run A with
     * its parameter history and steps, presentation mode, and A/B with run B (A/B starts both runs together from
     * step 0, as it always does). An unknown lesson fails with a one-line {@code InvalidInputException} before
     * anything changes. FX thread.
     */
    public void restore(Autosave s) {
        Lesson l = s.lesson() == null ? null : Lessons.load(s.lesson());
        welcome.dismiss();
        setCompare(false);
        lessonPanel.showAt(l, s.lessonStep());
        load(s.a());
        if (l != null) {
            columns.showLeft();
        }
        setPresentation(s.presentation());
        if (s.b() != null) {
            setCompare(true);
            compareView.controlsB().load(s.b().toRunConfig(), s.b().params(), s.b().stepsPerFrame());
        }
    }

    /** Offers an autosaved set-up on a card (restore or discard); {@code answered} runs after either. FX thread. */
    public void offerRestore(Autosave s, Runnable answered) {
        restoreCard.offer(s, () -> {
            answered.run();
            try {
                restore(s);
                notices.showNotice("Restored the set-up from " + s.savedAt() + ".", false);
            } catch (InvalidInputException e) {
                notices.showNotice("Could not restore the set-up: " + e.getMessage(), true);
            }
        }, answered);
    }

    /** True while the restore card is shown. */
    public boolean restoreOffered() {
        return restoreCard.shown();
    }

    /** A notice over the content (red for an error), as file operations show theirs. FX thread. */
    public void showNotice(String text, boolean error) {
        notices.showNotice(text, error);
    }

    /** Shows the welcome card (a first start): five lessons to begin with, or Run. FX thread. */
    public void showWelcome() {
        welcome.show();
    }

    /** True while the welcome card is shown. */
    public boolean welcomeShown() {
        return welcome.shown();
    }

    /** Views that can be exported: the landscape and the plots on screen. */
    public List<Exportable> exportables() {
        return exports.exportables();
    }

    /** Writes a view (or the window, with null) in the format its file extension names, in the background. */
    public CompletableFuture<Path> export(Exportable view, Path file, double scale) {
        return exports.export(view, file, scale);
    }

    /** The figure for a paper of the plots {@code spec} names, with caption, CSV and session, in the background. */
    public CompletableFuture<FigureFiles.Written> figure(FigureSpec spec, Path file) {
        return exports.figure(spec, file);
    }

    /**
     * Records a GIF of the window on screen (File → Record animation…): the run paused, then advanced by the steps
     * per frame between frames; the window keeps answering. FX thread; completes off it.
     */
    public CompletableFuture<FrameRecording.Recording> recordAnimation(RecordRequest r) {
        return records.record(r);
    }

    /** Stops a recording under way (its partial file is removed). */
    public void cancelRecording() {
        records.cancel();
    }

    /** Large fonts, thick lines, and only the lesson's sliders. */
    public void setPresentation(boolean on) {
        presentation.set(on);
    }

    public boolean presentation() {
        return presentation.on();
    }

    /** Splits the view into A (this run) and B (a copy with the same seed, to be changed on the right). */
    public void setCompare(boolean on) {
        compare.set(on);
    }

    /** The A/B comparison while it is shown, else null. */
    public CompareView compare() {
        return compare.shown();
    }

    /** Lays basins or FTLE ridges over the landscape ("basins", "ftle", "none"). */
    public void setOverlay(String which) {
        overlay.show(which);
    }

    /** What the basin/FTLE overlay shows, or why it is missing. */
    public String overlayStatus() {
        return overlay.status();
    }

    /** True when every tab's background analyses and the overlay are up to date. */
    public boolean analysesSettled() {
        return tabs.settled() && overlay.settled();
    }

    /** Shows the plot tab with this id (see {@code PlotTabs}); false when there is none. */
    public boolean showPlotTab(String id) {
        return tabs.select(id);
    }

    /** The shown plot tab. */
    public PlotTab shownTab() {
        return tabs.selected();
    }

    /** The plot tab with this id, or null. */
    public PlotTab tab(String id) {
        return tabs.tab(id);
    }

    /** The notice text shown now, or null. */
    public String notice() {
        return notices.noticeText();
    }

    // ---- accessors for tests and the command line -------------------------------------------------

    public Parent root() {
        return root;
    }

    public LiveSimulation simulation() {
        return simulation;
    }

    /** Opens a session of more than two dimensions (with its lesson, or null) in the d-dimensional view. FX thread. */
    public boolean openDimensional(Session s, Lesson l) {
        return dimensional.open(s, l);
    }

    /** The d-dimensional run's pane while it is shown (a lesson or session of d &gt; 2), else null. */
    public org.basinscope.app.dimensional.DimensionalPane dimensional() {
        return dimensional.shown();
    }

    public ControlPanel controls() {
        return controls;
    }

    public LandscapeView landscapeView() {
        return landscape;
    }

    /** Every tab's plots. */
    public List<LivePlot> plots() {
        return tabs.allPlots();
    }

    public LessonPanel lessonPanel() {
        return lessonPanel;
    }

    /** The snapshot the views show now (read on any thread). */
    public Snapshot shown() {
        return frames.shown();
    }

    /** How many new snapshots the views have drawn so far. */
    public long framesShown() {
        return frames.framesShown();
    }

    /** Slider-to-screen latencies measured so far. */
    public LatencyStats latency() {
        return frames.latency();
    }

    /** Starts new measurements of pulse time and latency (after warm-up). */
    public void resetMeasurements() {
        frames.resetMeasurements();
    }

    /** The longest time one pulse spent in our drawing code so far, in milliseconds. */
    public double longestPulseMillis() {
        return frames.longestPulseMillis();
    }
}
