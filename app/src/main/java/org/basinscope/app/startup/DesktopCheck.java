package org.basinscope.app.startup;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * What opening the window needs from the system, checked before JavaFX starts so that a missing piece
 * is one line saying what is missing and what to do, not a toolkit stack trace: a display, and on Linux
 * the GTK 3 library JavaFX's window toolkit (glass) is built on. {@link #explain} recognises the
 * toolkit's own failures for the cases the check cannot see (a display that cannot be opened, a GTK
 * the check thought was there). Headless commands ({@code render}, {@code simulate}, ...) need neither.
 */
public final class DesktopCheck {
    /** The library the window needs on Linux (JavaFX 21's glass has no GTK 2 fallback). */
    public static final String GTK_LIBRARY = "libgtk-3.so.0";
    /** Set to {@code false} to skip the check (if it is wrong about a system; the toolkit then decides). */
    public static final String SKIP_PROPERTY = "basinscope.desktopCheck";

    private static final String HEADLESS = "or use the headless commands, e.g. 'basinscope render --out window.png' "
            + "(see basinscope --help)";

    private DesktopCheck() {
    }

    /**
     * What the check reads, injectable for tests.
     *
     * @param osName {@code os.name}
     * @param env environment variables
     * @param glassPlatform the {@code glass.platform} property ({@code Monocle}: headless, no display needed)
     * @param absentLibrary whether a shared library is known to be absent (true only when sure)
     */
    public record Environment(String osName, Function<String, String> env, String glassPlatform,
            Predicate<String> absentLibrary) {

        /** This process's. */
        public static Environment current() {
            return new Environment(System.getProperty("os.name", ""), System::getenv,
                    System.getProperty("glass.platform"), soname -> SharedLibraries.system(
                            System.getenv("LD_LIBRARY_PATH"), System.getProperty("os.arch")).find(soname)
                            == SharedLibraries.Found.NO);
        }

        boolean linuxLike() {
            String os = osName.toLowerCase(Locale.ROOT);
            return !(os.contains("win") || os.contains("mac") || os.contains("darwin"));
        }

        boolean headlessPlatform() {
            return "Monocle".equals(glassPlatform);
        }
    }

    /** Whether there is a display to open a window on (always on Windows and macOS). */
    public static boolean hasDisplay(Environment e) {
        if (!e.linuxLike() || e.headlessPlatform()) {
            return true;
        }
        return !blank(e.env().apply("DISPLAY")) || !blank(e.env().apply("WAYLAND_DISPLAY"));
    }

    /** Empty when the window can be opened, as far as can be told; else the one-line explanation. */
    public static Optional<String> problem(Environment e) {
        if (!e.linuxLike() || e.headlessPlatform()) {
            return Optional.empty();
        }
        if (!hasDisplay(e)) {
            return Optional.of(noDisplay());
        }
        if (e.absentLibrary().test(GTK_LIBRARY)) {
            return Optional.of(gtkMissing());
        }
        return Optional.empty();
    }

    /** {@link #problem} for this process, unless {@code -Dbasinscope.desktopCheck=false}. */
    public static Optional<String> problem() {
        if ("false".equalsIgnoreCase(System.getProperty(SKIP_PROPERTY))) {
            return Optional.empty();
        }
        return problem(Environment.current());
    }

    public static String noDisplay() {
        return "there is no display to open the window on (DISPLAY is not set): start it from a desktop session or "
                + "under xvfb-run, " + HEADLESS;
    }

    public static String displayUnusable(String display) {
        return "the display " + (blank(display) ? "" : "DISPLAY=" + display + " ") + "cannot be opened: start it "
                + "from a desktop session (over ssh: ssh -X) or under xvfb-run, " + HEADLESS;
    }

    public static String gtkMissing() {
        return "GTK 3 is missing (the window needs " + GTK_LIBRARY + "): install it with "
                + "'sudo apt-get install libgtk-3-0' (Debian, Ubuntu), 'sudo dnf install gtk3' (Fedora, RHEL), "
                + "'sudo zypper install libgtk-3-0' (openSUSE) or 'sudo pacman -S gtk3' (Arch), " + HEADLESS;
    }

    /**
     * The one-line explanation of a failure of the toolkit's start that the check knows (GTK 3 could not be
     * loaded, the display could not be opened), looked for along the cause chain; empty for anything else.
     */
    public static Optional<String> explain(Throwable failure, Function<String, String> env) {
        Throwable t = failure;
        for (int depth = 0; t != null && depth < 32; depth++, t = t.getCause()) {
            if (t instanceof UnsupportedOperationException && t.getMessage() != null) {
                String m = t.getMessage();
                if (m.contains("Unable to load glass GTK library")) {
                    return Optional.of(gtkMissing());
                }
                if (m.contains("Unable to open DISPLAY")) {
                    return Optional.of(displayUnusable(env.apply("DISPLAY")));
                }
            }
        }
        return Optional.empty();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
