package org.basinscope.engine.dynamics;

import java.util.Set;
import org.basinscope.engine.analysis.Curvature;
import org.basinscope.engine.equilibrium.StationaryCovariance;
import org.basinscope.engine.landscape.Landscape;
import org.basinscope.engine.spec.InvalidInputException;
import org.basinscope.engine.spec.Numbers;

/**
 * SGD on an analytic loss with a model of minibatch noise: x ← x − η (∇f(x) + ζ/√B), where ζ is the
 * per-example gradient noise, Cov ζ = σ² Σ, and a batch of B examples has covariance σ²Σ/B. The noise
 * geometry Σ is one of (seed 001, Theorem 5 and the anisotropic-noise example):
 * <ul>
 * <li>{@code isotropic}: Σ = I;</li>
 * <li>{@code hessian}: Σ = H(x), the Hessian at the particle (negative curvatures clipped to 0) — the
 * noise–curvature coupling of least squares near a minimum;</li>
 * <li>{@code covariance}: a fixed user matrix Σ = [[sxx, sxy], [sxy, syy]] (positive definite).</li>
 * </ul>
 * The same seed draws the same standard normals ξ in every model (ζ = σ L ξ with L Lᵀ = Σ), so runs
 * that differ only in the model differ only in the noise geometry.
 *
 * <p>On f = x²/2 with isotropic noise the stationary variance is η σ² / (B (2 − η)) (science/CHECKS.md):
 * the linear recursion x ← (1 − η) x − η σ ξ/√B has variance η² σ²/B / (1 − (1 − η)²). For small η this
 * is the Gibbs variance of temperature T_eff = η σ² / (2B). Anisotropic noise has no Gibbs density; its
 * covariance near a minimum solves a Lyapunov equation ({@code equilibrium.StationaryCovariance}).
 */
public final class StochasticGradient implements Dynamics {
    /** The noise geometry Σ. */
    public enum NoiseModel {
        ISOTROPIC, HESSIAN, COVARIANCE
    }

    private final double sigma;
    private final NoiseModel model;
    /** Σ as {sxx, sxy, syy} (identity unless COVARIANCE). */
    private final double[] covariance;
    /** Cholesky factor of Σ: {l11, l21, l22}. */
    private final double l11;
    private final double l21;
    private final double l22;

    /** Isotropic noise of per-example standard deviation σ. */
    public StochasticGradient(double sigma) {
        this(sigma, NoiseModel.ISOTROPIC, new double[] {1, 0, 1});
    }

    /**
     * @param sigma      per-example gradient-noise scale σ ≥ 0 (default 1)
     * @param covariance Σ as {sxx, sxy, syy}; used by {@link NoiseModel#COVARIANCE}, must be positive definite
     */
    public StochasticGradient(double sigma, NoiseModel model, double[] covariance) {
        this.sigma = Numbers.checkRange("sgd sigma", sigma, 0, 1e6);
        this.model = model;
        this.covariance = model == NoiseModel.COVARIANCE ? covariance.clone() : new double[] {1, 0, 1};
        double[] c = this.covariance;
        if (!(c[0] > 0) || !(c[2] > 0) || !(c[0] * c[2] - c[1] * c[1] > 0)) {
            throw new InvalidInputException("sgd noise covariance [[" + Numbers.format(c[0])
                    + ", " + Numbers.format(c[1]) + "], [" + Numbers.format(c[1]) + ", " + Numbers.format(c[2])
                    + "]] must be positive definite (sxx > 0, syy > 0, sxx·syy > sxy²)");
        }
        l11 = Math.sqrt(c[0]);
        l21 = c[1] / l11;
        l22 = Math.sqrt(c[2] - l21 * l21);
    }

    public double sigma() {
        return sigma;
    }

    public NoiseModel model() {
        return model;
    }

    /** Σ as {sxx, sxy, syy} (for HESSIAN: the identity placeholder; Σ is H at each point). */
    public double[] covariance() {
        return covariance.clone();
    }

    @Override
    public String name() {
        return "sgd";
    }

