package org.basinscope.engine.dynamics;

import java.util.Set;
import org.basinscope.engine.landscape.Landscape;

/**
 * Overdamped Langevin dynamics dx = −∇f dt + √(2T) dW by Euler–Maruyama with time step η
 * (the unadjusted Langevin algorithm): x ← x − η∇f(x) + √(2ηT) ξ. Its stationary density tends to
 * exp(−f/T)/Z as η → 0; at finite η it is biased: on f = x²/2 the variance is T / (1 − η/2)
 * (science/CHECKS.md; seed 001, exercise C.1).
 */
public final class OverdampedLangevin implements Dynamics {

    @Override
    public String name() {
        return "langevin";
    }

    @Override
    public String describe() {
        return "x ← x − η∇f(x) + √(2ηT) ξ  (Euler–Maruyama)";
    }

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
    public String temperatureFormula() {
        return "T_eff = T; Euler–Maruyama is biased at finite η: var = T/(1 − ηλ/2) on a quadratic";
    }

    @Override
    public double contraction(Params p, double lambda) {
        return Multipliers.gradientStep(p.eta(), lambda);
    }

    /** x ← (1 − ηλ)x + √(2ηT)ξ has variance 2ηT / (1 − (1 − ηλ)²) = T / (λ(1 − ηλ/2)). */
    @Override
    public double stationaryVariance(Params p, double lambda) {
        double a = p.eta() * lambda;
        return a > 0 && a < 2 ? p.temperature() / (lambda * (1 - a / 2)) : Double.NaN;
    }

    @Override
    public void step(Landscape f, Params p, long t, ParticleArrays s, int from, int to, Workspace w) {
        f.gradients(s.x, s.y, from, to, w.gx, w.gy);
        Noise.draw(s, from, to, w);
        double eta = p.eta();
        double noise = Math.sqrt(2 * eta * p.temperature());
        double[] x = s.x;
        double[] y = s.y;
        boolean[] dead = s.diverged;
        double[] gx = w.gx;
        double[] gy = w.gy;
        double[] nx = w.nx;
        double[] ny = w.ny;
        for (int i = from; i < to; i++) {
            if (!dead[i]) {
                x[i] += noise * nx[i - from] - eta * gx[i - from];
            }
        }
        if (s.dimension == 2) {
            for (int i = from; i < to; i++) {
                if (!dead[i]) {
                    y[i] += noise * ny[i - from] - eta * gy[i - from];
                }
            }
        }
    }
}
