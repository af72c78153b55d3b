package org.basinscope.engine.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.basinscope.engine.dynamics.NoisyGradient;
import org.basinscope.engine.dynamics.Params;
import org.basinscope.engine.landscape.ExampleGradients;
import org.basinscope.engine.landscape.FiniteSum;
import org.basinscope.engine.landscape.LandscapeCatalog;
import org.basinscope.engine.landscape.SpectrumQuadratic;
import org.basinscope.engine.random.Gaussian;
import org.basinscope.engine.random.ParticleStreams;
import org.basinscope.engine.spec.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Gradient-noise covariance geometry against exact answers (seed 001, Theorem 5 and exercise C.5).
 *
 * <p>Least squares ℓᵢ = ½(xᵢ·θ − yᵢ)² with labels yᵢ = xᵢ·θ* + εᵢ: at θ* the per-example gradient is
 * ∇ℓᵢ = −εᵢxᵢ, so for noise independent of the inputs E[∇ℓ∇ℓᵀ] = E[ε²] E[xxᵀ] = s²H — the noise covariance is
 * the Hessian times the label-noise variance s² (not H², as the seed's sketch of Theorem 5 has it for a different
 * model). With antithetic noise (each input twice, with ε = +s and −s) this holds exactly in the sample: ∇f(θ*)
 * = 0 and S = (1/n) Σ s² xᵢxᵢᵀ = s²H.
 */
class NoiseGeometryTest {

    /** f(θ) = (1/n) Σ ½(xᵢ·θ − yᵢ)², a d-dimensional data loss written out for the test. */
    record LeastSquares(double[][] x, double[] y) implements ExampleGradients {
        @Override
        public int examples() {
            return y.length;
        }

        private double residual(int i, double[] theta) {
            double z = -y[i];
            for (int a = 0; a < theta.length; a++) {
                z += x[i][a] * theta[a];
            }
            return z;
        }

        @Override
        public void exampleGradient(int i, double[] theta, double[] g) {
            double r = residual(i, theta);
            for (int a = 0; a < g.length; a++) {
                g[a] = r * x[i][a];
            }
        }

        @Override
        public int dimension() {
            return x[0].length;
        }

        @Override
        public double value(double[] theta) {
            double s = 0;
            for (int i = 0; i < y.length; i++) {
                s += 0.5 * residual(i, theta) * residual(i, theta);
            }
            return s / y.length;
        }

        @Override
        public void gradient(double[] theta, double[] g) {
            java.util.Arrays.fill(g, 0);
            double[] gi = new double[g.length];
            for (int i = 0; i < y.length; i++) {
                exampleGradient(i, theta, gi);
                for (int a = 0; a < g.length; a++) {
                    g[a] += gi[a] / y.length;
                }
            }
        }

        @Override
        public void hessianVector(double[] theta, double[] v, double[] hv) {
            java.util.Arrays.fill(hv, 0);
            for (double[] xi : x) {
                double c = 0;
                for (int a = 0; a < v.length; a++) {
                    c += xi[a] * v[a];
                }
                for (int a = 0; a < v.length; a++) {
                    hv[a] += c * xi[a] / y.length;
                }
            }
        }

        @Override
        public double[] defaultStart() {
            return new double[x[0].length];
        }

        @Override
        public String describe() {
            return "least squares (test)";
        }
    }

