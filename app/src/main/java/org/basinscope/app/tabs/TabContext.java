package org.basinscope.app.tabs;

import org.basinscope.app.controls.ControlPanel;
import org.basinscope.app.jobs.AnalysisJobs;
import org.basinscope.app.views.landscape.LandscapeView;

/**
 * What a tab may use of the window it lives in.
 *
 * @param jobs      background analyses (one thread, jobs by name, progress on the FX thread)
 * @param landscape the landscape view, for what a tab draws over it (a minimum-energy path)
 * @param controls  the run's controls, for what a tab sets in the run (η from a click on a diagram)
 */
public record TabContext(AnalysisJobs jobs, LandscapeView landscape, ControlPanel controls) {
}
