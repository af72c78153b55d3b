package org.basinscope.app.window;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.control.Slider;
import javafx.scene.input.KeyCode;
import org.basinscope.app.Defaults;
import org.basinscope.app.controls.Display;
import org.basinscope.app.testing.WindowExtension;
import org.basinscope.engine.dynamics.Param;
import org.basinscope.engine.landscape.Landscape;
import org.basinscope.engine.live.Snapshot;
import org.basinscope.engine.live.probe.LiveProbes;
import org.basinscope.engine.live.probe.TrailsProbe;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The live app, headless (Monocle): the robot drives the real window and we check the engine and views. */
@ExtendWith(WindowExtension.class)
class MainWindowTest {
    private MainWindow window;




    private Snapshot shown() {
        return window.shown();
    }

    @Test
    void theWindowOpensAndShowsTheRunningSimulation(FxRobot robot) {
        WindowExtension.await("a first frame", () -> shown() != null);
        robot.clickOn("#run");
        WindowExtension.await("steps advance on screen", () -> shown().step() > 50);
        assertTrue(shown().running());
        assertEquals(Defaults.PARTICLES, shown().stats().particles());
    }

    @Test
    void movingTheEtaSliderChangesTheEngineAndThePlottedData(FxRobot robot) {
        WindowExtension.await("a first frame", () -> shown() != null);
        double before = window.simulation().params().eta();
        robot.drag("#eta").moveBy(60, 0).drop();
        double after = window.controls().parameter(Param.ETA).value();
        assertTrue(after > before, "slider moved right: " + before + " → " + after);
        assertEquals(after, window.simulation().params().eta(), 0.0, "the engine got the new η");
        robot.clickOn("#step");
        // Within a few frames the views show a step computed with the new η.
        WindowExtension.await("a frame with the new η", () -> shown().params().eta() == after && shown().step() >= 1);
        WindowExtension.await("readout shows the new η", () -> robot.lookup("#readout-stability").queryLabeled().getText()
                .contains(Display.number(after)));
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
        WindowExtension.await("the run restarted with gd", () -> shown() != null && shown().config().dynamics().name().equals("gd"));
    }

    @Test
    void pauseStopsTheStepCounter(FxRobot robot) {
        robot.clickOn("#run");
        WindowExtension.await("running", () -> shown() != null && shown().step() > 20);
        robot.clickOn("#run");
        WindowExtension.await("paused on screen", () -> !shown().running());
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
        WindowExtension.await("a first frame", () -> shown() != null);
        window.simulation().advanceBy(100);
        WindowExtension.await("100 steps", () -> shown().step() == 100);
        Snapshot first = shown();
        robot.clickOn("#reset");
        WindowExtension.await("back at step 0", () -> shown().step() == 0);
        window.simulation().advanceBy(100);
        WindowExtension.await("100 steps again", () -> shown().step() == 100);
        Snapshot second = shown();
        assertArrayEquals(first.cloud().xs(), second.cloud().xs());
        assertArrayEquals(first.cloud().ys(), second.cloud().ys());
        TrailsProbe.Paths a = first.get(LiveProbes.TRAILS);
        TrailsProbe.Paths b = second.get(LiveProbes.TRAILS);
        for (int p = 0; p < a.count(); p++) {
            assertArrayEquals(a.x()[p], b.x()[p], "every step of trail " + p);
            assertArrayEquals(a.y()[p], b.y()[p], "every step of trail " + p);
        }
        assertEquals(first.stats().mean()[0], second.stats().mean()[0], 0.0);
        assertEquals(first.stats().variance()[1], second.stats().variance()[1], 0.0);
    }

    @Test
    void anInvalidFormulaShowsAnInlineErrorAndKeepsThePreviousLandscapeRunning(FxRobot robot) {
        WindowExtension.await("a first frame", () -> shown() != null);
        Landscape before = shown().config().landscape();
        robot.clickOn("#run");
        robot.clickOn("#formula").write("(x^2-1)^2/4 + sin(y").type(KeyCode.ENTER);
        String error = window.controls().formulaField().errorText();
        assertNotNull(error, "an inline error is shown");
        assertTrue(error.contains("column") && error.contains("expected"), error);
        long step = shown().step();
        WindowExtension.await("still running", () -> shown().step() > step + 20);
        assertSame(before, shown().config().landscape(), "the previous landscape keeps running");
        robot.clickOn("#formula").eraseText(40).write("(x^2-1)^2/4 + y^2").type(KeyCode.ENTER);
        WindowExtension.await("the fixed formula runs", () -> shown().config().landscapeSpec().equals("formula:(x^2-1)^2/4 + y^2"));
        assertNotEquals(before, shown().config().landscape());
    }
}
