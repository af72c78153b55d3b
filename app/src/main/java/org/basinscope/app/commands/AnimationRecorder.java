package org.basinscope.app.commands;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.stage.Stage;
import org.basinscope.app.export.Exportable;
import org.basinscope.app.record.FrameRecording;
import org.basinscope.app.window.MainWindow;
import org.basinscope.engine.session.Session;
import org.basinscope.engine.spec.InvalidInputException;

/**
 * Records the off-screen main window (or one of its views) as an animated GIF ({@link FrameRecording}): after the
 * session's steps, a frame, then {@code every} more steps and the next frame, and so on.
 */
public final class AnimationRecorder {
    private AnimationRecorder() {
    }

    /**
     * @param view  "window", or the export name of a view (landscape, loss, histogram, …)
     * @param every steps between frames
     */
    public static FrameRecording.Recording record(Session session, String lesson, WindowOptions layout, String view,
            int frames, long every, double fps, Path file) throws Exception {
        HeadlessFx.start(layout.width, layout.height);
        AtomicReference<MainWindow> window = new AtomicReference<>();
        CompletableFuture<FrameRecording.Recording> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                Stage stage = new Stage();
                MainWindow w = WindowRenderer.open(session, lesson, layout.presentation, layout.tab(session),
                        layout.overlay, layout.width, layout.height, stage);
                window.set(w);
                Node node = view.equals("window") ? stage.getScene().getRoot() : node(w, view);
                FrameRecording.start(w, node, session.steps(), frames, every, fps, file, f -> { })
                        .result().whenComplete((r, e) -> {
                            if (e != null) {
                                done.completeExceptionally(e);
                            } else {
                                done.complete(r);
                            }
                        });
            } catch (IOException | RuntimeException e) {
                done.completeExceptionally(e);
            }
        });
        try {
            return done.get(30, TimeUnit.MINUTES);
        } catch (ExecutionException e) {
            // The recording's own reason (a refused view, a frame that could not be written).
            if (e.getCause() instanceof Exception cause) {
                throw cause;
            }
            throw e;
        } finally {
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
