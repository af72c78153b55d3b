package org.basinscope.app.window;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.basinscope.app.UserFolder;
import org.basinscope.app.testing.WindowExtension;
import org.basinscope.engine.session.Lessons;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/**
 * The welcome card of a first start: five lessons and "or press Run"; choosing a lesson, Run or ✕ dismisses it
 * and leaves the first-start marker in the user's folder (here a temporary one, never the real home).
 */
@ExtendWith(WindowExtension.class)
class WelcomeCardTest {
    @TempDir
    Path home;
    private String before;
    private MainWindow window;

    @BeforeEach
    void useTemporaryHome() {
        before = System.getProperty(UserFolder.PROPERTY);
        System.setProperty(UserFolder.PROPERTY, home.toString());
    }

    @AfterEach
    void restoreHome() {
        if (before == null) {
            System.clearProperty(UserFolder.PROPERTY);
        } else {
            System.setProperty(UserFolder.PROPERTY, before);
        }
    }

    @Test
    void choosingALessonStartsItAndIsRemembered(FxRobot robot) {
        assertTrue(UserFolder.firstStart(), "an empty folder is a first start");
        robot.interact(window::showWelcome);
        assertEquals(WelcomeCard.LESSONS.size(), robot.lookup("#welcome-card .button").queryAll().size() - 1,
                "a button per lesson, and ✕");
        robot.clickOn("#welcome-double-well-temperature");
        assertFalse(window.welcomeShown());
        assertEquals("double-well-temperature", window.lessonPanel().lesson().id());
        assertTrue(Files.exists(home.resolve("welcomed")), "the marker is written");
        assertFalse(UserFolder.firstStart(), "the next start is not a first start");
    }

    @Test
    void runDismissesTheCardAndTheDefaultRunRuns(FxRobot robot) {
        robot.interact(window::showWelcome);
        robot.clickOn("#run");
        assertFalse(window.welcomeShown());
        assertTrue(window.controls().runButton().isSelected());
        assertEquals(null, window.lessonPanel().lesson(), "no lesson was started");
        assertFalse(UserFolder.firstStart());
    }

    @Test
    void theCloseButtonDismissesIt(FxRobot robot) {
        robot.interact(window::showWelcome);
        robot.clickOn("#welcome-close");
        assertFalse(window.welcomeShown());
        assertFalse(window.controls().runButton().isSelected(), "closing does not start the run");
        assertFalse(UserFolder.firstStart());
    }

    @Test
    void everyLessonOnTheCardIsIndexed() {
        assertTrue(Lessons.index().containsAll(WelcomeCard.LESSONS), WelcomeCard.LESSONS + " in " + Lessons.index());
    }
}
