package org.basinscope.app.plots;

import io.fair_acc.dataset.DataSet;
import io.fair_acc.dataset.spi.DoubleDataSet;
import javafx.scene.control.CheckBox;
import org.basinscope.app.export.Series;
import org.basinscope.app.views.Palette;
import org.basinscope.engine.analysis.Sweep;
import org.basinscope.engine.live.Snapshot;

/**
 * A readout against η, B, T or η along η/B = const (seed 001: the phase-transition sweep and the linear
 * scaling rule), one run per point, computed in the background. Each point is a marker on the line through
 * them; a point whose runs diverged (no readout) is a cross at the top of the plot, never a value. A log x axis
 * when the values span decades; log y (a check box) starts on when the readouts are positive and span two
 * decades or more, so one huge value (3·10⁷ at the stability edge) does not flatten the rest.
 */
public final class SweepPlot extends ChartPanel implements LivePlot {
    /** Where a diverged point's cross sits: this fraction of the way up the y range (inside, so it is whole). */
    static final double DIVERGED_HEIGHT = 0.95;
    private final DoubleDataSet joined = series(Series.Kind.LINE, Palette.BLUE, "line through the points");
    private final DoubleDataSet points = series(Series.Kind.MARKERS, Palette.BLUE, "readout at the end of each run");
    private final DoubleDataSet diverged = series(Series.Kind.MARKERS, Palette.VERMILLION, "diverged");
    /** Made anew for each result: whether the range starts at 0 depends on the readout. */
    private AxisRange yRange = new AxisRange(yAxis, 0);
    private final CheckBox logY = logYToggle(false, this::redraw);
    private Sweep.Result result;

    public SweepPlot() {
        super("sweep-plot", "sweep", "Sweep", "parameter", "readout");
        subtitle.setText("choose what to vary and what to read, then Run sweep");
        unlisted(joined);
        markerType(diverged, "cross");
        setListed(diverged, false);
    }

    @Override
    protected double markerSize(DataSet set) {
        return set == diverged ? 7 : set == points ? 4 : 1.2;
    }

    public void setResult(Sweep.Result r, String description) {
        if (!writable(joined, points, diverged)) {
            return;
        }
        result = r;
        double[] x = r.values();
        xAxis.setLogAxis(x.length > 1 && x[0] > 0 && x[x.length - 1] / x[0] > 20);
        xAxis.setName(switch (r.knob()) {
            case ETA -> "learning rate η";
            case BATCH -> "batch size B";
            case TEMPERATURE -> "temperature T";
            case ETA_OVER_B -> "η (with B = η/ratio: η/B fixed)";
        });
        yAxis.setName(r.what().label());
        yRange = r.what().nonNegative() ? new AxisRange(yAxis, 0).fromZero() : new AxisRange(yAxis, 0);
        subtitle.setText(description);
        boolean log = spansDecades(r.readout());
        if (log != logY.isSelected()) {
            logY.setSelected(log);
        } else {
            redraw();
        }
    }

    /** True when every readout that is a number is positive and the largest is at least 100 times the smallest. */
    static boolean spansDecades(double[] v) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = 0;
        for (double y : v) {
            if (Double.isFinite(y)) {
                if (y <= 0) {
                    return false;
                }
                lo = Math.min(lo, y);
                hi = Math.max(hi, y);
            }
        }
        return hi >= 100 * lo;
    }

    /** Draws the result on the axis as it is now (log or linear). */
    private void redraw() {
        Sweep.Result r = result;
        if (r == null || !writable(joined, points, diverged)) {
            return;
        }
        double[] x = r.values();
        double[] v = r.readout();
        boolean log = yAxis.isLogAxis();
        int n = x.length;
        double[] fx = new double[n];
        double[] fy = new double[n];
        double[] dx = new double[n];
        int m = 0;
        int d = 0;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < n; k++) {
            if (!Double.isFinite(v[k])) {
                dx[d++] = x[k];
                continue;
            }
            fx[m] = x[k];
            fy[m++] = v[k];
            if (!log || v[k] > 0) {
                min = Math.min(min, v[k]);
                max = Math.max(max, v[k]);
            }
        }
        yRange.reset();
        if (m == 0 || !(max >= min)) {
            yRange.fit(log ? 1 : 0, 1);
        } else {
            yRange.fit(min, max);
        }
        if (log) {
            // A readout of 0 (no particle diverged) has no place on a log axis: drawn on its bottom edge.
            for (int k = 0; k < m; k++) {
                fy[k] = Math.max(yRange.min(), fy[k]);
            }
        }
        double top = log ? yRange.min() * Math.pow(yRange.max() / yRange.min(), DIVERGED_HEIGHT)
                : yRange.min() + DIVERGED_HEIGHT * (yRange.max() - yRange.min());
        double[] dy = new double[d];
        java.util.Arrays.fill(dy, top);
        joined.set(fx, fy, m, true);
        points.set(fx, fy, m, true);
        diverged.set(dx, dy, d, true);
        setListed(diverged, d > 0);
    }

    public void setError(String message) {
        subtitle.setText("No sweep: " + message);
    }

    @Override
    public boolean show(Snapshot s) {
        return true;
    }
}
