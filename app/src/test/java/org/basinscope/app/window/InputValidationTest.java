package org.basinscope.app.window;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.Predicate;
import javafx.application.Platform;
import javafx.scene.input.KeyCode;
import org.basinscope.app.controls.ParameterControl;
import org.basinscope.engine.dynamics.Param;
import org.basinscope.app.testing.WindowExtension;
import org.basinscope.app.diagnostics.ErrorReporter;
import org.basinscope.engine.session.Lessons;
import org.basinscope.app.controls.Display;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Typed values are validated with the allowed range in the message; an uncaught exception is survived. */
@ExtendWith(WindowExtension.class)
class InputValidationTest {
    private MainWindow window;



    /** Types into a parameter's field with the robot and presses Enter; returns the inline error, if any. */
    private String type(FxRobot robot, ParameterControl c, String text) {
        robot.clickOn(c.field()).eraseText(c.field().getText().length() + 2);
        if (!text.isEmpty()) {
            robot.write(text);
        }
        robot.type(KeyCode.ENTER);
        return c.errorText();
    }

    @Test
    void everyTypedFieldRefusesBadValuesWithTheAllowedRangeAndKeepsTheOldValue(FxRobot robot) {
        record Case(Param param, String text, String expected) {
        }
        List<Case> cases = List.of(
                new Case(Param.ETA, "-1", "outside the allowed range [1e\u22125, 10]"),
                new Case(Param.ETA, "0", "outside the allowed range [1e\u22125, 10]"),
                new Case(Param.ETA, "abc", "is not a number"),
                new Case(Param.ETA, "NaN", "must be a finite number"),
                new Case(Param.ETA, "1e400", "must be a finite number"),
                new Case(Param.ETA, "", "is not a number"),
                new Case(Param.BATCH, "2.5", "not a whole number"),
                new Case(Param.BATCH, "0", "outside the allowed range [1, 1024]"),
                new Case(Param.BATCH, "5000", "outside the allowed range [1, 1024]"),
                new Case(Param.TEMPERATURE, "-0.1", "outside the allowed range 0 or [1e\u22124, 10]"),
                new Case(Param.TEMPERATURE, "Infinity", "must be a finite number"),
                new Case(Param.FRICTION, "1000", "outside the allowed range 0 or [0.001, 100]"),
                new Case(Param.MOMENTUM, "1", "outside the allowed range [0, 0.999]"),
                new Case(Param.MOMENTUM, "-0.5", "outside the allowed range [0, 0.999]"));
        robot.interact(() -> window.controls().dynamicsField().choose("underdamped"));
        for (Case c : cases) {
            ParameterControl control = window.controls().parameter(c.param());
            if (control.field().isDisabled()) {
                robot.interact(() -> window.controls().dynamicsField().choose(
                        c.param() == Param.MOMENTUM ? "momentum" : c.param() == Param.BATCH ? "sgd" : "underdamped"));
            }
            double before = control.value();
            double engineBefore = window.simulation().params().eta();
            String error = type(robot, control, c.text());
            assertNotNull(error, c + ": an inline error (field text " + control.field().getText() + ")");
            assertTrue(error.contains(c.expected()), c + ": '" + error + "'");
            assertTrue(error.contains("Kept"), error);
            assertEquals(before, control.value(), 0.0, c + ": value unchanged");
            assertEquals(engineBefore, window.simulation().params().eta(), 0.0);
        }
        // A good value clears the message and reaches the engine.
        ParameterControl eta = window.controls().parameter(Param.ETA);
        assertNull(type(robot, eta, "0.02"));
        assertEquals(0.02, window.simulation().params().eta(), 0.0);
        ParameterControl n = window.controls().particles();
        assertTrue(type(robot, n, "20000000").contains("outside the allowed range [1, 1000000]"));
        assertTrue(type(robot, n, "-3").contains("outside the allowed range"));
    }

