package org.basinscope.engine.chaos;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.basinscope.engine.dynamics.DifferentiableMap;
import org.basinscope.engine.dynamics.DynamicsCatalog;
import org.basinscope.engine.dynamics.Params;
import org.basinscope.engine.ensemble.BlockRunner;
import org.basinscope.engine.formula.Formula;
import org.basinscope.engine.landscape.Landscape;
import org.basinscope.engine.landscape.LandscapeCatalog;
import org.junit.jupiter.api.Test;

/** Lyapunov exponents against the exact values of science/CHECKS.md. */
class LyapunovTest {

    private static DifferentiableMap map(String landscape, String dynamics, Params p) {
        Landscape f = landscape.startsWith("formula:") ? Formula.compile(landscape.substring(8))
                : LandscapeCatalog.create(landscape);
        return DynamicsCatalog.create(dynamics).asMap(f, p);
    }

    @Test
    void gdOnAQuadraticHasTheSpectrumOfItsMultipliers() {
        // J = I − ηH = diag(0.85, −0.5) at every point: exponents ln 0.85, ln 0.5 exactly.
        DifferentiableMap m = map("quadratic:h1=1,h2=10", "gd", Params.DEFAULT.withEta(0.15));
        var r = LyapunovSpectrum.compute(m, m.start(new double[] {2, 2}), 0, 2000);
        assertEquals(Math.log(0.85), r.exponents()[0], 1e-6);
        assertEquals(Math.log(0.5), r.exponents()[1], 1e-6);
        assertEquals(r.meanLogDet(), r.sum(), 1e-9);
    }

    /** The Hénon map x' = 1 − a x² + y, y' = b x, det J = −b. */
    private static DifferentiableMap henon(double a, double b) {
        return new DifferentiableMap() {
            @Override
            public int dimension() {
                return 2;
            }

            @Override
            public double[] start(double[] position) {
                return position.clone();
            }

            @Override
            public void step(double[] s, long t, double[] out) {
                out[0] = 1 - a * s[0] * s[0] + s[1];
                out[1] = b * s[0];
            }

            @Override
            public void jacobian(double[] s, long t, double[] j) {
                j[0] = -2 * a * s[0];
                j[1] = 1;
                j[2] = b;
                j[3] = 0;
            }
        };
    }

    @Test
    void henonSpectrumSumsToLnBAndHasLargestNear0419() {
        var r = LyapunovSpectrum.compute(henon(1.4, 0.3), new double[] {0.1, 0.1}, 1000, 200_000);
        // |det J| = 0.3 at every point, so the sum is ln 0.3 up to the rounding of 2·10⁵ terms (≲ 1e-10).
        assertEquals(Math.log(0.3), r.sum(), 1e-9);
        assertEquals(Math.log(0.3), r.meanLogDet(), 1e-10);
        // Literature: 0.41922 (Sprott 2003); 2·10⁵ steps put the estimate within a few 10⁻³.
        assertEquals(0.419, r.exponents()[0], 0.01);
        assertTrue(r.stderr()[0] < 0.005, "converged: stderr " + r.stderr()[0]);
        assertEquals(0.419, LyapunovSpectrum.largest(henon(1.4, 0.3), new double[] {0.1, 0.1}, 1000, 200_000), 0.01);
    }

    @Test
    void gdWithEtaOneOnTheCubicIsTheLogisticMapWithExponentLn2AtR4() {
        // f(x) = (1 − r)x²/2 + r x³/3, η = 1: x − f'(x) = r x (1 − x).
        DifferentiableMap m = map("formula:(1-4)*x^2/2 + 4*x^3/3", "gd", Params.DEFAULT.withEta(1));
        double l = LyapunovSpectrum.largest(m, m.start(new double[] {0.3}), 100, 400_000);
        assertEquals(Math.log(2), l, 0.01);
    }

    @Test
    void ftleAtTheDoubleWellBarrierTopIsLnOnePlusEta() {
        // x0 = 0 is a fixed point with f'' = −1: J = 1 + η every step.
        DifferentiableMap m = map("double-well", "gd", Params.DEFAULT.withEta(0.1));
        assertEquals(Math.log(1.1), FtleMap.exponent(m, m.start(new double[] {0}), 50), 1e-12);
        var grid = FtleMap.compute(LandscapeCatalog.create("double-well"), DynamicsCatalog.create("gd"),
                Params.DEFAULT.withEta(0.1), new double[] {-0.1, 0.1, 0, 0}, 1, 1, 50,
                BlockRunner.allCores());
        assertEquals(Math.log(1.1), grid.values()[0], 1e-12, "the grid's single cell is centred on x = 0");
    }

