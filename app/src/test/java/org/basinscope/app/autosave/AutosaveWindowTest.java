package org.basinscope.app.autosave;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.basinscope.app.testing.WindowExtension;
import org.basinscope.app.window.MainWindow;
import org.basinscope.engine.dynamics.Param;
import org.basinscope.engine.session.Autosave;
import org.basinscope.engine.session.AutosaveFiles;
import org.basinscope.engine.session.Lessons;
import org.basinscope.engine.session.SessionFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The autosave of the real window: what it writes, when, and the set-up it brings back. */
@ExtendWith(WindowExtension.class)
class AutosaveWindowTest {
    private MainWindow window;

    /** A lesson one step in, a moved slider, 120 steps, presentation mode, and A/B with a different run B. */
    private void setUp(FxRobot robot, boolean ab) {
        robot.interact(() -> window.startLesson(Lessons.load("double-well-temperature")));
        robot.interact(() -> window.lessonPanel().next());
        robot.interact(() -> window.controls().runButton().setSelected(false));
        robot.interact(() -> window.controls().parameter(Param.ETA).setValue(0.015));
        robot.interact(() -> window.simulation().advanceBy(120));
        WindowExtension.await("120 steps", () -> window.shown() != null && window.shown().step() >= 120);
        robot.interact(() -> window.setPresentation(true));
        if (ab) {
            robot.interact(() -> window.setCompare(true));
            robot.interact(() -> window.compare().controlsB().parameter(Param.TEMPERATURE).setValue(0.3));
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void itWritesOnlyWhatChangedAndMarksACleanExit(FxRobot robot, @TempDir Path dir) throws Exception {
        WindowExtension.await("a first frame", () -> window.shown() != null);
        Path file = dir.resolve("autosave.json");
        List<String> problems = new ArrayList<>();
        AtomicReference<Autosaver> saver = new AtomicReference<>();
        robot.interact(() -> saver.set(new Autosaver(file, window::autosave, problems::add)));
        assertTrue(saveNow(robot, saver.get()), "the first autosave is written");
        assertFalse(saveNow(robot, saver.get()), "nothing changed: nothing written");
        robot.interact(() -> window.controls().parameter(Param.TEMPERATURE).setValue(0.2));
        assertTrue(saveNow(robot, saver.get()), "a slider moved: written again");
        Autosave written = AutosaveFiles.read(file);
        assertFalse(written.clean());
        assertEquals(0.2, written.a().temperature(), 0);

        robot.interact(() -> saver.get().close());
        assertTrue(AutosaveFiles.read(file).clean(), "a clean exit marks the autosave clean");
        assertTrue(problems.isEmpty(), problems.toString());
    }

    @Test
    void aFailedWriteSaysSoOnceAndKeepsThePreviousAutosave(FxRobot robot, @TempDir Path dir) throws Exception {
        WindowExtension.await("a first frame", () -> window.shown() != null);
        // A folder that is a file: no write can succeed, for root too (CI runs as root).
        Path notAFolder = dir.resolve("folder");
        Files.writeString(notAFolder, "in the way\n");
        Path file = notAFolder.resolve("autosave.json");
        List<String> problems = new ArrayList<>();
        AtomicReference<Autosaver> saver = new AtomicReference<>();
        robot.interact(() -> saver.set(new Autosaver(file, window::autosave, problems::add)));
        assertFalse(saveNow(robot, saver.get()));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(saveNow(robot, saver.get()), "tried again (the folder may come back)");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, problems.size(), "reported once: " + problems);
        assertTrue(problems.get(0).startsWith("Could not autosave to ") && problems.get(0).endsWith(
                "The previous autosave is kept."), problems.get(0));
        assertFalse(problems.get(0).contains("\n"));
        assertEquals("in the way\n", Files.readString(notAFolder));
    }

    @Test
    void restoringBringsBackTheRunBitForBitTheLessonStepAndPresentation(FxRobot robot) throws Exception {
        WindowExtension.await("a first frame", () -> window.shown() != null);
        setUp(robot, false);
        Autosave s = saved(robot);
        assertEquals("double-well-temperature", s.lesson());
        assertEquals(1, s.lessonStep());
        assertTrue(s.presentation());
        assertNull(s.b());
        assertTrue(s.a().steps() >= 120);
        assertTrue(s.a().history().size() >= 2, "the slider's move is in the history");

        robot.interact(window::resetAll);
        WindowExtension.await("back at the defaults", () -> window.shown() != null && window.shown().step() == 0);
        robot.interact(() -> window.restore(s));
        WindowExtension.await("the run replayed to its step", () -> window.shown() != null
                && window.shown().step() == s.a().steps());
        Autosave again = saved(robot);
        assertEquals(SessionFiles.toJson(s.a()), SessionFiles.toJson(again.a()),
                "the run bit for bit: settings, parameter history and step");
        assertEquals(1, window.lessonPanel().stepsTaken());
        assertTrue(window.presentation());
        robot.interact(() -> window.setPresentation(false));
    }

    @Test
    void restoringAnABSetUpBringsBackBothRuns(FxRobot robot) throws Exception {
        WindowExtension.await("a first frame", () -> window.shown() != null);
        setUp(robot, true);
        Autosave s = saved(robot);
        assertNotNull(s.b());
        assertEquals(0.3, s.b().temperature(), 0);

        robot.interact(window::resetAll);
        WindowExtension.await("back at the defaults", () -> window.compare() == null && window.shown() != null
                && window.shown().step() == 0);
        robot.interact(() -> window.restore(s));
        WaitForAsyncUtils.waitForFxEvents();
        assertNotNull(window.compare());
        Autosave again = saved(robot);
        // A/B starts both runs together from step 0, as it always does: their settings are what come back.
        assertEquals(SessionFiles.toJson(s.a().withSteps(0)),
                SessionFiles.toJson(again.a().withSteps(0)));
        assertEquals(SessionFiles.toJson(s.b().withSteps(0)),
                SessionFiles.toJson(again.b().withSteps(0)));
        assertEquals(0.3, window.compare().controlsB().parameter(Param.TEMPERATURE).value(), 0);
        robot.interact(() -> window.setCompare(false));
        robot.interact(() -> window.setPresentation(false));
    }

    private Autosave saved(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        AtomicReference<Autosave> out = new AtomicReference<>();
        robot.interact(() -> out.set(window.autosave()));
        return AutosaveFiles.fromJson(AutosaveFiles.toJson(out.get()));
    }

    @Test
    void theCardOffersTheSetUpAndDiscardChangesNothing(FxRobot robot) throws Exception {
        WindowExtension.await("a first frame", () -> window.shown() != null);
        AtomicReference<Autosave> saved = new AtomicReference<>();
        robot.interact(() -> window.controls().parameter(Param.ETA).setValue(0.02));
        robot.interact(() -> saved.set(window.autosave()));
        robot.interact(() -> window.controls().parameter(Param.ETA).setValue(0.005));
        AtomicInteger answered = new AtomicInteger();
        robot.interact(() -> window.offerRestore(saved.get(), answered::incrementAndGet));
        assertTrue(window.restoreOffered());
        robot.clickOn("#discard-setup");
        assertFalse(window.restoreOffered());
        assertEquals(1, answered.get());
        assertEquals(0.005, window.controls().parameter(Param.ETA).value(), 0, "discarded: the run is untouched");

        robot.interact(() -> window.offerRestore(saved.get(), answered::incrementAndGet));
        robot.clickOn("#restore-setup");
        assertEquals(2, answered.get());
        assertEquals(0.02, window.controls().parameter(Param.ETA).value(), 0, "restored");
        assertTrue(window.notice().startsWith("Restored the set-up from "), window.notice());
        assertNull(window.lessonPanel().lesson());
    }

    private static boolean saveNow(FxRobot robot, Autosaver saver) throws Exception {
        AtomicReference<java.util.concurrent.CompletableFuture<Boolean>> f = new AtomicReference<>();
        robot.interact(() -> f.set(saver.saveIfChanged()));
        return f.get().get(10, TimeUnit.SECONDS);
    }
}
