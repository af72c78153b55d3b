package org.basinscope.engine.dynamics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.basinscope.engine.ensemble.BlockRunner;
import org.basinscope.engine.ensemble.VectorEnsemble;
import org.basinscope.engine.equilibrium.MinibatchCovariance;
import org.basinscope.engine.landscape.LandscapeCatalog;
import org.basinscope.engine.landscape.VectorFiniteSum;
import org.basinscope.engine.spec.Spec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Real minibatches in d dimensions on an MLP: the full batch, the noise covariance, thread counts. */
class MinibatchInDimensionsTest {
    private static final String MOONS = "mlp:data=two-moons,n=40,hidden=4";

    private static VectorFiniteSum mlp(String spec) {
        return LandscapeCatalog.createAny(spec).asFiniteSum().orElseThrow();
    }

    /** ∇ℓᵢ(θ) for every example, [i][k]. */
    private static double[][] exampleGradients(VectorFiniteSum f, double[] theta) {
        double[][] g = new double[f.examples()][f.dimension()];
        for (int i = 0; i < f.examples(); i++) {
            f.batchGradient(theta, new int[] {i}, 1, g[i]);
        }
        return g;
    }

    /**
     * Summing the same n terms in another order changes each coordinate by at most (n − 1)·ε_mach·Σᵢ|∇ℓᵢ,k|
     * (the standard bound for recursive summation), divided by n for the mean: the bound used here.
     */
    private static double[] reorderingBound(VectorFiniteSum f, double[] theta) {
        double[][] g = exampleGradients(f, theta);
        int n = f.examples();
        double[] bound = new double[f.dimension()];
        for (double[] gi : g) {
            for (int k = 0; k < bound.length; k++) {
                bound[k] += (n - 1) * Math.ulp(1.0) * Math.abs(gi[k]) / n;
            }
        }
        return bound;
    }

    @Test
    void aBatchOfAllExamplesIsTheFullGradient() {
        VectorFiniteSum f = mlp(MOONS);
        double[] theta = f.defaultStart();
        int n = f.examples();
        int[] all = new int[n];
        for (int i = 0; i < n; i++) {
            all[i] = (7 * i + 3) % n; // a permutation (7 and 40 are coprime)
        }
        double[] batch = new double[f.dimension()];
        double[] full = new double[f.dimension()];
        f.batchGradient(theta, all, n, batch);
        f.gradient(theta, full);
        double[] bound = reorderingBound(f, theta);
        for (int k = 0; k < full.length; k++) {
            assertEquals(full[k], batch[k], bound[k], "coordinate " + k);
        }
        assertEquals(f.value(theta), f.batchValue(theta, all, n), 1e-15 * n * f.value(theta));
    }

    /** With B = n every rule's minibatch step is its exact step, up to the order of the sum (η times the bound). */
    @ParameterizedTest
    @ValueSource(strings = {"gd", "momentum", "nesterov", "adam", "underdamped"})
    void theFullBatchStepIsTheExactStep(String rule) {
        VectorFiniteSum f = mlp(MOONS);
        Params p = Params.DEFAULT.withEta(0.3).withBatch(f.examples()).withTemperature(0);
        Dynamics exact = DynamicsCatalog.create(Spec.parse(rule), Spec.parse("exact"), p).dynamics();
        Dynamics batches = DynamicsCatalog.create(Spec.parse(rule), Spec.parse("minibatch"), p).dynamics();
        VectorEnsemble a = new VectorEnsemble(f, exact, p, 3, 1, f.defaultStart(), new BlockRunner(1));
        VectorEnsemble b = new VectorEnsemble(f, batches, p, 3, 1, f.defaultStart(), new BlockRunner(1));
        a.advance(1);
        b.advance(1);
        double[] bound = reorderingBound(f, f.defaultStart());
        for (int k = 0; k < f.dimension(); k++) {
            // Adam's first step is η·sign(g) (m̂/√v̂ = g/|g|): a reordering cannot change it but near g = 0.
            double tolerance = rule.equals("adam") ? 1e-12 : 2 * p.eta() * bound[k] + Math.ulp(1.0);
            assertEquals(a.particles().coords[k][0], b.particles().coords[k][0], tolerance, rule + " coordinate " + k);
        }
    }

