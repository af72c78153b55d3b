package org.basinscope.engine.landscape;

import java.util.Arrays;
import java.util.Optional;
import java.util.Random;
import org.basinscope.engine.spec.InvalidInputException;
import org.basinscope.engine.spec.Numbers;

/**
 * A sum of K Gaussian wells over ℝ^d (seed 001, C.2, a multimodal target):
 *
 * <pre>  f(θ) = −log Σₖ wₖ·exp(−|θ − μₖ|²/(2s²)),   wₖ = rᵏ/Σⱼ rʲ,</pre>
 *
 * with width s = {@code width} (default 1) and weight ratio r = {@code ratio} (default 1: equal weights). So
 * exp(−f) is exactly (2πs²)^{d/2} times the Gaussian mixture Σₖ wₖ·N(μₖ, s²I): at T = 1 the Gibbs density is that
 * mixture, with mean Σₖ wₖμₖ and E|θ|² = d·s² + Σₖ wₖ|μₖ|².
 *
 * <p>Layout: {@code layout=line} (default) puts the modes on the θ₁ axis, {@code spacing} apart (default 4), centred
 * on 0 — the planar C.2 arrangement, the other coordinates a plain well of curvature 1/s²; {@code layout=sphere} puts
 * them on the sphere of radius {@code spacing} in directions drawn from {@code seed} (uniform: normalised Gaussian
 * vectors). With pₖ(θ) the wells' posterior weights (a softmax), ∇f = (θ − Σₖ pₖμₖ)/s² and
 * H = I/s² − Cov_p(μ)/s⁴, so well-separated modes are minima with H ≈ I/s². Start (0.5, …, 0.5).
 */
public final class Mixture implements VectorLandscape {
    /** Largest K·d (the stored centres: 80 MB). */
    public static final long MAX_CENTRES = 10_000_000L;
    /** Largest number of modes. */
    public static final int MAX_MODES = 1_000;

    private final int d;
    private final int modes;
    private final double s2;
    private final double[] logWeights;
    /** Row-major K × d centres. */
    private final double[] mu;
    private final String layout;
    private final double spacing;

    public Mixture(int dimension, int modes, double spacing, double width, double ratio, String layout, long seed) {
        d = VectorLandscape.checkDimension("landscape mixture", dimension, 1);
        if (modes < 1 || modes > MAX_MODES) {
            throw new InvalidInputException("landscape mixture option modes = " + modes
                    + " is outside the allowed range [1, " + MAX_MODES + "]");
        }
        if ((long) modes * d > MAX_CENTRES) {
            throw new InvalidInputException("landscape mixture: modes·dim = " + (long) modes * d
                    + " is over the limit modes·dim ≤ 10⁷");
        }
        this.modes = modes;
        this.spacing = Numbers.checkRange("landscape mixture option spacing", spacing, 0, 1e6);
        double s = Numbers.checkRange("landscape mixture option width", width, 1e-6, 1e6);
        s2 = s * s;
        Numbers.checkRange("landscape mixture option ratio", ratio, 1e-6, 1e6);
        this.layout = layout;
        logWeights = new double[modes];
        double norm = 0;
        for (int k = 0; k < modes; k++) {
            norm += Math.pow(ratio, k);
        }
        for (int k = 0; k < modes; k++) {
            logWeights[k] = k * Math.log(ratio) - Math.log(norm);
        }
        mu = new double[modes * d];
        if (layout.equals("line")) {
            for (int k = 0; k < modes; k++) {
                mu[k * d] = spacing * (k - (modes - 1) / 2.0);
            }
        } else {
            Random random = new Random(seed);
            for (int k = 0; k < modes; k++) {
                double norm2 = 0;
                for (int j = 0; j < d; j++) {
                    double z = random.nextGaussian();
                    mu[k * d + j] = z;
                    norm2 += z * z;
                }
                double scale = spacing / Math.sqrt(norm2);
                for (int j = 0; j < d; j++) {
                    mu[k * d + j] *= scale;
                }
            }
        }
    }

    /**
     * At T = 1, exp(−f) is the mixture itself, so coordinate c is Σₖ wₖ N(μₖ_c, s²) exactly, for either layout. On
     * the line the modes differ only in θ₁ and f = |θ⊥|²/(2s²) + g(θ₁) separates: at any T a coordinate across the
     * line is N(0, Ts²) and θ₁ has density ∝ exp(−g/T), normalised numerically.
     */
    @Override
    public Optional<GibbsMarginal> gibbsMarginal(int c, double temperature) {
        if (c < 0 || c >= d || !(temperature > 0) || !Double.isFinite(temperature)) {
            return Optional.empty();
        }
        boolean line = layout.equals("line");
        if (line && c > 0) {
            return Optional.of(GibbsMarginal.gaussian("N(0, T·s²)", 0, temperature * s2));
        }
        if (temperature == 1) {
            double[] w = new double[modes];
            double[] m = new double[modes];
            for (int k = 0; k < modes; k++) {
                w[k] = weight(k);
                m[k] = mu[k * d + c];
            }
            double norm = 1 / Math.sqrt(2 * Math.PI * s2);
            return Optional.of(new GibbsMarginal("Σₖ wₖ N(μₖ, s²)", x -> {
                double p = 0;
                for (int k = 0; k < modes; k++) {
                    p += w[k] * norm * Math.exp(-(x - m[k]) * (x - m[k]) / (2 * s2));
                }
                return p;
            }));
        }
        if (!line) {
            return Optional.empty();
        }
        double reach = spacing * (modes - 1) / 2.0 + 12 * Math.sqrt(temperature * s2);
        return Optional.of(GibbsMarginal.normalised("∝ exp(−g(θ₁)/T)", x -> {
            double max = Double.NEGATIVE_INFINITY;
            double[] r = new double[modes];
            for (int k = 0; k < modes; k++) {
                double u = x - mu[k * d];
                r[k] = logWeights[k] - u * u / (2 * s2);
                max = Math.max(max, r[k]);
            }
            double z = 0;
            for (int k = 0; k < modes; k++) {
                z += Math.exp(r[k] - max);
            }
            return (max + Math.log(z)) / temperature;
        }, -reach, reach));
    }

