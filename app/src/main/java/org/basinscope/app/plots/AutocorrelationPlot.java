package org.basinscope.app.plots;

import io.fair_acc.dataset.spi.DoubleDataSet;
import org.basinscope.app.controls.Display;
import org.basinscope.app.export.Series;
import org.basinscope.app.views.Palette;
import org.basinscope.engine.equilibrium.EnsembleAutocorrelation;
import org.basinscope.engine.live.Snapshot;
import org.basinscope.engine.live.probe.AutocorrelationProbe;
import org.basinscope.engine.live.probe.ForecastProbe;
import org.basinscope.engine.live.probe.LiveProbes;

/**
 * Mixing (seed 001, spectral gap): the live 1-D Langevin run's autocorrelation corr(x(t₀), x(t₀ + τ))
 * across its particles, measured once the run has relaxed, against the exact autocorrelation of the
 * discretised Fokker–Planck operator and the slowest mode e^{−μ₁τ} alone; the decay rates fitted to
 * both curves stand beside the spectral gap μ₁.
 */
public final class AutocorrelationPlot extends ChartPanel implements LivePlot {
    private final DoubleDataSet measured = series(Series.Kind.MARKERS, Palette.BLUE, "measured across the particles");
    private final DoubleDataSet exact = series(Series.Kind.LINE, Palette.VERMILLION, "Fokker–Planck, all modes");
    private final DoubleDataSet slowest = series(Series.Kind.DASHED, Palette.BLACK, "e^(−μ₁τ), the gap alone");
    private final AxisRange xRange = new AxisRange(xAxis, 0.5).minSpan(0.1).floorAtZero();

    public AutocorrelationPlot() {
        super("autocorrelation-plot", "autocorrelation", "Autocorrelation and the gap", "lag τ (time)", "corr(x(t₀), x(t₀+τ))");
        subtitle.setText("1-D Langevin or MALA at fixed settings: measured once the run has relaxed (t ≥ 5/μ₁)");
        yAxis.setAutoRanging(false);
        yAxis.set(-0.05, 1.05);
    }

    @Override
    protected double markerSize(io.fair_acc.dataset.DataSet set) {
        return 3;
    }

    @Override
    public boolean show(Snapshot s) {
        if (!writable(measured, exact, slowest)) {
            return false;
        }
        AutocorrelationProbe.Correlation c = s.get(LiveProbes.AUTOCORRELATION);
        ForecastProbe.Forecast forecast = s.get(LiveProbes.FORECAST);
        if (c == null || c.tau().length == 0) {
            measured.clearData();
            exact.clearData();
            slowest.clearData();
            boolean possible = forecast != null;
            subtitle.setText(!possible ? "needs a 1-D Langevin or MALA run at fixed settings (no schedule, sliders as at the start)"
                    : c == null ? "waiting until the run has relaxed (t ≥ 5/μ₁ = " + Display.number(5 / forecast.spectralGap())
                            + "; now t = " + Display.number(s.step() * s.params().eta()) + ")"
                    : "relaxed: the positions now are the reference; the lags follow as the run goes on");
            return true;
        }
        double gap = c.spectralGap();
        // Lags up to 5/μ₁ (the slowest mode down to e^−5): beyond that only noise about zero is left.
        int n = 0;
        while (n < c.tau().length && c.tau()[n] <= 5 / gap) {
            n++;
        }
        measured.set(c.tau().clone(), c.measured().clone(), n, false);
        exact.set(c.tau().clone(), c.predicted().clone(), n, false);
        double[] e = new double[n];
        for (int k = 0; k < n; k++) {
            e[k] = Math.exp(-gap * c.tau()[k]);
        }
        slowest.set(c.tau().clone(), e, n, false);
        if (n > 0) {
            xRange.fit(0, c.tau()[n - 1]);
        }
        double rate = EnsembleAutocorrelation.rate(c.tau(), c.measured());
        double predicted = EnsembleAutocorrelation.rate(c.tau(), c.predicted());
        subtitle.setText("decay rate " + Display.number(rate) + " measured, " + Display.number(predicted)
                + " Fokker–Planck; gap μ₁ = " + Display.number(gap) + ", 1/μ₁ = " + Display.number(1 / gap));
        return true;
    }
}
