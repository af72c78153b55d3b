package org.basinscope.app.plots;

import org.basinscope.engine.live.Snapshot;

/** A plot fed from the planar run's snapshots on the FX thread. */
public interface LivePlot extends ChartView {
    /**
     * Shows the snapshot's data. Called on the FX thread once per new snapshot; must return quickly
     * and never wait on the simulation. Returns false if the plot could not take new data this pulse
     * (its data sets were still locked by the chart's own layout) and wants the next snapshot instead.
     */
    boolean show(Snapshot s);
}