    @Override
    public String describe() {
        String noise = switch (model) {
            case ISOTROPIC -> "isotropic noise";
            case HESSIAN -> "noise covariance σ²H(x)/B";
            case COVARIANCE -> "noise covariance σ²Σ/B, Σ = [[" + Numbers.format(covariance[0]) + ", "
                    + Numbers.format(covariance[1]) + "], [" + Numbers.format(covariance[1]) + ", "
                    + Numbers.format(covariance[2]) + "]]";
        };
        return "x ← x − η(∇f(x) + ζ/√B), σ = " + Numbers.format(sigma) + ", " + noise;
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
        return model == NoiseModel.ISOTROPIC
                ? "T_eff = ησ²/(2B)  (the chapter's \"T = η/B\" drops σ² and the 2 of √(2T) dW)"
                : "T_eff = ησ²/(2B) is only a scale here: anisotropic noise has no Gibbs density (see the Lyapunov covariance)";
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
        if (!(a > 0 && a < 2) || model == NoiseModel.COVARIANCE) {
            return Double.NaN;
        }
        double s = model == NoiseModel.HESSIAN ? lambda : 1;
        return p.eta() * sigma * sigma * s / (p.batch() * lambda * (2 - a));
    }

    /**
     * The discrete-time Lyapunov equation C = (I − ηH) C (I − ηH) + η²σ²Σ/B (seed 001, Theorem 5) for a
     * user Σ; null for the other models, whose variance is given per eigen-direction.
     */
    @Override
    public double[] stationaryCovariance(Landscape f, Params p, double[] hessian) {
        if (model != NoiseModel.COVARIANCE) {
            return null;
        }
        double s2 = sigma * sigma;
        try {
            return StationaryCovariance.sgdDiscrete(hessian,
                    new double[] {s2 * covariance[0], s2 * covariance[1], s2 * covariance[2]}, p.eta(), p.batch());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** η²σ²Σ/B, with Σ = I, the clipped Hessian at (x, y), or the user's Σ. */
    @Override
    public double[] stepNoiseCovariance(Landscape f, Params p, double x, double y) {
        double scale = p.eta() * p.eta() * sigma * sigma / p.batch();
        double[] c = covariance.clone();
        if (model == NoiseModel.HESSIAN) {
            double[] h = new double[3];
            f.hessian(x, y, h);
            double[] e = Curvature.eigen(h[0], h[1], h[2]);
            double l1 = Math.max(0, e[0]);
            double l2 = Math.max(0, e[1]);
            double cs = e[2];
            double sn = e[3];
            // H₊ = l1 u uᵀ + l2 v vᵀ with u = (c, s), v = (−s, c).
            c = new double[] {l1 * cs * cs + l2 * sn * sn, (l1 - l2) * cs * sn, l1 * sn * sn + l2 * cs * cs};
        }
        return new double[] {scale * c[0], scale * c[1], scale * c[2]};
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
        if (model == NoiseModel.HESSIAN) {
            hessianShaped(f, s, from, to, w);
        } else if (model == NoiseModel.COVARIANCE) {
            // ζ = L ξ in place: (l11 ξx, l21 ξx + l22 ξy); in 1-D only sxx applies.
            for (int i = from; i < to; i++) {
                int k = i - from;
                double nx = w.nx[k];
                w.nx[k] = l11 * nx;
                if (s.dimension == 2) {
                    w.ny[k] = l21 * nx + l22 * w.ny[k];
                }
            }
        }
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

    /** Replaces ξ by H₊^{1/2} ξ, H₊ the Hessian at the particle with negative eigenvalues set to 0. */
    private static void hessianShaped(Landscape f, ParticleArrays s, int from, int to, Workspace w) {
        double[] h = w.hessian;
        for (int i = from; i < to; i++) {
            if (s.diverged[i]) {
                continue;
            }
            int k = i - from;
            f.hessian(s.x[i], s.y[i], h);
            if (s.dimension == 1) {
                w.nx[k] *= Math.sqrt(Math.max(0, h[0]));
                continue;
            }
            // Symmetric square root of the clipped 2×2 Hessian via its eigen-decomposition.
            double a = h[0];
            double b = h[1];
            double c = h[2];
            double mean = 0.5 * (a + c);
            double r = Math.hypot(0.5 * (a - c), b);
            double l1 = Math.sqrt(Math.max(0, mean + r));
            double l2 = Math.sqrt(Math.max(0, mean - r));
            double angle = 0.5 * Math.atan2(2 * b, a - c);
            double cs = Math.cos(angle);
            double sn = Math.sin(angle);
            double s11 = l1 * cs * cs + l2 * sn * sn;
            double s12 = (l1 - l2) * cs * sn;
            double s22 = l1 * sn * sn + l2 * cs * cs;
            double nx = w.nx[k];
            double ny = w.ny[k];
            w.nx[k] = s11 * nx + s12 * ny;
            w.ny[k] = s12 * nx + s22 * ny;
        }
    }
}
