package org.basinscope.app;

import org.basinscope.app.startup.DesktopCheck;

/** Whether a graphical display is there to open a window on. */
public final class Desktop {
    private Desktop() {
    }

    public static boolean available() {
        return DesktopCheck.hasDisplay(DesktopCheck.Environment.current());
    }
}