    /** The centre of mode k (a copy). */
    public double[] centre(int k) {
        return Arrays.copyOfRange(mu, k * d, (k + 1) * d);
    }

    /** The weight wₖ of mode k. */
    public double weight(int k) {
        return Math.exp(logWeights[k]);
    }

    public int modes() {
        return modes;
    }

    /** s², the wells' variance. */
    public double widthSquared() {
        return s2;
    }

    @Override
    public int dimension() {
        return d;
    }

    /**
     * Writes rₖ = log wₖ − |θ − μₖ|²/(2s²) into {@code r} and returns max rₖ (so that the softmax and the
     * log-sum-exp stay finite however far θ is from every mode).
     */
    private double exponents(double[] t, double[] r) {
        double max = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < modes; k++) {
            int o = k * d;
            double q = 0;
            for (int j = 0; j < d; j++) {
                double u = t[j] - mu[o + j];
                q += u * u;
            }
            r[k] = logWeights[k] - q / (2 * s2);
            max = Math.max(max, r[k]);
        }
        return max;
    }

    /** Turns the exponents into the posterior weights pₖ in place; returns log Σ exp rₖ. */
    private double softmax(double[] r, double max) {
        double z = 0;
        for (int k = 0; k < modes; k++) {
            r[k] = Math.exp(r[k] - max);
            z += r[k];
        }
        for (int k = 0; k < modes; k++) {
            r[k] /= z;
        }
        return max + Math.log(z);
    }

    @Override
    public double value(double[] t) {
        double[] r = Scratch.work(modes);
        return -softmax(r, exponents(t, r));
    }

    @Override
    public void gradient(double[] t, double[] g) {
        double[] p = Scratch.work(modes);
        softmax(p, exponents(t, p));
        for (int j = 0; j < d; j++) {
            g[j] = t[j];
        }
        for (int k = 0; k < modes; k++) {
            double pk = p[k];
            int o = k * d;
            for (int j = 0; j < d; j++) {
                g[j] -= pk * mu[o + j];
            }
        }
        for (int j = 0; j < d; j++) {
            g[j] /= s2;
        }
    }

    /** H·v = v/s² − Σₖ pₖ(μₖ·v − μ̄·v)(μₖ − μ̄)/s⁴, μ̄ = Σₖ pₖμₖ: the class's formula for H applied to v. */
    @Override
    public void hessianVector(double[] t, double[] v, double[] hv) {
        double[] work = Scratch.work(2 * modes);
        softmax(work, exponents(t, work));
        double meanProjection = 0;
        for (int k = 0; k < modes; k++) {
            int o = k * d;
            double c = 0;
            for (int j = 0; j < d; j++) {
                c += mu[o + j] * v[j];
            }
            work[modes + k] = c;
            meanProjection += work[k] * c;
        }
        for (int j = 0; j < d; j++) {
            hv[j] = v[j] / s2;
        }
        // Σₖ pₖ(cₖ − c̄)(μₖ − μ̄) = Σₖ pₖ(cₖ − c̄)μₖ, since Σₖ pₖ(cₖ − c̄) = 0.
        for (int k = 0; k < modes; k++) {
            double coefficient = work[k] * (work[modes + k] - meanProjection) / (s2 * s2);
            int o = k * d;
            for (int j = 0; j < d; j++) {
                hv[j] -= coefficient * mu[o + j];
            }
        }
    }

    @Override
    public double[] defaultStart() {
        double[] s = new double[d];
        Arrays.fill(s, 0.5);
        return s;
    }

    @Override
    public String describe() {
        String where = layout.equals("line") ? "on the θ₁ axis " + Numbers.format(spacing) + " apart"
                : "on the sphere of radius " + Numbers.format(spacing);
        return "−log Σₖ wₖ·exp(−|θ − μₖ|²/(2·" + Numbers.format(s2) + ")) in " + d + " dimensions, " + modes
                + " modes " + where + (modes > 1 && logWeights[1] != logWeights[0] ? ", weights ∝ "
                + Numbers.format(Math.exp(logWeights[1] - logWeights[0])) + "ᵏ" : ", equal weights");
    }
}
