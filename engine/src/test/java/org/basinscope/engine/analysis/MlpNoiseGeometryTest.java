package org.basinscope.engine.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.basinscope.engine.landscape.LandscapeCatalog;
import org.basinscope.engine.landscape.VectorFiniteSum;
import org.junit.jupiter.api.Test;

/**
 * The gradient-noise covariance of a network on data is c_B·S from its per-example gradients (seed 001, Th. 5):
 * checked against batches drawn uniformly without replacement, the trace of their sample covariance within four
 * standard errors.
 */
class MlpNoiseGeometryTest {
    @Test
    void anMlpsMinibatchNoiseIsCbTimesTheExampleCovariance() {
        VectorFiniteSum f = LandscapeCatalog.createAny("mlp:data=two-moons,hidden=4,n=40").asFiniteSum().orElseThrow();
        int d = f.dimension();
        int n = f.examples();
        int b = 8;
        double[] theta = f.defaultStart();
        SampledCovariance exact = SampledCovariance.minibatch(f, theta, b);

        double[] full = new double[d];
        f.gradient(theta, full);
        Random random = new Random(20261202L);
        int samples = 40_000;
        int[] order = new int[n];
        double[] g = new double[d];
        double sum = 0;
        double sumSq = 0;
        for (int m = 0; m < samples; m++) {
            for (int i = 0; i < n; i++) {
                order[i] = i;
            }
            for (int i = 0; i < b; i++) {
                int j = i + random.nextInt(n - i);
                int t = order[i];
                order[i] = order[j];
                order[j] = t;
            }
            f.batchGradient(theta, order, b, g);
            double e2 = 0;
            for (int k = 0; k < d; k++) {
                double e = g[k] - full[k];
                e2 += e * e;
            }
            sum += e2;
            sumSq += e2 * e2;
        }
        // E|g̃ − ∇f|² = tr Cov(g̃) exactly (the batch mean is unbiased, ∇f is known).
        double mean = sum / samples;
        double se = Math.sqrt((sumSq / samples - mean * mean) / samples);
        assertTrue(Math.abs(mean - exact.trace()) < 4 * se,
                "sampled tr Cov " + mean + " ± " + se + " vs c_B·tr S " + exact.trace());
        assertEquals((double) (n - b) / (b * (n - 1)) * exampleTrace(f, theta, full), exact.trace(), 1e-12 * exact.trace());
    }

    /** tr S = (1/n) Σ |∇ℓᵢ − ∇f|², computed directly. */
    private static double exampleTrace(VectorFiniteSum f, double[] theta, double[] full) {
        double[] g = new double[f.dimension()];
        double t = 0;
        for (int i = 0; i < f.examples(); i++) {
            f.exampleGradient(i, theta, g);
            for (int k = 0; k < g.length; k++) {
                t += (g[k] - full[k]) * (g[k] - full[k]);
            }
        }
        return t / f.examples();
    }
}
