package org.basinscope.app.dimensional;

import org.basinscope.app.plots.ChartView;
import org.basinscope.engine.live.dimensional.DimensionalSnapshot;

/** A chart fed from a d-dimensional run's snapshots on the FX thread (the planar counterpart: LivePlot). */
public interface DimensionalPlot extends ChartView {
    /**
     * Shows the snapshot's data; returns quickly and never waits on the run. Returns false if the chart's data
     * sets were still locked by its own layout this pulse (it wants the next snapshot instead).
     */
    boolean show(DimensionalSnapshot s);
}
