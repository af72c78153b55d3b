package org.basinscope.engine.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.basinscope.engine.dynamics.DynamicsCatalog;
import org.basinscope.engine.dynamics.Params;
import org.basinscope.engine.ensemble.BlockRunner;
import org.basinscope.engine.landscape.Landscape;
import org.basinscope.engine.landscape.LandscapeCatalog;
import org.junit.jupiter.api.Test;

/** Sweeps against transitions and formulas known exactly. */
class SweepTest {
    private static final BlockRunner RUNNER = BlockRunner.allCores();

    @Test
    void gdDivergesExactlyAboveTheStabilityEdge() {
        // ½(x² + 10y²): GD diverges iff |1 − 10η| > 1, i.e. η > 0.2 (science/CHECKS.md).
        Landscape f = LandscapeCatalog.create("quadratic:h1=1,h2=10");
        double[] etas = Sweep.values(0.15, 0.25, 11, false);
        var r = Sweep.run(f, DynamicsCatalog.create("gd"), Params.DEFAULT, new double[] {1, 1}, Sweep.Knob.ETA, etas,
                Sweep.Readout.DIVERGED, 10, 2000, 1, RUNNER, Progress.NONE);
        for (int k = 0; k < etas.length; k++) {
            assertEquals(etas[k] > 0.2 + 1e-9 ? 1.0 : 0.0, r.readout()[k], 0.0, "η = " + etas[k]);
        }
    }

    @Test
    void theVarianceFollowsTheEulerMaruyamaFormulaAcrossEta() {
        // Langevin on x²/2 at T = 0.5: variance T/(1 − η/2), from 0.51 at η = 0.05 to 0.667 at η = 0.5.
        Landscape f = LandscapeCatalog.create("quadratic:dim=1,h1=1");
        double[] etas = {0.05, 0.2, 0.5};
        int n = 100_000;
        var r = Sweep.run(f, DynamicsCatalog.create("langevin"), Params.DEFAULT.withTemperature(0.5), new double[] {0},
                Sweep.Knob.ETA, etas, Sweep.Readout.VARIANCE, n, 600, 3, RUNNER, Progress.NONE);
        for (int k = 0; k < etas.length; k++) {
            double exact = 0.5 / (1 - etas[k] / 2);
            assertEquals(exact, r.readout()[k], 4.5 * exact * Math.sqrt(2.0 / n), "η = " + etas[k]);
        }
    }

    @Test
    void theLinearScalingRuleKeepsTheSgdVarianceAtSmallEta() {
        // SGD on x²/2: variance ησ²/(B(2 − η)) ≈ (η/B)/2 when η ≪ 2. Along η/B = 0.01 (B = 1 … 8) it stays
        // within the 1/(2 − η) correction; along η with B fixed it grows eightfold.
        Landscape f = LandscapeCatalog.create("quadratic:dim=1,h1=1");
        double[] etas = {0.01, 0.02, 0.04, 0.08};
        int n = 100_000;
        var lsr = Sweep.run(f, DynamicsCatalog.create("sgd"), Params.DEFAULT.withEta(0.01).withBatch(1), new double[] {0},
                Sweep.Knob.ETA_OVER_B, etas, Sweep.Readout.VARIANCE, n, 2000, 5, RUNNER, Progress.NONE);
        for (int k = 0; k < etas.length; k++) {
            assertEquals(etas[k] / 0.01, lsr.batch()[k], 0.0);
            double exact = etas[k] / (lsr.batch()[k] * (2 - etas[k]));
            assertEquals(exact, lsr.readout()[k], 4.5 * exact * Math.sqrt(2.0 / n), "η = " + etas[k]);
        }
        assertTrue(Math.abs(lsr.readout()[3] / lsr.readout()[0] - 1) < 0.05, "flat along η/B = const");
    }

    @Test
    void theLyapunovExponentOfGdOnAQuadraticIsLnOfTheMultiplier() {
        Landscape f = LandscapeCatalog.create("quadratic:dim=1,h1=1");
        double[] etas = {0.5, 1.5};
        var r = Sweep.run(f, DynamicsCatalog.create("gd"), Params.DEFAULT, new double[] {1}, Sweep.Knob.ETA, etas,
                Sweep.Readout.LYAPUNOV, 1, 400, 1, RUNNER, Progress.NONE);
        assertEquals(Math.log(0.5), r.readout()[0], 1e-9);
        assertEquals(Math.log(0.5), r.readout()[1], 1e-9);
    }

    @Test
    void occupationDropsAsTheTemperatureLetsParticlesLeave() {
        // Double well from the left minimum: at T = 0.01 nobody crosses ΔU = 1/4 in 2000 steps of 0.01;
        // at T = 1 the wells are nearly equally filled (symmetric well: → 1/2).
        Landscape f = LandscapeCatalog.create("double-well");
        var r = Sweep.run(f, DynamicsCatalog.create("langevin"), Params.DEFAULT, new double[] {-1},
                Sweep.Knob.TEMPERATURE, new double[] {0.01, 1}, Sweep.Readout.OCCUPATION, 4000, 2000, 2, RUNNER,
                Progress.NONE);
        assertEquals(1.0, r.readout()[0], 0.0);
        assertEquals(0.5, r.readout()[1], 0.05);
    }
}
