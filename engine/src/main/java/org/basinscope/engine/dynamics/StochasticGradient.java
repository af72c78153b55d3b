package org.basinscope.engine.dynamics;

import java.util.Set;
import org.basinscope.engine.equilibrium.StationaryCovariance;
import org.basinscope.engine.escape.EscapeTheory;
import org.basinscope.engine.landscape.Landscape;

/**
 * SGD on an analytic loss: gradient descent with the model of minibatch noise of {@link NoisyGradient},
 * x ← x − η (∇f(x) + ζ/√B), Cov ζ = σ²Σ (isotropic, Hessian-shaped or a user Σ). It is what
 * {@code --dynamics gd --gradient noisy:…} runs, and the catalog's {@code sgd}.
 *
 * <p>On f = x²/2 with isotropic noise the stationary variance is η σ² / (B (2 − η)) (science/CHECKS.md):
 * the linear recursion x ← (1 − η) x − η σ ξ/√B has variance η² σ²/B / (1 − (1 − η)²). For small η this
 * is the Gibbs variance of temperature T_eff = η σ² / (2B). Anisotropic noise has no Gibbs density; its
 * covariance near a minimum solves a Lyapunov equation ({@code equilibrium.StationaryCovariance}).
 */
public final class StochasticGradient implements Dynamics {
    private final NoisyGradient noise;

    /** Isotropic noise of per-example standard deviation σ. */
    public StochasticGradient(double sigma) {
        this(new NoisyGradient(sigma));
    }

    /** GD with this model of gradient noise. */
    public StochasticGradient(NoisyGradient noise) {
        this.noise = noise;
    }

    @Override
    public GradientSource gradient() {
        return noise;
    }

    @Override
    public String name() {
        return "sgd";
    }

    @Override
    public String describe() {
        return "x ← x − ηĝ, ĝ = " + noise.describe();
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
        return p.eta() * noise.sigma() * noise.sigma() / (2.0 * p.batch());
    }

    @Override
    public String temperatureFormula() {
        return noise.model() == NoisyGradient.Model.ISOTROPIC
                ? "T_eff = ησ²/(2B)  (the chapter's \"T = η/B\" drops σ² and the 2 of √(2T) dW)"
                : "T_eff = ησ²/(2B) is only a scale here: anisotropic noise has no Gibbs density (see the Lyapunov covariance)";
    }

    /**
     * Isotropic noise: Kramers for the small-η SDE dθ = −∇f dt + √(2T_eff) dW (time = steps × η). Shaped noise
     * has no Gibbs density, so no Kramers rate.
     */
    @Override
    public EscapeTheory escapeTheory() {
        return noise.model() == NoisyGradient.Model.ISOTROPIC
                ? EscapeTheory.overdamped(this::effectiveTemperature, "SGD's small-η SDE at T_eff = ησ²/(2B)")
                : EscapeTheory.none("anisotropic gradient noise has no Gibbs density: no Kramers rate");
    }

    @Override
    public double contraction(Params p, double lambda) {
        return Multipliers.gradientStep(p.eta(), lambda);
    }

    /**
     * x ← (1 − ηλ)x − ηζ/√B with Var ζ = σ²s has variance η²σ²s/B / (1 − (1 − ηλ)²) = ησ²s/(Bλ(2 − ηλ)):
     * s = 1 for isotropic noise, s = λ for Hessian-shaped noise (whose variance is then the same along
     * every direction); a general Σ is not aligned with H, so there is no per-direction prediction.
     */
    @Override
    public double stationaryVariance(Params p, double lambda) {
        double a = p.eta() * lambda;
        if (!(a > 0 && a < 2) || noise.model() == NoisyGradient.Model.COVARIANCE) {
            return Double.NaN;
        }
        double s = noise.model() == NoisyGradient.Model.HESSIAN ? lambda : 1;
        double sigma = noise.sigma();
        return p.eta() * sigma * sigma * s / (p.batch() * lambda * (2 - a));
    }

    /**
     * The discrete-time Lyapunov equation C = (I − ηH) C (I − ηH) + η²σ²Σ/B (seed 001, Theorem 5) for a
     * user Σ; null for the other models, whose variance is given per eigen-direction.
     */
    @Override
    public double[] stationaryCovariance(Landscape f, Params p, double[] hessian) {
        if (noise.model() != NoisyGradient.Model.COVARIANCE) {
            return null;
        }
        double s2 = noise.sigma() * noise.sigma();
        double[] c = noise.shape();
        try {
            return StationaryCovariance.sgdDiscrete(hessian, new double[] {s2 * c[0], s2 * c[1], s2 * c[2]}, p.eta(),
                    p.batch());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** η²σ²Σ/B, with Σ = I, the clipped Hessian at (x, y), or the user's Σ. */
    @Override
    public double[] stepNoiseCovariance(Landscape f, Params p, double x, double y) {
        double sigma = noise.sigma();
        double scale = p.eta() * p.eta() * sigma * sigma / p.batch();
        double[] c = noise.shapeAt(f, x, y);
        return new double[] {scale * c[0], scale * c[1], scale * c[2]};
    }

    @Override
    public void step(Landscape f, Params p, long t, ParticleArrays s, int from, int to, Workspace w) {
        f.gradients(s.x, s.y, from, to, w.gx, w.gy);
        noise.draw(f, s, s.x, s.y, from, from, to, w);
        double eta = p.eta();
        double scale = eta * noise.sigma() / Math.sqrt(p.batch());
        double[] x = s.x;
        double[] y = s.y;
        boolean[] dead = s.diverged;
        for (int i = from; i < to; i++) {
            if (!dead[i]) {
                x[i] -= eta * w.gx[i - from] + scale * w.nx[i - from];
            }
        }
        if (s.dimension == 2) {
            for (int i = from; i < to; i++) {
                if (!dead[i]) {
                    y[i] -= eta * w.gy[i - from] + scale * w.ny[i - from];
                }
            }
        }
    }

    /**
     * With isotropic noise, the same step over d coordinates, x ← x − (η∇f + ησζ/√B), each particle drawing its
     * coordinates' normals in order, shaped like the model's Σ ({@link NoisyGradient#drawInDimensions}: H₊ by
     * Hessian–vector products; a user Σ where d ≤ 2).
     */
    @Override
    public java.util.Optional<VectorStep> inDimensions() {
        return java.util.Optional.of((f, p, t, s, from, to, w) -> {
            w.gradient(f, s, from, to);
            noise.drawInDimensions(f, s, s.coords, from, from, to, w);
            double eta = p.eta();
            double scale = eta * noise.sigma() / Math.sqrt(p.batch());
            boolean[] dead = s.diverged;
            for (int k = 0; k < s.dimension; k++) {
                double[] x = s.coords[k];
                double[] g = w.g[k];
                double[] n = w.n[k];
                for (int i = from; i < to; i++) {
                    if (!dead[i]) {
                        x[i] -= eta * g[i - from] + scale * n[i - from];
                    }
                }
            }
        });
    }
}
