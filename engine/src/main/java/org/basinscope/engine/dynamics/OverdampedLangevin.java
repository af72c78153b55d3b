package org.basinscope.engine.dynamics;

import java.util.Optional;
import org.basinscope.engine.landscape.VectorLandscape;
import org.basinscope.engine.landscape.Landscape;
import org.basinscope.engine.random.Gaussian;
import org.basinscope.engine.simd.Kernels;

/**
 * Overdamped Langevin dynamics dx = −∇f dt + √(2T) dW with time step η, by one of three integrators
 * (seed 001, "Langevin in practice"; science/CHECKS.md):
 * <ul>
 * <li>{@code em} — Euler–Maruyama, the unadjusted Langevin algorithm: x ← x − η∇f(x) + √(2ηT) ξ. Its
 * stationary density tends to exp(−f/T)/Z as η → 0 but is biased at finite η: on f = λx²/2 the variance
 * is T/(λ(1 − ηλ/2)). Milstein's scheme adds ½ b b' (ΔW² − Δt) to it, which is zero here because the
 * noise amplitude b = √(2T) does not depend on x: for this equation Milstein <i>is</i> Euler–Maruyama.</li>
 * <li>{@code heun} — the stochastic Heun method, a two-stage stochastic Runge–Kutta scheme for additive
 * noise: predictor x̃ = x − η∇f(x) + √(2ηT) ξ, corrector x ← x − (η/2)(∇f(x) + ∇f(x̃)) + √(2ηT) ξ. Its
 * variance bias on a quadratic is O(η²) instead of O(η).</li>
 * <li>{@code lm} — Leimkuhler–Matthews: x ← x − η∇f(x) + √(2ηT)(ξₙ + ξₙ₊₁)/2, reusing each draw in two
 * steps. On a quadratic its stationary variance is T/λ exactly for every stable η.</li>
 * </ul>
 */
public final class OverdampedLangevin extends LangevinSampler {
    /** The integrator. */
    public enum Scheme {
        EM, HEUN, LM
    }

    private final Scheme scheme;

    public OverdampedLangevin() {
        this(Scheme.EM);
    }

    public OverdampedLangevin(Scheme scheme) {
        this.scheme = scheme;
    }

    public Scheme scheme() {
        return scheme;
    }

    /** Every scheme discretises the overdamped Langevin SDE. */
    @Override
    public boolean followsOverdampedFokkerPlanck() {
        return true;
    }

    @Override
    public String name() {
        return "langevin";
    }

    @Override
    public String describe() {
        return switch (scheme) {
            case EM -> "x ← x − η∇f(x) + √(2ηT) ξ  (Euler–Maruyama)";
            case HEUN -> "x̃ = x − η∇f(x) + √(2ηT) ξ, x ← x − (η/2)(∇f(x) + ∇f(x̃)) + √(2ηT) ξ  (stochastic Heun)";
            case LM -> "x ← x − η∇f(x) + √(2ηT)(ξₙ + ξₙ₊₁)/2  (Leimkuhler–Matthews)";
        };
    }

    @Override
    public String temperatureFormula() {
        return switch (scheme) {
            case EM -> "T_eff = T; Euler–Maruyama is biased at finite η: var = T/(1 − ηλ/2) on a quadratic";
            case HEUN -> "T_eff = T; the stochastic Heun scheme's bias is O(η²) on a quadratic";
            case LM -> "T_eff = T; Leimkuhler–Matthews is exact on a quadratic (var = T/λ)";
        };
    }

    /** The deterministic part of one step on λx²/2: 1 − ηλ (EM, LM) or 1 − ηλ + (ηλ)²/2 (Heun). */
    @Override
    public double contraction(Params p, double lambda) {
        if (scheme == Scheme.HEUN) {
            double a = p.eta() * lambda;
            return Math.abs(1 - a + a * a / 2);
        }
        return Multipliers.gradientStep(p.eta(), lambda);
    }