    @Test
    void ftleRidgeSitsOnTheBasinBoundary() {
        // Starts near x = 0 separate fastest (they go to different wells): the FTLE peaks at the middle.
        var grid = FtleMap.compute(LandscapeCatalog.create("double-well"), DynamicsCatalog.create("gd"),
                Params.DEFAULT.withEta(0.1), new double[] {-1.5, 1.5, 0, 0}, 31, 1, 30,
                BlockRunner.allCores());
        int best = 0;
        for (int i = 0; i < grid.nx(); i++) {
            if (grid.values()[i] > grid.values()[best]) {
                best = i;
            }
        }
        assertEquals(15, best, "cell 15 of 31 is centred on x = 0");
    }

    @Test
    void heavyBallExponentsAreHalfLnBeta() {
        DifferentiableMap m = map("quadratic:dim=1,h1=1", "momentum", Params.DEFAULT.withEta(0.1).withMomentum(0.9));
        var r = LyapunovSpectrum.compute(m, m.start(new double[] {1}), 0, 20_000);
        // Complex pair of modulus √β: both exponents ½ ln 0.9; the finite run's rotation phase adds O(1/K).
        assertEquals(0.5 * Math.log(0.9), r.exponents()[0], 1e-3);
        assertEquals(0.5 * Math.log(0.9), r.exponents()[1], 1e-3);
        assertEquals(Math.log(0.9), r.sum(), 1e-9, "det J = β exactly");
    }

    @Test
    void spectrumSumEqualsMeanLogDetForNesterovAndAdamToo() {
        for (String d : new String[] {"nesterov", "adam", "momentum"}) {
            DifferentiableMap m = map("double-well:dim=2,tilt=0.1", d, Params.DEFAULT.withEta(0.05).withMomentum(0.8));
            var r = LyapunovSpectrum.compute(m, m.start(new double[] {0.3, 0.4}), 100, 5000);
            assertEquals(r.meanLogDet(), r.sum(), 1e-8 * (1 + Math.abs(r.sum())), d);
        }
    }

    @Test
    void jacobiansMatchFiniteDifferencesOfTheStep() {
        Params p = Params.DEFAULT.withEta(0.07).withMomentum(0.7);
        for (String d : new String[] {"gd", "momentum", "nesterov", "adam"}) {
            DifferentiableMap m = map("muller-brown:scale=0.01", d, p);
            double[] s = m.start(new double[] {0.2, 0.6});
            double[] tmp = new double[m.dimension()];
            for (long t = 1; t <= 3; t++) {
                m.step(s, t, tmp);
                s = tmp.clone();
            }
            int n = m.dimension();
            double[] j = new double[n * n];
            m.jacobian(s, 4, j);
            double h = 1e-6;
            for (int b = 0; b < n; b++) {
                double[] plus = s.clone();
                double[] minus = s.clone();
                plus[b] += h;
                minus[b] -= h;
                double[] op = new double[n];
                double[] om = new double[n];
                m.step(plus, 4, op);
                m.step(minus, 4, om);
                for (int a = 0; a < n; a++) {
                    double fd = (op[a] - om[a]) / (2 * h);
                    assertEquals(fd, j[a * n + b], 1e-5 * (1 + Math.abs(fd)), d + " J[" + a + "][" + b + "]");
                }
            }
        }
    }

    @Test
    void sharedNoiseSynchronisesLangevinOnAQuadraticAtTheRate1MinusEtaLambda() {
        // Same noise: the difference of two copies obeys δ' = (1 − ηλ)δ exactly.
        Landscape f = LandscapeCatalog.create("quadratic:dim=1,h1=2");
        double l = SharedNoiseExponent.compute(f, DynamicsCatalog.create("langevin"),
                Params.DEFAULT.withEta(0.1).withTemperature(0.3), new double[] {0.5}, 7, 0, 1000, 10, 1e-7);
        assertEquals(Math.log(0.8), l, 1e-6);
    }

    @Test
    void theRunningTrackerAgreesWithTheSpectrum() {
        // Heavy ball at a minimum of the 2-D double well (Hessian diag(2, 1)): complex multipliers of modulus
        // √β in both directions, so every exponent is ½ ln β = −0.1116 for β = 0.8.
        Landscape f = LandscapeCatalog.create("double-well:dim=2");
        Params p = Params.DEFAULT.withEta(0.05).withMomentum(0.8);
        var tracker = new LyapunovTracker(f, DynamicsCatalog.create("momentum"), p, new double[] {-0.9, 0.1}, 1);
        tracker.advance(p, 20_000);
        for (double l : tracker.exponents()) {
            assertEquals(0.5 * Math.log(0.8), l, 0.01);
        }
        var noisy = new LyapunovTracker(LandscapeCatalog.create("quadratic:dim=1,h1=2"), DynamicsCatalog.create("langevin"),
                Params.DEFAULT.withEta(0.1).withTemperature(0.3), new double[] {0.5}, 1);
        noisy.advance(Params.DEFAULT.withEta(0.1).withTemperature(0.3), 5000);
        assertEquals(Math.log(0.8), noisy.exponents()[0], 1e-6, "shared noise: δ' = (1 − ηλ)δ");
    }
}
