package org.basinscope.engine.dynamics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.basinscope.engine.ensemble.BlockRunner;
import org.basinscope.engine.ensemble.Ensemble;
import org.basinscope.engine.ensemble.VectorEnsemble;
import org.basinscope.engine.landscape.Landscape;
import org.basinscope.engine.landscape.LandscapeCatalog;
import org.basinscope.engine.landscape.SpectrumQuadratic;
import org.basinscope.engine.landscape.VectorLandscape;
import org.basinscope.engine.spec.InvalidInputException;
import org.basinscope.engine.spec.Spec;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;
import org.junit.jupiter.api.Test;

/**
 * Gradient noise shaped like the Hessian in d dimensions (seed 001, Theorem 5): the Krylov square root against a
 * dense eigen-decomposition, the stationary covariance along each eigen-direction against the discrete-time
 * Lyapunov prediction, and every rule with every gradient source run or refused in one line.
 */
class HessianNoiseInDimensionsTest {

    /** H₊^{1/2}v by a dense eigen-decomposition (EJML): Σ √max(λ, 0) u uᵀ v. */
    private static double[] denseRoot(double[] h, int d, double[] v) {
        EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(d, true, true);
        assertTrue(eig.decompose(new DMatrixRMaj(d, d, true, h)));
        double[] out = new double[d];
        for (int j = 0; j < d; j++) {
            double lambda = eig.getEigenvalue(j).getReal();
            DMatrixRMaj u = eig.getEigenVector(j);
            double dot = 0;
            for (int k = 0; k < d; k++) {
                dot += u.get(k) * v[k];
            }
            for (int k = 0; k < d; k++) {
                out[k] += Math.sqrt(Math.max(0, lambda)) * dot * u.get(k);
            }
        }
        return out;
    }

    private static double[] gaussian(int d, long seed) {
        Random r = new Random(seed);
        double[] v = new double[d];
        for (int k = 0; k < d; k++) {
            v[k] = r.nextGaussian();
        }
        return v;
    }

    private static double distance(double[] a, double[] b) {
        double s = 0;
        for (int k = 0; k < a.length; k++) {
            s += (a[k] - b[k]) * (a[k] - b[k]);
        }
        return Math.sqrt(s);
    }

    /**
     * For d ≤ 64 the Krylov space fills ℝ^d, so the root is the exact symmetric square root up to rounding: a
     * rotated quadratic (d = 30, λ 0.5 … 10) and extended Rosenbrock away from its minimum (d = 12, an
     * indefinite H, whose negative curvatures are clipped), against EJML within 10⁻⁹·‖v‖·√‖H‖.
     */
    @Test
    void theKrylovRootIsTheDenseSquareRootWhereDIsSmall() {
        for (String spec : new String[] {"quadratic:dim=30,lmin=0.5,lmax=10,rotate=4", "rosenbrock:dim=12"}) {
            VectorLandscape f = LandscapeCatalog.createAny(spec);
            int d = f.dimension();
            double[] theta = gaussian(d, 5);
            double[] h = f.hessian(theta);
            double norm = 0;
            for (double x : h) {
                norm = Math.max(norm, Math.abs(x));
            }
            for (long seed = 1; seed <= 3; seed++) {
                double[] v = gaussian(d, seed);
                double[] expected = denseRoot(h, d, v);
                double[] root = v.clone();
                new HessianRoot(d).apply(f, theta, root);
                double scale = Math.sqrt(d * norm) * Math.sqrt(distance(v, new double[d]));
                assertEquals(0, distance(expected, root), 1e-9 * scale, spec + " seed " + seed);
            }
        }
    }

    /**
     * Above 64 dimensions the root stops when 8 more steps change it by under 10⁻¹⁰: at d = 2000 with λ in
     * [1, 10] the Chebyshev bound ((√κ − 1)/(√κ + 1))^m = 0.52^m is below 10⁻¹¹ by m = 40, so the result is
     * √λᵢ·vᵢ per coordinate (axis-aligned H) to 10⁻⁸ of ‖v‖.
     */
    @Test
    void theKrylovRootConvergesInHighDimensions() {
        SpectrumQuadratic f = new SpectrumQuadratic(2000, 1, 10, -1);
        double[] v = gaussian(2000, 8);
        double[] expected = new double[2000];
        for (int k = 0; k < 2000; k++) {
            expected[k] = Math.sqrt(f.eigenvalues()[k]) * v[k];
        }
        double[] root = v.clone();
        new HessianRoot(2000).apply(f, new double[2000], root);
        assertEquals(0, distance(expected, root), 1e-8 * distance(v, new double[2000]));
    }

