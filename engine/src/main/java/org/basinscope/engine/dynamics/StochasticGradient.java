package org.basinscope.engine.dynamics;

import java.util.Set;
import org.basinscope.engine.landscape.Landscape;
import org.basinscope.engine.spec.Numbers;

/**
 * SGD on an analytic loss with a model of minibatch noise: x ← x − η (∇f(x) + σ ξ / √B), ξ ~ N(0, I).
 * σ² is the per-example gradient-noise variance, so a batch of B examples has variance σ²/B.
 *
 * <p>On f = x²/2 the stationary variance is η σ² / (B (2 − η)) (science/CHECKS.md): the linear
 * recursion x ← (1 − η) x − η σ ξ/√B has variance η² σ²/B / (1 − (1 − η)²). For small η this is the
 * Gibbs variance of temperature T_eff = η σ² / (2B).
 */
public final class StochasticGradient implements Dynamics {
    private final double sigma;

    /** @param sigma per-example gradient-noise standard deviation σ &gt; 0 (default 1) */
    public StochasticGradient(double sigma) {
        this.sigma = Numbers.checkRange("sgd sigma", sigma, 0, 1e6);
    }

    public double sigma() {
        return sigma;
    }

    @Override
    public String name() {
        return "sgd";
    }

    @Override
    public String describe() {
        return "x ← x − η(∇f(x) + σξ/√B), σ = " + Numbers.format(sigma) + ", isotropic noise";
    }

    @Override
    public Set<Param> parameters() {
        return Set.of(Param.ETA, Param.BATCH);
    }

    @Override
    public boolean stochastic() {
        return true;
    }

    /** Matches the small-η SDE dθ = −∇f dt + √(ησ²/B) dW to √(2T) dW (seed 001, Theorem 2). */
    @Override
    public double effectiveTemperature(Params p) {
        return p.eta() * sigma * sigma / (2.0 * p.batch());
    }

    @Override
    public String temperatureFormula() {
        return "T_eff = ησ²/(2B)  (the chapter's \"T = η/B\" drops σ² and the 2 of √(2T) dW)";
    }

    @Override
    public double contraction(Params p, double lambda) {
        return Multipliers.gradientStep(p.eta(), lambda);
    }

    /** x ← (1 − ηλ)x − ησξ/√B has variance η²σ²/B / (1 − (1 − ηλ)²) = ησ²/(Bλ(2 − ηλ)). */
    @Override
    public double stationaryVariance(Params p, double lambda) {
        double a = p.eta() * lambda;
        return a > 0 && a < 2 ? p.eta() * sigma * sigma / (p.batch() * lambda * (2 - a)) : Double.NaN;
    }

    @Override
    public void step(Landscape f, Params p, long t, ParticleArrays s, int from, int to, Workspace w) {
        f.gradients(s.x, s.y, from, to, w.gx, w.gy);
        Noise.draw(s, from, to, w);
        double eta = p.eta();
        double noise = eta * sigma / Math.sqrt(p.batch());
        double[] x = s.x;
        double[] y = s.y;
        boolean[] dead = s.diverged;
        for (int i = from; i < to; i++) {
            if (!dead[i]) {
                x[i] -= eta * w.gx[i - from] + noise * w.nx[i - from];
            }
        }
        if (s.dimension == 2) {
            for (int i = from; i < to; i++) {
                if (!dead[i]) {
                    y[i] -= eta * w.gy[i - from] + noise * w.ny[i - from];
                }
            }
        }
    }
}
