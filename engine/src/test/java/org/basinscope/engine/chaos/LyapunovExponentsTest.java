package org.basinscope.engine.chaos;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;
import org.basinscope.engine.dynamics.DynamicsCatalog;
import org.basinscope.engine.dynamics.Params;
import org.basinscope.engine.dynamics.TangentMap;
import org.basinscope.engine.landscape.LandscapeCatalog;
import org.basinscope.engine.landscape.SpectrumQuadratic;
import org.basinscope.engine.landscape.VectorLandscape;
import org.basinscope.engine.spec.InvalidInputException;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.SingularOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Top-k Lyapunov exponents by QR in d dimensions against the exact spectra of linear maps (science/CHECKS.md
 * and issue 15): GD on a quadratic, ln|1 − ηλᵢ|; heavy ball, ln|z| for the roots of z² − (1 + β − ηλ)z + β.
 *
 * <p>Tolerances are derived, not tuned. For a linear map J = W D W⁻¹ with real
 * D sorted by |μ| descending, the first i frame vectors span J^t Q₀⁽ⁱ⁾, and Gram–Schmidt makes
 * Σ_{j≤i} ln R_jj over t steps exactly ln vol_i(J^t Q₀⁽ⁱ⁾). By Horn's inequality that volume is at most
 * κ(W)^i Π_{j≤i}|μ_j|^t, and (projecting onto the top i eigen-coordinates) at least
 * σ_min(W)^i |det M_i| Π_{j≤i}|μ_j|^t, M_i the leading i × i block of W⁻¹Q₀ (unit columns of W). So the
 * measured partial sum over T steps after any transient is within L_i/T of Σ_{j≤i} ln|μ_j|, with
 * L_i = i ln κ − i ln σ_min − ln|det M_i|, and the i-th exponent within (L_i + L_{i−1})/T. For symmetric J
 * (GD) κ = σ_min = 1.
 */
class LyapunovExponentsTest {
    private static final long SEED = 1;

    private static TangentMap tangent(VectorLandscape f, String dynamics, Params p) {
        return DynamicsCatalog.create(dynamics).tangentMap(f, p);
    }

    private static SpectrumQuadratic quadratic(String spec) {
        return (SpectrumQuadratic) LandscapeCatalog.createAny(spec);
    }

    /** The dense n × n matrix of a tangent map at a state, column by column from J·e_j. */
    private static DMatrixRMaj dense(TangentMap m, double[] state) {
        int n = m.dimension();
        DMatrixRMaj j = new DMatrixRMaj(n, n);
        double[] e = new double[n];
        double[] col = new double[n];
        for (int c = 0; c < n; c++) {
            e[c] = 1;
            m.tangent(state, 1, e, col);
            e[c] = 0;
            for (int r = 0; r < n; r++) {
                j.set(r, c, col[r]);
            }
        }
        return j;
    }

