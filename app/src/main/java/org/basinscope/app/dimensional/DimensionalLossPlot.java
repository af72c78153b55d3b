package org.basinscope.app.dimensional;

import io.fair_acc.dataset.spi.DoubleDataSet;
import org.basinscope.app.controls.Display;
import org.basinscope.app.export.Series;
import org.basinscope.app.plots.AxisRange;
import org.basinscope.app.plots.ChartPanel;
import org.basinscope.app.plots.ColumnEnvelope;
import org.basinscope.app.views.Palette;
import org.basinscope.engine.live.dimensional.DimensionalSnapshot;

/** The cloud's mean loss against step in a d-dimensional run, with the training accuracy where there is one. */
public final class DimensionalLossPlot extends ChartPanel implements DimensionalPlot {
    private final DoubleDataSet mean = series(Series.Kind.LINE, Palette.BLUE, "mean f");
    private final AxisRange xRange = AxisRange.steps(xAxis);
    private final AxisRange yRange = new AxisRange(yAxis, 0.3).floorAtZero();

    public DimensionalLossPlot() {
        super("dimensional-loss-plot", "loss", "Loss vs step", "step", "mean loss f");
    }

    @Override
    public boolean show(DimensionalSnapshot s) {
        if (!writable(mean)) {
            return false;
        }
        double[] steps = s.loss()[0];
        double[] f = s.loss()[1];
        double[] xs = new double[steps.length];
        double[] ys = new double[steps.length];
        int m = 0;
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int t = 0; t < steps.length; t++) {
            if (Double.isFinite(f[t]) && Math.abs(f[t]) <= 1e6) {
                xs[m] = steps[t];
                ys[m++] = f[t];
                lo = Math.min(lo, f[t]);
                hi = Math.max(hi, f[t]);
            }
        }
        if (steps.length > 0) {
            xRange.fit(steps[0], Math.max(steps[steps.length - 1], steps[0] + 1));
        }
        // Up to 4000 rows: drawn thinned to their envelope per pixel column (ChartFX draws ~0.45 M points/s here).
        double[] dx = new double[m];
        double[] dy = new double[m];
        int d = ColumnEnvelope.reduce(xs, ys, m, xAxis.getMin(), xAxis.getMax(), (int) Math.floor(xAxis.getWidth()),
                dx, dy);
        mean.set(dx, dy, d, true);
        if (m > 0) {
            yRange.fit(lo, hi);
        }
        subtitle.setText("mean f = " + Display.number(s.stats().meanLoss())
                + (Double.isFinite(s.accuracy()) ? ", training accuracy " + Display.number(100 * s.accuracy()) + " %"
                        : ""));
        return true;
    }
}