    /**
     * One step of minibatch GD with η = 1 from θ₀ reveals each particle's batch gradient ĝ = θ₀ − θ₁. A batch of
     * B distinct examples drawn uniformly has E ĝ = ∇f and Cov ĝ = (n − B)/(B(n − 1))·S, S = (1/n)Σᵢ cᵢcᵢᵀ,
     * cᵢ = ∇ℓᵢ − ∇f: with inclusion indicators Iᵢ, Var Iᵢ = B(n − B)/n² and Cov(Iᵢ, Iⱼ) = −B(n − B)/(n²(n − 1)),
     * so Cov Σ Iᵢcᵢ = B(n − B)/n²·(Σcᵢcᵢᵀ − (1/(n − 1))Σ_{i≠j}cᵢcⱼᵀ) = B(n − B)/(n − 1)·S as Σcᵢ = 0; divide by
     * B². Each particle draws its own batch from its own stream, so N particles are N independent draws.
     * Checked: tr Cov, the largest variance, the most correlated off-diagonal pair and the mean of that
     * coordinate, each as the mean of a per-particle quantity q (e.g. q = ‖ĝ − ∇f‖², E q = tr Cov) within 5
     * standard errors sd(q)/√N. (Sampling with replacement would give 1/B instead of (n − B)/(B(n − 1)),
     * 22% more at n = 40, B = 8: about 80 standard errors off; the four-round permutation of the planar
     * batches is 5 standard errors off in tr Cov at N = 4·10⁵, see KeyedPermutation.)
     */
    @ParameterizedTest
    @ValueSource(strings = {"independent", "epoch"})
    void minibatchNoiseHasTheWithoutReplacementCovariance(String sampling) {
        VectorFiniteSum f = mlp(MOONS);
        int n = f.examples();
        int batch = 8;
        int particles = 100_000;
        int d = f.dimension();
        double[] theta = f.defaultStart();
        double[] full = new double[d];
        f.gradient(theta, full);
        double[][] g = exampleGradients(f, theta);
        double c = MinibatchCovariance.batchFactor(n, batch);
        assertEquals((n - batch) / (batch * (n - 1.0)), c, 1e-15);
        double[][] cov = new double[d][d];
        for (double[] gi : g) {
            for (int a = 0; a < d; a++) {
                for (int b = 0; b < d; b++) {
                    cov[a][b] += c * (gi[a] - full[a]) * (gi[b] - full[b]) / n;
                }
            }
        }
        Params p = Params.DEFAULT.withEta(1).withBatch(batch);
        Dynamics sgd = DynamicsCatalog.create(Spec.parse("gd"), Spec.parse("minibatch:sampling=" + sampling), p)
                .dynamics();
        VectorEnsemble e = new VectorEnsemble(f, sgd, p, particles, 17, theta, new BlockRunner(2));
        e.advance(1);
        double[][] err = new double[particles][d];
        for (int j = 0; j < particles; j++) {
            for (int k = 0; k < d; k++) {
                err[j][k] = theta[k] - e.particles().coords[k][j] - full[k];
            }
        }
        int top = 0;
        double trace = 0;
        for (int k = 0; k < d; k++) {
            trace += cov[k][k];
            top = cov[k][k] > cov[top][top] ? k : top;
        }
        int pa = 0;
        int pb = 1;
        for (int a = 0; a < d; a++) {
            for (int b = a + 1; b < d; b++) {
                if (Math.abs(cov[a][b]) * Math.sqrt(cov[pa][pa] * cov[pb][pb])
                        > Math.abs(cov[pa][pb]) * Math.sqrt(cov[a][a] * cov[b][b]) && cov[a][a] > 1e-3 * trace) {
                    pa = a;
                    pb = b;
                }
            }
        }
        double[] qTrace = new double[particles];
        double[] qTop = new double[particles];
        double[] qPair = new double[particles];
        double[] qMean = new double[particles];
        for (int j = 0; j < particles; j++) {
            for (int k = 0; k < d; k++) {
                qTrace[j] += err[j][k] * err[j][k];
            }
            qTop[j] = err[j][top] * err[j][top];
            qPair[j] = err[j][pa] * err[j][pb];
            qMean[j] = err[j][top];
        }
        withinFiveStandardErrors(qTrace, trace, "tr Cov");
        withinFiveStandardErrors(qTop, cov[top][top], "Cov[" + top + "][" + top + "]");
        withinFiveStandardErrors(qPair, cov[pa][pb], "Cov[" + pa + "][" + pb + "]");
        withinFiveStandardErrors(qMean, 0, "E(ĝ − ∇f)[" + top + "]");
        assertTrue(Math.abs(cov[pa][pb]) > 0.3 * Math.sqrt(cov[pa][pa] * cov[pb][pb]), "a correlated pair");
    }

    private static void withinFiveStandardErrors(double[] q, double expected, String what) {
        double mean = 0;
        for (double v : q) {
            mean += v;
        }
        mean /= q.length;
        double ss = 0;
        for (double v : q) {
            ss += (v - mean) * (v - mean);
        }
        double se = Math.sqrt(ss / (q.length - 1) / q.length);
        assertEquals(expected, mean, 5 * se, what + ": measured " + mean + " ± " + se);
    }

    /** Each particle's batches come from its own stream: the bits do not depend on the thread count. */
    @Test
    void minibatchRunsHaveTheSameBitsOnOneAndTwoThreads() {
        VectorFiniteSum f = mlp("mlp:data=digits,n=50,hidden=32,activation=relu");
        Params p = Params.DEFAULT.withEta(0.05).withBatch(10);
        Dynamics sgd = DynamicsCatalog.create(Spec.parse("momentum"), Spec.parse("minibatch"), p).dynamics();
        VectorEnsemble one = new VectorEnsemble(f, sgd, p, 60, 4, f.defaultStart(), new BlockRunner(1));
        VectorEnsemble two = new VectorEnsemble(f, sgd, p, 60, 4, f.defaultStart(), new BlockRunner(2));
        one.advance(12);
        two.advance(12);
        for (int k = 0; k < f.dimension(); k++) {
            assertArrayEquals(one.particles().coords[k], two.particles().coords[k], "coordinate " + k);
        }
        boolean differ = false;
        for (int k = 0; k < f.dimension(); k++) {
            differ |= one.particles().coords[k][0] != one.particles().coords[k][1];
        }
        assertTrue(differ, "particles draw different batches");
    }
}
