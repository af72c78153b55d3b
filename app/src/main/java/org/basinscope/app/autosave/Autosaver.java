package org.basinscope.app.autosave;

import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.util.Duration;
import org.basinscope.engine.session.Autosave;
import org.basinscope.engine.session.AutosaveFiles;

/**
 * Writes the window's set-up every {@value #PERIOD_SECONDS} s while it changes, and once more, marked clean, on a
 * clean exit. The set-up is taken on the FX thread (a few fields and the parameter history); the JSON is made and
 * written on a background thread, atomically, so a kill while writing leaves the previous autosave. A failed write
 * is reported once and the previous file is kept.
 */
public final class Autosaver implements AutoCloseable {
    public static final int PERIOD_SECONDS = 30;
    /** How long a clean exit waits for its last write. */
    private static final long EXIT_WAIT_MS = 2_000;
    private final Path file;
    private final Supplier<Autosave> capture;
    private final Consumer<String> problem;
    private final ExecutorService writer = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "basinscope-autosave");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        return t;
    });
    private final Timeline timer;
    /** The last set-up handed to the writer (FX thread). */
    private Autosave last;
    private boolean reported;

    /**
     * @param capture the set-up on screen now (called on the FX thread)
     * @param problem told (on the FX thread) when a write fails, once until a write succeeds again
     */
    public Autosaver(Path file, Supplier<Autosave> capture, Consumer<String> problem) {
        this.file = file;
        this.capture = capture;
        this.problem = problem;
        timer = new Timeline(new KeyFrame(Duration.seconds(PERIOD_SECONDS), e -> saveIfChanged()));
        timer.setCycleCount(Animation.INDEFINITE);
    }

    /** Starts the periodic autosave (FX thread). */
    public void start() {
        timer.play();
    }

    /**
     * Writes the set-up if it changed since the last write (FX thread); completes with whether a file was written
     * (false: unchanged, or the write failed).
     */
    public CompletableFuture<Boolean> saveIfChanged() {
        Autosave now = capture.get();
        if (now.sameSetup(last)) {
            return CompletableFuture.completedFuture(false);
        }
        return write(now);
    }

    private CompletableFuture<Boolean> write(Autosave s) {
        last = s;
        return CompletableFuture.supplyAsync(() -> {
            try {
                java.nio.file.Files.createDirectories(file.getParent());
                AutosaveFiles.write(s, file);
                return null;
            } catch (java.io.IOException | RuntimeException e) {
                return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            }
        }, writer).thenApply(error -> {
            javafx.application.Platform.runLater(() -> {
                if (error == null) {
                    reported = false;
                } else {
                    // Written again at the next change or tick, which may find the folder writable again.
                    last = null;
                    if (!reported) {
                        reported = true;
                        problem.accept("Could not autosave to " + file + ": " + error + " The previous autosave is kept.");
                    }
                }
            });
            return error == null;
        });
    }

    /** A clean exit: the set-up written once more, marked clean, and waited for (FX thread, at most 2 s). */
    @Override
    public void close() {
        timer.stop();
        try {
            write(capture.get().at(Instant.now()).withClean(true)).get(EXIT_WAIT_MS, TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            // The exit goes on: the next start then finds the last periodic autosave and offers it.
        }
        writer.shutdown();
    }
}
