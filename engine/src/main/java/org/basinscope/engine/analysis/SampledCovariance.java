package org.basinscope.engine.analysis;

import org.basinscope.engine.dynamics.GradientSource;
import org.basinscope.engine.dynamics.Params;
import org.basinscope.engine.dynamics.ParticleArrays;
import org.basinscope.engine.dynamics.VectorWorkspace;
import org.basinscope.engine.landscape.ExampleGradients;
import org.basinscope.engine.landscape.VectorLandscape;
import org.basinscope.engine.spec.InvalidInputException;

/**
 * C = w Σ_m r_m r_mᵀ over M rows of d values, kept as the rows: C·v = w Σ_m r_m (r_m·v) costs M·d,
 * tr(CH) = w Σ_m r_mᵀ H r_m costs M Hessian–vector products, ‖C‖_F² = w² Σ_{m,m'} (r_m·r_m')² costs M²d/2.
 * Rows are (1) the per-example deviations ∇ℓᵢ − ∇f with w = c_B/n, the covariance of a minibatch mean of B
 * examples drawn without replacement (c_B = (n − B)/(B(n − 1)), as {@code MinibatchCovariance}), or (2) M
 * sampled errors g̃ − ∇f of a gradient estimate with w = 1/M (the mean is known to be 0, so no M − 1).
 *
 * <p>Sampled rows make tr Ĉ and tr(ĈH) unbiased but not ‖Ĉ‖_F²: for errors of covariance c·I,
 * E‖Ĉ‖_F² = c²d(1 + (d + 1)/M) (the M diagonal terms E‖ξ‖⁴ = d² + 2d, the M(M − 1) others E(ξ·ξ')² = d), so a
 * sampled alignment reads low by about √(1 + (d + 1)/M) — 5 % at d = 100, M = 1000.
 */
public final class SampledCovariance implements NoiseCovariance {
    /** At most this many stored values (M·d), as the ensemble's limit. */
    public static final long MAX_VALUES = 50_000_000L;

    private final double[][] rows;
    private final double weight;
    private final int d;
    private final String origin;

    /** C = weight · Σ rows[m] rows[m]ᵀ (the rows are kept, not copied); {@code origin} says what the rows are. */
    public SampledCovariance(double[][] rows, double weight, String origin) {
        if (rows.length == 0) {
            throw new InvalidInputException("a sampled covariance needs at least one row");
        }
        this.rows = rows;
        this.weight = weight;
        this.d = rows[0].length;
        this.origin = origin;
    }

    @Override
    public String describe() {
        return origin;
    }

    /**
     * The covariance of a minibatch gradient of {@code batch} examples at θ: c_B·S with S the per-example
     * covariance (1/n) Σ (∇ℓᵢ − ∇f)(∇ℓᵢ − ∇f)ᵀ; {@code batch} = 1 gives S itself ((n − 1)/(n − 1) = 1).
     */
    public static SampledCovariance minibatch(ExampleGradients f, double[] theta, int batch) {
        int n = f.examples();
        int d = f.dimension();
        if (batch < 1 || batch > n) {
            throw new InvalidInputException("batch " + batch + " is outside the allowed range [1, " + n + "]");
        }
        checkSize(n, d);
        double[][] rows = new double[n][d];
        double[] mean = new double[d];
        for (int i = 0; i < n; i++) {
            f.exampleGradient(i, theta, rows[i]);
            for (int a = 0; a < d; a++) {
                mean[a] += rows[i][a] / n;
            }
        }
        for (double[] r : rows) {
            for (int a = 0; a < d; a++) {
                r[a] -= mean[a];
            }
        }
        double factor = n <= 1 ? 0 : (double) (n - batch) / (batch * (n - 1.0));
        return new SampledCovariance(rows, factor / n, "c_B·S over the " + n + " examples, B = " + batch + ", exact");
    }

    /**
     * M = {@code samples} errors g̃ − ∇f of a source's estimate at θ: particle m of a run from θ with
     * {@code seed} would draw exactly the m-th (its own stream, coordinates in order). For sources that estimate
     * in d dimensions ({@link GradientSource#anyDimension()}); their per-particle state, if any, is fresh.
     */
    public static SampledCovariance errors(GradientSource source, VectorLandscape f, Params p, double[] theta,
            int samples, long seed) {
        int d = f.dimension();
        if (!source.anyDimension()) {
            throw new InvalidInputException("gradient " + source.name() + " does not estimate in d dimensions");
        }
        String why = source.incompatibilityInDimensions(f);
        if (why != null) {
            throw new InvalidInputException(why);
        }
        if (samples < 2 || samples > 1_000_000) {
            throw new InvalidInputException("samples " + samples + " is outside the allowed range [2, 10⁶]");
        }
        checkSize(4L * samples, d);
        ParticleArrays s = new ParticleArrays(samples, d, source.auxiliaryArrays());
        s.reset(theta, seed);
        VectorWorkspace w = new VectorWorkspace(d, samples);
        // The source's own state (a minibatch's epoch) is the first of the auxiliary arrays here.
        source.startInDimensions(f, s, 0, 0, samples);
        source.estimate(f, p, s, 0, s.coords, 0, 0, samples, w);
        double[] exact = new double[d];
        f.gradient(theta, exact);
        double[][] rows = new double[samples][d];
        for (int k = 0; k < d; k++) {
            for (int m = 0; m < samples; m++) {
                rows[m][k] = w.g[k][m] - exact[k];
            }
        }
        return new SampledCovariance(rows, 1.0 / samples, samples + " sampled errors of " + source.name());
    }

    static void checkSize(long rows, long d) {
        if (rows * d > MAX_VALUES) {
            throw new InvalidInputException("a sampled covariance keeps rows × d values: " + rows + " × " + d
                    + " is over the limit " + MAX_VALUES);
        }
    }

    @Override
    public int dimension() {
        return d;
    }

    /** M. */
    public int rows() {
        return rows.length;
    }

    /** Row m (a copy): one deviation or one sampled error. */
    public double[] row(int m) {
        return rows[m].clone();
    }

    @Override
    public void apply(double[] v, double[] out) {
        java.util.Arrays.fill(out, 0, d, 0.0);
        for (double[] r : rows) {
            double c = weight * dot(r, v);
            for (int a = 0; a < d; a++) {
                out[a] += c * r[a];
            }
        }
    }

    @Override
    public double trace() {
        double s = 0;
        for (double[] r : rows) {
            s += dot(r, r);
        }
        return weight * s;
    }

    @Override
    public double frobeniusSquared() {
        double s = 0;
        for (int m = 0; m < rows.length; m++) {
            double self = dot(rows[m], rows[m]);
            s += self * self;
            for (int k = m + 1; k < rows.length; k++) {
                double c = dot(rows[m], rows[k]);
                s += 2 * c * c;
            }
        }
        return weight * weight * s;
    }

    @Override
    public double hessianInner(VectorLandscape f, double[] at) {
        double[] hr = new double[d];
        double s = 0;
        for (double[] r : rows) {
            f.hessianVector(at, r, hr);
            s += dot(r, hr);
        }
        return weight * s;
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }
}
