package org.basinscope.app.startup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real start in a child JVM (the class path of this test, no Monocle): where the window cannot
 * open, {@code basinscope} and {@code basinscope open} print one line and exit with 1, no stack trace.
 * DISPLAY points at a display no X server serves, so the window cannot open whether or not GTK 3 is
 * installed: without GTK 3 the check (or the toolkit) says GTK 3 is missing, with it the toolkit cannot
 * open the display. With {@code -Dbasinscope.desktopCheck=false} the toolkit's own failure is what is
 * explained.
 */
class WindowStartFailureTest {
    private static final String GTK = "error: GTK 3 is missing (the window needs libgtk-3.so.0): install it with";
    private static final String NO_DISPLAY = "error: there is no display to open the window on (DISPLAY is not set)";
    private static final String BAD_DISPLAY = "error: the display DISPLAY=:987 cannot be opened";

    private record Run(int code, String out, String err) {
    }

    private static Run start(Path dir, String display, boolean check, String... args) throws Exception {
        assumeTrue(System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux"), "Linux start-up");
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        if (!check) {
            command.add("-D" + DesktopCheck.SKIP_PROPERTY + "=false");
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "org.basinscope.app.Main"));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().remove("WAYLAND_DISPLAY");
        pb.environment().remove("DISPLAY");
        if (display != null) {
            pb.environment().put("DISPLAY", display);
        }
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        pb.redirectOutput(out.toFile()).redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.PIPE);
        Process p = pb.start();
        p.getOutputStream().close();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("the start did not end within 120 s: " + Files.readString(err));
        }
        return new Run(p.exitValue(), Files.readString(out), Files.readString(err));
    }

    private static void assertOneLineExplanation(Run r, String... starts) {
        assertEquals(1, r.code(), r.err());
        assertEquals("", r.out());
        String err = r.err().strip();
        assertFalse(err.contains("\n"), "one line: " + err);
        assertFalse(err.contains("Exception") || err.contains("\tat "), "no stack trace: " + err);
        boolean known = false;
        for (String s : starts) {
            known |= err.startsWith(s);
        }
        assertTrue(known, err);
    }

    @Test
    void noDisplay(@TempDir Path dir) throws Exception {
        assertOneLineExplanation(start(dir, null, true), NO_DISPLAY);
        assertOneLineExplanation(start(dir, null, true, "open", "--preset", "kong-tao"), NO_DISPLAY);
    }

    @Test
    void windowCannotOpenOnThisDisplay(@TempDir Path dir) throws Exception {
        assertOneLineExplanation(start(dir, ":987", true), GTK, BAD_DISPLAY);
        assertOneLineExplanation(start(dir, ":987", true, "open"), GTK, BAD_DISPLAY);
    }

    @Test
    void theToolkitsFailureIsExplainedWhenTheCheckIsOff(@TempDir Path dir) throws Exception {
        assertOneLineExplanation(start(dir, ":987", false), GTK, BAD_DISPLAY);
        assertOneLineExplanation(start(dir, ":987", false, "open", "--run"), GTK, BAD_DISPLAY);
    }

    @Test
    void headlessCommandsNeedNoDisplay(@TempDir Path dir) throws Exception {
        Run r = start(dir, null, true, "simulate", "--particles", "10", "--steps", "5");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("{\"landscape\""), r.out());
    }
}
