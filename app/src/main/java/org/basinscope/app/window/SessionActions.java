package org.basinscope.app.window;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.io.UncheckedIOException;
import javafx.application.Platform;
import javafx.stage.FileChooser;
import org.basinscope.app.controls.ControlPanel;
import org.basinscope.app.export.Exporter;
import org.basinscope.app.presets.LessonPanel;
import org.basinscope.engine.dynamics.Param;
import org.basinscope.engine.live.LiveSimulation;
import org.basinscope.engine.live.RunConfig;
import org.basinscope.engine.live.Snapshot;
import org.basinscope.engine.session.Lesson;
import org.basinscope.engine.session.Session;
import org.basinscope.engine.session.SessionFiles;

/**
 * Sessions and lessons: the session that reproduces what is on screen, loading one (controls, restart,
 * its steps replayed), reading and writing files in the background, and a lesson's settings and steps.
 */
final class SessionActions {
    /** The session keys the window itself owns (the tabs own theirs). */
    static final String PRESENTATION = "presentation";
    static final String PLOTS = "plots";

    private final LiveSimulation simulation;
    private final ControlPanel controls;
    private final PlotTabsPane tabs;
    private final LessonPanel lessonPanel;
    private final Notices notices;
    private final PresentationMode presentation;
    private final FrameLoop frames;
    private final Dialogs dialogs;
    /** The lesson's sliders into presentation mode's bar, a pulse after the lesson opened (see startLesson). */
    private final Staged lendLater;

    /** Where a session or lesson of more than two dimensions goes. */
    private final DimensionalMode dimensional;

    SessionActions(Parts parts, PresentationMode presentation, FrameLoop frames, Dialogs dialogs,
            DimensionalMode dimensional) {
        this.dimensional = dimensional;
        simulation = parts.simulation();
        controls = parts.controls();
        tabs = parts.tabs();
        lessonPanel = parts.lesson();
        notices = parts.notices();
        this.presentation = presentation;
        this.frames = frames;
        this.dialogs = dialogs;
        lendLater = new Staged(presentation::lendSliders);
        lessonPanel.setOnStep(this::applyStep);
        lessonPanel.setOnRestart(this::startLesson);
        lessonPanel.setOnClose(presentation::lendSliders);
    }

    /** The session that reproduces what is on screen now. */
    Session session() {
        if (dimensional.shown() != null) {
            // The d-dimensional run is the one on screen (the planar run waits behind it).
            return dimensional.shown().session();
        }
        Snapshot s = frames.shown();
        long steps = s == null ? 0 : s.step();
        Map<String, String> view = new LinkedHashMap<>();
        tabs.all().forEach(t -> t.saveView(view));
        view.put(PRESENTATION, Boolean.toString(presentation.on()));
        view.put(PLOTS, tabs.selected().id());
        return Session.of(controls.config(), controls.currentParams(), steps, controls.stepsPerFrame(), view,
                s == null ? List.of() : s.history());
    }

    /** Shows a session's view settings: each tab's, and the tab it had open (if it names one). */
    void showView(Map<String, String> view) {
        tabs.all().forEach(t -> t.loadView(view));
        tabs.select(view.getOrDefault(PLOTS, ""));
    }

    /** Replaces the run with a session's (validated already): controls, restart, and its steps. */
    void load(Session s) {
        if (!s.planar()) {
            dimensional.open(s, null);
            return;
        }
        RunConfig config = s.toRunConfig();
        dimensional.close();
        controls.load(config, s.params(), s.stepsPerFrame());
        showView(s.view());
        if (s.steps() > 0) {
            simulation.replay(s.history(), s.steps());
        }
    }

    /**
     * Reads a session in the background (a slow disk must not freeze the window), then loads it on the FX
     * thread; a broken file changes nothing and says why. Completes with whether it was loaded.
     */
    CompletableFuture<Boolean> open(Path file) {
        CompletableFuture<Boolean> done = new CompletableFuture<>();
        Exporter.inBackground(() -> SessionFiles.read(file)).whenComplete((s, error) -> Platform.runLater(() -> {
            if (error == null) {
                lessonPanel.show(null);
                load(s);
                notices.showNotice("Opened " + file.getFileName() + ": " + s.steps() + " steps replayed.", false);
            } else {
                notices.showNotice("Could not open " + file.getFileName() + ": " + cause(error).getMessage()
                        + " Nothing was changed.", true);
            }
            done.complete(error == null);
        }));
        return done;
    }

    /** Writes the session as it is now, in the background (atomically); completes with whether it was saved. */
    CompletableFuture<Boolean> save(Path file) {
        Session s = session();
        CompletableFuture<Boolean> done = new CompletableFuture<>();
        Exporter.inBackground(() -> {
            SessionFiles.write(s, file);
            return file;
        }).whenComplete((ok, error) -> Platform.runLater(() -> {
            notices.showNotice(error == null ? "Saved session to " + file
                    : "Could not save " + file.getFileName() + ": " + cause(error).getMessage(), error != null);
            done.complete(error == null);
        }));
        return done;
    }

    /** The failure inside a background task's wrapper exceptions. */
    static Throwable cause(Throwable error) {
        Throwable t = error;
        while ((t instanceof CompletionException || t instanceof UncheckedIOException) && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }

    void openDialog() {
        FileChooser chooser = dialogs.chooser("Open session", "session.json", "Basinscope session", "*.json");
        var file = chooser.showOpenDialog(dialogs.owner());
        if (file != null) {
            open(file.toPath());
        }
    }

    void saveDialog() {
        FileChooser chooser = dialogs.chooser("Save session", dialogs.defaultName("") + ".session.json",
                "Basinscope session", "*.json");
        var file = chooser.showSaveDialog(dialogs.owner());
        if (file != null) {
            save(file.toPath());
        }
    }

    /** Loads a lesson's settings, shows its text and steps, and (in presentation mode) its sliders. */
    void startLesson(Lesson l) {
        if (!l.settings().planar()) {
            // Its own view: the projected landscape, the spectrum and the lesson's text (the planar run waits).
            if (dimensional.open(l.settings().withSteps(0), l)) {
                lessonPanel.show(null);
            }
            return;
        }
        load(l.settings());
        lessonPanel.show(l);
        var scene = lessonPanel.getScene();
        boolean showing = scene != null && scene.getWindow() != null && scene.getWindow().isShowing();
        if (presentation.on() && showing) {
            // Moving the sliders into the bar restyles each of them: in a pulse of its own, not with the new lesson's
            // card and controls (together they answered in 110-180 ms in the soak, on two cores).
            lendLater.restart();
        } else {
            presentation.lendSliders();
        }
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
                case "gradient" -> controls.gradientField().choose(e.getValue());
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
        // A step is something to watch: a paused run starts (the presenter should not need a second click).
        // Through the Run button, which is what says whether the run is running: set on the simulation
        // alone, the button kept saying "Run" and a click on it could not pause.
        controls.runButton().setSelected(true);
    }
}
