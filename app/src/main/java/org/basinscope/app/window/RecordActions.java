package org.basinscope.app.window;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import org.basinscope.app.export.Exportable;
import org.basinscope.app.record.FrameRecording;
import org.basinscope.app.record.RecordRequest;
import org.basinscope.engine.spec.InvalidInputException;

/**
 * File → Record animation…: a dialog (frames, fps, the view, the GIF file), then a recording of the window on screen
 * ({@link FrameRecording}): the run is paused and advanced by the steps per frame between frames, a progress bar and
 * a Cancel button in the bar under the menu, and the window answering all the while.
 */
final class RecordActions {
    private final MainWindow window;
    private final Dialogs dialogs;
    private final Notices notices;
    private final ProgressBar progress = new ProgressBar(0);
    private final Button cancel = new Button("Cancel recording");
    private final HBox status = new HBox(6, progress, cancel);
    private FrameRecording running;

    RecordActions(MainWindow window, Dialogs dialogs, Notices notices) {
        this.window = window;
        this.dialogs = dialogs;
        this.notices = notices;
        progress.setId("record-progress");
        cancel.setId("record-cancel");
        cancel.setOnAction(e -> cancel());
        status.setVisible(false);
        status.setManaged(false);
    }

    /** The progress bar and Cancel, for the bar under the menu (shown while recording). */
    Node status() {
        return status;
    }

    /** "window" and each view's export name. */
    List<String> views() {
        List<String> out = new ArrayList<>(List.of("landscape", "window"));
        window.exportables().stream().map(Exportable::exportName).filter(n -> !out.contains(n)).forEach(out::add);
        return out;
    }

    void dialog() {
        TextField frames = new TextField("60");
        TextField fps = new TextField("15");
        ChoiceBox<String> view = new ChoiceBox<>();
        view.getItems().setAll(views());
        view.setValue("landscape");
        TextField file = new TextField(defaultFile());
        file.setPrefColumnCount(28);
        Button choose = new Button("Choose…");
        choose.setOnAction(e -> {
            var f = dialogs.chooser("Record animation", dialogs.defaultName(".gif"), "Animated GIF", "*.gif")
                    .showSaveDialog(dialogs.owner());
            if (f != null) {
                file.setText(f.getPath());
            }
        });
        Label error = new Label();
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.setPadding(new Insets(12));
        grid.addRow(0, new Label("Frames"), frames);
        grid.addRow(1, new Label("Frames per second"), fps);
        grid.addRow(2, new Label("View"), view);
        grid.addRow(3, new Label("GIF file"), file, choose);
        grid.add(error, 0, 4, 3, 1);
        Dialog<RecordRequest> d = new Dialog<>();
        d.initOwner(dialogs.owner());
        d.setTitle("Record animation");
        d.setHeaderText("A frame every " + window.controls().stepsPerFrame() + " steps (the speed control) from the "
                + "step on screen; the run is paused for it.");
        d.getDialogPane().setContent(grid);
        d.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        RecordRequest[] request = new RecordRequest[1];
        d.getDialogPane().lookupButton(ButtonType.OK).addEventFilter(ActionEvent.ACTION, e -> {
            try {
                request[0] = RecordRequest.parse(frames.getText(), fps.getText(), view.getValue(), file.getText(), views());
            } catch (InvalidInputException ex) {
                error.setText(ex.getMessage());
                e.consume();
            }
        });
        d.setResultConverter(b -> b == ButtonType.OK ? request[0] : null);
        d.showAndWait().ifPresent(this::record);
    }

    private String defaultFile() {
        return Path.of(System.getProperty("user.dir"), dialogs.defaultName(".gif")).toString();
    }

    /** Starts a recording (FX thread); completes with it, or with why not (a notice says so too). */
    CompletableFuture<FrameRecording.Recording> record(RecordRequest r) {
        if (running != null) {
            return CompletableFuture.failedFuture(new IllegalStateException("a recording is under way"));
        }
        if (window.dimensional() != null) {
            // The recorder takes the planar run's frames, which stop while the d-dimensional view is shown.
            String why = "Recording is offered for the planar view only: press Back first.";
            notices.showNotice(why, true);
            return CompletableFuture.failedFuture(new InvalidInputException(why));
        }
        Node node = r.view().equals("window") ? window.root() : window.exportables().stream()
                .filter(e -> e.exportName().equals(r.view())).map(Exportable::exportNode).findFirst().orElse(null);
        if (node == null) {
            notices.showNotice("No view '" + r.view() + "' to record.", true);
            return CompletableFuture.failedFuture(new InvalidInputException("no view " + r.view()));
        }
        window.controls().runButton().setSelected(false);
        try {
            running = FrameRecording.start(window, node, null, r.frames(), window.controls().stepsPerFrame(), r.fps(),
                    r.file(), f -> Platform.runLater(() -> progress.setProgress(f)));
        } catch (IOException e) {
            notices.showNotice("Could not record: " + e.getMessage(), true);
            return CompletableFuture.failedFuture(e);
        }
        progress.setProgress(0);
        status.setVisible(true);
        status.setManaged(true);
        return running.result().whenComplete((done, e) -> Platform.runLater(() -> {
            running = null;
            status.setVisible(false);
            status.setManaged(false);
            if (e == null) {
                notices.showNotice("Recorded " + done.frames() + " frames (" + done.width() + "×" + done.height()
                        + ") to " + done.file(), false);
            } else {
                Throwable cause = e instanceof CompletionException c && c.getCause() != null
                        ? c.getCause() : e;
                notices.showNotice(cause instanceof FrameRecording.Cancelled ? "Recording cancelled; nothing written."
                        : "Recording failed: " + cause.getMessage(), !(cause instanceof FrameRecording.Cancelled));
            }
        }));
    }

    void cancel() {
        if (running != null) {
            running.cancel();
        }
    }
}
