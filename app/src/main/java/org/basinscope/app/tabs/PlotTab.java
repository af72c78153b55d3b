package org.basinscope.app.tabs;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javafx.scene.Node;
import org.basinscope.app.plots.LivePlot;
import org.basinscope.engine.live.Snapshot;

/**
 * One tab of plots in the main window's right column (live plots, chaos, escape lab, sweeps, ...).
 *
 * <p><b>Extension contract.</b> Write one class implementing this interface, give it a {@link Kind}
 * (its id, title and what {@code render --plots ID} does first) and add that kind to {@link PlotTabs}.
 * The window then shows it, feeds its plots while it is shown, restyles it for presentation mode,
 * exports its plots, saves which tab was open in sessions, and {@code render --plots ID} draws it.
 *
 * <p>Threads: every method runs on the FX thread. {@link #pulse} must return quickly; long work goes to
 * the window's {@code AnalysisJobs} and reports back there.
 */
public interface PlotTab {

    /**
     * What a tab is, before it is built (the command line validates and lists tabs without JavaFX).
     *
     * @param id       its name in sessions, lessons and {@code render --plots}
     * @param title    the tab's header
     * @param onRender what {@code render --plots ID} does before the picture, or "" for nothing
     * @param factory  builds the tab (FX thread)
     */
    record Kind(String id, String title, String onRender, Function<TabContext, PlotTab> factory) {
    }

    Kind kind();

    default String id() {
        return kind().id();
    }

    /** What the tab shows: its plots, with any fields or buttons above them. */
    Node content();

    /** Its plots, in the order shown; the shown tab's are fed every frame and exported. */
    List<LivePlot> plots();

    /**
     * Called every pulse with the snapshot the views show (null before the first), whether or not the tab
     * is shown: keep background analyses in step with the run.
     */
    default void pulse(Snapshot s) {
    }

    /** What {@code render --plots ID} runs once the run is in place, before the picture is taken. */
    default void prepareRender() {
    }

    /** True when the tab's background work is done (a scripted render waits for it). */
    default boolean settled() {
        return true;
    }

    /** Writes the view settings this tab owns into a session's {@code view} map. */
    default void saveView(Map<String, String> view) {
    }

    /** Takes the view settings it owns from a session's {@code view} map (absent keys: its defaults). */
    default void loadView(Map<String, String> view) {
    }
}