    /** Inputs N(0, diag(σ_a²)) with σ_a = 0.5 + a/d (distinct scales: a spread-out spectrum), θ* ~ N(0, I). */
    private static double[][] inputs(int m, int d, Random r) {
        double[][] z = new double[m][d];
        for (double[] row : z) {
            for (int a = 0; a < d; a++) {
                row[a] = (0.5 + (double) a / d) * r.nextGaussian();
            }
        }
        return z;
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    /** Each input twice, labelled xᵢ·θ* + s and xᵢ·θ* − s. */
    private static LeastSquares antithetic(double[][] z, double[] truth, double s) {
        double[][] x = new double[2 * z.length][];
        double[] y = new double[2 * z.length];
        for (int j = 0; j < z.length; j++) {
            x[2 * j] = z[j];
            x[2 * j + 1] = z[j];
            y[2 * j] = dot(z[j], truth) + s;
            y[2 * j + 1] = dot(z[j], truth) - s;
        }
        return new LeastSquares(x, y);
    }

    @ParameterizedTest
    @ValueSource(ints = {30, 100})
    void leastSquaresNoiseAtTheMinimumIsTheLabelVarianceTimesTheHessian(int d) {
        Random r = new Random(5);
        double[] truth = new double[d];
        for (int a = 0; a < d; a++) {
            truth[a] = r.nextGaussian();
        }
        double s = 0.3;
        LeastSquares f = antithetic(inputs(200, d, r), truth, s);
        int k = 5;
        NoiseGeometry g = NoiseGeometry.at(f, truth, SampledCovariance.minibatch(f, truth, 1), k, 2);
        // C = s²H exactly: alignment 1 and the top spectra in the ratio s², to rounding (Lanczos residuals ~ 1e-10‖H‖).
        assertEquals(1, g.alignment(), 1e-12);
        for (int i = 0; i < k; i++) {
            assertEquals(s * s * g.hessianTop()[i], g.noiseTop()[i], 1e-9 * s * s * g.hessianTop()[0], "λ" + i);
        }
        assertEquals(1, g.subspaceOverlap(), 1e-8);
        for (double p : g.pairOverlaps()) {
            assertEquals(1, p, 1e-8);
        }
        assertEquals(s * s * HessianNorms.of(f, truth).trace(), g.trace(), 1e-12 * g.trace());
        // A minibatch of B drawn without replacement: C = c_B·S, c_B = (n − B)/(B(n − 1)) = 390/3990.
        NoiseGeometry b = NoiseGeometry.at(f, truth, SampledCovariance.minibatch(f, truth, 10), k, 2);
        assertEquals(390.0 / 3990.0 * g.noiseTop()[0], b.noiseTop()[0], 1e-12 * g.noiseTop()[0]);
        assertEquals(1, b.alignment(), 1e-12);
    }

    @Test
    void awayFromTheMinimumTheNoiseTurnsTowardsTheResidualDirection() {
        // At θ = θ* + δ the deviations gain xᵢ(xᵢ·δ) − Hδ: the covariance is no longer s²H and the alignment drops
        // below 1 (Cauchy–Schwarz is an equality only for C ∝ H).
        int d = 10;
        Random r = new Random(6);
        double[] truth = new double[d];
        LeastSquares f = antithetic(inputs(300, d, r), truth, 0.1);
        double[] away = new double[d];
        away[d - 1] = 3;
        NoiseGeometry g = NoiseGeometry.at(f, away, SampledCovariance.minibatch(f, away, 1), 3, 2);
        assertTrue(g.alignment() < 0.99 && g.alignment() > 0, "alignment " + g.alignment());
    }

    @Test
    void gaussianLabelNoiseGivesTraceSSquaredTrSigmaWithinItsStandardError() {
        // i.i.d. ε ~ N(0, s²), x ~ N(0, Σ), Σ = diag(σ_a²), at θ*: tr S = (1/n) Σ εᵢ²‖xᵢ‖² − ‖ḡ‖², with mean
        // s² tr Σ (n − 1)/n. Var(ε²‖x‖²) = E ε⁴ E‖x‖⁴ − s⁴ (tr Σ)² = 3s⁴((tr Σ)² + 2 tr Σ²) − s⁴ (tr Σ)²; the
        // ‖ḡ‖² term fluctuates at O(1/n), far below the O(1/√n) of the first. Tolerance: 4 standard errors.
        int d = 10;
        int n = 40_000;
        double s = 0.5;
        Random r = new Random(11);
        double[][] x = inputs(n, d, r);
        double[] truth = new double[d];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            y[i] = s * r.nextGaussian();
        }
        LeastSquares f = new LeastSquares(x, y);
        double tr = 0;
        double tr2 = 0;
        for (int a = 0; a < d; a++) {
            double v = Math.pow(0.5 + (double) a / d, 2);
            tr += v;
            tr2 += v * v;
        }
        double s4 = Math.pow(s, 4);
        double sd = Math.sqrt((3 * s4 * (tr * tr + 2 * tr2) - s4 * tr * tr) / n);
        SampledCovariance c = SampledCovariance.minibatch(f, truth, 1);
        assertEquals(s * s * tr * (n - 1.0) / n, c.trace(), 4 * sd);
        assertTrue(4 * sd < 0.05 * s * s * tr, "a tolerance this wide tests nothing");
    }

