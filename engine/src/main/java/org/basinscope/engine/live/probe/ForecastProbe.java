package org.basinscope.engine.live.probe;

import java.util.List;
import java.util.Objects;
import org.basinscope.engine.dynamics.Params;
import org.basinscope.engine.equilibrium.DensityForecast;
import org.basinscope.engine.live.RunConfig;

/**
 * The Fokker–Planck forecast (seed 001, Fokker–Planck section) of a 1-D run whose dynamics discretises
 * overdamped Langevin, while its parameters are those it started with and it has no schedule: the
 * density p(x, t) its histogram should follow, on the histogram's bins, and the relaxation rate μ₁.
 * The operator is rebuilt only when the landscape, T, start or range change.
 */
public final class ForecastProbe implements LiveProbe<ForecastProbe.Forecast> {

    /**
     * @param density     p(x, t) on the histogram's bins at t = steps × η
     * @param spectralGap the slowest relaxation rate μ₁ of the operator (continuous time)
     * @param operator    the discretised operator (immutable), for predictions at other times and lags
     */
    public record Forecast(double[] density, double spectralGap, DensityForecast operator) {
    }

    private DensityForecast operator;
    private Object operatorKey;

    @Override
    public void restart(LiveRun run) {
    }

    @Override
    public Forecast result(LiveRun run) {
        Params p = run.now();
        DensityForecast fp = operator(run.config(), p, run.startParams());
        return fp == null ? null : new Forecast(fp.density(run.step() * p.eta()), fp.spectralGap(), fp);
    }

    private DensityForecast operator(RunConfig c, Params p, Params start) {
        if (c.landscape().dimension() != 1 || !c.dynamics().followsOverdampedFokkerPlanck() || !(p.temperature() > 0)
                || !p.equals(start) || !c.schedule().isConstant()) {
            return null;
        }
        double[] box = c.landscape().viewBox();
        Object key = List.of(c.landscape(), p.temperature(), c.start()[0], c.spread(), box[0], box[1]);
        if (!Objects.equals(key, operatorKey)) {
            operatorKey = key;
            try {
                operator = new DensityForecast(c.landscape(), p.temperature(), box[0], box[1], DistributionProbe.BINS,
                        c.start()[0], c.spread());
            } catch (RuntimeException e) {
                operator = null;
            }
        }
        return operator;
    }
}
