package org.basinscope.app.tabs;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The plot tabs of the main window, in order: one line each. To add a tab, write a {@link PlotTab} with
 * its {@link PlotTab.Kind} and add the kind here.
 */
public final class PlotTabs {
    private static final List<PlotTab.Kind> KINDS = List.of(LiveTab.KIND, ChaosTab.KIND, EscapeTab.KIND, SweepsTab.KIND);

    private PlotTabs() {
    }

    public static List<PlotTab.Kind> kinds() {
        return KINDS;
    }

    /** The tabs' ids, in order. */
    public static List<String> ids() {
        return KINDS.stream().map(PlotTab.Kind::id).toList();
    }

    /** The ids with what render does first, for help texts: {@code live, chaos, escape (runs …), sweeps (…)}. */
    public static String describe() {
        return KINDS.stream().map(k -> k.onRender().isEmpty() ? k.id() : k.id() + " (" + k.onRender() + ")")
                .collect(Collectors.joining(", "));
    }
}
