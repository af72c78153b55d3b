package org.basinscope.app.compare;

import io.fair_acc.dataset.spi.DoubleDataSet;
import org.basinscope.app.export.Series;
import org.basinscope.app.plots.AxisRange;
import org.basinscope.engine.analysis.Histogram;
import org.basinscope.engine.live.Snapshot;
import org.basinscope.engine.live.probe.DistributionProbe;
import org.basinscope.engine.live.probe.LiveProbes;

/** Histogram of x of A and B, with each one's Gibbs curve. */
public final class CompareDistribution extends PairPlot {
    private final DoubleDataSet a = series(Series.Kind.LINE, A, "A");
    private final DoubleDataSet b = series(Series.Kind.LINE, B, "B");
    private final DoubleDataSet ga = series(Series.Kind.DASHED, A, "A: Gibbs");
    private final DoubleDataSet gb = series(Series.Kind.DASHED, B, "B: Gibbs");
    private final AxisRange xRange = new AxisRange(xAxis, 0);
    private final AxisRange yRange = new AxisRange(yAxis, 0.4).fromZero();

    CompareDistribution() {
        super("compare-histogram", "Histogram of x, A vs B", "x", "density");
    }

    @Override
    boolean show(Snapshot sa, Snapshot sb) {
        if (!writable(a, b, ga, gb)) {
            return false;
        }
        double top = Math.max(set(a, ga, sa), set(b, gb, sb));
        Histogram h = sa.get(LiveProbes.DISTRIBUTION).x();
        xRange.set(h.lo(), h.hi());
        yRange.fit(0, top);
        return true;
    }

    private static double set(DoubleDataSet d, DoubleDataSet g, Snapshot s) {
        DistributionProbe.Distribution dist = s.get(LiveProbes.DISTRIBUTION);
        Histogram h = dist.x();
        double[] c = new double[h.bins()];
        double top = 0;
        for (int k = 0; k < c.length; k++) {
            c[k] = h.center(k);
            top = Math.max(top, h.density()[k]);
        }
        d.set(c, h.density(), c.length, true);
        if (dist.gibbsX() != null) {
            g.set(c, dist.gibbsX(), c.length, true);
            for (double v : dist.gibbsX()) {
                top = Math.max(top, v);
            }
        } else {
            g.clearData();
        }
        return top;
    }
}
