package org.basinscope.app.window;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import org.basinscope.app.export.figure.FigureFormat;
import org.basinscope.app.export.figure.FigureSpec;
import org.basinscope.engine.spec.InvalidInputException;

/**
 * The questions of the figure dialog: which of the shown plots (in the order listed), the printed size (a single
 * or double journal column, or custom width and height), the text size, and the format (PDF, SVG, or PNG at a
 * DPI). {@link #spec} reads the answers into a validated {@link FigureSpec}. FX thread.
 */
final class FigureForm {
    static final String SINGLE = "Single column, " + FigureSpec.number(FigureSpec.SINGLE_COLUMN_MM) + " mm";
    static final String DOUBLE = "Double column, " + FigureSpec.number(FigureSpec.DOUBLE_COLUMN_MM) + " mm";
    static final String CUSTOM = "Custom";
    private final List<CheckBox> plots = new ArrayList<>();
    private final ChoiceBox<String> size = new ChoiceBox<>();
    private final TextField width = field("figure-width", FigureSpec.number(FigureSpec.DOUBLE_COLUMN_MM));
    private final TextField height = field("figure-height", "");
    private final TextField font = field("figure-font", FigureSpec.number(FigureSpec.DEFAULT_PT));
    private final ChoiceBox<FigureFormat> format = new ChoiceBox<>();
    private final TextField dpi = field("figure-dpi", Integer.toString(FigureSpec.DEFAULT_DPI));
    private final GridPane grid = new GridPane();

    /**
     * @param names   the export names of the plots on screen, in screen order
     * @param checked those ticked at first
     */
    FigureForm(List<String> names, List<String> checked) {
        FlowPane boxes = new FlowPane(12, 6);
        boxes.setPrefWrapLength(420);
        for (String n : names) {
            CheckBox c = new CheckBox(n);
            c.setId("figure-plot-" + n);
            c.setSelected(checked.contains(n));
            plots.add(c);
            boxes.getChildren().add(c);
        }
        size.getItems().addAll(SINGLE, DOUBLE, CUSTOM);
        size.setId("figure-size");
        size.setValue(DOUBLE);
        width.disableProperty().bind(size.valueProperty().isNotEqualTo(CUSTOM));
        size.valueProperty().addListener((o, was, now) -> {
            if (SINGLE.equals(now)) {
                width.setText(FigureSpec.number(FigureSpec.SINGLE_COLUMN_MM));
            } else if (DOUBLE.equals(now)) {
                width.setText(FigureSpec.number(FigureSpec.DOUBLE_COLUMN_MM));
            }
        });
        height.setPromptText("automatic");
        format.getItems().addAll(FigureFormat.values());
        format.setId("figure-format");
        format.setValue(FigureFormat.PDF);
        dpi.disableProperty().bind(format.valueProperty().isNotEqualTo(FigureFormat.PNG));
        grid.setHgap(10);
        grid.setVgap(8);
        grid.setPadding(new Insets(12));
        grid.addRow(0, new Label("Plots"), boxes);
        grid.addRow(1, new Label("Size"), new HBox(8, size, new Label("width"), width, new Label("height"), height,
                new Label("mm")));
        grid.addRow(2, new Label("Text"), new HBox(8, font, new Label("pt")));
        grid.addRow(3, new Label("Format"), new HBox(8, format, new Label("PNG at"), dpi, new Label("dpi")));
    }

    Node node() {
        return grid;
    }

    /** The answers as a figure; a missing or out-of-range answer is refused with a one-line reason. */
    FigureSpec spec() {
        List<String> chosen = plots.stream().filter(CheckBox::isSelected).map(CheckBox::getText).toList();
        return new FigureSpec(chosen, number(width, "width"), height.getText().isBlank() ? 0 : number(height, "height"),
                number(font, "text size"), format.getValue(), (int) Math.round(number(dpi, "dpi")));
    }

    private static double number(TextField f, String what) {
        try {
            return Double.parseDouble(f.getText().trim());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(what + " '" + f.getText().trim() + "' is not a number");
        }
    }

    private static TextField field(String id, String text) {
        TextField f = new TextField(text);
        f.setId(id);
        f.setPrefColumnCount(5);
        return f;
    }
}
