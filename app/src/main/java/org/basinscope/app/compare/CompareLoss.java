package org.basinscope.app.compare;

import io.fair_acc.dataset.spi.DoubleDataSet;
import org.basinscope.app.export.Series;
import org.basinscope.app.plots.AxisRange;
import org.basinscope.engine.live.Snapshot;
import org.basinscope.engine.live.probe.LiveProbes;
import org.basinscope.engine.live.probe.LossProbe;

/** Mean loss of A and B against step. */
public final class CompareLoss extends PairPlot {
    private final DoubleDataSet a = series(Series.Kind.LINE, A, "A: mean f");
    private final DoubleDataSet b = series(Series.Kind.LINE, B, "B: mean f");
    private final AxisRange xRange = AxisRange.steps(xAxis);
    private final AxisRange yRange = new AxisRange(yAxis, 0.3).floorAtZero();

    CompareLoss() {
        super("compare-loss", "Mean loss, A vs B", "step", "mean loss f");
    }

    @Override
    boolean show(Snapshot sa, Snapshot sb) {
        if (!writable(a, b)) {
            return false;
        }
        double[] ra = set(a, sa.get(LiveProbes.LOSS));
        double[] rb = set(b, sb.get(LiveProbes.LOSS));
        xRange.fit(Math.min(ra[0], rb[0]), Math.max(ra[1], rb[1]));
        yRange.fit(Math.min(ra[2], rb[2]), Math.max(ra[3], rb[3]));
        return true;
    }

    /** Sets the finite rows; returns {xmin, xmax, ymin, ymax}. */
    private static double[] set(DoubleDataSet d, LossProbe.History c) {
        int n = c.length();
        double[] x = new double[n];
        double[] y = new double[n];
        double[] r = {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY,
            Double.NEGATIVE_INFINITY};
        int m = 0;
        for (int k = 0; k < n; k++) {
            if (Double.isFinite(c.mean()[k]) && Math.abs(c.mean()[k]) < 1e6) {
                x[m] = c.step()[k];
                y[m] = c.mean()[k];
                r[0] = Math.min(r[0], x[m]);
                r[1] = Math.max(r[1], x[m]);
                r[2] = Math.min(r[2], y[m]);
                r[3] = Math.max(r[3], y[m]);
                m++;
            }
        }
        d.set(x, y, m, false);
        return r;
    }
}
