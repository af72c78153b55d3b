package org.basinscope.engine.dynamics;

import java.util.Set;
import org.basinscope.engine.escape.EscapeTheory;
import org.basinscope.engine.landscape.Landscape;

/**
 * What the overdamped Langevin samplers share (Euler–Maruyama and its sister schemes, MALA, replica
 * exchange's cold chain): they read η and T, draw noise, sample exp(−f/T)/Z so that T_eff = T, their
 * drift is a gradient step (multiplier 1 − ηλ), and one step's noise is √(2ηT) ξ, of covariance 2ηT·I.
 * A sampler overrides what differs (the Heun scheme's multiplier, say).
 */
abstract class LangevinSampler implements Dynamics {

    @Override
    public Set<Param> parameters() {
        return Set.of(Param.ETA, Param.TEMPERATURE);
    }

    @Override
    public boolean stochastic() {
        return true;
    }

    @Override
    public double effectiveTemperature(Params p) {
        return p.temperature();
    }

    @Override
    public double contraction(Params p, double lambda) {
        return Multipliers.gradientStep(p.eta(), lambda);
    }

    /** Overdamped Kramers at T (the exact integral in 1-D, Eyring–Kramers in 2-D). */
    @Override
    public EscapeTheory escapeTheory() {
        return EscapeTheory.overdamped(Params::temperature, null);
    }

    /** 2ηT·I. */
    @Override
    public double[] stepNoiseCovariance(Landscape f, Params p, double x, double y) {
        return Noise.langevinStep(p);
    }
}
