package org.basinscope.app.commands;

import java.util.Set;
import org.basinscope.app.tabs.PlotTabs;
import org.basinscope.engine.session.Session;
import org.basinscope.engine.spec.InvalidInputException;
import picocli.CommandLine.Option;

/** How a windowed command ({@code render}, {@code record}) lays out the off-screen window. */
public final class WindowOptions {
    @Option(names = "--presentation", description = "Draw in presentation mode (large fonts, thick lines).")
    boolean presentation;

    @Option(names = "--plots", paramLabel = "TAB", description = "Plot tab to show: ${bundle:tabs} (default: the "
            + "session's or lesson's, else the first).")
    String plots;

    @Option(names = "--overlay", defaultValue = "none", description = "Over the landscape: none, basins or ftle (default ${DEFAULT-VALUE}).")
    String overlay;

    @Option(names = "--width", defaultValue = "1600", description = "Window width in pixels (default ${DEFAULT-VALUE}).")
    int width;

    @Option(names = "--height", defaultValue = "1000", description = "Window height in pixels (default ${DEFAULT-VALUE}).")
    int height;

    void validate() {
        if (width < 400 || width > 8000 || height < 300 || height > 8000) {
            throw new InvalidInputException("--width/--height " + width + "×" + height
                    + " outside the allowed range [400, 8000] × [300, 8000]");
        }
        if (plots != null && !PlotTabs.ids().contains(plots)) {
            throw new InvalidInputException("--plots '" + plots + "' is not valid; valid: " + String.join(", ",
                    PlotTabs.ids()));
        }
        if (!Set.of("none", "basins", "ftle").contains(overlay)) {
            throw new InvalidInputException("--overlay '" + overlay + "' is not valid; valid: none, basins, ftle");
        }
    }

    /** The plot tab to show: the one asked for, else the session's, else the first. */
    String tab(Session s) {
        return plots != null ? plots : s.view().getOrDefault("plots", PlotTabs.ids().get(0));
    }
}
