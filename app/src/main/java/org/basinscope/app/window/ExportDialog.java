package org.basinscope.app.window;

import java.util.List;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import org.basinscope.app.export.Exportable;

/**
 * Export: what (the window or one view), as what (PNG at 1×, 2× or 3×; SVG; CSV of the data), then a
 * file chooser with a name that says what the file holds.
 */
final class ExportDialog {
    private static final String WINDOW = "whole window";
    private final ExportActions exports;
    private final Dialogs dialogs;

    ExportDialog(ExportActions exports, Dialogs dialogs) {
        this.exports = exports;
        this.dialogs = dialogs;
    }

    void show() {
        List<Exportable> views = exports.exportables();
        ChoiceBox<String> what = new ChoiceBox<>();
        what.getItems().add(WINDOW);
        for (Exportable e : views) {
            what.getItems().add(e.exportName());
        }
        what.setValue(WINDOW);
        ChoiceBox<String> format = new ChoiceBox<>(FXCollections.observableArrayList(
                "PNG 1×", "PNG 2×", "PNG 3×", "SVG (vector)", "CSV (data)"));
        format.setValue("PNG 2×");
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.setPadding(new Insets(12));
        grid.addRow(0, new Label("Export"), what);
        grid.addRow(1, new Label("As"), format);
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle("Export");
        dialog.getDialogPane().setContent(grid);
        ButtonType choose = new ButtonType("Choose file…", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(choose, ButtonType.CANCEL);
        dialog.initOwner(dialogs.owner());
        dialog.showAndWait().filter(b -> b == choose).ifPresent(b -> {
            Exportable view = WINDOW.equals(what.getValue()) ? null
                    : views.stream().filter(e -> e.exportName().equals(what.getValue())).findFirst().orElseThrow();
            String f = format.getValue();
            String ext = f.startsWith("PNG") ? "png" : f.startsWith("SVG") ? "svg" : "csv";
            double scale = f.startsWith("PNG") ? f.charAt(4) - '0' : 1;
            String suffix = view == null ? "" : "-" + view.exportName();
            var chooser = dialogs.chooser("Export " + what.getValue(), dialogs.defaultName(suffix) + "." + ext,
                    ext.toUpperCase(java.util.Locale.ROOT), "*." + ext);
            var file = chooser.showSaveDialog(dialogs.owner());
            if (file == null) {
                return;
            }
            exports.report(exports.export(view, file.toPath(), scale), file.getName());
        });
    }
}
