package org.basinscope.engine.live.probe;

import java.util.Arrays;
import org.basinscope.engine.equilibrium.EnsembleAutocorrelation;

/**
 * Mixing (seed 001, spectral gap): with a Fokker–Planck forecast in force, from the time the run has
 * relaxed ({@value #RELAXED}/μ₁, within e^{−5} of equilibrium) the autocorrelation of x across the
 * particles at the lags since then, measured every frame, beside the operator's exact one.
 */
public final class AutocorrelationProbe implements LiveProbe<AutocorrelationProbe.Correlation> {
    /** Relaxation times 1/μ₁ after which the run counts as relaxed. */
    static final double RELAXED = 5;

    /**
     * @param tau         lags (continuous time) since the reference
     * @param measured    corr(x(t₀), x(t₀ + τ)) across the particles
     * @param predicted   the operator's exact stationary autocorrelation at the same lags
     * @param spectralGap the operator's μ₁
     */
    public record Correlation(double[] tau, double[] measured, double[] predicted, double spectralGap) {
    }

    private EnsembleAutocorrelation autocorrelation;
    private final double[] predicted = new double[EnsembleAutocorrelation.MAX_POINTS];
    private double gap = Double.NaN;

    @Override
    public void restart(LiveRun run) {
        autocorrelation = null;
    }

    @Override
    public void afterSteps(LiveRun run, int steps) {
        ForecastProbe.Forecast forecast = run.result(LiveProbes.FORECAST);
        if (forecast == null) {
            autocorrelation = null;
            return;
        }
        var s = run.particles();
        double time = run.step() * run.now().eta();
        gap = forecast.spectralGap();
        if (autocorrelation == null) {
            if (time >= RELAXED / gap) {
                autocorrelation = new EnsembleAutocorrelation(s, time);
            }
            return;
        }
        int before = autocorrelation.series()[0].length;
        autocorrelation.add(s, time);
        double[][] measured = autocorrelation.series();
        for (int k = before; k < measured[0].length; k++) {
            predicted[k] = forecast.operator().autocorrelation(new double[] {measured[0][k]})[0];
        }
    }

    @Override
    public Correlation result(LiveRun run) {
        if (autocorrelation == null) {
            return null;
        }
        double[][] m = autocorrelation.series();
        return new Correlation(m[0], m[1], Arrays.copyOf(predicted, m[0].length), gap);
    }
}
