package org.basinscope.app.plots;

import javafx.scene.Node;
import org.basinscope.app.export.Csv;
import org.basinscope.app.export.Drawing;
import org.basinscope.app.export.Exportable;
import org.basinscope.app.export.PlotData;
import org.basinscope.app.export.PlotDrawing;
import org.basinscope.engine.live.Snapshot;

/** A plot fed from simulation snapshots on the FX thread. */
public interface LivePlot extends Exportable {
    /** The node to place in the window. */
    Node node();

    /**
     * Shows the snapshot's data. Called on the FX thread once per new snapshot; must return quickly
     * and never wait on the simulation. Returns false if the plot could not take new data this pulse
     * (its data sets were still locked by the chart's own layout) and wants the next snapshot instead.
     */
    boolean show(Snapshot s);

    /** Larger fonts and thicker lines for a projector. */
    default void setPresentation(boolean on) {
    }

    /** The data as drawn now, for CSV and SVG export (FX thread). */
    PlotData data();

    @Override
    default java.util.function.Supplier<String> csvLater() {
        PlotData d = data();
        return () -> Csv.of(d);
    }

    @Override
    default Drawing drawing() {
        PlotData d = data();
        return (pen, box, style) -> PlotDrawing.draw(pen, d, box, style);
    }
}
