package org.basinscope.app.commands;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.basinscope.app.export.Exportable;
import org.basinscope.app.export.Exporter;
import org.basinscope.app.export.GifAnimation;
import org.basinscope.app.window.MainWindow;
import org.basinscope.engine.session.Session;
import org.basinscope.engine.spec.InvalidInputException;

/**
 * Records the off-screen main window (or one of its views) as an animated GIF: after the session's steps, a frame,
 * then {@code every} more steps and the next frame, and so on. On the FX thread only the snapshot is taken; each
 * frame's conversion and encoding run on a writer thread, so the window keeps answering while a long recording is
 * written.
 */
public final class AnimationRecorder {
    /** Pulses after a frame's step is on screen before its picture, so charts finish their layout. */
    private static final int SETTLE_PULSES = 2;

    private AnimationRecorder() {
    }

    /** What was recorded. */
    public record Recording(Path file, int frames, double fps, int width, int height, long lastStep) {
    }

    /**
     * @param view  "window", or the export name of a view (landscape, loss, histogram, …)
     * @param every steps between frames
     */
    public static Recording record(Session session, String lesson, WindowOptions layout, String view, int frames,
            long every, double fps, Path file) throws Exception {
        HeadlessFx.start(layout.width, layout.height);
        ExecutorService writer = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "gif-writer");
            t.setDaemon(true);
            return t;
        });
        AtomicReference<MainWindow> window = new AtomicReference<>();
        CompletableFuture<long[]> done = new CompletableFuture<>();
        try (GifAnimation gif = new GifAnimation(file, fps)) {
            int[] size = new int[2];
            List<Future<Void>> written = new CopyOnWriteArrayList<>();
            Platform.runLater(() -> {
                try {
                    Stage stage = new Stage();
                    MainWindow w = WindowRenderer.open(session, lesson, layout.presentation, layout.tab(session),
                            layout.overlay, layout.width, layout.height, stage);
                    window.set(w);
                    Node node = view.equals("window") ? stage.getScene().getRoot() : node(w, view);
                    new AnimationTimer() {
                        private long target = session.steps();
                        private int taken;
                        private int settled;
                        private boolean prepared;

                        @Override
                        public void handle(long now) {
                            var shown = w.shown();
                            if (shown == null || shown.step() != target || !w.analysesSettled()) {
                                settled = 0;
                                return;
                            }
                            if (!prepared) {
                                prepared = true;
                                w.shownTab().prepareRender();
                                return;
                            }
                            if (++settled < SETTLE_PULSES) {
                                return;
                            }
                            WritableImage picture = node.snapshot(null, null);
                            size[0] = (int) picture.getWidth();
                            size[1] = (int) picture.getHeight();
                            written.add(writer.submit(() -> {
                                gif.add(Exporter.toAwt(picture));
                                return null;
                            }));
                            if (++taken == frames) {
                                stop();
                                done.complete(new long[] {target});
                                stage.close();
                                return;
                            }
                            target += every;
                            settled = 0;
                            w.simulation().advanceTo(target);
                        }
                    }.start();
                } catch (RuntimeException e) {
                    done.completeExceptionally(e);
                }
            });
            long last;
            try {
                last = done.get(30, TimeUnit.MINUTES)[0];
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException r) {
                    throw r;
                }
                throw e;
            }
            writer.shutdown();
            if (!writer.awaitTermination(10, TimeUnit.MINUTES)) {
                throw new IOException("writing the GIF took longer than 10 minutes");
            }
            for (Future<Void> f : written) {
                try {
                    f.get();
                } catch (ExecutionException e) {
                    // A frame that could not be written fails the recording with its own reason.
                    if (e.getCause() instanceof IOException io) {
                        throw io;
                    }
                    throw e;
                }
            }
            if (gif.frames() != frames) {
                throw new IOException("only " + gif.frames() + " of " + frames + " frames were written");
            }
            gif.finish();
            return new Recording(file, frames, fps, size[0], size[1], last);
        } finally {
            writer.shutdownNow();
            MainWindow w = window.get();
            if (w != null) {
                Platform.runLater(w::close);
            }
        }
    }

    private static Node node(MainWindow w, String view) {
        for (Exportable e : w.exportables()) {
            if (e.exportName().equals(view)) {
                return e.exportNode();
            }
        }
        throw new InvalidInputException("--view '" + view + "' is not a view; valid: window, " + String.join(", ",
                w.exportables().stream().map(Exportable::exportName).toList()));
    }
}