    @Test
    void aRefusedValuesMessageFloatsAndGoesAwayWhenItNoLongerApplies(FxRobot robot) {
        ParameterControl eta = window.controls().parameter(Param.ETA);
        ParameterControl next = window.controls().parameter(Param.BATCH);
        WaitForAsyncUtils.waitForFxEvents();
        double below = next.localToScene(0, 0).getY();
        assertNotNull(type(robot, eta, "-5"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(below, next.localToScene(0, 0).getY(), 0.0, "the message floats: the controls below stay put");
        // Typing a valid value clears it at once, before Enter.
        robot.clickOn(eta.field()).eraseText(eta.field().getText().length() + 2).write("0.03");
        assertNull(eta.errorText(), "a valid value in the field");
        // A new landscape, dynamics or lesson clears a message about the old run.
        assertNotNull(type(robot, eta, "-5"));
        robot.interact(() -> window.controls().landscapeField().choose("double-well"));
        assertNull(eta.errorText(), "a new landscape");
        assertNotNull(type(robot, eta, "-5"));
        robot.interact(() -> window.controls().dynamicsField().choose("gd"));
        assertNull(eta.errorText(), "a new dynamics");
        assertNotNull(type(robot, eta, "abc"));
        robot.interact(() -> window.controls().landscapeField().choose("double-well:tilt=lots"));
        assertNotNull(window.controls().landscapeField().errorText());
        robot.interact(() -> window.startLesson(Lessons.load("kong-tao")));
        assertNull(eta.errorText(), "a lesson");
        assertNull(window.controls().landscapeField().errorText(), "a lesson");
        assertEquals(Display.number(0.0015), eta.field().getText().replace('−', '-'), "the value in effect is shown");
    }

    @Test
    void badSeedStartAndSpecsAreRefusedInline(FxRobot robot) {
        robot.clickOn("#seed").eraseText(5).write("12x").type(KeyCode.ENTER);
        assertTrue(robot.lookup("#config-error").queryLabeled().getText().contains("not a whole number"));
        robot.clickOn("#start").write("1,2,3").type(KeyCode.ENTER);
        assertTrue(robot.lookup("#config-error").queryLabeled().getText().contains("needs 2 coordinates"));
        robot.interact(() -> window.controls().landscapeField().choose("double-well:tilt=lots"));
        assertTrue(window.controls().landscapeField().errorText().contains("'lots' is not a number"));
        robot.interact(() -> window.controls().dynamicsField().choose("sgd:sigma=-2"));
        assertTrue(window.controls().dynamicsField().errorText().contains("outside the allowed range"),
                window.controls().dynamicsField().errorText());
    }

    @Test
    void anUncaughtExceptionIsLoggedAndTheWindowStaysUsable(FxRobot robot, @org.junit.jupiter.api.io.TempDir Path home)
            throws Exception {
        // Set aside and put back the folder surefire gives every test (clearing it would point later tests at ~).
        String before = System.getProperty("basinscope.home");
        System.setProperty("basinscope.home", home.toString());
        // Two threads report at once: the list must take concurrent adds, and the wait looks for the two
        // errors by message, so an unrelated report cannot hide them (it is listed if the wait fails).
        List<Throwable> seen = new CopyOnWriteArrayList<>();
        Consumer<Throwable> listener = seen::add;
        ErrorReporter.get().setDialogs(false);
        ErrorReporter.get().addListener(listener);
        ErrorReporter.install();
        try {
            Platform.runLater(() -> {
                throw new IllegalStateException("a bug on the FX thread");
            });
            Thread worker = new Thread(() -> {
                throw new IllegalArgumentException("a bug on another thread");
            });
            worker.start();
            worker.join();
            Predicate<String> reported = m -> seen.stream().anyMatch(t -> m.equals(t.getMessage()));
            try {
                WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                        () -> reported.test("a bug on the FX thread") && reported.test("a bug on another thread"));
            } catch (TimeoutException e) {
                throw new AssertionError("reported within 20 s: " + seen.stream().map(Throwable::toString).toList(), e);
            }
            String log = Files.readString(ErrorReporter.logFile());
            assertTrue(log.contains("a bug on the FX thread") && log.contains("a bug on another thread"), log);
            assertTrue(log.contains("JavaFX Application Thread"), "names the thread");
            // Still usable: the simulation runs and the controls answer.
            robot.clickOn("#run");
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.shown() != null && window.shown().step() > 20);
        } finally {
            ErrorReporter.get().removeListener(listener);
            if (before == null) {
                System.clearProperty("basinscope.home");
            } else {
                System.setProperty("basinscope.home", before);
            }
        }
    }
}
