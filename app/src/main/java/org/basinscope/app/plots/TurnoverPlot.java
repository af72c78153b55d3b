package org.basinscope.app.plots;

import io.fair_acc.dataset.spi.DoubleDataSet;
import io.fair_acc.dataset.spi.DoubleErrorDataSet;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.basinscope.app.controls.Display;
import org.basinscope.app.export.Series;
import org.basinscope.app.views.Palette;
import org.basinscope.engine.escape.FrictionSweep;
import org.basinscope.engine.live.Snapshot;

/**
 * Kramers' turnover (Kramers 1940; Hänggi, Talkner &amp; Borkovec 1990, §IV): the mean first-passage time of
 * underdamped Langevin against the friction γ on log–log axes. The measured times with their standard errors sit
 * beside Kramers–Grote–Hynes (spatial diffusion, drawn where it holds), its high-friction limit γ × the overdamped
 * time (slope 1) and the energy-diffusion time of low friction (slope −1, drawn where KGH does not hold). The data
 * come from a background sweep, not from the live snapshot.
 */
public final class TurnoverPlot extends ChartPanel implements LivePlot {
    private final DoubleErrorDataSet measured = new DoubleErrorDataSet("measured ± s.e.");
    private final DoubleDataSet kgh = series(Series.Kind.LINE, Palette.BLUISH_GREEN, "Kramers–Grote–Hynes");
    private final DoubleDataSet smoluchowski = series(Series.Kind.LINE, Palette.VERMILLION, "γ × overdamped τ");
    private final DoubleDataSet energy = series(Series.Kind.LINE, Palette.ORANGE, "energy diffusion");

    public TurnoverPlot() {
        super("turnover-plot", "turnover", "Kramers' turnover", "friction γ (log)", "mean time τ (log)");
        // Drawn last, so the points and their bars lie on top of the curves.
        draw(Series.Kind.ERRORBARS, Palette.BLUE, measured);
        xAxis.setLogAxis(true);
        yAxis.setLogAxis(true);
        xAxis.setAutoRanging(false);
        yAxis.setAutoRanging(false);
        prompt();
    }

    /** What to do to fill it. */
    public void prompt() {
        subtitle.setText("press Turnover (underdamped Langevin): one escape experiment per friction γ");
    }

    /** The sweep's points and the theory on a finer grid of γ (its curves). */
    public void setResult(FrictionSweep.Result r, List<FrictionSweep.Prediction> curves) {
        if (!writable(measured, kgh, smoluchowski, energy)) {
            return;
        }
        int n = r.points().size();
        double[] x = new double[n];
        double[] y = new double[n];
        double[] e = new double[n];
        int m = 0;
        for (FrictionSweep.Point p : r.points()) {
            if (p.mfpt() > 0) {
                x[m] = p.gamma();
                y[m] = p.mfpt();
                // A bar may not reach below zero on the log axis: clip it just above.
                e[m++] = Double.isFinite(p.stderr()) ? Math.min(p.stderr(), 0.99 * p.mfpt()) : 0;
            }
        }
        measured.set(x, y, e, e, m, true);
        fit(x, y, e, m, curves);
        curve(kgh, curves, FrictionSweep.Prediction::kgh);
        curve(smoluchowski, curves, FrictionSweep.Prediction::smoluchowski);
        curve(energy, curves.stream().filter(FrictionSweep.Prediction::lowFriction).toList(),
                FrictionSweep.Prediction::energyDiffusion);
        FrictionSweep.Point fastest = r.fastest();
        StringBuilder t = new StringBuilder();
        t.append(fastest == null ? "no particle arrived"
                : "fastest escape τ = " + Display.number(fastest.mfpt()) + " at γ = " + Display.number(fastest.gamma()));
        t.append("; ΔU = ").append(Display.number(r.barrierHeight())).append(", T = ")
                .append(Display.number(r.temperature())).append(", η = ").append(Display.number(r.eta())).append(", ")
                .append(r.particles()).append(" particles per γ");
        if (r.note() != null) {
            t.append("\n").append(r.note());
        }
        subtitle.setText(t.toString());
    }

    /**
     * The γ range of the points with a little room, and a τ range around the points and the KGH and low-friction
     * curves: the high-friction line γ × τ_overdamped, an asymptote, falls far below the turnover at small γ and
     * would otherwise squeeze the points into a corner; it is clipped there.
     */
    private void fit(double[] x, double[] y, double[] e, int m, List<FrictionSweep.Prediction> curves) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = 0;
        for (int k = 0; k < m; k++) {
            lo = Math.min(lo, y[k] - e[k]);
            hi = Math.max(hi, y[k] + e[k]);
        }
        for (FrictionSweep.Prediction p : curves) {
            for (double v : new double[] {p.kgh(), p.lowFriction() ? p.energyDiffusion() : Double.NaN}) {
                if (v > 0 && Double.isFinite(v)) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
        }
        if (!(hi > 0) || curves.isEmpty()) {
            return;
        }
        explorer().forget();
        xAxis.set(curves.get(0).gamma() / 1.25, curves.get(curves.size() - 1).gamma() * 1.25);
        yAxis.set(lo / 1.6, hi * 1.6);
    }

    private static void curve(DoubleDataSet set, List<FrictionSweep.Prediction> at,
            ToDoubleFunction<FrictionSweep.Prediction> tau) {
        double[] x = new double[at.size()];
        double[] y = new double[at.size()];
        int m = 0;
        for (FrictionSweep.Prediction p : at) {
            double v = tau.applyAsDouble(p);
            if (v > 0 && Double.isFinite(v)) {
                x[m] = p.gamma();
                y[m++] = v;
            }
        }
        set.set(x, y, m, true);
    }

    /** Why there is no sweep (failed, or not possible for this dynamics). */
    public void setError(String message) {
        subtitle.setText("No turnover plot: " + message);
    }

    @Override
    protected double markerSize(io.fair_acc.dataset.DataSet set) {
        return 4;
    }

    @Override
    public boolean show(Snapshot s) {
        return true;
    }
}
