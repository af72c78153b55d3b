package org.basinscope.app.plots;

import io.fair_acc.chartfx.axes.Axis;
import io.fair_acc.chartfx.plugins.DataPointTooltip;
import io.fair_acc.chartfx.renderer.Renderer;
import io.fair_acc.dataset.DataSet;
import io.fair_acc.dataset.GridDataSet;
import java.util.stream.Stream;
import javafx.geometry.Point2D;
import org.basinscope.app.controls.Display;

/**
 * ChartFX's data-point tooltip, naming the series and the point's x and y. The base
 * class looks for a renderer's axes in {@code renderer.getAxes()}, which ChartFX 11.3 leaves empty for
 * renderers on the chart's own axes, and so never finds a point; this one measures distances on the
 * chart's axes. Our renderers do not assume sorted data (phase portraits, cobwebs), so every point is
 * looked at on each mouse move: in one loop with no object per point, and a label only for the nearest.
 */
final class PointTooltip extends DataPointTooltip {
    private final Axis xAxis;
    private final Axis yAxis;

    PointTooltip(Axis xAxis, Axis yAxis) {
        super(8);
        this.xAxis = xAxis;
        this.yAxis = yAxis;
    }

    @Override
    protected Stream<DataPoint> getPointsCloseToCursor(DataSet set, Renderer renderer, Point2D mouse) {
        if (set instanceof GridDataSet) {
            // A heat map's cells: the crosshair reads their coordinates.
            return Stream.empty();
        }
        DataPoint p = set.lock().readLockGuard(() -> nearest(set, renderer, mouse));
        return p == null ? Stream.empty() : Stream.of(p);
    }

    private DataPoint nearest(DataSet set, Renderer renderer, Point2D mouse) {
        int best = -1;
        double bestDistance = getPickingDistance();
        for (int i = 0, n = set.getDataCount(); i < n; i++) {
            double d = Math.hypot(xAxis.getDisplayPosition(set.get(DataSet.DIM_X, i)) - mouse.getX(),
                    yAxis.getDisplayPosition(set.get(DataSet.DIM_Y, i)) - mouse.getY());
            if (d <= bestDistance) {
                best = i;
                bestDistance = d;
            }
        }
        if (best < 0) {
            return null;
        }
        double x = set.get(DataSet.DIM_X, best);
        double y = set.get(DataSet.DIM_Y, best);
        return new DataPoint(renderer, x, y, set.getName(), bestDistance)
                .withFormattedLabel(label(set.getName(), x, y));
    }

    /** True while the tooltip is shown (its label is the plugin's only node on the chart). */
    boolean shown() {
        return !getChartChildren().isEmpty();
    }

    /**
     * The tooltip's text: the series, then the point (x, y). Two short lines: the axes' names ("learning rate
     * η", "x (after the transient)") are on the axes, and a label too wide or tall for a small plot is cut.
     */
    static String label(String series, double x, double y) {
        return series + "\n(" + Display.number(x) + ", " + Display.number(y) + ")";
    }
}