    @Test
    void isotropicNoiseHasAnExactAlignmentFromTheSpectrum() {
        // C = (σ²/B)·I: ⟨C, H⟩/(‖C‖‖H‖) = tr H/(√d ‖H‖_F) = Σλ/√(d Σλ²), with H's eigenvalues the ladder.
        SpectrumQuadratic f = (SpectrumQuadratic) LandscapeCatalog.createAny("quadratic:dim=50,lmin=0.1,lmax=10,rotate=4");
        double sum = 0;
        double sum2 = 0;
        for (double l : f.eigenvalues()) {
            sum += l;
            sum2 += l * l;
        }
        double sigma = 2;
        int batch = 8;
        NoiseGeometry g = NoiseGeometry.at(f, new double[50], new IsotropicCovariance(50, sigma * sigma / batch), 3, 1);
        assertEquals(sum / Math.sqrt(50 * sum2), g.alignment(), 1e-12);
        assertEquals(0.5, g.noiseTop()[0], 0);
        assertEquals(25, g.trace(), 1e-12);
        assertEquals(10, g.hessianTop()[0], 1e-9);
        assertTrue(Double.isNaN(g.subspaceOverlap()));
    }

    @Test
    void sampledErrorsOfTheIsotropicSourceAreItsDrawsAndHaveTheExactTrace() {
        // M errors σξ/√B: row m is particle m's stream (seed, m), coordinates in order. tr Ĉ = (σ²/B)(1/M)Σ‖ξ‖² is
        // (σ²/B)·χ²_{Md}/M: relative standard deviation √(2/(Md)) = 0.01 here; tolerance 4 of them.
        int d = 50;
        int m = 400;
        var f = LandscapeCatalog.createAny("quadratic:dim=50,lmin=0.1,lmax=10");
        double sigma = 2;
        Params p = Params.DEFAULT.withBatch(8);
        double[] at = f.defaultStart();
        SampledCovariance c = SampledCovariance.errors(new NoisyGradient(sigma), f, p, at, m, 9);
        assertEquals(m, c.rows());
        double exact = sigma * sigma / 8 * d;
        assertEquals(exact, c.trace(), 4 * Math.sqrt(2.0 / (m * d)) * exact);
        long[] state = new long[m];
        long[] gamma = new long[m];
        ParticleStreams.seed(9, 0, m, state, gamma);
        double[] row = c.row(3);
        for (int k = 0; k < d; k++) {
            // (∇f + cξ) − ∇f rounds within an ulp of |∇f| ≤ 10 (1.8e-15).
            assertEquals(sigma / Math.sqrt(8) * Gaussian.next(state, gamma, 3), row[k], 4e-15, "coordinate " + k);
        }
    }

