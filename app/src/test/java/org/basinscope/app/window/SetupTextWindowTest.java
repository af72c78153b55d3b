package org.basinscope.app.window;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.input.Clipboard;
import org.basinscope.app.testing.WindowExtension;
import org.basinscope.engine.dynamics.Param;
import org.basinscope.engine.live.Snapshot;
import org.basinscope.engine.session.Lessons;
import org.basinscope.engine.session.Session;
import org.basinscope.engine.session.SessionFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;

/** Copy set-up / Paste set-up: a run shared as one line of text comes back bit for bit; a damaged one is refused. */
@ExtendWith(WindowExtension.class)
class SetupTextWindowTest {
    private MainWindow window;

    private static double[] bits(Snapshot s) {
        double[] m = s.stats().mean();
        return new double[] {m[0], s.stats().variance()[0], s.stats().meanLoss()};
    }

    @Test
    void aCopiedSetUpPastesBackBitForBitAndADamagedOneChangesNothing(FxRobot robot) {
        WindowExtension.await("a first frame", () -> window.shown() != null);
        Session lesson = Lessons.load("momentum-with-noise").settings();
        robot.interact(() -> window.load(lesson));
        robot.clickOn("#step");
        WindowExtension.await("a few steps", () -> window.shown().step() >= 1);
        long first = window.shown().step();
        robot.interact(() -> window.controls().parameter(Param.ETA).setValue(0.03));
        robot.clickOn("#step");
        robot.clickOn("#step");
        WindowExtension.await("steps after the change", () -> window.shown().step() >= first + 2
                && window.shown().params().eta() == 0.03 && !window.shown().running());
        Snapshot before = window.shown();
        AtomicReference<Session> session = new AtomicReference<>();
        AtomicReference<String> text = new AtomicReference<>();
        AtomicReference<String> clip = new AtomicReference<>();
        robot.interact(() -> {
            session.set(window.session());
            text.set(window.copySetup());
            clip.set(Clipboard.getSystemClipboard().getString());
        });
        assertEquals(text.get(), clip.get(), "on the clipboard");
        assertTrue(text.get().startsWith("basinscope:") && text.get().length() < 1000, text.get());

        robot.interact(() -> window.load(Lessons.load("double-well-temperature").settings()));
        WindowExtension.await("another run", () -> window.shown().config().landscapeSpec().equals("double-well:dim=2"));
        AtomicReference<Boolean> pasted = new AtomicReference<>();
        robot.interact(() -> pasted.set(window.pasteSetup(clip.get())));
        assertTrue(pasted.get(), window.notice());
        WindowExtension.await("the pasted run replayed", () -> window.shown().step() == before.step()
                && window.shown().config().landscapeSpec().equals("double-well"));
        assertArrayEquals(bits(before), bits(window.shown()), 0.0, "the same run, bit for bit");
        AtomicReference<String> again = new AtomicReference<>();
        robot.interact(() -> again.set(SessionFiles.toJson(window.session())));
        assertEquals(SessionFiles.toJson(session.get()), again.get());

        String damaged = text.get().substring(0, 40) + (text.get().charAt(40) == 'x' ? 'y' : 'x')
                + text.get().substring(41);
        robot.interact(() -> pasted.set(window.pasteSetup(damaged)));
        assertFalse(pasted.get());
        assertTrue(window.notice().startsWith("Could not paste the set-up: set-up text"), window.notice());
        assertFalse(window.notice().contains("\n"));
        robot.interact(() -> again.set(SessionFiles.toJson(window.session())));
        assertEquals(SessionFiles.toJson(session.get()), again.get(), "nothing changed");
    }
}
