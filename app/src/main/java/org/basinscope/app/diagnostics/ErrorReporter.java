package org.basinscope.app.diagnostics;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.TextArea;
import org.basinscope.app.UserFolder;

/**
 * What happens to an exception nobody caught, on any thread: it is appended to a log file in the
 * user's folder ({@code ~/.basinscope/errors.log}, or under {@code -Dbasinscope.home}), and a dialog
 * shows what happened with the details in a copyable text area. The thread that failed is the only
 * casualty; the window stays usable. At most one dialog is open at a time; later errors go to the log.
 */
public final class ErrorReporter implements Thread.UncaughtExceptionHandler {
    private static final ErrorReporter INSTANCE = new ErrorReporter();
    private final List<Consumer<Throwable>> listeners = new CopyOnWriteArrayList<>();
    private volatile boolean dialogOpen;
    private volatile boolean dialogs = true;

    private ErrorReporter() {
    }

    public static ErrorReporter get() {
        return INSTANCE;
    }

    /** Catches uncaught exceptions of every thread, the FX thread included. */
    public static void install() {
        Thread.setDefaultUncaughtExceptionHandler(INSTANCE);
        if (Platform.isFxApplicationThread()) {
            Thread.currentThread().setUncaughtExceptionHandler(INSTANCE);
        } else {
            Platform.runLater(() -> Thread.currentThread().setUncaughtExceptionHandler(INSTANCE));
        }
    }

    /** Tests turn the dialog off and listen instead. */
    public void setDialogs(boolean show) {
        dialogs = show;
    }

    public void addListener(Consumer<Throwable> listener) {
        listeners.add(listener);
    }

    public void removeListener(Consumer<Throwable> listener) {
        listeners.remove(listener);
    }

    /** The log file. */
    public static Path logFile() {
        return UserFolder.path().resolve("errors.log");
    }

    @Override
    public void uncaughtException(Thread thread, Throwable error) {
        String details = details(thread, error);
        log(details);
        for (Consumer<Throwable> l : listeners) {
            l.accept(error);
        }
        if (dialogs && !dialogOpen) {
            dialogOpen = true;
            Runnable show = () -> {
                try {
                    Alert alert = new Alert(Alert.AlertType.ERROR);
                    alert.setTitle("Basinscope: something went wrong");
                    alert.setHeaderText(error.getClass().getSimpleName() + ": " + error.getMessage());
                    alert.setContentText("The window keeps running. The details are in " + logFile()
                            + " and below (select and copy them for a bug report).");
                    TextArea text = new TextArea(details);
                    text.setEditable(false);
                    text.setWrapText(false);
                    text.setPrefRowCount(14);
                    alert.getDialogPane().setExpandableContent(text);
                    alert.setOnHidden(e -> dialogOpen = false);
                    alert.show();
                } catch (RuntimeException e) {
                    dialogOpen = false;
                }
            };
            if (Platform.isFxApplicationThread()) {
                show.run();
            } else {
                Platform.runLater(show);
            }
        }
    }

    private static String details(Thread thread, Throwable error) {
        StringWriter out = new StringWriter();
        PrintWriter w = new PrintWriter(out);
        w.println(Instant.now() + " uncaught exception on thread \"" + thread.getName() + "\"");
        w.println("Basinscope 0.1, Java " + System.getProperty("java.version") + ", " + System.getProperty("os.name"));
        error.printStackTrace(w);
        w.flush();
        return out.toString();
    }

    private static void log(String details) {
        try {
            Path file = logFile();
            Files.createDirectories(file.getParent());
            Files.writeString(file, details + System.lineSeparator(), StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException | RuntimeException e) {
            System.err.println("basinscope: could not write the error log: " + e.getMessage());
            System.err.print(details);
        }
    }
}