    /**
     * Per-exponent tolerances (L_i + L_{i−1})/T of the class comment for a linear map with real, distinct-modulus
     * eigenvalues, the start frame of {@link LyapunovExponents#initialFrame} and T measured steps; plus 10⁻¹²
     * for the rounding of T terms.
     */
    private static double[] tolerances(DMatrixRMaj j, int k, long steps) {
        int n = j.numRows;
        EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(n, true);
        assertTrue(eig.decompose(j.copy()));
        Integer[] order = IntStream.range(0, n).boxed().toArray(Integer[]::new);
        for (int i = 0; i < n; i++) {
            assertEquals(0, eig.getEigenvalue(i).getImaginary(), 1e-12, "the bound is for real eigenvalues");
        }
        Arrays.sort(order, Comparator.comparingDouble(i -> -Math.abs(eig.getEigenvalue(i).getReal())));
        DMatrixRMaj w = new DMatrixRMaj(n, n);
        for (int c = 0; c < n; c++) {
            DMatrixRMaj v = eig.getEigenVector(order[c]);
            double norm = Math.sqrt(CommonOps_DDRM.dot(v, v));
            for (int r = 0; r < n; r++) {
                w.set(r, c, v.get(r, 0) / norm);
            }
        }
        double[] sv = SingularOps_DDRM.singularValues(w);
        double smax = Arrays.stream(sv).max().orElseThrow();
        double smin = Arrays.stream(sv).min().orElseThrow();
        DMatrixRMaj winv = new DMatrixRMaj(n, n);
        assertTrue(CommonOps_DDRM.invert(w, winv));
        double[][] frame = LyapunovExponents.initialFrame(n, k, SEED);
        DMatrixRMaj q = new DMatrixRMaj(n, k);
        for (int c = 0; c < k; c++) {
            for (int r = 0; r < n; r++) {
                q.set(r, c, frame[c][r]);
            }
        }
        DMatrixRMaj m = new DMatrixRMaj(n, k);
        CommonOps_DDRM.mult(winv, q, m);
        double[] l = new double[k + 1];
        for (int i = 1; i <= k; i++) {
            DMatrixRMaj mi = CommonOps_DDRM.extract(m, 0, i, 0, i);
            l[i] = i * Math.log(smax / smin) - i * Math.log(smin) - Math.log(Math.abs(CommonOps_DDRM.det(mi)));
        }
        double[] tol = new double[k];
        for (int i = 0; i < k; i++) {
            tol[i] = (l[i + 1] + l[i]) / steps + 1e-12;
        }
        return tol;
    }

    /** The k largest of {@code values}, descending. */
    private static double[] topK(double[] values, int k) {
        return Arrays.stream(values).boxed().sorted(Comparator.reverseOrder()).limit(k).mapToDouble(x -> x).toArray();
    }

    /** Sorted estimates lie within the largest per-index tolerance of the sorted truth. */
    private static void assertWithin(double[] exact, double[] measured, double[] tol) {
        double worst = Arrays.stream(tol).max().orElseThrow();
        assertTrue(worst < 0.01, "a bound this loose tests nothing: " + worst);
        for (int i = 0; i < exact.length; i++) {
            assertEquals(exact[i], measured[i], worst, "exponent " + i + " (tolerance " + worst + ")");
        }
    }

    private static void gdOnQuadratic(String spec, double eta, int k, long discard, long steps) {
        SpectrumQuadratic f = quadratic(spec);
        TangentMap m = tangent(f, "gd", Params.DEFAULT.withEta(eta));
        double[] lambda = f.eigenvalues();
        double[] all = Arrays.stream(lambda).map(l -> Math.log(Math.abs(1 - eta * l))).toArray();
        var r = LyapunovExponents.top(m, m.start(f.defaultStart()), k, discard, steps, SEED);
        assertFalse(r.diverged());
        assertEquals(f.dimension(), r.stateDimension());
        assertEquals(steps, r.steps());
        assertWithin(topK(all, k), r.exponents(), tolerances(dense(m, f.defaultStart()), k, steps));
    }

    @Test
    void gdOnAHundredDimensionalQuadraticHasTheTopOfLn1MinusEtaLambda() {
        // λ from 0.1 to 10 (geometric, d = 100), η = 0.15: |1 − ηλ| from 0.985 down to … and up to 0.5 at λmax;
        // the top five are the five smallest λ, their multipliers 0.985, 0.9843, … (gaps ~ 7·10⁻⁴: slow to separate).
        gdOnQuadratic("quadratic:dim=100,lmin=0.1,lmax=10", 0.15, 5, 1000, 20_000);
    }

    @Test
    void gdOnARotatedQuadraticHasTheSameSpectrum() {
        // The same ladder in a random orthonormal basis: J = I − ηH is no longer diagonal, its spectrum is.
        gdOnQuadratic("quadratic:dim=40,lmin=0.1,lmax=10,rotate=7", 0.15, 4, 500, 20_000);
    }

