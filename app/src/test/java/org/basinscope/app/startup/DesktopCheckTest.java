package org.basinscope.app.startup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import org.basinscope.app.startup.DesktopCheck.Environment;
import org.junit.jupiter.api.Test;

/** The start-up check names what is missing in one line, and only when it is missing. */
class DesktopCheckTest {
    private static Environment linux(Map<String, String> env, boolean gtkAbsent) {
        return new Environment("Linux", env::get, null, soname -> gtkAbsent && soname.equals("libgtk-3.so.0"));
    }

    private static void assertOneLine(String message) {
        assertFalse(message.contains("\n") || message.contains("\r"), message);
        assertTrue(message.contains("basinscope render"), "points to the headless commands: " + message);
    }

    @Test
    void missingGtkIsNamedWithThePackagesToInstall() {
        Optional<String> problem = DesktopCheck.problem(linux(Map.of("DISPLAY", ":0"), true));
        assertTrue(problem.isPresent());
        String m = problem.get();
        assertOneLine(m);
        assertTrue(m.startsWith("GTK 3 is missing (the window needs libgtk-3.so.0)"), m);
        assertTrue(m.contains("'sudo apt-get install libgtk-3-0' (Debian, Ubuntu)"), m);
        assertTrue(m.contains("'sudo dnf install gtk3' (Fedora"), m);
    }

    @Test
    void gtkPresentOrUnknownLetsTheWindowOpen() {
        assertEquals(Optional.empty(), DesktopCheck.problem(linux(Map.of("DISPLAY", ":0"), false)));
        assertEquals(Optional.empty(), DesktopCheck.problem(linux(Map.of("WAYLAND_DISPLAY", "wayland-0"), false)));
    }

    @Test
    void noDisplayComesFirst() {
        String m = DesktopCheck.problem(linux(Map.of("DISPLAY", " "), true)).orElseThrow();
        assertOneLine(m);
        assertTrue(m.startsWith("there is no display to open the window on (DISPLAY is not set)"), m);
        assertTrue(m.contains("xvfb-run"), m);
        assertFalse(DesktopCheck.hasDisplay(linux(Map.of(), false)));
    }

    @Test
    void windowsMacAndTheHeadlessPlatformNeedNeither() {
        for (String os : new String[] {"Windows 11", "Mac OS X"}) {
            Environment e = new Environment(os, name -> null, null, soname -> true);
            assertEquals(Optional.empty(), DesktopCheck.problem(e), os);
            assertTrue(DesktopCheck.hasDisplay(e), os);
        }
        Environment monocle = new Environment("Linux", name -> null, "Monocle", soname -> true);
        assertEquals(Optional.empty(), DesktopCheck.problem(monocle));
    }

    @Test
    void theToolkitsOwnFailuresAreExplained() {
        // What JavaFX 21 throws from Application.launch when libgtk-3.so.0 cannot be loaded (seen on a
        // machine without it), bare and wrapped.
        var gtk = new UnsupportedOperationException("Unable to load glass GTK library.");
        assertEquals(Optional.of(DesktopCheck.gtkMissing()), DesktopCheck.explain(gtk, name -> null));
        assertEquals(Optional.of(DesktopCheck.gtkMissing()),
                DesktopCheck.explain(new RuntimeException("Exception in Application start method", gtk), name -> null));
        String display = DesktopCheck.explain(new UnsupportedOperationException("Unable to open DISPLAY"),
                Map.of("DISPLAY", ":987")::get).orElseThrow();
        assertOneLine(display);
        assertTrue(display.startsWith("the display DISPLAY=:987 cannot be opened"), display);
    }

    @Test
    void otherFailuresAreNotExplainedAway() {
        assertEquals(Optional.empty(), DesktopCheck.explain(new IllegalStateException("Unable to load glass GTK library."),
                name -> null));
        assertEquals(Optional.empty(), DesktopCheck.explain(new UnsupportedOperationException("something else"),
                name -> null));
        assertEquals(Optional.empty(), DesktopCheck.explain(new UnsupportedOperationException(), name -> null));
    }
}
