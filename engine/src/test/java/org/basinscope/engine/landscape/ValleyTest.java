package org.basinscope.engine.landscape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.basinscope.engine.dynamics.DynamicsCatalog;
import org.basinscope.engine.dynamics.Params;
import org.basinscope.engine.ensemble.BlockRunner;
import org.basinscope.engine.ensemble.VectorEnsemble;
import org.basinscope.engine.spec.InvalidInputException;
import org.junit.jupiter.api.Test;

/** The C.14 valley: stationary variances per direction, free diffusion along the floor, the bent valley's Gibbs moments. */
class ValleyTest {

    private static VectorEnsemble run(VectorLandscape f, String rule, double eta, double temperature, int n, int steps,
            long seed) {
        VectorEnsemble e = new VectorEnsemble(f, DynamicsCatalog.create(rule),
                Params.DEFAULT.withEta(eta).withTemperature(temperature), n, seed, f.defaultStart(), new BlockRunner(2));
        e.advance(steps);
        return e;
    }

    /**
     * Straight valley, floor a = 1, walls b = 20, d = 6, k = 2; η = 0.02, T = 0.1. Euler–Maruyama's per-coordinate
     * recursion θ ← (1 − ηλ)θ + √(2ηT)ξ has stationary variance T/(λ(1 − ηλ/2)): 0.10101 along the floor, 0.00625
     * across the walls (continuous Langevin's T/λ = 0.005 is 25 % lower). MALA is exact: T/λ. N = 4000 after 600 steps
     * (the floor's variance relaxes as 0.98²ⁿ, 10⁻¹⁰ by then); each sample variance has standard error var·√(2/N), 4
     * of them allowed.
     */
    @Test
    void stationaryVariancePerDirectionIsTemperatureOverCurvature() {
        Valley f = new Valley(6, 2, 1, 20, 0);
        double eta = 0.02;
        double t = 0.1;
        int n = 4000;
        VectorEnsemble em = run(f, "langevin", eta, t, n, 600, 7);
        VectorEnsemble mala = run(f, "mala", eta, t, n, 600, 8);
        for (int m = 0; m < 6; m++) {
            double lambda = m < 2 ? 1 : 20;
            double emVariance = t / (lambda * (1 - eta * lambda / 2));
            double exact = t / lambda;
            assertEquals(emVariance, em.stats().variance()[m], 4 * emVariance * Math.sqrt(2.0 / n), "EM coordinate " + m);
            assertEquals(exact, mala.stats().variance()[m], 4 * exact * Math.sqrt(2.0 / n), "MALA coordinate " + m);
        }
    }

    /**
     * On an exactly flat floor (a = 0) the gradient along u is exactly zero, so uᵢ(n) − uᵢ(0) is a sum of n
     * N(0, 2ηT) kicks: MSD = 2T·t with t = ηn, for any η. d = 20, k = 3, η = 0.01, T = 0.2, n = 500 steps (t = 5,
     * MSD = 2); N = 2000 particles × 3 coordinates; (Δu)² has variance 2·MSD², so the standard error is
     * MSD·√(2/(3N)); 4 of them. The walls (b = 100) meanwhile sit at EM's T/(b(1 − ηb/2)) = 0.004.
     */
    @Test
    void freeDiffusionAlongAnExactlyFlatFloor() {
        Valley f = new Valley(20, 3, 0, 100, 0);
        double eta = 0.01;
        double t = 0.2;
        int n = 2000;
        int steps = 500;
        VectorEnsemble e = run(f, "langevin", eta, t, n, steps, 11);
        double msd = 0;
        for (int m = 0; m < 3; m++) {
            for (int i = 0; i < n; i++) {
                double du = e.particles().coords[m][i] - 1;
                msd += du * du;
            }
        }
        msd /= 3 * n;
        double expected = 2 * t * eta * steps;
        assertEquals(expected, msd, 4 * expected * Math.sqrt(2.0 / (3 * n)));
        double wall = t / (100 * (1 - eta * 100 / 2));
        double pooled = 0;
        for (int m = 3; m < 20; m++) {
            pooled += e.stats().variance()[m] / 17;
        }
        assertEquals(wall, pooled, 4 * wall * Math.sqrt(2.0 / (17 * n)));
    }

    /**
     * Bent valley, d = 4, k = 1, a = 1, b = 25, c = 0.3, T = 0.1: with vⱼ = wⱼ − c·u² (Jacobian 1) the Gibbs density
     * factorises, u ~ N(0, T/a) and wⱼ | u ~ N(c·u², T/b), so E[wⱼ] = cT/a = 0.03, Var u = T/a = 0.1. MALA (exact for
     * the Gibbs density) at η = 0.02, N = 4000 after 1000 steps (the floor relaxes at about 0.98 per step). The mean of the three walls has variance
     * T/(3b) + c²·Var(u²) = T/(3b) + 2c²(T/a)² (they share u²), its standard error that over √N; 4 of them, and a
     * straight valley's mean 0 lies 34 of them away. Var u: 4·0.1·√(2/N).
     */
    @Test
    void bentValleyWallsFollowTheCentreLineOnAverage() {
        Valley f = new Valley(4, 1, 1, 25, 0.3);
        double t = 0.1;
        int n = 4000;
        VectorEnsemble e = run(f, "mala", 0.02, t, n, 1000, 13);
        double wallMean = 0;
        for (int m = 1; m < 4; m++) {
            wallMean += e.stats().mean()[m] / 3;
        }
        double se = Math.sqrt((t / (3 * 25) + 2 * 0.09 * t * t) / n);
        assertEquals(0.3 * t, wallMean, 4 * se);
        assertEquals(t, e.stats().variance()[0], 4 * t * Math.sqrt(2.0 / n));
        assertEquals(0, e.stats().mean()[0], 4 * Math.sqrt(t / n));
    }

    @Test
    void badOptionsAreRefusedInOneLineNamingTheRange() {
        var flat = assertThrows(InvalidInputException.class, () -> LandscapeCatalog.createAny("valley:dim=5,flat=5"));
        assertTrue(flat.getMessage().contains("[1, 4]"), flat.getMessage());
        var dim = assertThrows(InvalidInputException.class, () -> LandscapeCatalog.createAny("valley:dim=1"));
        assertTrue(dim.getMessage().contains("[2, 100000]"), dim.getMessage());
        var wall = assertThrows(InvalidInputException.class, () -> LandscapeCatalog.createAny("valley:wall=0"));
        assertTrue(wall.getMessage().contains("wall"), wall.getMessage());
        for (var e : new InvalidInputException[] {flat, dim, wall}) {
            assertTrue(!e.getMessage().contains("\n"), e.getMessage());
        }
        assertTrue(LandscapeCatalog.createAny("valley:dim=100").describe().contains("100 dimensions"));
        assertTrue(LandscapeCatalog.createAny("valley").planar().isEmpty());
    }
}
