package org.basinscope.engine.equilibrium;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.basinscope.engine.analysis.Readouts;
import org.basinscope.engine.dynamics.NoisyGradient;
import org.basinscope.engine.dynamics.Params;
import org.basinscope.engine.dynamics.StochasticGradient;
import org.basinscope.engine.ensemble.BlockRunner;
import org.basinscope.engine.ensemble.Ensemble;
import org.basinscope.engine.landscape.Landscape;
import org.basinscope.engine.landscape.LandscapeCatalog;
import org.junit.jupiter.api.Test;

/** Lyapunov-equation covariances (science/CHECKS.md, "Ornstein–Uhlenbeck covariance"). */
class StationaryCovarianceTest {

    @Test
    void diagonalCasesHaveClosedForms() {
        // H = diag(h1, h2), Σ = diag(s1, s2): continuous c_ii = η s_i / (2 B h_i); discrete
        // c_ii = η² s_i / B / (1 − (1 − η h_i)²) = η s_i / (B h_i (2 − η h_i)).
        double[] h = {1, 0, 4};
        double[] s = {2, 0, 0.5};
        double eta = 0.1;
        double b = 5;
        double[] c = StationaryCovariance.sgdContinuous(h, s, eta, b);
        assertEquals(eta * 2 / (2 * b * 1), c[0], 1e-15);
        assertEquals(0, c[1], 1e-15);
        assertEquals(eta * 0.5 / (2 * b * 4), c[2], 1e-15);
        double[] d = StationaryCovariance.sgdDiscrete(h, s, eta, b);
        assertEquals(eta * 2 / (b * 1 * (2 - eta)), d[0], 1e-15);
        assertEquals(eta * 0.5 / (b * 4 * (2 - 4 * eta)), d[2], 1e-15);
    }

    @Test
    void hessianShapedNoiseGivesAnIsotropicCovariance() {
        // Σ = H: H C + C H = (η/B) H is solved by C = η/(2B) I whatever H (seed 001, Theorem 5).
        double[] h = {2, 0.7, 1};
        double[] c = StationaryCovariance.sgdContinuous(h, h, 0.02, 4);
        assertEquals(0.02 / 8, c[0], 1e-15);
        assertEquals(0, c[1], 1e-15);
        assertEquals(0.02 / 8, c[2], 1e-15);
    }

    @Test
    void aLongSgdRunWithAnisotropicNoiseMatchesTheLyapunovCovariance() {
        // Rotated quadratic (H not diagonal) and a correlated Σ not aligned with it.
        Landscape f = LandscapeCatalog.create("quadratic:h1=1,h2=4,angle=30");
        double[] h = new double[3];
        f.hessian(0, 0, h);
        double[] sigma = {2, 0.8, 0.5};
        double eta = 0.01;
        int batch = 2;
        int n = 200_000;
        Params p = Params.DEFAULT.withEta(eta).withBatch(batch);
        var sgd = new StochasticGradient(new NoisyGradient(1, NoisyGradient.Model.COVARIANCE, sigma));
        Ensemble e = new Ensemble(f, sgd, p, n, 42, new double[] {0, 0}, BlockRunner.allCores());
        // The slowest covariance mode decays like (1 − η)^{2k}: 2500 steps leave e^{−50}.
        e.advance(2500);
        double[] xs = e.particles().x;
        double[] ys = e.particles().y;
        double sxx = 0;
        double sxy = 0;
        double syy = 0;
        for (int i = 0; i < n; i++) {
            sxx += xs[i] * xs[i];
            sxy += xs[i] * ys[i];
            syy += ys[i] * ys[i];
        }
        double[] measured = {sxx / n, sxy / n, syy / n};
        double[] exact = StationaryCovariance.sgdDiscrete(h, sigma, eta, batch);
        // Standard error of a second moment of N independent Gaussians: √((c_ii c_jj + c_ij²)/N).
        double[] se = {Math.sqrt(2 * exact[0] * exact[0] / n), Math.sqrt((exact[0] * exact[2] + exact[1] * exact[1]) / n),
            Math.sqrt(2 * exact[2] * exact[2] / n)};
        for (int k = 0; k < 3; k++) {
            assertEquals(exact[k], measured[k], 4.5 * se[k], "discrete-time entry " + k);
        }
        // The continuous-time form is the small-η limit: off by O(ηλmax) = 4% here, plus noise.
        double[] continuous = StationaryCovariance.sgdContinuous(h, sigma, eta, batch);
        for (int k = 0; k < 3; k++) {
            assertEquals(continuous[k], measured[k], 0.05 * Math.abs(continuous[k]) + 4.5 * se[k], "continuous entry " + k);
        }
    }

    @Test
    void theReadoutsPredictTheAnisotropicSpreadAlongTheHessianDirections() {
        // On a quadratic the mean sits at the minimum; the prediction is uᵀ C u for the eigenvectors u of H.
        Landscape f = LandscapeCatalog.create("quadratic:h1=1,h2=4,angle=30");
        double[] sigma = {0.3, -0.5, 2};
        Params p = Params.DEFAULT.withEta(0.05);
        var sgd = new StochasticGradient(new NoisyGradient(1, NoisyGradient.Model.COVARIANCE, sigma));
        int n = 200_000;
        Ensemble e = new Ensemble(f, sgd, p, n, 8, new double[] {0, 0}, BlockRunner.allCores());
        e.advance(800);
        var r = Readouts.compute(f, sgd, p, e.stats(), new double[] {0, 0});
        double[] h = new double[3];
        f.hessian(0, 0, h);
        double[] c = StationaryCovariance.sgdDiscrete(h, sigma, 0.05, 1);
        // Flat direction of the rotated quadratic: (cos 30°, sin 30°).
        double ux = Math.cos(Math.toRadians(30));
        double uy = Math.sin(Math.toRadians(30));
        double flat = c[0] * ux * ux + 2 * c[1] * ux * uy + c[2] * uy * uy;
        assertEquals(flat, r.predictedVariance()[0], 1e-12);
        for (int k = 0; k < 2; k++) {
            double v = r.predictedVariance()[k];
            assertEquals(v, r.measuredVariance()[k], 4.5 * v * Math.sqrt(2.0 / n), "direction " + k);
        }
    }
}