    @Test
    void gdBeyondTheStabilityEdgeHasAPositiveTopExponent() {
        // η = 0.21 > 2/λmax = 0.2: the multiplier of λmax = 10 is −1.1, the top exponent ln 1.1 > 0.
        gdOnQuadratic("quadratic:dim=20,lmin=0.1,lmax=10,rotate=3", 0.21, 2, 0, 2_000);
    }

    @ParameterizedTest
    @ValueSource(strings = {"momentum", "nesterov"})
    void momentumWithRealRootsHasTheLogsOfItsLargestRoots(String rule) {
        // Per direction the multipliers are the roots of z² − bz + c: heavy ball b = 1 + β − ηλ, c = β; Nesterov
        // b = (1 − ηλ)(1 + β), c = β(1 − ηλ). With β = 0.5 and ηλ in [10⁻³, 10⁻²] both are real (b² > 4c: heavy ball
        // needs ηλ < (1 − √β)² = 0.0858, Nesterov 1 − ηλ > 4β/(1 + β)² = 0.889); the top exponents are ln of the
        // largest roots, z = (b + √(b² − 4c))/2 ≈ 1 − ηλ/(1 − β), close together: the bound is what says how close.
        double eta = 1;
        double beta = 0.5;
        SpectrumQuadratic f = quadratic("quadratic:dim=20,lmin=0.001,lmax=0.01,rotate=5");
        Params p = Params.DEFAULT.withEta(eta).withMomentum(beta);
        TangentMap m = tangent(f, rule, p);
        assertEquals(40, m.dimension());
        double[] all = new double[40];
        double[] lambda = f.eigenvalues();
        for (int i = 0; i < 20; i++) {
            double a = 1 - eta * lambda[i];
            double b = rule.equals("momentum") ? 1 + beta - eta * lambda[i] : a * (1 + beta);
            double c = rule.equals("momentum") ? beta : beta * a;
            double disc = Math.sqrt(b * b - 4 * c);
            all[2 * i] = Math.log(Math.abs((b + disc) / 2));
            all[2 * i + 1] = Math.log(Math.abs((b - disc) / 2));
        }
        int k = 6;
        long steps = 50_000;
        var r = LyapunovExponents.top(m, m.start(f.defaultStart()), k, 1000, steps, SEED);
        assertWithin(topK(all, k), r.exponents(), tolerances(dense(m, new double[40]), k, steps));
    }

    @Test
    void heavyBallWithComplexRootsHasEveryExponentAtHalfLnBeta() {
        // CHECKS.md: η = 0.1, β = 0.9, here λ from 1 to 10 (d = 30): ηλ in [0.1, 1] lies inside
        // ((1 − √β)², (1 + √β)²) = (0.0026, 3.79), so every pair of roots is complex with |z| = √β.
        double eta = 0.1;
        double beta = 0.9;
        SpectrumQuadratic f = quadratic("quadratic:dim=30,lmin=1,lmax=10");
        TangentMap m = tangent(f, "momentum", Params.DEFAULT.withEta(eta).withMomentum(beta));
        int k = 4;
        long steps = 100_000;
        var r = LyapunovExponents.top(m, m.start(f.defaultStart()), k, 1000, steps, SEED);
        // J^t = β^{t/2} W U^t W⁻¹ (U unitary): its singular values lie in β^{t/2}·[1/κ, κ], so the partial sums are
        // within 2i ln κ/T and the i-th exponent within 4i ln κ/T. Per direction the eigenvectors (β, z − (1 − ηλ))
        // and their conjugates, normalised, have overlap c = |β² + (z − a)²|/(β² + |z − a|²); κ = √((1 + c)/(1 − c)).
        double cmax = 0;
        for (double l : f.eigenvalues()) {
            double a = 1 - eta * l;
            double re = (1 + beta - eta * l) / 2;
            double im = Math.sqrt(beta - re * re);
            double dre = re - a;
            double c = Math.hypot(beta * beta + dre * dre - im * im, 2 * dre * im) / (beta * beta + dre * dre + im * im);
            cmax = Math.max(cmax, c);
        }
        double lnKappa = 0.5 * Math.log((1 + cmax) / (1 - cmax));
        for (int i = 0; i < k; i++) {
            double tol = 4 * (i + 1) * lnKappa / steps + 1e-12;
            assertTrue(tol < 0.01, "tolerance " + tol);
            assertEquals(0.5 * Math.log(beta), r.exponents()[i], tol, "exponent " + i);
        }
    }

