package org.basinscope.engine.analysis.projection;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CancellationException;
import org.basinscope.engine.analysis.LandscapeGrid;
import org.basinscope.engine.analysis.Progress;
import org.basinscope.engine.dynamics.ParticleArrays;
import org.basinscope.engine.ensemble.BlockRunner;
import org.basinscope.engine.landscape.LandscapeCatalog;
import org.basinscope.engine.landscape.ParameterBlock;
import org.basinscope.engine.landscape.SpectrumQuadratic;
import org.basinscope.engine.landscape.VectorLandscape;
import org.basinscope.engine.spec.InvalidInputException;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Projections onto planes: exact planes and grids on quadratics, PCA against a known covariance, filter norms. */
class ProjectionTest {
    private static final double EPS = Math.ulp(1.0);
    private static final BlockRunner ONE = new BlockRunner(1);

    /** N particles at Gaussian positions (scale s around 0), none diverged. */
    static ParticleArrays cloud(int n, int d, double s, long seed) {
        ParticleArrays p = new ParticleArrays(n, d, 0);
        Random r = new Random(seed);
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < d; k++) {
                p.coords[k][i] = s * r.nextGaussian();
            }
        }
        return p;
    }

    /** Eigenvectors of a dense symmetric matrix (row-major d × d), by decreasing eigenvalue; values in {@code out}. */
    static double[][] eigenvectors(double[] m, int d, double[] out) {
        EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(d, true, true);
        assertTrue(eig.decompose(DMatrixRMaj.wrap(d, d, m.clone())));
        Integer[] order = new Integer[d];
        for (int i = 0; i < d; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> Double.compare(eig.getEigenvalue(b).getReal(), eig.getEigenvalue(a).getReal()));
        double[][] vectors = new double[d][];
        for (int i = 0; i < d; i++) {
            vectors[i] = eig.getEigenVector(order[i]).data.clone();
            out[i] = eig.getEigenvalue(order[i]).getReal();
            Vectors.scale(vectors[i], 1 / Vectors.norm(vectors[i]));
        }
        return vectors;
    }

    /**
     * Sine of the largest principal angle between span{u, v} and span{p, q} (p, q orthonormal; u, v orthonormal):
     * the largest singular value of the residuals R = [u − PPᵀu, v − PPᵀv], P = [p q], from the 2 × 2 matrix RᵀR.
     * (√(1 − σ_min²) from PᵀU would lose everything below √ε ≈ 1.5·10⁻⁸ to cancellation.)
     */
    static double subspaceSine(double[] u, double[] v, double[] p, double[] q) {
        double[] ru = residual(u, p, q);
        double[] rv = residual(v, p, q);
        double a = Vectors.dot(ru, ru);
        double b = Vectors.dot(ru, rv);
        double c = Vectors.dot(rv, rv);
        double largest = 0.5 * (a + c) + Math.sqrt(0.25 * (a - c) * (a - c) + b * b);
        return Math.sqrt(largest);
    }

    /** w minus its orthogonal projection onto span{p, q}. */
    private static double[] residual(double[] w, double[] p, double[] q) {
        double[] r = w.clone();
        Vectors.axpy(-Vectors.dot(p, w), p, r);
        Vectors.axpy(-Vectors.dot(q, w), q, r);
        return r;
    }

    /** ‖w − ±e‖ with the sign of ⟨w, e⟩. */
    static double distance(double[] w, double[] e) {
        double s = Math.signum(Vectors.dot(w, e));
        double sum = 0;
        for (int k = 0; k < w.length; k++) {
            sum += (w[k] - s * e[k]) * (w[k] - s * e[k]);
        }
        return Math.sqrt(sum);
    }

    @Test
    void hessianPlaneOfARotatedQuadraticIsItsTopEigenplaneAndTheGridIsTheQuadraticForm() {
        int d = 50;
        SpectrumQuadratic f = (SpectrumQuadratic) LandscapeCatalog.createAny("quadratic:dim=50,lmin=1,lmax=100,rotate=7");
        double[] lambda = new double[d];
        double[][] q = eigenvectors(f.hessian(new double[d]), d, lambda);
        // The known spectrum: λ₁ = 100, λ₂ = 100·100^(−1/49).
        assertEquals(100, lambda[0], 1e-11);
        assertEquals(100 * Math.pow(100, -1.0 / 49), lambda[1], 1e-11);
        Projection p = Projection.of(f, cloud(10, d, 1, 3), Plane.parse("hessian"), Centre.parse("0"));
        double[] u = p.u();
        double[] v = p.v();
        assertEquals(1, Vectors.norm(u), 1e-15);
        assertEquals(1, Vectors.norm(v), 1e-15);
        assertEquals(0, Vectors.dot(u, v), 1e-15);
        assertTrue(subspaceSine(u, v, q[0], q[1]) < 1e-8, "subspace angle " + subspaceSine(u, v, q[0], q[1]));
        double e1 = distance(u, q[0]);
        double e2 = distance(v, q[1]);
        assertTrue(e1 < 1e-8 && e2 < 1e-8, "u, v from ±q1, ±q2: " + e1 + ", " + e2);

        LandscapeGrid g = PlaneGrid.sample(p, f, new Extent(-2, 2, -1.5, 1), 9, 7, ONE, Progress.NONE);
        for (int j = 0; j < g.ny(); j++) {
            for (int i = 0; i < g.nx(); i++) {
                double a = g.x(i);
                double b = g.y(j);
                double r2 = a * a + b * b;
                // f(au + bv) − ½(λ₁a² + λ₂b²) is at most ½‖H‖·(2e₁a² + 2e₂b² + 2|ab|(e₁ + e₂)) ≤ 1.5‖H‖r²(e₁ + e₂)
                // from the eigenvectors' errors, plus the rounding of ½θᵀHθ, below d^1.5·ε·‖H‖·r².
                double tolerance = 1.5 * lambda[0] * r2 * (e1 + e2) + Math.pow(d, 1.5) * EPS * lambda[0] * r2;
                assertEquals(0.5 * (lambda[0] * a * a + lambda[1] * b * b), g.value(i, j), tolerance,
                        "(" + a + ", " + b + ")");
            }
        }
    }

    /** Where H varies, the plane is H's at the centre: Rosenbrock at d = 50, centred on a particle of a cloud. */
    @Test
    void hessianPlaneIsTheDenseHessiansTopEigenplaneAtTheCentre() {
        int d = 50;
        VectorLandscape f = LandscapeCatalog.createAny("rosenbrock:dim=50");
        ParticleArrays c = cloud(4, d, 0.3, 6);
        for (int k = 0; k < d; k++) {
            c.coords[k][2] += 1; // particle 2 near the minimum (1, …, 1)
        }
        Projection p = Projection.of(f, c, Plane.parse("hessian:seed=5"), Centre.parse("particle:2"));
        double[] at = new double[d];
        for (int k = 0; k < d; k++) {
            at[k] = c.coords[k][2];
        }
        assertArrayEquals(at, p.centre());
        double[] lambda = new double[d];
        double[][] q = eigenvectors(f.hessian(at), d, lambda);
        // The vectors' error is about ε‖H‖/gap (gap to λ₃); allow 10⁴ times that.
        double bound = 1e4 * EPS * lambda[0] / (lambda[1] - lambda[2]);
        assertTrue(bound < 1e-8, "gap too small for the check: " + bound);
        double s = subspaceSine(p.u(), p.v(), q[0], q[1]);
        assertTrue(s < bound, "subspace sine " + s + ", bound " + bound);
    }

    /**
     * A Langevin cloud seen on the Hessian plane: Euler–Maruyama on ½θᵀHθ is an AR(1) process along each
     * eigenvector, θ' = (1 − ηλ)θ + √(2ηT)ξ, with stationary variance 2ηT/(1 − (1 − ηλ)²) = T/(λ(1 − ηλ/2))
     * (seed 001, the Ornstein–Uhlenbeck covariance; the README's EM example), and the two coordinates uncorrelated.
     * N = 20000: the sample variance's standard error is σ²√(2/(N − 1)), 1 %; 4 of them allowed.
     */
    @Test
    void aLangevinCloudOnTheHessianPlaneHasTheStationaryVariances() {
        VectorLandscape f = LandscapeCatalog.createAny("quadratic:dim=10,lmin=0.5,lmax=10,rotate=4");
        double eta = 0.05;
        double t = 0.1;
        int n = 20_000;
        org.basinscope.engine.dynamics.DynamicsCatalog.Configured d = org.basinscope.engine.dynamics.DynamicsCatalog
                .create(org.basinscope.engine.spec.Spec.parse("langevin"), org.basinscope.engine.spec.Spec.parse("exact"),
                        new org.basinscope.engine.dynamics.Params(eta, 1, t, 1, 0.9));
        org.basinscope.engine.ensemble.VectorEnsemble e = new org.basinscope.engine.ensemble.VectorEnsemble(f,
                d.dynamics(), d.params(), n, 3, new double[10], ONE);
        // The slowest of the two top modes, λ₂ = 0.5·20^(8/9) ≈ 7.2, forgets the start by (1 − ηλ₂)^600 ≈ 1e-116.
        e.advance(300);
        Projection p = Projection.of(f, e.particles(), Plane.parse("hessian"), Centre.parse("mean"));
        ProjectedCloud pc = ProjectedCloud.of(p, f, e.particles(), ONE);
        double l1 = 10;
        double l2 = 0.5 * Math.pow(20, 8.0 / 9);
        double va = variance(pc.a(), pc.a());
        double vb = variance(pc.b(), pc.b());
        double ta = t / (l1 * (1 - eta * l1 / 2));
        double tb = t / (l2 * (1 - eta * l2 / 2));
        double se = Math.sqrt(2.0 / (n - 1));
        assertEquals(ta, va, 4 * se * ta, "variance along the top eigenvector");
        assertEquals(tb, vb, 4 * se * tb, "variance along the second");
        assertEquals(0, variance(pc.a(), pc.b()), 4 * Math.sqrt(ta * tb / n), "covariance of a and b");
    }

    /** The sample covariance of x and y. */
    private static double variance(double[] x, double[] y) {
        double mx = 0;
        double my = 0;
        for (int i = 0; i < x.length; i++) {
            mx += x[i];
            my += y[i];
        }
        mx /= x.length;
        my /= y.length;
        double s = 0;
        for (int i = 0; i < x.length; i++) {
            s += (x[i] - mx) * (y[i] - my);
        }
        return s / (x.length - 1);
    }

    @Test
    void coordinatePlaneOfAnAxisAlignedQuadraticGivesTheExactValues() {
        SpectrumQuadratic f = new SpectrumQuadratic(10, 0.5, 8, -1);
        double[] l = f.eigenvalues();
        Projection p = Projection.of(f, cloud(5, 10, 1, 1), Plane.parse("coords:3,7"), Centre.parse("0"));
        LandscapeGrid g = PlaneGrid.sample(p, f, new Extent(-1, 3, -2, 2), 12, 11, ONE, Progress.NONE);
        for (int j = 0; j < g.ny(); j++) {
            for (int i = 0; i < g.nx(); i++) {
                double a = g.x(i);
                double b = g.y(j);
                // θ = a·e₃ + b·e₇ exactly, and ½Σλθ² adds only these two terms: equal to the last bit.
                assertEquals(0.5 * (l[3] * a * a + l[7] * b * b), g.value(i, j), 0.0);
            }
        }
    }

    @Test
    void principalComponentsOfAGaussianCloudRecoverItsTopDirections() {
        int d = 20;
        int n = 20_000;
        double[] variances = new double[d];
        java.util.Arrays.fill(variances, 1);
        variances[0] = 16;
        variances[1] = 9;
        // A random orthonormal basis: the eigenvectors of a random symmetric matrix.
        Random r = new Random(5);
        double[] sym = new double[d * d];
        for (int i = 0; i < d; i++) {
            for (int j = 0; j <= i; j++) {
                sym[i * d + j] = sym[j * d + i] = r.nextGaussian();
            }
        }
        double[][] basis = eigenvectors(sym, d, new double[d]);
        ParticleArrays c = new ParticleArrays(n, d, 0);
        for (int i = 0; i < n; i++) {
            for (int m = 0; m < d; m++) {
                double z = Math.sqrt(variances[m]) * r.nextGaussian();
                for (int k = 0; k < d; k++) {
                    c.coords[k][i] += z * basis[m][k];
                }
            }
        }
        VectorLandscape f = new SpectrumQuadratic(d, 1, 1, -1);
        Projection p = Projection.of(f, c, Plane.parse("pca"), Centre.parse("mean"));
        double[] u = p.u();
        double[] v = p.v();

        // The algorithm: the top eigenvectors of the same sample's dense covariance.
        double[] mean = CloudCovariance.mean(c);
        double[] cov = new double[d * d];
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < d; k++) {
                for (int m = 0; m < d; m++) {
                    cov[k * d + m] += (c.coords[k][i] - mean[k]) * (c.coords[m][i] - mean[m]) / (n - 1);
                }
            }
        }
        double[][] sample = eigenvectors(cov, d, new double[d]);
        assertTrue(distance(u, sample[0]) < 1e-8 && distance(v, sample[1]) < 1e-8,
                distance(u, sample[0]) + ", " + distance(v, sample[1]));

        // The statistics: to first order the sample eigenvector i has components along eigenvector j ≠ i of
        // variance λᵢλⱼ/(N(λᵢ − λⱼ)²), so its angle to the truth has mean square Σⱼ λᵢλⱼ/(N(λᵢ − λⱼ)²):
        // u: (16·9/49 + 18·16/225)/N, v: (16·9/49 + 18·9/64)/N, the plane (18·16/225 + 18·9/64)/N.
        // Allow 4 root-mean-squares.
        double rmsU = Math.sqrt((144.0 / 49 + 18 * 16.0 / 225) / n);
        double rmsV = Math.sqrt((144.0 / 49 + 18 * 9.0 / 64) / n);
        double rmsPlane = Math.sqrt((18 * 16.0 / 225 + 18 * 9.0 / 64) / n);
        assertTrue(distance(u, basis[0]) < 4 * rmsU, "u off by " + distance(u, basis[0]) + ", rms " + rmsU);
        assertTrue(distance(v, basis[1]) < 4 * rmsV, "v off by " + distance(v, basis[1]) + ", rms " + rmsV);
        double s = subspaceSine(u, v, basis[0], basis[1]);
        assertTrue(s < 4 * rmsPlane, "plane off by " + s + ", rms " + rmsPlane);
    }

    /** ½|θ|² on ℝ^10 with three blocks, as a layered model would declare them. */
    private static final VectorLandscape BLOCKED = new VectorLandscape() {
        @Override
        public int dimension() {
            return 10;
        }

        @Override
        public double value(double[] theta) {
            return 0.5 * Vectors.dot(theta, theta);
        }

        @Override
        public void gradient(double[] theta, double[] g) {
            System.arraycopy(theta, 0, g, 0, 10);
        }

        @Override
        public double[] defaultStart() {
            return new double[10];
        }

        @Override
        public String describe() {
            return "½|θ|² in blocks";
        }

        @Override
        public List<ParameterBlock> parameterBlocks() {
            return List.of(new ParameterBlock(0, 3), new ParameterBlock(3, 4), new ParameterBlock(4, 10));
        }
    };

    private static double blockNorm(double[] w, ParameterBlock b) {
        double s = 0;
        for (int k = b.from(); k < b.to(); k++) {
            s += w[k] * w[k];
        }
        return Math.sqrt(s);
    }

    @Test
    void filterNormalisationGivesEachBlockTheCentresNorm() {
        double[] centre = {0.3, -2, 1, 0, 5, 5, -1, 0.5, 0, 2};
        Projection p = Projection.of(BLOCKED, cloud(4, 10, 1, 2), Plane.parse("random:seed=9"), new Centre.Point(centre));
        assertFalse(p.directions().orthonormal());
        for (double[] w : new double[][] {p.u(), p.v()}) {
            for (ParameterBlock b : BLOCKED.parameterBlocks()) {
                double target = blockNorm(centre, b);
                // Block [3, 4) of the centre is 0: its direction is scaled to norm 1 instead.
                assertEquals(target > 0 ? target : 1, blockNorm(w, b), 1e-14 * Math.max(1, target), "block " + b);
            }
        }
        // One block by default: the whole direction has the centre's norm.
        VectorLandscape q = new SpectrumQuadratic(30, 1, 2, -1);
        double[] c30 = new double[30];
        java.util.Arrays.fill(c30, 0.5);
        Projection whole = Projection.of(q, cloud(4, 30, 1, 2), Plane.parse("random"), new Centre.Point(c30));
        assertEquals(Vectors.norm(c30), Vectors.norm(whole.u()), 1e-14);
        assertEquals(Vectors.norm(c30), Vectors.norm(whole.v()), 1e-14);
        // The deep linear model's two layers, one weight each: |u_k| = |c_k|.
        VectorLandscape deep = LandscapeCatalog.createAny("deep-linear");
        Projection layers = Projection.of(deep, cloud(4, 2, 1, 2), Plane.parse("random:seed=3"),
                new Centre.Point(new double[] {0.7, -1.3}));
        assertEquals(0.7, Math.abs(layers.u()[0]), 1e-15);
        assertEquals(1.3, Math.abs(layers.u()[1]), 1e-15);
        // The same seed draws the same directions; another seed others.
        assertArrayEquals(p.u(), Projection.of(BLOCKED, cloud(4, 10, 1, 7), Plane.parse("random:seed=9"),
                new Centre.Point(centre)).u());
        assertFalse(java.util.Arrays.equals(p.u(), Projection.of(BLOCKED, cloud(4, 10, 1, 7),
                Plane.parse("random:seed=10"), new Centre.Point(centre)).u()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"hessian", "coords:6,2", "pca:seed=4"})
    void orthonormalProjectionsAreTheDotProductsAndLossesAreEachParticlesOwn(String plane) {
        int d = 7;
        int n = 2500; // three blocks of work
        VectorLandscape f = LandscapeCatalog.createAny("rosenbrock:dim=7");
        ParticleArrays c = cloud(n, d, 0.8, 11);
        c.diverged[1500] = true;
        c.coords[3][1500] = Double.NaN;
        Projection p = Projection.of(f, c, Plane.parse(plane), Centre.parse("particle:0"));
        ProjectedCloud pc = ProjectedCloud.of(p, f, c, ONE);
        double[] u = p.u();
        double[] v = p.v();
        double[] theta = new double[d];
        for (int i = 0; i < n; i++) {
            if (i == 1500) {
                assertTrue(Double.isNaN(pc.a()[i]) && Double.isNaN(pc.b()[i]) && Double.isNaN(pc.loss()[i]));
                continue;
            }
            double a = 0;
            double b = 0;
            for (int k = 0; k < d; k++) {
                a += (c.coords[k][i] - c.coords[k][0]) * u[k];
                b += (c.coords[k][i] - c.coords[k][0]) * v[k];
                theta[k] = c.coords[k][i];
            }
            assertEquals(a, pc.a()[i], 0.0);
            assertEquals(b, pc.b()[i], 0.0);
            assertEquals(f.value(theta), pc.loss()[i], 0.0);
        }
        assertEquals(1, pc.diverged());
        assertEquals(0, pc.a()[0], 0.0); // the centre itself
    }

    @Test
    void randomDirectionsProjectByLeastSquares() {
        VectorLandscape f = new SpectrumQuadratic(40, 1, 3, -1);
        ParticleArrays c = cloud(300, 40, 1, 4);
        Projection p = Projection.of(f, c, Plane.parse("random:seed=2"), Centre.parse("mean"));
        double[] inPlane = new double[40];
        p.point(0.3, -0.7, inPlane);
        Projection.PlanePoint back = p.coordinates(inPlane);
        assertEquals(0.3, back.a(), 1e-12);
        assertEquals(-0.7, back.b(), 1e-12);
        // Off the plane: the residual θ − (c + a·u + b·v) is orthogonal to both directions.
        ProjectedCloud pc = ProjectedCloud.of(p, f, c, ONE);
        double[] theta = new double[40];
        double[] foot = new double[40];
        for (int i = 0; i < 300; i += 37) {
            for (int k = 0; k < 40; k++) {
                theta[k] = c.coords[k][i];
            }
            p.point(pc.a()[i], pc.b()[i], foot);
            double[] residual = new double[40];
            for (int k = 0; k < 40; k++) {
                residual[k] = theta[k] - foot[k];
            }
            double scale = Vectors.norm(residual) * Vectors.norm(p.u()) + Vectors.norm(theta) * Vectors.norm(p.u());
            assertEquals(0, Vectors.dot(residual, p.u()), 1e-12 * scale);
            assertEquals(0, Vectors.dot(residual, p.v()), 1e-12 * scale);
        }
    }

    @Test
    void threadCountDoesNotChangeTheBits() {
        VectorLandscape f = LandscapeCatalog.createAny("rosenbrock:dim=100");
        ParticleArrays c = cloud(5000, 100, 0.5, 8);
        Projection p = Projection.of(f, c, Plane.parse("pca"), Centre.parse("mean"));
        // 5000 particles, 100 coordinates: two blocks of each of the covariance product's passes.
        Projection p3 = Projection.of(f, c, Plane.parse("pca"), Centre.parse("mean"), new BlockRunner(3));
        assertArrayEquals(p.u(), p3.u());
        assertArrayEquals(p.v(), p3.v());
        ProjectedCloud one = ProjectedCloud.of(p, f, c, ONE);
        ProjectedCloud three = ProjectedCloud.of(p, f, c, new BlockRunner(3));
        assertArrayEquals(one.a(), three.a());
        assertArrayEquals(one.b(), three.b());
        assertArrayEquals(one.loss(), three.loss());
        Extent e = Extent.around(one);
        LandscapeGrid g1 = PlaneGrid.sample(p, f, e, 37, 29, ONE, Progress.NONE);
        LandscapeGrid g3 = PlaneGrid.sample(p, f, e, 37, 29, new BlockRunner(3), Progress.NONE);
        assertArrayEquals(g1.values(), g3.values());
        assertEquals(g1.high(), g3.high(), 0.0);
    }

    @Test
    void defaultExtentHoldsEveryParticleAndTheCentre() {
        ProjectedCloud pc = new ProjectedCloud(new double[] {1, 3, Double.NaN, 2}, new double[] {-1, -4, Double.NaN, -2},
                new double[4], 1);
        Extent e = Extent.around(pc);
        // a over [0, 3] (the centre is 0) padded by 10 %; b over [−4, 0].
        assertEquals(-0.3, e.aMin(), 1e-15);
        assertEquals(3.3, e.aMax(), 1e-15);
        assertEquals(-4.4, e.bMin(), 1e-15);
        assertEquals(0.4, e.bMax(), 1e-15);
        Extent single = Extent.around(new ProjectedCloud(new double[] {0}, new double[] {0}, new double[1], 0));
        assertEquals(new Extent(-1, 1, -1, 1), single);
    }

    @Test
    void gridReportsProgressAndStopsWhenCancelled() {
        VectorLandscape f = new SpectrumQuadratic(5, 1, 2, -1);
        Projection p = Projection.of(f, cloud(3, 5, 1, 1), Plane.parse("coords:0,1"), Centre.parse("mean"));
        List<Double> seen = new ArrayList<>();
        Progress recording = new Progress() {
            @Override
            public synchronized void report(double fraction) {
                seen.add(fraction);
            }

            @Override
            public boolean cancelled() {
                return seen.size() >= 6;
            }
        };
        assertThrows(CancellationException.class,
                () -> PlaneGrid.sample(p, f, new Extent(-1, 1, -1, 1), 4, 10, ONE, recording));
        assertEquals(6, seen.size());
        List<Double> all = new ArrayList<>();
        PlaneGrid.sample(p, f, new Extent(-1, 1, -1, 1), 4, 10, ONE, new Progress() {
            @Override
            public void report(double fraction) {
                all.add(fraction);
            }

            @Override
            public boolean cancelled() {
                return false;
            }
        });
        assertEquals(1.0, all.get(all.size() - 1), 0.0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "coords", "coords:1", "coords:1,1", "coords:a,2", "coords:1,2,3", "coords:-1,2",
        "sideways", "hessian:k=2", "random:seed=-1", "pca:seed=x"})
    void badPlanesAreRefusedInOneLine(String text) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> Plane.parse(text));
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "particle", "particle:x", "particles:1", "a,b", "1,,2"})
    void badCentresAreRefusedInOneLine(String text) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> Centre.parse(text));
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
    }

    @Test
    void planesThatCannotBeHadAreRefusedInOneLine() {
        VectorLandscape line = new SpectrumQuadratic(1, 1, 1, -1);
        assertMessage("projections need d ≥ 2; this landscape has d = 1",
                () -> Projection.of(line, cloud(3, 1, 1, 1), Plane.parse("coords:0,1"), Centre.parse("mean")));
        VectorLandscape f = new SpectrumQuadratic(3, 1, 2, -1);
        assertMessage("projection coords:0,5: coordinates run from 0 to 2 on this landscape (d = 3)",
                () -> Projection.of(f, cloud(3, 3, 1, 1), Plane.parse("coords:0,5"), Centre.parse("mean")));
        ParticleArrays point = new ParticleArrays(10, 3, 0); // every particle at the origin
        assertThrows(InvalidInputException.class,
                () -> Projection.of(f, point, Plane.parse("pca"), Centre.parse("mean")));
        ParticleArrays onALine = cloud(10, 3, 1, 1);
        for (int i = 0; i < 10; i++) {
            onALine.coords[1][i] = 2 * onALine.coords[0][i];
            onALine.coords[2][i] = -onALine.coords[0][i];
        }
        assertThrows(InvalidInputException.class,
                () -> Projection.of(f, onALine, Plane.parse("pca"), Centre.parse("mean")));
        assertThrows(InvalidInputException.class,
                () -> Projection.of(f, cloud(2, 3, 1, 1), Plane.parse("pca"), Centre.parse("mean")));
        assertMessage("projection centre particle:7 is outside the allowed range [0, 2]",
                () -> Projection.of(f, cloud(3, 3, 1, 1), Plane.parse("hessian"), Centre.parse("particle:7")));
        assertMessage("projection centre has 2 coordinates; this landscape needs 3 (or one number for all)",
                () -> Projection.of(f, cloud(3, 3, 1, 1), Plane.parse("hessian"), Centre.parse("1,2")));
        ParticleArrays dead = cloud(3, 3, 1, 1);
        java.util.Arrays.fill(dead.diverged, true);
        assertThrows(InvalidInputException.class, () -> Projection.of(f, dead, Plane.parse("hessian"), Centre.parse("mean")));
        assertThrows(InvalidInputException.class, () -> new Extent(1, 1, 0, 1));
        Projection p = Projection.of(f, cloud(3, 3, 1, 1), Plane.parse("hessian"), Centre.parse("mean"));
        assertThrows(InvalidInputException.class,
                () -> PlaneGrid.sample(p, f, new Extent(0, 1, 0, 1), 0, 5, ONE, Progress.NONE));
    }

    private static void assertMessage(String expected, org.junit.jupiter.api.function.Executable run) {
        assertEquals(expected, assertThrows(InvalidInputException.class, run).getMessage());
    }
}