    /**
     * Exact stationary variances of the linear recursions on λx²/2 (a = ηλ, σ² = 2ηT):
     * EM x ← (1 − a)x + σξ: σ²/(1 − (1 − a)²) = T/(λ(1 − a/2));
     * Heun x ← (1 − a + a²/2)x + σ(1 − a/2)ξ: σ²(1 − a/2)²/(1 − (1 − a + a²/2)²);
     * LM, an ARMA(1, 1) with both noise weights σ/2: σ²/(2a) = T/λ.
     */
    @Override
    public double stationaryVariance(Params p, double lambda) {
        double a = p.eta() * lambda;
        double s2 = 2 * p.eta() * p.temperature();
        return switch (scheme) {
            case EM -> a > 0 && a < 2 ? p.temperature() / (lambda * (1 - a / 2)) : Double.NaN;
            case HEUN -> {
                double m = 1 - a + a * a / 2;
                yield a > 0 && Math.abs(m) < 1 ? s2 * (1 - a / 2) * (1 - a / 2) / (1 - m * m) : Double.NaN;
            }
            case LM -> a > 0 && a < 2 ? p.temperature() / lambda : Double.NaN;
        };
    }

    /**
     * 2ηT·I (Euler–Maruyama); ηT·I for Leimkuhler–Matthews, whose step adds √(2ηT)(ξₙ + ξₙ₊₁)/2; and
     * 2ηT(I − ηH/2)² for Heun, whose corrector passes the noise through half a gradient step (exact on a
     * quadratic).
     */
    @Override
    public double[] stepNoiseCovariance(Landscape f, Params p, double x, double y) {
        double v = 2 * p.eta() * p.temperature();
        return switch (scheme) {
            case EM -> Noise.langevinStep(p);
            case LM -> new double[] {v / 2, 0, v / 2};
            case HEUN -> {
                double[] h = new double[3];
                f.hessian(x, y, h);
                double a = p.eta() / 2;
                // M = I − (η/2)H; M M = I − ηH + (η²/4)H².
                double m11 = 1 - a * h[0];
                double m12 = -a * h[1];
                double m22 = 1 - a * h[2];
                yield new double[] {v * (m11 * m11 + m12 * m12), v * (m11 * m12 + m12 * m22), v * (m12 * m12 + m22 * m22)};
            }
        };
    }

    /** 2T·I for every scheme: they all integrate dx = −∇f dt + √(2T) dW. */
    @Override
    public double[] diffusion(Landscape f, Params p, double x, double y) {
        return new double[] {2 * p.temperature(), 0, 2 * p.temperature()};
    }

    @Override
    public int auxiliaryArrays() {
        return scheme == Scheme.LM ? 2 : 0;
    }

    /** Leimkuhler–Matthews starts with one draw in hand (the ξₙ of the first step). */
    @Override
    public void start(Landscape f, Params p, ParticleArrays s, int from, int to, Workspace w) {
        if (scheme == Scheme.LM) {
            for (int i = from; i < to; i++) {
                s.aux[0][i] = Gaussian.next(s.seeds, s.gammas, i);
                s.aux[1][i] = s.dimension == 2 ? Gaussian.next(s.seeds, s.gammas, i) : 0;
            }
        }
    }

    @Override
    public void step(Landscape f, Params p, long t, ParticleArrays s, int from, int to, Workspace w) {
        f.gradients(s.x, s.y, from, to, w.gx, w.gy);
        Noise.draw(s, from, to, w);
        double eta = p.eta();
        double noise = Math.sqrt(2 * eta * p.temperature());
        switch (scheme) {
            case EM -> update(s.x, w.gx, w.nx, s.diverged, from, to, eta, noise);
            case LM -> {
                lm(s.x, w.gx, w.nx, s.aux[0], s.diverged, from, to, eta, noise);
            }
            case HEUN -> heun(f, s, from, to, w, eta, noise);
        }
        if (s.dimension == 2) {
            switch (scheme) {
                case EM -> update(s.y, w.gy, w.ny, s.diverged, from, to, eta, noise);
                case LM -> lm(s.y, w.gy, w.ny, s.aux[1], s.diverged, from, to, eta, noise);
                case HEUN -> { }
            }
        }
    }

    /** x ← x − η g + σ ξ over one coordinate of a block. */
    private static void update(double[] x, double[] g, double[] n, boolean[] dead, int from, int to, double eta,
            double noise) {
        Kernels.active().noisyStep(x, g, n, dead, from, to, eta, noise);
    }

