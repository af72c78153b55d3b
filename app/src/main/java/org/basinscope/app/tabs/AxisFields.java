package org.basinscope.app.tabs;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import org.basinscope.engine.grid.Axis;
import org.basinscope.engine.grid.Knob;
import org.basinscope.engine.spec.InvalidInputException;
import org.basinscope.engine.spec.Numbers;

/**
 * The fields of one sweep axis: what to vary, from, to, how many points, log spacing. Its text form is the
 * command line's {@code NAME=FROM:TO:POINTS[:log]} ({@link Axis#parse}), which is also how sessions and lessons
 * keep it; an optional axis can be {@value #NONE}.
 */
final class AxisFields {
    static final String NONE = "none";
    private final ComboBox<String> knob = new ComboBox<>();
    private final TextField from = new TextField();
    private final TextField to = new TextField();
    private final TextField points = new TextField();
    private final CheckBox log = new CheckBox("log");

    /**
     * @param suffix  appended to the fields' ids ({@code sweep-param}, {@code sweep-from}, … for the first axis)
     * @param names   the parameters offered, {@value #NONE} first if the axis is optional
     * @param initial the axis shown first, in text form, or {@value #NONE}
     */
    AxisFields(String suffix, List<String> names, String initial, Runnable onEnter) {
        knob.getItems().addAll(names);
        knob.setId("sweep-param" + suffix);
        from.setId("sweep-from" + suffix);
        to.setId("sweep-to" + suffix);
        points.setId("sweep-points" + suffix);
        log.setId("sweep-log" + suffix);
        knob.setTooltip(new Tooltip("What to vary; eta/b keeps η/B at the live ratio (linear scaling rule)"));
        from.setTooltip(new Tooltip("From (the first value)"));
        to.setTooltip(new Tooltip("To (the last value)"));
        points.setTooltip(new Tooltip("Points (values on this axis)"));
        for (TextField f : List.of(from, to, points)) {
            f.setPrefColumnCount(4);
            f.setOnAction(e -> onEnter.run());
        }
        // Narrow enough that an axis fits on one line of the tab at 1280 × 720.
        points.setPrefColumnCount(2);
        knob.setPrefWidth(96);
        knob.valueProperty().addListener((o, a, b) -> {
            boolean off = NONE.equals(b);
            for (Node n : List.of(from, to, points, log)) {
                n.setDisable(off);
            }
        });
        setText(initial);
    }

    /** The nodes of a form row, after its leading label. */
    List<Node> nodes() {
        return List.of(knob, from, new Label("…"), to, new Label("×"), points, log);
    }

    boolean none() {
        return NONE.equals(knob.getValue());
    }

    javafx.beans.value.ObservableValue<String> nameProperty() {
        return knob.valueProperty();
    }

    String name() {
        return knob.getValue();
    }

    boolean log() {
        return log.isSelected();
    }

    /** The point count, a whole number in [2, max]. */
    int points(int max) {
        return (int) Numbers.checkRange("points", Math.round(Numbers.parse("points", points.getText())), 2, max);
    }

    double from() {
        return Numbers.parse("from", from.getText());
    }

    double to() {
        return Numbers.parse("to", to.getText());
    }

    /** The grid axis, validated (range, FROM < TO, log needs FROM > 0, at most {@code max} points). */
    Axis axis(int max) {
        if (none()) {
            throw new InvalidInputException("no parameter chosen");
        }
        return Axis.spaced(Knob.parse(name()), from(), to(), points(max), log());
    }

    /** {@code NAME=FROM:TO:POINTS[:log]} as typed (unchecked), or {@value #NONE}. */
    String text() {
        if (none()) {
            return NONE;
        }
        return name() + "=" + from.getText().strip() + ":" + to.getText().strip() + ":" + points.getText().strip()
                + (log() ? ":log" : "");
    }

    /** Shows an axis in text form ({@value #NONE} for none); a name the list lacks is ignored. */
    void setText(String text) {
        String t = text.strip();
        int eq = t.indexOf('=');
        String name = eq < 0 ? t : t.substring(0, eq).strip();
        if (knob.getItems().contains(name)) {
            knob.setValue(name);
        }
        if (eq < 0) {
            return;
        }
        String[] parts = t.substring(eq + 1).split(":", -1);
        if (parts.length >= 3) {
            from.setText(parts[0].strip());
            to.setText(parts[1].strip());
            points.setText(parts[2].strip());
            log.setSelected(parts.length == 4 && parts[3].strip().equalsIgnoreCase("log"));
        }
    }
}
