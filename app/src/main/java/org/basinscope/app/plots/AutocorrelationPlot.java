package org.basinscope.app.plots;

import io.fair_acc.dataset.spi.DoubleDataSet;
import org.basinscope.app.controls.Display;
import org.basinscope.app.export.Series;
import org.basinscope.engine.equilibrium.EnsembleAutocorrelation;
import org.basinscope.engine.live.Snapshot;

/**
 * Mixing (seed 001, spectral gap): the live 1-D Langevin run's autocorrelation corr(x(t₀), x(t₀ + τ))
 * across its particles, measured once the run has relaxed, against the exact autocorrelation of the
 * discretised Fokker–Planck operator and the slowest mode e^{−μ₁τ} alone; the decay rates fitted to
 * both curves stand beside the spectral gap μ₁.
 */
public final class AutocorrelationPlot extends ChartPanel {
    private final DoubleDataSet measured = new DoubleDataSet("measured across the particles");
    private final DoubleDataSet exact = new DoubleDataSet("Fokker–Planck, all modes");
    private final DoubleDataSet slowest = new DoubleDataSet("e^(−μ₁τ), the gap alone");
    private final AxisRange xRange = new AxisRange(xAxis, 0.5).minSpan(0.1).floorAtZero();

    public AutocorrelationPlot() {
        super("autocorrelation-plot", "lag τ (time)", "corr(x(t₀), x(t₀+τ))");
        title.setText("Autocorrelation and the gap");
        subtitle.setText("1-D Langevin or MALA at fixed settings: measured once the run has relaxed (t ≥ 5/μ₁)");
        draw(Series.Kind.MARKERS, "#1f77b4", measured);
        draw(Series.Kind.LINE, "#d62728", exact);
        draw(Series.Kind.DASHED, "#555555", slowest);
        yAxis.setAutoRanging(false);
        yAxis.set(-0.05, 1.05);
    }

    @Override
    public String exportName() {
        return "autocorrelation";
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
        double[][] c = s.autocorrelation();
        if (c == null || c[0].length == 0) {
            measured.clearData();
            exact.clearData();
            slowest.clearData();
            boolean possible = s.forecastX() != null;
            subtitle.setText(!possible ? "needs a 1-D Langevin or MALA run at fixed settings (no schedule, sliders as at the start)"
                    : c == null ? "waiting until the run has relaxed (t ≥ 5/μ₁ = " + Display.number(5 / s.spectralGap())
                            + "; now t = " + Display.number(s.step() * s.params().eta()) + ")"
                    : "relaxed: the positions now are the reference; the lags follow as the run goes on");
            return true;
        }
        double gap = s.spectralGap();
        // Lags up to 5/μ₁ (the slowest mode down to e^−5): beyond that only noise about zero is left.
        int n = 0;
        while (n < c[0].length && c[0][n] <= 5 / gap) {
            n++;
        }
        measured.set(c[0].clone(), c[1].clone(), n, false);
        exact.set(c[0].clone(), c[2].clone(), n, false);
        double[] e = new double[n];
        for (int k = 0; k < n; k++) {
            e[k] = Math.exp(-gap * c[0][k]);
        }
        slowest.set(c[0].clone(), e, n, false);
        if (n > 0) {
            xRange.fit(0, c[0][n - 1]);
        }
        double rate = EnsembleAutocorrelation.rate(c[0], c[1]);
        double predicted = EnsembleAutocorrelation.rate(c[0], c[2]);
        subtitle.setText("decay rate " + Display.number(rate) + " measured, " + Display.number(predicted)
                + " Fokker–Planck; gap μ₁ = " + Display.number(gap) + ", 1/μ₁ = " + Display.number(1 / gap));
        return true;
    }
}
