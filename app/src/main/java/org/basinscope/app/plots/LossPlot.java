package org.basinscope.app.plots;

import io.fair_acc.dataset.spi.DoubleDataSet;
import io.fair_acc.dataset.spi.DoubleErrorDataSet;
import org.basinscope.app.export.Series;
import org.basinscope.app.views.Palette;
import org.basinscope.engine.live.Snapshot;
import org.basinscope.engine.live.probe.LiveProbes;
import org.basinscope.engine.live.probe.LossProbe;

/** Loss against step: the ensemble mean with its 10–90% band, and the highlighted particle 0. */
public final class LossPlot extends ChartPanel implements LivePlot {
    private final DoubleErrorDataSet mean = new DoubleErrorDataSet("mean f  (band: 10–90%)");
    private final DoubleDataSet highlighted = new DoubleDataSet("particle 0");
    private final AxisRange xRange = AxisRange.steps(xAxis);
    /** f has no sign in general (Müller–Brown's wells are at −147); where it is ≥ 0 the axis does not go below 0. */
    private final AxisRange yRange = new AxisRange(yAxis, 0.3).floorAtZero();
    private final javafx.scene.control.CheckBox logY = logYToggle(false, this::replot);
    /** The snapshot shown last, drawn again when the axis turns log or linear while the run is paused. */
    private Snapshot last;
    /** Particle 0's whole loss history (steps, f; the first {@code highlightedCount}), for export. */
    private double[] highlightedSteps = new double[0];
    private double[] highlightedLoss = new double[0];
    private int highlightedCount;

    public LossPlot() {
        super("loss-plot", "loss", "Loss vs step", "step", "loss f");
        subtitle.setText("band from the 10% and 90% quantiles of f over (up to 10⁴ of) the live particles");
        draw(Series.Kind.BAND, Palette.BLUE, mean);
        draw(Series.Kind.LINE, Palette.VERMILLION, highlighted);
    }

    /**
     * Losses of particles on their way to diverging reach 10²⁰ and more; the axis ignores values beyond
     * ±{@value #AXIS_LIMIT} so the rest of the history stays readable (they are drawn off the top).
     */
    private static final double AXIS_LIMIT = 1e6;

    @Override
    public boolean show(Snapshot s) {
        if (!writable(mean, highlighted)) {
            return false;
        }
        last = s;
        LossProbe.History c = s.get(LiveProbes.LOSS);
        int n = c.length();
        // ChartFX must never see NaN (it stops drawing the chart): rows without live particles are left out.
        double[] steps = new double[n];
        double[] mid = new double[n];
        double[] low = new double[n];
        double[] high = new double[n];
        double[] hs = new double[n];
        double[] hv = new double[n];
        int m = 0;
        int h = 0;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        double minPositive = Double.POSITIVE_INFINITY;
        for (int k = 0; k < n; k++) {
            if (Double.isFinite(c.mean()[k]) && Double.isFinite(c.q10()[k]) && Double.isFinite(c.q90()[k])) {
                steps[m] = c.step()[k];
                mid[m] = c.mean()[k];
                low[m] = Math.max(0, c.mean()[k] - c.q10()[k]);
                high[m] = Math.max(0, c.q90()[k] - c.mean()[k]);
                m++;
            }
            if (Double.isFinite(c.particle0()[k])) {
                hs[h] = c.step()[k];
                hv[h] = c.particle0()[k];
                h++;
            }
            for (double v : new double[] {c.q10()[k], c.q90()[k], c.particle0()[k]}) {
                if (Math.abs(v) <= AXIS_LIMIT) {
                    min = Math.min(min, v);
                    max = Math.max(max, v);
                    if (v > 0) {
                        minPositive = Math.min(minPositive, v);
                    }
                }
            }
        }
        // A log axis cannot show f < 0; the box is off and greyed while the history has such values.
        boolean negative = min < 0;
        logY.setDisable(negative);
        if (negative && logY.isSelected()) {
            logY.setSelected(false);
        }
        if (n > 0) {
            xRange.fit(c.step()[0], c.step()[n - 1]);
            yRange.fit(yAxis.isLogAxis() ? minPositive : min, max);
        }
        if (yAxis.isLogAxis()) {
            // f = 0 (a particle at the minimum) has no place on a log axis: drawn on its bottom edge.
            double floor = yRange.min();
            for (int k = 0; k < m; k++) {
                double q10 = Math.max(floor, mid[k] - low[k]);
                mid[k] = Math.max(floor, mid[k]);
                low[k] = mid[k] - Math.min(q10, mid[k]);
                high[k] = Math.max(0, Math.max(floor, mid[k] + high[k]) - mid[k]);
            }
        }
        mean.set(steps, mid, low, high, m, true);
        // Particle 0's loss is a zigzag of up to 2000 steps: drawn thinned to its envelope per pixel
        // column of the range shown (a zoomed one too), exported whole.
        highlightedSteps = hs;
        highlightedLoss = hv;
        highlightedCount = h;
        double[] ds = new double[h];
        double[] dv = new double[h];
        int columns = (int) Math.floor(xAxis.getWidth());
        int d = ColumnEnvelope.reduce(hs, hv, h, xAxis.getMin(), xAxis.getMax(), columns, ds, dv);
        if (yAxis.isLogAxis()) {
            for (int k = 0; k < d; k++) {
                dv[k] = Math.max(yRange.min(), dv[k]);
            }
        }
        highlighted.set(ds, dv, d, true);
        return true;
    }

    private void replot() {
        yRange.reset();
        if (last != null) {
            show(last);
        }
    }

    @Override
    protected double[][] fullSeries(io.fair_acc.dataset.DataSet set) {
        return set != highlighted ? null : new double[][] {java.util.Arrays.copyOf(highlightedSteps, highlightedCount),
            java.util.Arrays.copyOf(highlightedLoss, highlightedCount)};
    }
}
