package org.basinscope.app.window;

import org.basinscope.app.controls.ControlPanel;
import org.basinscope.app.presets.LessonPanel;
import org.basinscope.app.views.ReadoutsPanel;
import org.basinscope.app.views.landscape.LandscapeView;
import org.basinscope.engine.live.LiveSimulation;

/**
 * The main window's parts that its jobs (the frame loop, sessions and lessons, export) work with.
 *
 * @param simulation the run, on its own thread
 * @param controls   the control column
 * @param landscape  the landscape view
 * @param readouts   the numbers under it
 * @param tabs       the plot tabs
 * @param overlay    the basins/FTLE bar and picture over the landscape
 * @param notices    the banner and the notice that float over the content
 * @param lesson     the lesson panel
 */
record Parts(LiveSimulation simulation, ControlPanel controls, LandscapeView landscape, ReadoutsPanel readouts,
        PlotTabsPane tabs, OverlayBar overlay, Notices notices, LessonPanel lesson) {
}
