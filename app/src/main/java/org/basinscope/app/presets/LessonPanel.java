package org.basinscope.app.presets;

import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.basinscope.engine.session.Lesson;

/**
 * The current lesson: its title, text, key formula and source, and the presenter's steps with a
 * "Next" button (PageDown or N). Hidden when no lesson is running.
 */
public final class LessonPanel extends VBox {
    private final Label title = new Label();
    private final Label text = new Label();
    private final Label formula = new Label();
    private final Label source = new Label();
    private final Label step = new Label();
    private final Button next = new Button("Next step ▶");
    private final Button restart = new Button("Restart");
    private final Button close = new Button("✕");
    private Lesson lesson;
    private int done;
    private Consumer<Lesson.Step> onStep = s -> { };
    private Consumer<Lesson> onRestart = l -> { };
    private Runnable onClose = () -> { };

    public LessonPanel() {
        getStyleClass().add("lesson-panel");
        setId("lesson-panel");
        setPadding(new Insets(10));
        setSpacing(6);
        title.getStyleClass().add("lesson-title");
        title.setWrapText(true);
        text.setWrapText(true);
        text.getStyleClass().add("lesson-text");
        formula.getStyleClass().add("lesson-formula");
        formula.setWrapText(true);
        source.getStyleClass().add("readout-note");
        source.setWrapText(true);
        step.getStyleClass().add("lesson-step");
        step.setWrapText(true);
        step.setId("lesson-step");
        next.setId("lesson-next");
        next.setTooltip(new Tooltip("Apply the next step of the lesson (PageDown or N)"));
        next.setOnAction(e -> next());
        restart.setTooltip(new Tooltip("Back to the lesson's first settings"));
        restart.setOnAction(e -> restart());
        close.setTooltip(new Tooltip("Leave the lesson (keeps the current settings)"));
        close.setOnAction(e -> {
            show(null);
            onClose.run();
        });
        HBox top = new HBox(6, title, close);
        HBox.setHgrow(title, Priority.ALWAYS);
        title.setMaxWidth(Double.MAX_VALUE);
        HBox buttons = new HBox(6, next, restart);
        getChildren().addAll(top, text, formula, source, step, buttons);
        show(null);
    }

    public void setOnStep(Consumer<Lesson.Step> action) {
        onStep = action;
    }

    public void setOnRestart(Consumer<Lesson> action) {
        onRestart = action;
    }

    public void setOnClose(Runnable action) {
        onClose = action;
    }

    /** Shows a lesson from its start (or hides the panel with null). */
    public void show(Lesson l) {
        lesson = l;
        done = 0;
        setVisible(l != null);
        setManaged(l != null);
        if (l == null) {
            next.setDisable(true);
            return;
        }
        title.setText(l.title());
        text.setText(l.text());
        formula.setText(l.formula());
        source.setText(l.source() == null ? "" : "Source: " + l.source());
        updateStep();
    }

    public Lesson lesson() {
        return lesson;
    }

    /** How many of the lesson's steps have been applied (0 without a lesson). */
    public int stepsTaken() {
        return lesson == null ? 0 : done;
    }

    /**
     * Shows a lesson as it stood after {@code steps} of its steps (capped at their number), without applying
     * them: the settings come from elsewhere (a restored set-up).
     */
    public void showAt(Lesson l, int steps) {
        show(l);
        if (l != null) {
            done = Math.max(0, Math.min(steps, l.steps().size()));
            updateStep();
        }
    }

    /** True while there is no lesson or its last step has been applied (its Next button is disabled). */
    public javafx.beans.value.ObservableBooleanValue noNextStep() {
        return next.disableProperty();
    }

    /** Applies the next step, if any. */
    public void next() {
        if (lesson == null || done >= lesson.steps().size()) {
            return;
        }
        Lesson.Step s = lesson.steps().get(done++);
        onStep.accept(s);
        updateStep();
    }

    private void restart() {
        if (lesson != null) {
            done = 0;
            onRestart.accept(lesson);
            updateStep();
        }
    }

    private void updateStep() {
        int total = lesson.steps().size();
        if (total == 0) {
            step.setText("");
        } else if (done == 0) {
            step.setText("Next: " + lesson.steps().get(0).text());
        } else {
            String now = "Step " + done + "/" + total + ": " + lesson.steps().get(done - 1).text();
            step.setText(done < total ? now + "\nNext: " + lesson.steps().get(done).text() : now);
        }
        next.setDisable(done >= total);
    }
}
