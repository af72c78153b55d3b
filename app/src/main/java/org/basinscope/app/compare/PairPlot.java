package org.basinscope.app.compare;

import org.basinscope.app.plots.ChartPanel;
import org.basinscope.app.plots.LivePlot;
import org.basinscope.engine.live.Snapshot;

/**
 * A plot of an A/B comparison: the same quantity of both runs on one pair of axes, A in blue and B in
 * orange, so the difference is read directly. Fed with both snapshots, never with one.
 */
abstract class PairPlot extends ChartPanel implements LivePlot {
    static final String A = org.basinscope.app.views.Palette.BLUE;
    static final String B = org.basinscope.app.views.Palette.ORANGE;

    PairPlot(String name, String title, String xName, String yName) {
        super(name, name, title, xName, yName);
    }

    /** Draws run A's and run B's frames; false if the data sets could not take new data this pulse. */
    abstract boolean show(Snapshot a, Snapshot b);

    @Override
    public final boolean show(Snapshot s) {
        return false;
    }
}
