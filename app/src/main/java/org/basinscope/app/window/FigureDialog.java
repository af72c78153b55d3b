package org.basinscope.app.window;

import java.util.List;
import javafx.event.ActionEvent;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.basinscope.app.export.Exportable;
import org.basinscope.app.export.figure.FigureSpec;
import org.basinscope.engine.spec.InvalidInputException;

/**
 * File > Figure for report: the {@link FigureForm}, refusing bad answers in place (one line under the form), then
 * a file chooser for the format's extension; the figure, its caption, CSV and session are written in the
 * background.
 */
final class FigureDialog {
    private final ExportActions exports;
    private final Dialogs dialogs;

    FigureDialog(ExportActions exports, Dialogs dialogs) {
        this.exports = exports;
        this.dialogs = dialogs;
    }

    void show() {
        List<String> names = exports.exportables().stream().map(Exportable::exportName).toList();
        // Ticked at first: the first two plots the shown tab draws (in A/B mode the two clouds).
        List<String> checked = names.stream().filter(n -> !n.equals("landscape") && !n.equals("schedule")).limit(2)
                .toList();
        FigureForm form = new FigureForm(names, checked);
        Label error = new Label();
        error.getStyleClass().add("field-error-text");
        error.setStyle("-fx-text-fill: #b00020;");
        error.setWrapText(true);
        error.setMaxWidth(520);
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle("Figure for report");
        dialog.getDialogPane().setContent(new VBox(6, form.node(), error));
        ButtonType choose = new ButtonType("Choose file…", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(choose, ButtonType.CANCEL);
        dialog.initOwner(dialogs.owner());
        FigureSpec[] spec = new FigureSpec[1];
        dialog.getDialogPane().lookupButton(choose).addEventFilter(ActionEvent.ACTION, e -> {
            try {
                spec[0] = form.spec();
            } catch (InvalidInputException bad) {
                error.setText(bad.getMessage());
                e.consume();
            }
        });
        dialog.showAndWait().filter(b -> b == choose).ifPresent(b -> {
            String ext = spec[0].format().extension();
            var chooser = dialogs.chooser("Figure for report (" + ext.toUpperCase(java.util.Locale.ROOT)
                    + " + caption + CSV + session)", dialogs.defaultName("-figure") + "." + ext,
                    ext.toUpperCase(java.util.Locale.ROOT), "*." + ext);
            var file = chooser.showSaveDialog(dialogs.owner());
            if (file != null) {
                exports.report(exports.figure(spec[0], file.toPath()), "the figure " + file.getName()
                        + " (with its caption, CSV and session)");
            }
        });
    }
}