    /**
     * SGD with noise of covariance σ²H/B on ½θᵀHθ: along eigen-direction i, zᵢ ← (1 − ηλᵢ)zᵢ − ηζᵢ with
     * Var ζᵢ = σ²λᵢ/B, so the stationary variance is η²σ²λᵢ/B / (1 − (1 − ηλᵢ)²) = ησ²/(B(2 − ηλᵢ)) — almost
     * flat across directions, where isotropic noise gives ησ²/(Bλᵢ(2 − ηλᵢ)), 20 times larger along λ = 0.5 than
     * along λ = 10. A rotated quadratic (d = 10, λ 0.5 … 10, rotate=3), η = 0.1, σ = 1.5, B = 2, N = 3000 from 0
     * after 300 steps (the slowest direction has relaxed by 0.95⁶⁰⁰ ≈ 10⁻¹³); the cloud is Gaussian, so each
     * sample variance has standard error Var·√(2/(N − 1)); tolerance 4 of them. Both the sgd step and a rule
     * that asks the source for its estimate (gd with --gradient noisy, the same arithmetic) are checked.
     */
    @Test
    void stationaryVarianceAlongEachEigenDirectionIsTheDiscreteLyapunovPrediction() {
        VectorLandscape f = LandscapeCatalog.createAny("quadratic:dim=10,lmin=0.5,lmax=10,rotate=3");
        int d = 10;
        double eta = 0.1;
        double sigma = 1.5;
        int batch = 2;
        int n = 3000;
        Params p = Params.DEFAULT.withEta(eta).withBatch(batch);
        EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(d, true, true);
        assertTrue(eig.decompose(new DMatrixRMaj(d, d, true, f.hessian(new double[d]))));
        for (String[] rule : new String[][] {{"sgd:noise=hessian,sigma=1.5", "exact"},
            {"momentum:beta=0", "noisy:noise=hessian,sigma=1.5"}}) {
            DynamicsCatalog.Configured c = DynamicsCatalog.create(Spec.parse(rule[0]), Spec.parse(rule[1]), p);
            VectorEnsemble e = new VectorEnsemble(f, c.dynamics(), c.params(), n, 17, new double[d],
                    new BlockRunner(2));
            e.advance(300);
            double[][] x = e.particles().coords;
            for (int j = 0; j < d; j++) {
                double lambda = eig.getEigenvalue(j).getReal();
                DMatrixRMaj u = eig.getEigenVector(j);
                double s2 = sigma * sigma * lambda / batch;
                double expected = eta * eta * s2 / (1 - (1 - eta * lambda) * (1 - eta * lambda));
                double sum = 0;
                double sum2 = 0;
                for (int i = 0; i < n; i++) {
                    double z = 0;
                    for (int k = 0; k < d; k++) {
                        z += u.get(k) * x[k][i];
                    }
                    sum += z;
                    sum2 += z * z;
                }
                double variance = (sum2 - sum * sum / n) / (n - 1);
                double se = expected * Math.sqrt(2.0 / (n - 1));
                assertEquals(expected, variance, 4 * se, rule[0] + " | " + rule[1] + ": λ = " + lambda);
            }
        }
    }

    /**
     * The Krylov root keeps its scratch per thread: once warm, 100 steps of 20 particles at d = 50 with noise shaped
     * like H allocate no more than the same steps with isotropic noise, give or take 2 kB (a d-array per particle
     * and step would be 8·50·20·100 = 800 kB). One thread, so the steps run on this one.
     */
    @Test
    void warmHessianShapedStepsAllocateNoMoreThanIsotropicOnes() {
        VectorLandscape f = LandscapeCatalog.createAny("quadratic:dim=50,lmin=1,lmax=4");
        long isotropic = allocatedOverHundredSteps(f, "sgd");
        long hessian = allocatedOverHundredSteps(f, "sgd:noise=hessian");
        assertTrue(hessian <= isotropic + 2048, "hessian " + hessian + " bytes, isotropic " + isotropic);
    }

