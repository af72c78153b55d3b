package org.basinscope.app;

/** Whether a graphical display is there to open a window on. */
public final class Desktop {
    private Desktop() {
    }

    public static boolean available() {
        String os = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT);
        if (os.contains("win") || os.contains("mac")) {
            return true;
        }
        String display = System.getenv("DISPLAY");
        String wayland = System.getenv("WAYLAND_DISPLAY");
        return (display != null && !display.isBlank()) || (wayland != null && !wayland.isBlank())
                || "Monocle".equals(System.getProperty("glass.platform"));
    }
}
