package org.basinscope.app.plots;

import javafx.scene.Node;
import org.basinscope.app.export.Csv;
import org.basinscope.app.export.Drawing;
import org.basinscope.app.export.Exportable;
import org.basinscope.app.export.PlotData;
import org.basinscope.app.export.PlotDrawing;

/**
 * A chart in the window, whatever feeds it: the planar run's snapshots ({@link LivePlot}) or a d-dimensional
 * run's ({@link org.basinscope.app.dimensional.DimensionalPlot}). What is common is how it is placed, styled for
 * a projector and exported.
 */
public interface ChartView extends Exportable {
    /** The node to place in the window. */
    Node node();

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