    @Test
    void theSampledFrobeniusNormCarriesItsKnownBias() {
        // E‖Ĉ‖_F² = c²d(1 + (d + 1)/M) for M errors of covariance c·I (SampledCovariance): over R = 40 independent
        // seeds the mean of ‖Ĉ‖_F² lies within 4 standard errors (their spread/√R) of it, and far from c²d.
        int d = 20;
        int m = 50;
        int runs = 40;
        var f = LandscapeCatalog.createAny("quadratic:dim=20,lmin=0.1,lmax=10");
        double c = 4.0 / 8;
        double[] v = new double[runs];
        for (int r = 0; r < runs; r++) {
            v[r] = SampledCovariance.errors(new NoisyGradient(2), f, Params.DEFAULT.withBatch(8), f.defaultStart(), m,
                    100 + r).frobeniusSquared();
        }
        double mean = java.util.Arrays.stream(v).average().orElseThrow();
        double sd = Math.sqrt(java.util.Arrays.stream(v).map(x -> (x - mean) * (x - mean)).sum() / (runs - 1));
        double expected = c * c * d * (1 + (d + 1.0) / m);
        assertEquals(expected, mean, 4 * sd / Math.sqrt(runs));
        assertTrue(Math.abs(mean - c * c * d) > 4 * sd / Math.sqrt(runs), "the bias is resolved");
    }

    @Test
    void thePlanarDataLossesGiveThePlanarAlignment() {
        // The d-dimensional analysis on linear regression's 2-D loss through ExampleGradients.of agrees with
        // GradientNoise (S and H as 2 × 2 matrices) to rounding.
        FiniteSum f = (FiniteSum) LandscapeCatalog.create("linear-regression");
        ExampleGradients any = ExampleGradients.of(f);
        double[] at = {0.3, 0.2};
        NoiseGeometry g = NoiseGeometry.at(any, at, SampledCovariance.minibatch(any, at, 1), 2, 1);
        GradientNoise planar = GradientNoise.at(f, at[0], at[1]);
        assertEquals(planar.alignment(), g.alignment(), 1e-12);
        double[] s = planar.covariance();
        double mean = 0.5 * (s[0] + s[2]);
        double top = mean + Math.hypot(0.5 * (s[0] - s[2]), s[1]);
        assertEquals(top, g.noiseTop()[0], 1e-12 * top);
    }

    @Test
    void badBatchAndNonDimensionalSourcesAreRefused() {
        LeastSquares f = antithetic(inputs(5, 3, new Random(1)), new double[3], 1);
        assertThrows(InvalidInputException.class, () -> SampledCovariance.minibatch(f, new double[3], 11));
        assertThrows(InvalidInputException.class, () -> SampledCovariance.minibatch(f, new double[3], 0));
        var q = LandscapeCatalog.createAny("quadratic:dim=5,lmin=1,lmax=2");
        assertThrows(InvalidInputException.class, () -> SampledCovariance.errors(
                new NoisyGradient(1, NoisyGradient.Model.COVARIANCE, new double[] {2, 0, 1}), q, Params.DEFAULT,
                new double[5], 10, 1));
    }

    /**
     * Noise shaped like H in d dimensions has covariance σ²H/B: 40 000 sampled errors at a point of a rotated
     * quadratic (d = 6, λ 1 … 4, σ = 2, B = 4, so C = H), every entry within 4.5 standard errors
     * √((C_jj C_kk + C_jk²)/M) of the Gaussian sample covariance.
     */
    @Test
    void hessianShapedNoiseHasCovarianceSigmaSquaredHOverB() {
        var f = LandscapeCatalog.createAny("quadratic:dim=6,lmin=1,lmax=4,rotate=9");
        double[] theta = {0.3, -0.2, 0.1, 0.5, -0.4, 0.2};
        int m = 40_000;
        SampledCovariance c = SampledCovariance.errors(new NoisyGradient(2, NoisyGradient.Model.HESSIAN,
                new double[] {1, 0, 1}), f, Params.DEFAULT.withBatch(4), theta, m, 3);
        double[] h = f.hessian(theta);
        double[] column = new double[6];
        for (int j = 0; j < 6; j++) {
            double[] e = new double[6];
            e[j] = 1;
            c.apply(e, column);
            for (int k = 0; k < 6; k++) {
                double se = Math.sqrt((h[j * 6 + j] * h[k * 6 + k] + h[j * 6 + k] * h[j * 6 + k]) / m);
                assertEquals(h[k * 6 + j], column[k], 4.5 * se, "C[" + k + "][" + j + "]");
            }
        }
    }
}
