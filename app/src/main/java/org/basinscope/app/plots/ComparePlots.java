package org.basinscope.app.plots;

import io.fair_acc.dataset.spi.DoubleDataSet;
import org.basinscope.app.export.Series;
import org.basinscope.engine.analysis.Histogram;
import org.basinscope.engine.live.Snapshot;

/**
 * The plots of an A/B comparison: the same quantity of both runs on one pair of axes, A in blue and
 * B in orange, so the difference is read directly.
 */
public final class ComparePlots {
    private ComparePlots() {
    }

    /** A plot fed with two snapshots. */
    public interface Pair {
        javafx.scene.Node node();

        boolean show(Snapshot a, Snapshot b);
    }

    /** Mean loss of A and B against step. */
    public static final class Loss extends ChartPanel implements Pair {
        private final DoubleDataSet a = new DoubleDataSet("A: mean f");
        private final DoubleDataSet b = new DoubleDataSet("B: mean f");
        private final AxisRange xRange = new AxisRange(xAxis, 0.5).minSpan(100).floorAtZero();
        private final AxisRange yRange = new AxisRange(yAxis, 0.3);

        public Loss() {
            super("compare-loss", "step", "mean loss f");
            title.setText("Mean loss, A vs B");
            draw(Series.Kind.LINE, "#1f5fbf", a);
            draw(Series.Kind.LINE, "#d8731a", b);
        }

        @Override
        public String exportName() {
            return "compare-loss";
        }

        @Override
        public boolean show(Snapshot s) {
            return false;
        }

        @Override
        public boolean show(Snapshot sa, Snapshot sb) {
            if (!writable(a, b)) {
                return false;
            }
            double[] ra = set(a, sa.loss());
            double[] rb = set(b, sb.loss());
            xRange.fit(Math.min(ra[0], rb[0]), Math.max(ra[1], rb[1]));
            yRange.fit(Math.min(ra[2], rb[2]), Math.max(ra[3], rb[3]));
            return true;
        }

        /** Sets the finite rows; returns {xmin, xmax, ymin, ymax}. */
        private static double[] set(DoubleDataSet d, double[][] c) {
            int n = c[0].length;
            double[] x = new double[n];
            double[] y = new double[n];
            double[] r = {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY,
                Double.NEGATIVE_INFINITY};
            int m = 0;
            for (int k = 0; k < n; k++) {
                if (Double.isFinite(c[1][k]) && Math.abs(c[1][k]) < 1e6) {
                    x[m] = c[0][k];
                    y[m] = c[1][k];
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

    /** Histogram of x of A and B, with each one's Gibbs curve. */
    public static final class Distribution extends ChartPanel implements Pair {
        private final DoubleDataSet a = new DoubleDataSet("A");
        private final DoubleDataSet b = new DoubleDataSet("B");
        private final DoubleDataSet ga = new DoubleDataSet("A: Gibbs");
        private final DoubleDataSet gb = new DoubleDataSet("B: Gibbs");
        private final AxisRange xRange = new AxisRange(xAxis, 0);
        private final AxisRange yRange = new AxisRange(yAxis, 0.4).floorAtZero();

        public Distribution() {
            super("compare-histogram", "x", "density");
            title.setText("Histogram of x, A vs B");
            draw(Series.Kind.LINE, "#1f5fbf", a);
            draw(Series.Kind.LINE, "#d8731a", b);
            draw(Series.Kind.DASHED, "#1f5fbf", ga);
            draw(Series.Kind.DASHED, "#d8731a", gb);
        }

        @Override
        public String exportName() {
            return "compare-histogram";
        }

        @Override
        public boolean show(Snapshot s) {
            return false;
        }

        @Override
        public boolean show(Snapshot sa, Snapshot sb) {
            if (!writable(a, b, ga, gb)) {
                return false;
            }
            double top = Math.max(set(a, ga, sa), set(b, gb, sb));
            Histogram h = sa.histogramX();
            xRange.set(h.lo(), h.hi());
            yRange.fit(0, top);
            return true;
        }

        private static double set(DoubleDataSet d, DoubleDataSet g, Snapshot s) {
            Histogram h = s.histogramX();
            double[] c = new double[h.bins()];
            double top = 0;
            for (int k = 0; k < c.length; k++) {
                c[k] = h.center(k);
                top = Math.max(top, h.density()[k]);
            }
            d.set(c, h.density(), c.length, true);
            if (s.gibbsX() != null) {
                g.set(c, s.gibbsX(), c.length, true);
                for (double v : s.gibbsX()) {
                    top = Math.max(top, v);
                }
            } else {
                g.clearData();
            }
            return top;
        }
    }
}
