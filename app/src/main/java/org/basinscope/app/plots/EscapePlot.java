package org.basinscope.app.plots;

import io.fair_acc.dataset.spi.DoubleDataSet;
import org.basinscope.app.export.Series;
import org.basinscope.app.views.Palette;
import org.basinscope.engine.escape.EscapeExperiment;
import org.basinscope.engine.live.Snapshot;

/**
 * The escape lab's measured first-passage times (seed 001, Kramers): either the survival curve
 * S(t) = P(not yet arrived at t) on a log scale, or the histogram of the times as a density. Both
 * are drawn against the exponential law of mean τ for the exact integral and for the dynamics' rate theory
 * (Kramers, Kramers–Grote–Hynes or Eyring–Kramers; science/CHECKS.md, "Escape"): a straight line on the log scale, with slope −1/τ. The data come
 * from a background experiment (see the window's escape controller), not from the live snapshot.
 */
public final class EscapePlot extends ChartPanel implements LivePlot {
    /** Which view of the times. */
    public enum View {
        SURVIVAL, HISTOGRAM
    }

    private static final int SURVIVAL_POINTS = 400;
    private static final int BINS = 40;
    private final View view;
    private final DoubleDataSet measured;
    private final DoubleDataSet exact = new DoubleDataSet("exact integral τ");
    private final DoubleDataSet theory = new DoubleDataSet("Kramers τ");
    private final AxisRange xRange = new AxisRange(xAxis, 0).fromZero();
    private final AxisRange yRange = new AxisRange(yAxis, 0).fromZero();
    private final javafx.scene.control.CheckBox logY;
    /** The last result and its predictions, drawn again when the y axis turns log or linear. */
    private EscapeExperiment.Result result;
    private double tauExact = Double.NaN;
    private double tauTheory = Double.NaN;

    public EscapePlot(View view) {
        super(view == View.SURVIVAL ? "escape-survival-plot" : "escape-histogram-plot",
                "time t (steps × η)", view == View.SURVIVAL ? "S(t)" : "density");
        this.view = view;
        measured = new DoubleDataSet(view == View.SURVIVAL ? "measured S(t)" : "first-passage times");
        title.setText(view == View.SURVIVAL ? "Survival in the start well" : "First-passage times");
        subtitle.setText("press Run escape: particles start at 'from' and stop at 'to'");
        draw(view == View.SURVIVAL ? Series.Kind.LINE : Series.Kind.STEPS, view == View.SURVIVAL ? Palette.BLUE
                : Palette.translucent(Palette.SKY_BLUE, 0.6), measured);
        draw(Series.Kind.LINE, Palette.VERMILLION, exact);
        draw(Series.Kind.LINE, Palette.BLUISH_GREEN, theory);
        // Times, S(t) and densities are never negative: linear axes start at 0. S(t) starts on a log axis, where an
        // exponential law is straight.
        logY = logYToggle(view == View.SURVIVAL, this::redraw);
    }

    @Override
    public String exportName() {
        return view == View.SURVIVAL ? "escape-survival" : "escape-times";
    }

    /**
     * The experiment's times with the predicted mean times (NaN where there is none) and their names in the legend
     * (e.g. "Eyring–Kramers" in 2-D, "Kramers–Grote–Hynes" for underdamped Langevin).
     */
    public void setResult(EscapeExperiment.Result r, double tauExact, String exactName, double tauTheory,
            String theoryName) {
        if (!writable(measured, exact, theory)) {
            return;
        }
        exact.setName(exactName + " τ");
        theory.setName(theoryName + " τ");
        // A curve with no number has no legend entry either.
        setListed(exact, tauExact > 0);
        setListed(theory, tauTheory > 0);
        result = r;
        this.tauExact = tauExact;
        this.tauTheory = tauTheory;
        redraw();
        subtitle.setText(view == View.SURVIVAL
                ? "an exponential law is a straight line on the log axis: slope −1/τ"
                : "density of the arrival times against (1/τ) e^(−t/τ)");
    }

    /** Draws the result on the y axis as it is now (log or linear). */
    private void redraw() {
        EscapeExperiment.Result r = result;
        if (r == null || !writable(measured, exact, theory)) {
            return;
        }
        boolean log = yAxis.isLogAxis();
        double[] t = r.times();
        double end = t.length == 0 ? 1 : t[t.length - 1];
        if (view == View.SURVIVAL) {
            // S drops by 1/N at each arrival; keep at most SURVIVAL_POINTS of the steps (and S > 0 for the log axis).
            int stride = Math.max(1, t.length / SURVIVAL_POINTS);
            int m = (t.length + stride - 1) / stride + 1;
            double[] x = new double[m];
            double[] y = new double[m];
            int k = 0;
            x[k] = 0;
            y[k++] = 1;
            for (int i = 0; i < t.length && k < m; i += stride) {
                double s = 1 - (i + 1.0) / r.particles();
                if (s > 0) {
                    x[k] = t[i];
                    y[k++] = s;
                }
            }
            measured.set(x, y, k, true);
            double floor = 0.5 / r.particles();
            exponential(exact, tauExact, end, log ? floor : 0, false);
            exponential(theory, tauTheory, end, log ? floor : 0, false);
            yRange.reset();
            yRange.fit(log ? floor : 0, 1);
        } else {
            double w = end / BINS;
            double[] x = new double[BINS];
            double[] y = new double[BINS];
            for (int b = 0; b < BINS; b++) {
                x[b] = (b + 0.5) * w;
            }
            for (double v : t) {
                y[Math.min(BINS - 1, (int) (v / w))] += 1 / (w * r.particles());
            }
            // On a log axis the density is shown down to one arrival in a bin; an empty bin sits on the bottom edge.
            double floor = 1 / (w * r.particles());
            double top = 0;
            for (int b = 0; b < BINS; b++) {
                top = Math.max(top, y[b]);
            }
            double peak = Math.max(top, Math.max(tauExact > 0 ? 1 / tauExact : 0, tauTheory > 0 ? 1 / tauTheory : 0));
            yRange.reset();
            yRange.fit(log ? floor : 0, peak > 0 ? peak : 1);
            if (log) {
                for (int b = 0; b < BINS; b++) {
                    y[b] = Math.max(yRange.min(), y[b]);
                }
            }
            measured.set(x, y, BINS, true);
            exponential(exact, tauExact, end, log ? yRange.min() * tauExact : 0, true);
            exponential(theory, tauTheory, end, log ? yRange.min() * tauTheory : 0, true);
        }
        xRange.reset();
        xRange.fit(0, end);
    }

    /** e^{−t/τ} (or its density (1/τ) e^{−t/τ}) on [0, end], cut where it falls below {@code floor}. */
    private static void exponential(DoubleDataSet set, double tau, double end, double floor, boolean density) {
        if (!(tau > 0)) {
            set.clearData();
            return;
        }
        int n = 60;
        double[] x = new double[n];
        double[] y = new double[n];
        int m = 0;
        for (int k = 0; k < n; k++) {
            double t = end * k / (n - 1);
            double s = Math.exp(-t / tau);
            if (s < floor) {
                break;
            }
            x[m] = t;
            y[m++] = density ? s / tau : s;
        }
        set.set(x, y, m, true);
    }

    /** The experiment runs on demand; the live snapshot changes nothing here. */
    @Override
    public boolean show(Snapshot s) {
        return true;
    }
}
