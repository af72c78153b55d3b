package org.basinscope.app;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.basinscope.engine.session.Session;

/** Renders the main window off screen after K steps and writes it as a PNG. */
public final class WindowRenderer {
    /** Pulses to wait after the K-th step is on screen, so charts finish their layout. */
    private static final int SETTLE_PULSES = 4;

    private WindowRenderer() {
    }

    /**
     * @param session      the run; its {@code steps} are taken before the picture
     * @param lesson       a lesson id to show in the lesson panel, or null
     * @param presentation draw in presentation mode
     */
    public static void render(Session session, String lesson, boolean presentation, int width, int height, Path file)
            throws Exception {
        render(session, lesson, presentation, "live", "none", width, height, file);
    }

    /**
     * @param plots   which plot tab to show: "live", "chaos", "escape" (runs the escape experiment) or "sweeps" (runs the default sweep)
     * @param overlay "none", "basins" or "ftle" over the landscape
     */
    public static void render(Session session, String lesson, boolean presentation, String plots, String overlay,
            int width, int height, Path file) throws Exception {
        int steps = (int) session.steps();
        HeadlessFx.start(width, height);
        CompletableFuture<WritableImage> image = new CompletableFuture<>();
        AtomicReference<MainWindow> window = new AtomicReference<>();
        Platform.runLater(() -> {
            try {
                MainWindow w = new MainWindow(session.withSteps(0));
                window.set(w);
                if (lesson != null) {
                    w.lessonPanel().show(org.basinscope.engine.session.Lessons.load(lesson));
                }
                w.setPresentation(presentation);
                w.showPlotTab(switch (plots) {
                    case "chaos" -> 1;
                    case "escape" -> 2;
                    case "sweeps" -> 3;
                    default -> 0;
                });
                boolean escape = "escape".equals(plots);
                boolean sweep = "sweeps".equals(plots);
                w.setOverlay(overlay);
                Stage stage = new Stage();
                stage.setScene(new Scene(w.root(), width, height));
                stage.show();
                w.start();
                w.simulation().advanceBy(steps);
                new AnimationTimer() {
                    private int settled;
                    private boolean escapeStarted;

                    @Override
                    public void handle(long now) {
                        var shown = w.shown();
                        boolean ready = shown != null && shown.step() == steps && w.analysesSettled();
                        if (ready && sweep && !escapeStarted) {
                            escapeStarted = true;
                            w.sweeps().start();
                        }
                        if (ready && escape && !escapeStarted) {
                            // The escape lab runs on request: with the run's settings once they are in place.
                            escapeStarted = true;
                            w.escapeLab().start();
                            if (w.shown().config().landscape().dimension() == 2) {
                                w.escapeLab().startPath();
                            } else {
                                w.escapeLab().startArrhenius();
                            }
                        }
                        boolean labsDone = !escape && !sweep || escapeStarted && w.escapeLab().idle() && w.sweeps().idle();
                        if (ready && labsDone && ++settled >= SETTLE_PULSES) {
                            stop();
                            image.complete(stage.getScene().snapshot(null));
                            stage.close();
                        }
                    }
                }.start();
            } catch (RuntimeException e) {
                image.completeExceptionally(e);
            }
        });
        try {
            org.basinscope.app.export.Exporter.png(org.basinscope.app.export.Exporter.toAwt(image.get(10, TimeUnit.MINUTES)), file);
        } catch (java.util.concurrent.ExecutionException e) {
            // Report what went wrong on the FX thread as itself (a bad input stays a bad input).
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
