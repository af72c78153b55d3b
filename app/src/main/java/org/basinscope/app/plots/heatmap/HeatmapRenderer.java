package org.basinscope.app.plots.heatmap;

import io.fair_acc.chartfx.XYChart;
import io.fair_acc.chartfx.axes.Axis;
import io.fair_acc.chartfx.axes.spi.AxisRange;
import io.fair_acc.chartfx.renderer.spi.AbstractRenderer;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;

/**
 * Draws a grid sweep's cells as coloured rectangles on a ChartFX chart's canvas, between the cell edges
 * ({@link GridCells#edges}) mapped through the chart's axes, so log axes and zoom work as for any data set, in the
 * colours of {@link ColorScale#cellArgb} (grey for cells not in yet or diverged). Holds no data set: the cells are handed
 * over whole ({@link #setCells}, FX thread), and the axes' ranges are set by the plot, not fitted here.
 */
public final class HeatmapRenderer extends AbstractRenderer<HeatmapRenderer> {
    private GridCells cells;
    private double[] xEdges;
    private double[] yEdges;
    private ColorScale scale = new ColorScale(0, 1, false);

    /** Draws {@code next} with {@code colours} at the next redraw (FX thread). */
    public void setCells(GridCells next, ColorScale colours) {
        if (cells == null || next.x() != cells.x() || next.y() != cells.y()) {
            xEdges = GridCells.edges(next.x());
            yEdges = GridCells.edges(next.y());
        }
        cells = next;
        scale = colours;
        invalidateCanvas();
    }

    @Override
    public void render() {
        if (cells == null || !(getChart() instanceof XYChart chart)) {
            return;
        }
        Axis xAxis = chart.getXAxis();
        Axis yAxis = chart.getYAxis();
        GraphicsContext g = chart.getCanvas().getGraphicsContext2D();
        double[] xs = new double[xEdges.length];
        double[] ys = new double[yEdges.length];
        for (int k = 0; k < xs.length; k++) {
            xs[k] = xAxis.getDisplayPosition(xEdges[k]);
        }
        for (int k = 0; k < ys.length; k++) {
            ys[k] = yAxis.getDisplayPosition(yEdges[k]);
        }
        for (int i = 0; i + 1 < xs.length; i++) {
            for (int j = 0; j + 1 < ys.length; j++) {
                g.setFill(colour(i, j));
                // Rounded out to whole pixels, so neighbouring cells meet without hairline gaps.
                double x0 = Math.floor(Math.min(xs[i], xs[i + 1]));
                double y0 = Math.floor(Math.min(ys[j], ys[j + 1]));
                g.fillRect(x0, y0, Math.ceil(Math.max(xs[i], xs[i + 1])) - x0,
                        Math.ceil(Math.max(ys[j], ys[j + 1])) - y0);
            }
        }
    }

    /** The colour cell (i, j) is drawn in. */
    Color colour(int i, int j) {
        int argb = scale.cellArgb(cells.filled(i, j), cells.mean(i, j));
        return Color.rgb((argb >> 16) & 0xff, (argb >> 8) & 0xff, argb & 0xff);
    }

    @Override
    public void updateAxisRange(Axis axis, AxisRange range) {
        // The plot sets its axes' ranges to the cell edges itself.
    }

    @Override
    protected HeatmapRenderer getThis() {
        return this;
    }
}
