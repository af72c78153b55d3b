package org.basinscope.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.control.Slider;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.basinscope.engine.dynamics.Param;
import org.basinscope.engine.landscape.Landscape;
import org.basinscope.engine.live.Snapshot;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The live app, headless (Monocle): the robot drives the real window and we check the engine and views. */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {
    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = TestWindows.open(stage);
    }

    @AfterEach
    void stop() {
        window.close();
    }


    private Snapshot shown() {
        return window.shown();
    }

    @Test
    void theWindowOpensAndShowsTheRunningSimulation(FxRobot robot) {
        TestWindows.await("a first frame", () -> shown() != null);
        robot.clickOn("#run");
        TestWindows.await("steps advance on screen", () -> shown().step() > 50);
        assertTrue(shown().running());
        assertEquals(Defaults.PARTICLES, shown().stats().particles());
    }

    @Test
    void movingTheEtaSliderChangesTheEngineAndThePlottedData(FxRobot robot) {
        TestWindows.await("a first frame", () -> shown() != null);
        double before = window.simulation().params().eta();
        robot.drag("#eta").moveBy(60, 0).drop();
        double after = window.controls().parameter(Param.ETA).value();
        assertTrue(after > before, "slider moved right: " + before + " → " + after);
        assertEquals(after, window.simulation().params().eta(), 0.0, "the engine got the new η");
        robot.clickOn("#step");
        // Within a few frames the views show a step computed with the new η.
        TestWindows.await("a frame with the new η", () -> shown().params().eta() == after && shown().step() >= 1);
        TestWindows.await("readout shows the new η", () -> robot.lookup("#readout-stability").queryLabeled().getText()
                .contains(org.basinscope.app.controls.Display.number(after)));
    }

    @Test
    void switchingDynamicsEnablesAndDisablesFriction(FxRobot robot) {
        Slider friction = robot.lookup("#friction").queryAs(Slider.class);
        assertTrue(friction.isDisabled(), "langevin has no friction");
        robot.interact(() -> window.controls().dynamicsField().box().setValue("underdamped"));
        assertFalse(friction.isDisabled(), "underdamped uses friction");
        robot.interact(() -> window.controls().dynamicsField().box().setValue("gd"));
        assertTrue(friction.isDisabled());
        assertTrue(window.controls().parameter(Param.FRICTION).tooltipText().startsWith("Not used by gd"));
        TestWindows.await("the run restarted with gd", () -> shown() != null && shown().config().dynamics().name().equals("gd"));
    }

    @Test
    void pauseStopsTheStepCounter(FxRobot robot) {
        robot.clickOn("#run");
        TestWindows.await("running", () -> shown() != null && shown().step() > 20);
        robot.clickOn("#run");
        TestWindows.await("paused on screen", () -> !shown().running());
        long paused = shown().step();
        long sequence = shown().sequence();
        // Let many pulses pass: the counter must not move.
        for (int i = 0; i < 20; i++) {
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertEquals(paused, shown().step());
        assertEquals(paused, window.simulation().latest().step());
        assertTrue(shown().sequence() >= sequence);
    }

    @Test
    void resetWithTheSameSeedReplaysTheFirstHundredStepsBitForBit(FxRobot robot) {
        TestWindows.await("a first frame", () -> shown() != null);
        window.simulation().advanceBy(100);
        TestWindows.await("100 steps", () -> shown().step() == 100);
        Snapshot first = shown();
        robot.clickOn("#reset");
        TestWindows.await("back at step 0", () -> shown().step() == 0);
        window.simulation().advanceBy(100);
        TestWindows.await("100 steps again", () -> shown().step() == 100);
        Snapshot second = shown();
        assertArrayEquals(first.xs(), second.xs());
        assertArrayEquals(first.ys(), second.ys());
        for (int k = 0; k < 2; k++) {
            for (int p = 0; p < first.trails()[k].length; p++) {
                assertArrayEquals(first.trails()[k][p], second.trails()[k][p], "every step of trail " + p);
            }
        }
        assertEquals(first.stats().mean()[0], second.stats().mean()[0], 0.0);
        assertEquals(first.stats().variance()[1], second.stats().variance()[1], 0.0);
    }

    @Test
    void anInvalidFormulaShowsAnInlineErrorAndKeepsThePreviousLandscapeRunning(FxRobot robot) {
        TestWindows.await("a first frame", () -> shown() != null);
        Landscape before = shown().config().landscape();
        robot.clickOn("#run");
        robot.clickOn("#formula").write("(x^2-1)^2/4 + sin(y").type(KeyCode.ENTER);
        String error = window.controls().formulaField().errorText();
        assertNotNull(error, "an inline error is shown");
        assertTrue(error.contains("column") && error.contains("expected"), error);
        long step = shown().step();
        TestWindows.await("still running", () -> shown().step() > step + 20);
        assertSame(before, shown().config().landscape(), "the previous landscape keeps running");
        robot.clickOn("#formula").eraseText(40).write("(x^2-1)^2/4 + y^2").type(KeyCode.ENTER);
        TestWindows.await("the fixed formula runs", () -> shown().config().landscapeSpec().equals("formula:(x^2-1)^2/4 + y^2"));
        assertNotEquals(before, shown().config().landscape());
    }
}