    private static long allocatedOverHundredSteps(VectorLandscape f, String rule) {
        VectorEnsemble e = new VectorEnsemble(f, DynamicsCatalog.create(rule), Params.DEFAULT.withEta(0.05), 20, 2,
                f.defaultStart(), new BlockRunner(1));
        for (int w = 0; w < 300; w++) {
            e.advance(1);
        }
        var bean = (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
        long id = Thread.currentThread().getId();
        long before = bean.getThreadAllocatedBytes(id);
        for (int r = 0; r < 100; r++) {
            e.advance(1);
        }
        return bean.getThreadAllocatedBytes(id) - before;
    }

    /**
     * The Krylov root uses only the particle's own point and normals, so Hessian-shaped noise keeps the bits for
     * any thread count: d = 100 (λ 1 … 2), N = 1327 (two blocks of 655 and a ragged one), 10 steps on 1, 2, 3
     * threads.
     */
    @Test
    void hessianShapedNoiseHasTheSameBitsOnOneTwoAndThreeThreads() {
        VectorLandscape f = LandscapeCatalog.createAny("quadratic:dim=100,lmin=1,lmax=2");
        double[][] one = null;
        for (int threads = 1; threads <= 3; threads++) {
            VectorEnsemble e = new VectorEnsemble(f, DynamicsCatalog.create("sgd:noise=hessian"),
                    Params.DEFAULT.withEta(0.1), 1327, 4, f.defaultStart(), new BlockRunner(threads));
            e.advance(10);
            if (one == null) {
                one = e.particles().coords;
            } else {
                for (int k = 0; k < 100; k++) {
                    org.junit.jupiter.api.Assertions.assertArrayEquals(one[k], e.particles().coords[k],
                            "coordinate " + k + ", threads " + threads);
                }
            }
        }
    }

    /**
     * Every rule with every gradient source the planar engine accepts (on a 2-D quadratic, or linear regression
     * for minibatches) either runs in d dimensions (five steps on a 5-D quadratic or an MLP on generated data,
     * finite) or is refused there in one line that says why: replica exchange is planar, a user Σ is 2 × 2. No
     * other combination may be refused.
     */
    @Test
    void everyRuleWithEverySourceRunsInDimensionsOrIsRefusedInOneLine() {
        String[] sources = {"exact", "noisy", "noisy:noise=hessian", "noisy:noise=covariance,sxx=2,sxy=0.3",
            "minibatch", "minibatch:sampling=independent"};
        List<String> refused = new ArrayList<>();
        int ran = 0;
        for (DynamicsCatalog.Entry entry : DynamicsCatalog.entries()) {
            for (String source : sources) {
                for (String[] pair : new String[][] {{"quadratic:h1=1,h2=3", "quadratic:dim=5,lmin=1,lmax=3"},
                    {"linear-regression", "mlp:data=teacher,n=40,hidden=3"}}) {
                    Landscape plane = LandscapeCatalog.create(pair[0]);
                    DynamicsCatalog.Configured c;
                    try {
                        c = DynamicsCatalog.create(Spec.parse(entry.name()), Spec.parse(source), Params.DEFAULT);
                        new Ensemble(plane, c.dynamics(), c.params(), 3, 1, plane.defaultStart(), new BlockRunner(1));
                    } catch (InvalidInputException planarRefusal) {
                        continue;
                    }
                    VectorLandscape f = LandscapeCatalog.createAny(pair[1]);
                    String what = entry.name() + " | " + source + " on " + pair[1];
                    try {
                        VectorEnsemble e = new VectorEnsemble(f, c.dynamics(), c.params(), 3, 1, f.defaultStart(),
                                new BlockRunner(1));
                        e.advance(5);
                        assertTrue(Double.isFinite(e.stats().meanLoss()), what);
                        ran++;
                    } catch (InvalidInputException refusal) {
                        String m = refusal.getMessage();
                        assertFalse(m.contains("\n"), what + ": " + m);
                        boolean why = entry.name().equals("replica-exchange") && m.contains("1-D and 2-D landscapes only")
                                || source.contains("covariance") && m.contains("2 × 2 Σ");
                        if (!why) {
                            fail(what + " refused without one of the two reasons: " + m);
                        }
                        refused.add(what);
                    }
                }
            }
        }
        assertTrue(ran > 40, "ran " + ran + ", refused " + refused);
    }
}
