package org.basinscope.engine.dynamics;

import java.util.Set;

/**
 * What Adam, RMSProp and AdaGrad share: each coordinate's step is rescaled by running statistics of its
 * own gradients, so the step is not linear in the gradient. They have no fixed multiplier on a quadratic
 * and, with gradient noise, no closed-form temperature or stationary covariance: the readouts say so.
 */
abstract class AdaptiveMethod extends GradientRule {

    AdaptiveMethod(GradientSource source) {
        super(source);
    }

    @Override
    protected Set<Param> ruleParameters() {
        return Set.of(Param.ETA);
    }

    /** The step is rescaled per coordinate, so there is no fixed linear factor. */
    @Override
    public double contraction(Params p, double lambda) {
        return Double.NaN;
    }

    /** 0 when deterministic; with noise there is no closed form (NaN). */
    @Override
    public double effectiveTemperature(Params p) {
        return source.stochastic() ? Double.NaN : 0;
    }

    @Override
    public String temperatureFormula() {
        return source.stochastic()
                ? "no T_eff and no closed-form covariance: " + name() + " rescales each coordinate's step by its "
                        + "running gradient statistics, so the noise it turns into motion changes with them"
                : "T_eff = 0 (deterministic)";
    }
}
