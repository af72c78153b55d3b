package org.basinscope.app.window;

import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyEvent;
import org.basinscope.app.controls.ControlPanel;
import org.basinscope.app.presets.LessonPanel;

/** One-key shortcuts: Space run/pause, S step, R reset, F presentation, N/PageDown next lesson step. */
final class Shortcuts {
    private final ControlPanel controls;
    private final PresentationMode presentation;
    private final LessonPanel lesson;

    Shortcuts(ControlPanel controls, PresentationMode presentation, LessonPanel lesson) {
        this.controls = controls;
        this.presentation = presentation;
        this.lesson = lesson;
    }

    /** Handles a key press, unless it is typing in a field or a chord. */
    void handle(KeyEvent e) {
        if (e.getTarget() instanceof TextInputControl || e.getTarget() instanceof ComboBoxBase) {
            return;
        }
        if (e.isControlDown() || e.isAltDown() || e.isMetaDown()) {
            return;
        }
        switch (e.getCode()) {
            case SPACE -> controls.toggleRun();
            case S -> controls.step();
            case R -> controls.reset();
            case F -> presentation.set(!presentation.on());
            case N, PAGE_DOWN -> lesson.next();
            default -> {
                return;
            }
        }
        e.consume();
    }
}