    @Test
    void theFullSpectrumOfNesterovSumsToTheLogDeterminant() {
        // Per direction Nesterov's block [[a, βa], [−ηλ, βa]] (a = 1 − ηλ) has det βa, so over the whole 2d-dim
        // state the volume grows by Π|β(1 − ηλᵢ)| every step: with k = 2d the sum is exact at any T (rounding only).
        double eta = 0.05;
        double beta = 0.8;
        SpectrumQuadratic f = quadratic("quadratic:dim=10,lmin=1,lmax=30,rotate=2");
        TangentMap m = tangent(f, "nesterov", Params.DEFAULT.withEta(eta).withMomentum(beta));
        var r = LyapunovExponents.top(m, m.start(f.defaultStart()), 20, 0, 2_000, SEED);
        double logDet = Arrays.stream(f.eigenvalues()).map(l -> Math.log(Math.abs(beta * (1 - eta * l)))).sum();
        assertEquals(logDet, Arrays.stream(r.exponents()).sum(), 1e-9);
    }

    /** A state with positive velocity/moment blocks (√s needs s ≥ 0) and a tangent vector, from a fixed seed. */
    private static double[][] stateAndVector(int n, long seed) {
        java.util.Random random = new java.util.Random(seed);
        double[] s = new double[n];
        double[] u = new double[n];
        for (int a = 0; a < n; a++) {
            s[a] = 0.5 + 0.3 * Math.abs(random.nextGaussian());
            u[a] = random.nextGaussian();
        }
        return new double[][] {s, u};
    }

    @ParameterizedTest
    @ValueSource(strings = {"gd", "momentum", "nesterov", "adam", "rmsprop", "adagrad"})
    void tangentVectorsMatchFiniteDifferencesOfTheStepOnRosenbrock(String dynamics) {
        // Central differences of step 3 (Adam's corrections depend on t): error O(ε²) + O(10⁻¹⁶/ε) relative to the
        // size of J·u (the moment blocks reach 10⁴ on Rosenbrock); ε = 10⁻⁵ puts both near 10⁻¹⁰, the tolerance is 10⁻⁷.
        VectorLandscape f = LandscapeCatalog.createAny("rosenbrock:dim=6");
        Params p = Params.DEFAULT.withEta(1e-3).withMomentum(0.7);
        TangentMap m = tangent(f, dynamics, p);
        int n = m.dimension();
        double[][] su = stateAndVector(n, 3);
        double[] s = su[0];
        double[] u = su[1];
        double eps = 1e-5;
        double[] plus = new double[n];
        double[] minus = new double[n];
        double[] sp = new double[n];
        double[] sm = new double[n];
        for (int a = 0; a < n; a++) {
            sp[a] = s[a] + eps * u[a];
            sm[a] = s[a] - eps * u[a];
        }
        m.step(sp, 3, plus);
        m.step(sm, 3, minus);
        double[] ju = new double[n];
        m.tangent(s, 3, u, ju);
        double scale = Math.max(1, Arrays.stream(ju).map(Math::abs).max().orElseThrow());
        for (int a = 0; a < n; a++) {
            assertEquals((plus[a] - minus[a]) / (2 * eps), ju[a], 1e-7 * scale, dynamics + " component " + a);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"gd", "momentum", "nesterov", "adam", "rmsprop", "adagrad"})
    void onAPlanarLandscapeTheTangentMapIsThePlanarMapAndItsJacobian(String dynamics) {
        // The d-dimensional maps against the planar GradientMaps (dense J) on the 2-D Rosenbrock: the same formulas
        // in another arrangement, so they agree to rounding (10⁻¹² relative).
        var planar = LandscapeCatalog.create("rosenbrock");
        Params p = Params.DEFAULT.withEta(1e-3).withMomentum(0.7);
        TangentMap m = tangent(planar, dynamics, p);
        TangentMap dense = TangentMap.of(DynamicsCatalog.create(dynamics).asMap(planar, p));
        int n = m.dimension();
        assertEquals(dense.dimension(), n);
        double[][] su = stateAndVector(n, 4);
        double[] a = new double[n];
        double[] b = new double[n];
        m.step(su[0], 5, a);
        dense.step(su[0], 5, b);
        assertArrayEquals(b, a, 1e-12 * Arrays.stream(b).map(Math::abs).max().orElseThrow());
        m.tangent(su[0], 5, su[1], a);
        dense.tangent(su[0], 5, su[1], b);
        assertArrayEquals(b, a, 1e-12 * Arrays.stream(b).map(Math::abs).max().orElseThrow());
    }

