package org.basinscope.engine.live.probe;

import org.basinscope.engine.analysis.GibbsDensity;
import org.basinscope.engine.analysis.Histogram;
import org.basinscope.engine.analysis.KongTaoDensity;
import org.basinscope.engine.dynamics.ParticleArrays;
import org.basinscope.engine.dynamics.Params;

/**
 * Histograms of the particles' coordinates over the view box, with the density curve they should
 * follow on the same bins: the Gibbs marginal exp(−f/T_eff)/Z, or for GD on a multiscale loss Kong and
 * Tao's near-Gibbs density (seed 003). The curve is recomputed only when its temperature changes.
 */
public final class DistributionProbe implements LiveProbe<DistributionProbe.Distribution> {
    /** Bins of the histograms (and of the curves and the Fokker–Planck forecast). */
    public static final int BINS = 80;

    /**
     * @param x          density of x over the view box
     * @param y          density of y (null in 1-D)
     * @param gibbsX     the bin-averaged density curve of x on the same bins (null if T_eff = 0)
     * @param gibbsY     the same for y (null in 1-D or T_eff = 0)
     * @param gibbsLabel what the curve is (Gibbs at T_eff, or Kong–Tao's near-Gibbs density)
     */
    public record Distribution(Histogram x, Histogram y, double[] gibbsX, double[] gibbsY, String gibbsLabel) {
    }

    private String label;
    private Params curveParams;
    private double curveTemperature = Double.NaN;
    private double[] curveX;
    private double[] curveY;

    @Override
    public void configure(LiveRun run) {
        curveTemperature = Double.NaN;
        curveParams = null;
    }

    @Override
    public void restart(LiveRun run) {
    }

    @Override
    public Distribution result(LiveRun run) {
        ParticleArrays s = run.particles();
        double[] box = run.config().landscape().viewBox();
        boolean two = run.config().landscape().dimension() == 2;
        Histogram hx = Histogram.of(s.x, s.diverged, s.size, box[0], box[1], BINS);
        Histogram hy = two ? Histogram.of(s.y, s.diverged, s.size, box[2], box[3], BINS) : null;
        updateCurves(run, run.result(LiveProbes.READOUTS).effectiveTemperature(), box, two);
        // The curves are shared by successive results and never written after they are made.
        return new Distribution(hx, hy, curveX, curveY, label);
    }

    private void updateCurves(LiveRun run, double temperature, double[] box, boolean two) {
        Params p = run.now();
        var c = run.config();
        if (KongTaoDensity.applies(c.landscape(), c.dynamics())) {
            // Deterministic GD on the multiscale loss: Kong–Tao's near-Gibbs density of the macro part.
            if (!p.equals(curveParams)) {
                curveParams = p;
                curveTemperature = Double.NaN;
                curveX = KongTaoDensity.density(c.landscape().multiscale(), p, box, BINS);
                curveY = null;
                label = "Kong–Tao exp(−2f0/(ησ²))/Z, σ² = ½";
            }
            return;
        }
        if (temperature == curveTemperature) {
            return;
        }
        curveTemperature = temperature;
        curveParams = null;
        label = "Gibbs exp(−f/T_eff)/Z";
        if (!(temperature > 0)) {
            curveX = null;
            curveY = null;
            return;
        }
        curveX = GibbsDensity.marginal(c.landscape(), temperature, 0, box, BINS);
        curveY = two ? GibbsDensity.marginal(c.landscape(), temperature, 1, box, BINS) : null;
    }
}
