package org.basinscope.app.plots;

import io.fair_acc.chartfx.axes.Axis;
import io.fair_acc.chartfx.renderer.ErrorStyle;
import io.fair_acc.chartfx.renderer.LineStyle;
import io.fair_acc.chartfx.renderer.spi.ErrorDataSetRenderer;
import io.fair_acc.chartfx.ui.css.DataSetNode;
import io.fair_acc.dataset.DataSet;
import io.fair_acc.dataset.DataSetError;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;

/**
 * A line with its error band (y − e₋ … y + e₊) filled in a translucent shade of the line's colour. Written here
 * because ChartFX's own error surface fills with a hatch pattern that its {@code FillPatternStyleHelper} makes by
 * {@code Node.snapshot}: a synchronous render that waits for the render thread's frame in progress (100-240 ms on two
 * cores in software rendering, issue 21's slow FX answers), and again whenever a collection has emptied its weakly
 * keyed cache and the line's colour is set anew (a restyle, presentation mode). This renderer never asks for it.
 */
final class BandRenderer extends ErrorDataSetRenderer {
    /** The band's opacity over the line colour. */
    static final double BAND_OPACITY = 0.25;
    private double[] xs = new double[0];
    private double[] ys = new double[0];

    BandRenderer() {
        setErrorStyle(ErrorStyle.NONE);
        setPolyLineStyle(LineStyle.NORMAL);
        setDrawMarker(false);
    }

    @Override
    protected void render(GraphicsContext gc, DataSet dataSet, DataSetNode style) {
        if (dataSet instanceof DataSetError errors && dataSet.getDataCount() > 1 && style.isVisible()) {
            fillBand(gc, errors, style.getLineColor());
        }
        super.render(gc, dataSet, style);
    }

    private void fillBand(GraphicsContext gc, DataSetError d, Paint line) {
        int n = d.getDataCount();
        if (xs.length < 2 * n) {
            xs = new double[2 * n];
            ys = new double[2 * n];
        }
        Axis x = xAxis;
        Axis y = yAxis;
        // Where the axis cannot place a value (a band reaching 0 on a log axis) the band is clamped to its edge.
        double floor = y.getDisplayPosition(y.getMin());
        double ceiling = y.getDisplayPosition(y.getMax());
        for (int i = 0; i < n; i++) {
            double xi = x.getDisplayPosition(d.get(DataSet.DIM_X, i));
            double yi = d.get(DataSet.DIM_Y, i);
            xs[i] = xi;
            ys[i] = place(y, yi - d.getErrorNegative(DataSet.DIM_Y, i), floor);
            xs[2 * n - 1 - i] = xi;
            ys[2 * n - 1 - i] = place(y, yi + d.getErrorPositive(DataSet.DIM_Y, i), ceiling);
        }
        gc.save();
        gc.setFill(shade(line));
        gc.fillPolygon(xs, ys, 2 * n);
        gc.restore();
    }

    private static double place(Axis y, double value, double otherwise) {
        double p = y.getDisplayPosition(value);
        return Double.isFinite(p) ? p : otherwise;
    }

    static Paint shade(Paint line) {
        return line instanceof Color c ? c.deriveColor(0, 1, 1, BAND_OPACITY) : line;
    }

    @Override
    public boolean drawLegendSymbol(DataSetNode style, Canvas canvas) {
        GraphicsContext gc = canvas.getGraphicsContext2D();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        gc.save();
        gc.setFill(shade(style.getLineColor()));
        gc.fillRect(1, 1, w - 2, h - 2);
        gc.setLineWidth(style.getLineWidth());
        gc.setLineDashes(style.getLineDashes());
        gc.setStroke(style.getLineColor());
        gc.strokeLine(1, h / 2, w - 2, h / 2);
        gc.restore();
        return true;
    }
}
