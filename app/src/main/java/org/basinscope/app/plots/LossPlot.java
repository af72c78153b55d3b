package org.basinscope.app.plots;

import io.fair_acc.chartfx.renderer.LineStyle;
import io.fair_acc.dataset.spi.DoubleDataSet;
import io.fair_acc.dataset.spi.DoubleErrorDataSet;
import org.basinscope.engine.live.Snapshot;

/** Loss against step: the ensemble mean with its 10–90% band, and the highlighted particle 0. */
public final class LossPlot extends ChartPanel {
    private final DoubleErrorDataSet mean = new DoubleErrorDataSet("mean f  (band: 10–90%)");
    private final DoubleDataSet highlighted = new DoubleDataSet("particle 0");
    private final AxisRange xRange = new AxisRange(xAxis, 0.5).minSpan(100).floorAtZero();
    private final AxisRange yRange = new AxisRange(yAxis, 0.3);

    public LossPlot() {
        super("loss-plot", "step", "loss f");
        title.setText("Loss vs step");
        subtitle.setText("band from the 10% and 90% quantiles of f over (up to 10⁴ of) the live particles");
        mean.setStyle("-fx-line-color: #1f5fbf; -fx-line-width: 2;");
        highlighted.setStyle("-fx-line-color: #e04a2f; -fx-line-width: 1.5;");
        band(mean);
        lines(LineStyle.NORMAL, false, highlighted);
    }

    @Override
    public boolean show(Snapshot s) {
        if (!writable(mean, highlighted)) {
            return false;
        }
        double[][] c = s.loss();
        int n = c[0].length;
        double[] low = new double[n];
        double[] high = new double[n];
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < n; k++) {
            low[k] = Math.max(0, c[1][k] - c[2][k]);
            high[k] = Math.max(0, c[3][k] - c[1][k]);
            min = Math.min(min, Math.min(c[2][k], c[4][k]));
            max = Math.max(max, Math.max(c[3][k], c[4][k]));
        }
        if (n > 0) {
            xRange.fit(c[0][0], c[0][n - 1]);
            yRange.fit(min, max);
        }
        mean.set(c[0], c[1], low, high, n, true);
        highlighted.set(c[0], c[4], n, true);
        return true;
    }
}
