package org.basinscope.app.plots;

import io.fair_acc.dataset.spi.DoubleDataSet;
import org.basinscope.app.controls.Display;
import org.basinscope.app.export.Series;
import org.basinscope.app.views.Palette;
import org.basinscope.engine.live.Snapshot;

/**
 * The Arrhenius plot of the escape lab (seed 001, Kramers; science/CHECKS.md): ln τ against 1/T for a
 * temperature sweep, measured mean first-passage times beside the exact integral and Kramers' formula.
 * Both predictions have slope ΔU at low T; they differ by the prefactor, which matters at ΔU/T ≈ 5.
 */
public final class ArrheniusPlot extends ChartPanel implements LivePlot {
    private final DoubleDataSet measured = series(Series.Kind.MARKERS, Palette.BLUE, "measured ln τ");
    private final DoubleDataSet exact = series(Series.Kind.LINE, Palette.VERMILLION, "exact integral");
    private final DoubleDataSet kramers = series(Series.Kind.LINE, Palette.BLUISH_GREEN, "Kramers");

    public ArrheniusPlot() {
        super("arrhenius-plot", "arrhenius", "Arrhenius plot", "1/T", "ln τ (τ in steps × η)");
        subtitle.setText("press Arrhenius: escape experiments over a range of temperatures");
    }

    @Override
    protected double markerSize(io.fair_acc.dataset.DataSet set) {
        return 5;
    }

    /** Points at inverse temperatures {@code beta}: measured, exact and Kramers mean times (NaN where missing). */
    public void setResult(double[] beta, double[] tau, double[] tauExact, double[] tauKramers, double barrier) {
        if (!writable(measured, exact, kramers)) {
            return;
        }
        set(measured, beta, tau);
        set(exact, beta, tauExact);
        set(kramers, beta, tauKramers);
        double slope = Double.NaN;
        int n = beta.length;
        if (n >= 2 && tau[0] > 0 && tau[n - 1] > 0) {
            slope = (Math.log(tau[n - 1]) - Math.log(tau[0])) / (beta[n - 1] - beta[0]);
        }
        subtitle.setText("measured slope " + Display.number(slope) + " vs barrier ΔU = " + Display.number(barrier)
                + " (the slope of both predictions as T → 0)");
    }

    private static void set(DoubleDataSet set, double[] x, double[] tau) {
        double[] xs = new double[x.length];
        double[] ys = new double[x.length];
        int m = 0;
        for (int k = 0; k < x.length; k++) {
            if (tau[k] > 0 && Double.isFinite(tau[k])) {
                xs[m] = x[k];
                ys[m++] = Math.log(tau[k]);
            }
        }
        set.set(xs, ys, m, true);
    }

    public void setError(String message) {
        subtitle.setText("No Arrhenius plot: " + message);
    }

    @Override
    public boolean show(Snapshot s) {
        return true;
    }
}
