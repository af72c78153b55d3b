package org.basinscope.app.controls;

import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.basinscope.engine.live.LiveSimulation;

/** Run/Pause, Step and Reset, and the speed (steps per frame): the simulation's transport. */
final class Transport {
    private final ToggleButton run = new ToggleButton("Run");
    private final Button step = new Button("Step");
    private final Button reset = new Button("Reset");
    private final HBox buttons = new HBox(6, run, step, reset);
    private final ParameterControl speed;

    Transport(LiveSimulation simulation) {
        run.setId("run");
        run.setTooltip(new Tooltip("Run or pause the simulation (Space)"));
        run.selectedProperty().addListener((o, a, b) -> {
            run.setText(b ? "Pause" : "Run");
            simulation.setRunning(b);
        });
        step.setId("step");
        step.setTooltip(new Tooltip("One step while paused (S)"));
        step.setOnAction(e -> simulation.stepOnce());
        reset.setId("reset");
        reset.setTooltip(new Tooltip("Back to the start with the same seed: replays the same run (R)"));
        reset.setOnAction(e -> simulation.reset());
        for (var b : List.of(run, step, reset)) {
            b.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(b, Priority.ALWAYS);
        }
        speed = new ParameterControl("speed", "Steps per frame",
                "Simulation speed: steps taken between two drawn frames (about 60 frames per second).",
                SliderScale.log(1, 10_000, false, true), 10);
        speed.valueProperty().addListener((o, a, b) -> simulation.setStepsPerFrame(b.intValue()));
    }

    HBox buttons() {
        return buttons;
    }

    ParameterControl speed() {
        return speed;
    }

    ToggleButton run() {
        return run;
    }

    Button step() {
        return step;
    }

    Button reset() {
        return reset;
    }

    /** Shown or hidden together (hidden on the B side of a comparison, which A drives). */
    void setVisible(boolean visible) {
        buttons.setVisible(visible);
        buttons.setManaged(visible);
        speed.setVisible(visible);
        speed.setManaged(visible);
    }
}
