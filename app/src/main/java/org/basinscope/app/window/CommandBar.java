package org.basinscope.app.window;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.basinscope.app.presets.LessonPanel;

/**
 * The bar under the menu: run/step/reset, the button that shows or hides the controls column, and, in
 * presentation mode, the sliders the lesson uses. Run keeps its place whatever the column or a lesson card does
 * (the card used to push it down).
 */
final class CommandBar {
    private final ToggleButton controls = new ToggleButton("Controls ◂");
    /** Presentation mode's sliders; they wrap to a second row rather than being cut. */
    private final FlowPane sliders = new FlowPane(14, 4);
    /** Presentation mode's "Next step" of a lesson (the lesson card is hidden there). */
    private final Button next = new Button("Next step ▶");
    private final javafx.beans.property.BooleanProperty presenting = new javafx.beans.property.SimpleBooleanProperty();
    private final HBox bar;

    CommandBar(HBox transport) {
        controls.setId("show-controls");
        controls.setTooltip(new Tooltip("Show or hide the controls column (the landscape takes its place)"));
        controls.setSelected(true);
        controls.selectedProperty().addListener((o, a, b) -> controls.setText(b ? "Controls ◂" : "Controls ▸"));
        controls.setMinWidth(Region.USE_PREF_SIZE);
        transport.setMinWidth(Region.USE_PREF_SIZE);
        transport.setPrefWidth(260);
        sliders.setId("presentation-sliders");
        sliders.setAlignment(Pos.CENTER_LEFT);
        sliders.setVisible(false);
        sliders.setManaged(false);
        HBox.setHgrow(sliders, Priority.ALWAYS);
        // The flow pane wraps at the width it is given, not at its preferred one-row width.
        sliders.setMinWidth(0);
        sliders.prefWrapLengthProperty().bind(sliders.widthProperty());
        next.setId("bar-lesson-next");
        next.setMinWidth(Region.USE_PREF_SIZE);
        next.setTooltip(new Tooltip("The lesson's next step (PageDown or N); the card with its text is hidden in presentation mode"));
        next.setVisible(false);
        next.managedProperty().bind(next.visibleProperty());
        bar = new HBox(12, transport, controls, sliders);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(4, 6, 4, 6));
        bar.getStyleClass().add("command-bar");
        bar.setId("command-bar");
    }

    HBox node() {
        return bar;
    }

    /** Selected while the controls column is shown. */
    ToggleButton controlsToggle() {
        return controls;
    }

    FlowPane sliders() {
        return sliders;
    }

    /**
     * Presentation mode's "Next ▶" of a lesson, for the row above the landscape (in the bar it pushed the
     * sliders to a second row at 1280 px): shown while presenting a lesson that has a next step.
     */
    Button lessonNext() {
        return next;
    }

    /** The lesson whose next step {@link #lessonNext} applies. */
    void lesson(LessonPanel lesson) {
        next.setOnAction(e -> lesson.next());
        next.visibleProperty().bind(presenting.and(javafx.beans.binding.Bindings.not(lesson.noNextStep())));
    }

    /** A control at the bar's end (a recording's progress and Cancel). */
    void add(Node n) {
        bar.getChildren().add(n);
    }

    /** Presentation mode: the sliders in, the column's button out (the column is hidden). */
    void setPresentation(boolean on) {
        presenting.set(on);
        sliders.setVisible(on);
        sliders.setManaged(on);
        controls.setVisible(!on);
        controls.setManaged(!on);
    }
}