    @Test
    void theTangentMapOfAPlanarRuleAgreesWithItsDenseJacobian() {
        // The planar quadratic h1 = 1, h2 = 10 through its d-dimensional interface: CHECKS.md's ln 0.85, ln 0.5.
        VectorLandscape f = LandscapeCatalog.createAny("quadratic:h1=1,h2=10");
        TangentMap m = tangent(f, "gd", Params.DEFAULT.withEta(0.15));
        var r = LyapunovExponents.top(m, m.start(new double[] {2, 2}), 2, 0, 2000, SEED);
        // Two vectors in two dimensions: the sum telescopes exactly to ln 0.85 + ln 0.5; the top one is within
        // −ln|det M₁|/T of ln 0.85 (class comment), far below 10⁻⁶ here.
        assertEquals(Math.log(0.85) + Math.log(0.5), r.exponents()[0] + r.exponents()[1], 1e-12);
        assertArrayEquals(new double[] {Math.log(0.85), Math.log(0.5)}, r.exponents(), 1e-3);
        var planar = LyapunovExponents.top(TangentMap.of(DynamicsCatalog.create("gd").asMap(
                LandscapeCatalog.create("quadratic:h1=1,h2=10"), Params.DEFAULT.withEta(0.15))), new double[] {2, 2}, 2,
                0, 2000, SEED);
        assertArrayEquals(r.exponents(), planar.exponents(), 1e-12);
    }

    @Test
    void aDivergingOrbitIsReportedNotPropagated() {
        // GD with η = 0.3 > 2/λmax on λmax = 10: the multiplier −2 doubles the state until it overflows (~1030 steps).
        SpectrumQuadratic f = quadratic("quadratic:dim=5,lmin=1,lmax=10");
        TangentMap m = tangent(f, "gd", Params.DEFAULT.withEta(0.3));
        var r = LyapunovExponents.top(m, m.start(f.defaultStart()), 2, 0, 5000, SEED);
        assertTrue(r.diverged());
        assertTrue(r.steps() < 5000);
        assertTrue(Double.isNaN(r.exponents()[0]));
    }

    @Test
    void kOutsideOneToTheStateDimensionIsRefused() {
        SpectrumQuadratic f = quadratic("quadratic:dim=5,lmin=1,lmax=10");
        TangentMap m = tangent(f, "momentum", Params.DEFAULT);
        var e = assertThrows(InvalidInputException.class,
                () -> LyapunovExponents.top(m, m.start(f.defaultStart()), 11, 0, 100, SEED));
        assertTrue(e.getMessage().contains("[1, 10]"), e.getMessage());
        assertThrows(InvalidInputException.class, () -> LyapunovExponents.top(m, m.start(f.defaultStart()), 0, 0, 100, SEED));
    }
}
