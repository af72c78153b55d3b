package org.basinscope.engine.analysis;

import org.basinscope.engine.dynamics.Dynamics;
import org.basinscope.engine.dynamics.Params;
import org.basinscope.engine.landscape.Landscape;
import org.basinscope.engine.landscape.MultiscaleSplit;

/**
 * Kong &amp; Tao's near-Gibbs density of deterministic GD on a multiscale loss f = f0 + ε f1(x/ε) in
 * its globally chaotic regime (η ≫ ε; seed 003): the micro-scale gradient acts like noise of
 * variance σ² = Var(f1') over a period, and the iterates fill ∝ exp(−2 f0/(η σ²)) — a Gibbs density
 * of the macro part f0 at temperature ησ²/2. For f0 = x²/2, f1 = sin: σ² = ½, T = η/4.
 */
public final class KongTaoDensity {
    private KongTaoDensity() {
    }

    /** Whether the prediction applies: gradient descent on a multiscale loss. */
    public static boolean applies(Landscape f, Dynamics d) {
        return f.multiscale() != null && d.gradientDescentStep();
    }

    /** The temperature ησ²/2 of the macro part. */
    public static double temperature(MultiscaleSplit m, Params p) {
        return p.eta() * m.microGradientVariance() / 2;
    }

    /** Bin-averaged density of the macro part at that temperature over the box's x-range, as {@link GibbsDensity#marginal}. */
    public static double[] density(MultiscaleSplit m, Params p, double[] box, int bins) {
        return GibbsDensity.marginal(m.macro(), temperature(m, p), 0, box, bins);
    }
}