    /** x ← x − η g + σ(ξ_prev + ξ)/2, then ξ becomes ξ_prev. */
    private static void lm(double[] x, double[] g, double[] n, double[] previous, boolean[] dead, int from, int to,
            double eta, double noise) {
        for (int i = from; i < to; i++) {
            if (!dead[i]) {
                double xi = n[i - from];
                x[i] += 0.5 * noise * (previous[i] + xi) - eta * g[i - from];
                previous[i] = xi;
            }
        }
    }

    /** Predictor into w.px/py, half the corrector applied in place, the other half after ∇f(x̃). */
    private static void heun(Landscape f, ParticleArrays s, int from, int to, Workspace w, double eta, double noise) {
        boolean two = s.dimension == 2;
        for (int i = from; i < to; i++) {
            int k = i - from;
            w.px[k] = s.x[i] - eta * w.gx[k] + noise * w.nx[k];
            w.py[k] = two ? s.y[i] - eta * w.gy[k] + noise * w.ny[k] : 0;
            if (!s.diverged[i]) {
                s.x[i] += noise * w.nx[k] - 0.5 * eta * w.gx[k];
                if (two) {
                    s.y[i] += noise * w.ny[k] - 0.5 * eta * w.gy[k];
                }
            }
        }
        f.gradients(w.px, w.py, 0, to - from, w.gx, w.gy);
        for (int i = from; i < to; i++) {
            if (!s.diverged[i]) {
                int k = i - from;
                s.x[i] -= 0.5 * eta * w.gx[k];
                if (two) {
                    s.y[i] -= 0.5 * eta * w.gy[k];
                }
            }
        }
    }

    /** Every scheme over d coordinates, each particle drawing its coordinates' normals in order. */
    @Override
    public Optional<VectorStep> inDimensions() {
        return Optional.of(new VectorStep() {
            @Override
            public int coordinateArrays() {
                return scheme == Scheme.LM ? 1 : 0;
            }

            @Override
            public void start(VectorLandscape f, Params p, ParticleArrays s, int from, int to, VectorWorkspace w) {
                if (scheme == Scheme.LM) {
                    double[][] previous = s.coordinateAux[0];
                    for (int i = from; i < to; i++) {
                        for (int k = 0; k < s.dimension; k++) {
                            previous[k][i] = Gaussian.next(s.seeds, s.gammas, i);
                        }
                    }
                }
            }

            @Override
            public void step(VectorLandscape f, Params p, long t, ParticleArrays s, int from, int to,
                    VectorWorkspace w) {
                w.gradient(f, s, from, to);
                w.draw(s, from, to);
                double eta = p.eta();
                double noise = Math.sqrt(2 * eta * p.temperature());
                if (scheme == Scheme.HEUN) {
                    vectorHeun(f, s, from, to, w, eta, noise);
                    return;
                }
                for (int k = 0; k < s.dimension; k++) {
                    if (scheme == Scheme.EM) {
                        update(s.coords[k], w.g[k], w.n[k], s.diverged, from, to, eta, noise);
                    } else {
                        lm(s.coords[k], w.g[k], w.n[k], s.coordinateAux[0][k], s.diverged, from, to, eta, noise);
                    }
                }
            }
        });
    }

    /** {@link #heun} over d coordinates: the predictor into w.p, its gradients after. */
    private static void vectorHeun(VectorLandscape f, ParticleArrays s, int from, int to, VectorWorkspace w,
            double eta, double noise) {
        boolean[] dead = s.diverged;
        for (int k = 0; k < s.dimension; k++) {
            double[] x = s.coords[k];
            double[] g = w.g[k];
            double[] n = w.n[k];
            double[] px = w.p[k];
            for (int i = from; i < to; i++) {
                int j = i - from;
                px[j] = x[i] - eta * g[j] + noise * n[j];
                if (!dead[i]) {
                    x[i] += noise * n[j] - 0.5 * eta * g[j];
                }
            }
        }
        f.gradients(w.p, 0, to - from, w.g);
        for (int k = 0; k < s.dimension; k++) {
            double[] x = s.coords[k];
            double[] g = w.g[k];
            for (int i = from; i < to; i++) {
                if (!dead[i]) {
                    x[i] -= 0.5 * eta * g[i - from];
                }
            }
        }
    }
}
