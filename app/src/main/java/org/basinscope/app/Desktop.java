package org.basinscope.app;

import org.basinscope.app.startup.DesktopCheck;

/** Whether a graphical display is there to open a window on. */
final class Desktop {
    private Desktop() {
    }

    static boolean available() {
        return DesktopCheck.hasDisplay(DesktopCheck.Environment.current());
    }
}
