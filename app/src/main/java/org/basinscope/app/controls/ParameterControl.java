package org.basinscope.app.controls;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.basinscope.engine.spec.InvalidInputException;

/**
 * One parameter: a name with its meaning, a slider on a chosen {@link SliderScale}, and a typed
 * field. Both edit the same {@link #valueProperty()}. A typed value outside the allowed range is
 * refused with an inline message saying the range, and the previous value stays in force.
 */
public final class ParameterControl extends VBox {
    private final SliderScale scale;
    private final Slider slider;
    private final TextField field;
    private final FieldError error = new FieldError(this, null);
    private final Label name;
    private final HBox header;
    private final Region gap;
    private final DoubleProperty value = new SimpleDoubleProperty();
    private final Tooltip tooltip;
    private final String help;
    private boolean syncing;

    /**
     * @param id      node id prefix for tests and styling ({@code #eta} is the slider, {@code #eta-field} the field)
     * @param label   what the user reads, e.g. "Learning rate η"
     * @param help    meaning and formula, shown as the tooltip
     * @param scale   slider mapping and validation
     * @param initial starting value
     */
    public ParameterControl(String id, String label, String help, SliderScale scale, double initial) {
        this.scale = scale;
        this.help = help;
        getStyleClass().add("parameter");
        name = new Label(label);
        name.getStyleClass().add("parameter-name");
        // A name is never cut to "Learning r…": the field and the slider give way first.
        name.setMinWidth(Region.USE_PREF_SIZE);
        field = new TextField();
        field.setId(id + "-field");
        field.setPrefColumnCount(7);
        field.getStyleClass().add("parameter-field");
        gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        header = new HBox(6, name, gap, field);
        header.setAlignment(Pos.CENTER_LEFT);
        slider = new Slider(scale.minPosition(), scale.maxPosition(), scale.toPosition(initial));
        slider.setId(id);
        slider.setBlockIncrement((scale.maxPosition() - scale.minPosition()) / 50);
        tooltip = new Tooltip(help);
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(420);
        Tooltip.install(this, tooltip);
        getChildren().addAll(header, slider, error.node());
        setSpacing(2);

        value.set(initial);
        field.setText(scale.format(initial));
        slider.valueProperty().addListener((o, a, b) -> {
            if (!syncing) {
                commit(scale.toValue(b.doubleValue()), false);
            }
        });
        field.setOnAction(e -> typed());
        field.textProperty().addListener((o, a, b) -> {
            if (!syncing && error.text() != null && valid(b)) {
                showError(null);
            }
        });
        field.focusedProperty().addListener((o, was, is) -> {
            if (!is) {
                typed();
            }
        });
        field.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                field.setText(scale.format(value.get()));
                showError(null);
            }
        });
        value.addListener((o, a, b) -> {
            if (!syncing) {
                syncing = true;
                slider.setValue(scale.toPosition(b.doubleValue()));
                field.setText(scale.format(b.doubleValue()));
                syncing = false;
            }
        });
    }

    private boolean valid(String text) {
        try {
            scale.parse(text);
            return true;
        } catch (InvalidInputException e) {
            return false;
        }
    }

    private void typed() {
        try {
            double v = scale.parse(field.getText());
            showError(null);
            commit(v, true);
        } catch (InvalidInputException e) {
            showError(name.getText() + ": " + e.getMessage() + ". Kept " + scale.format(value.get()) + ".");
        }
    }

    private void commit(double v, boolean moveSlider) {
        syncing = true;
        if (moveSlider) {
            slider.setValue(scale.toPosition(v));
        }
        field.setText(scale.format(v));
        syncing = false;
        value.set(v);
        showError(null);
    }

    private void showError(String message) {
        error.show(message);
        field.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("invalid"), message != null);
    }

    /** Clears a refused value's message (the run it was about changed) and shows the value in effect. */
    public void clearError() {
        if (error.text() != null) {
            field.setText(scale.format(value.get()));
            showError(null);
        }
    }

    public DoubleProperty valueProperty() {
        return value;
    }

    public double value() {
        return value.get();
    }

    /** Sets the value programmatically (it must be valid for the scale). */
    public void setValue(double v) {
        value.set(v);
    }

    public Slider slider() {
        return slider;
    }

    public TextField field() {
        return field;
    }

    public String errorText() {
        return error.text();
    }

    /** Enables the control, or disables it with the reason as its tooltip. */
    public void setApplicable(boolean applicable, String reasonIfNot) {
        slider.setDisable(!applicable);
        field.setDisable(!applicable);
        name.setDisable(!applicable);
        tooltip.setText(applicable ? help : reasonIfNot + "\n\n" + help);
    }

    /**
     * In one row (name, slider, field), for presentation mode's bar, where a slider under its name made the bar
     * twice as tall; false: the slider under the name, as in the column.
     */
    public void setInline(boolean inline) {
        if (inline) {
            header.getChildren().setAll(name, slider, field);
            HBox.setHgrow(slider, Priority.ALWAYS);
            slider.setPrefWidth(150);
            field.setPrefColumnCount(5);
            getChildren().setAll(header, error.node());
        } else {
            header.getChildren().setAll(name, gap, field);
            slider.setPrefWidth(Region.USE_COMPUTED_SIZE);
            field.setPrefColumnCount(7);
            getChildren().setAll(header, slider, error.node());
        }
    }

    public String tooltipText() {
        return tooltip.getText();
    }
}
