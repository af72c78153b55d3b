package org.basinscope.app.commands;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.basinscope.app.export.Exporter;
import org.basinscope.app.tabs.PlotTabs;
import org.basinscope.app.window.MainWindow;
import org.basinscope.engine.session.Lessons;
import org.basinscope.engine.session.Session;

/** Renders the main window off screen after K steps and writes it as a PNG. */
public final class WindowRenderer {
    /** Pulses to wait after the K-th step is on screen, so charts finish their layout. */
    private static final int SETTLE_PULSES = 4;

    private WindowRenderer() {
    }

    /**
     * The main window of {@code session} on {@code stage} (FX thread), replaying the session's steps; see
     * {@link #render} for the parameters.
     */
    static MainWindow open(Session session, String lesson, boolean presentation, String plots, String overlay,
            int width, int height, Stage stage) {
        boolean planar = session.planar();
        // A run of more than two dimensions opens in the window's d-dimensional view, over the default planar run.
        MainWindow w = new MainWindow(planar ? session.withSteps(0) : org.basinscope.app.Defaults.session());
        if (lesson != null && planar) {
            w.lessonPanel().show(Lessons.load(lesson));
        }
        w.setPresentation(presentation);
        w.showPlotTab(plots);
        w.setOverlay(overlay);
        stage.setScene(new Scene(w.root(), width, height));
        stage.show();
        w.start();
        if (planar) {
            w.simulation().replay(session.history(), session.steps());
        } else {
            // Its pane replays the session's steps itself.
            w.openDimensional(session, lesson == null ? null : Lessons.load(lesson));
        }
        return w;
    }

    /**
     * @param session      the run; its {@code steps} are taken before the picture
     * @param lesson       a lesson id to show in the lesson panel, or null
     * @param presentation draw in presentation mode
     * @param plots        the id of the plot tab to show ({@code PlotTabs}); what the tab runs for a render
     *                     ({@code PlotTab.prepareRender}: an escape experiment, a sweep) runs first
     * @param overlay      "none", "basins" or "ftle" over the landscape
     */
    public static void render(Session session, String lesson, boolean presentation, String plots, String overlay,
            int width, int height, Path file) throws Exception {
        render(session, lesson, presentation, plots, overlay, width, height, file, w -> {
        });
    }

    /** As above, with {@code setUp} applied to the window before the run's steps are on screen (FX thread). */
    public static void render(Session session, String lesson, boolean presentation, String plots, String overlay,
            int width, int height, Path file, Consumer<MainWindow> setUp) throws Exception {
        WritableImage image = settled(session, lesson, presentation, plots, overlay, width, height, setUp,
                w -> w.root().getScene().snapshot(null));
        Exporter.png(Exporter.toAwt(image), file);
    }

    /**
     * Opens the window off screen as {@link #render} does, then {@code setUp} on it (FX thread, before the run's
     * steps are on screen), waits for the steps, what the shown tab runs for a render and a few pulses of layout,
     * and returns what {@code take} reads from it then (FX thread). A failure on the FX thread is thrown as itself
     * (a bad input stays a bad input).
     */
    static <T> T settled(Session session, String lesson, boolean presentation, String plots, String overlay,
            int width, int height, Consumer<MainWindow> setUp, Function<MainWindow, T> take) throws Exception {
        int steps = (int) session.steps();
        HeadlessFx.start(width, height);
        CompletableFuture<T> result = new CompletableFuture<>();
        AtomicReference<MainWindow> window = new AtomicReference<>();
        Platform.runLater(() -> {
            try {
                Stage stage = new Stage();
                MainWindow w = open(session, lesson, presentation, plots, overlay, width, height, stage);
                window.set(w);
                setUp.accept(w);
                new AnimationTimer() {
                    private int settled;
                    private boolean prepared;

                    @Override
                    public void handle(long now) {
                        try {
                            var shown = w.shown();
                            var d = w.dimensional();
                            boolean ready = d != null ? d.settledAt(steps)
                                    : shown != null && shown.step() == steps && w.analysesSettled();
                            if (ready && !prepared && d == null) {
                                // What the tab runs on request (an experiment), with the run's settings in place.
                                prepared = true;
                                w.shownTab().prepareRender();
                                return;
                            }
                            if (ready && ++settled >= SETTLE_PULSES) {
                                stop();
                                result.complete(take.apply(w));
                                stage.close();
                            }
                        } catch (RuntimeException e) {
                            stop();
                            result.completeExceptionally(e);
                        }
                    }
                }.start();
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
            }
        });
        try {
            return result.get(10, TimeUnit.MINUTES);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw e;
        } finally {
            MainWindow w = window.get();
            if (w != null) {
                Platform.runLater(w::close);
            }
        }
    }

}
