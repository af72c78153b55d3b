package org.basinscope.engine.session.lessons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.basinscope.engine.analysis.GibbsDistance;
import org.junit.jupiter.api.Test;

/** batch-size-temperature: SGD with σ = 2 on the double well, T_eff = ησ²/(2B). */
class BatchSizeTemperatureLessonTest {
    private static final String ID = "batch-size-temperature";

    private static double effectiveTemperature(LessonRun r) {
        return r.config().dynamics().effectiveTemperature(r.params());
    }

    @Test
    void theStartIsGibbsAtTeffOneTenth() {
        LessonRun r = LessonRun.start(ID);
        assertEquals(0.1, effectiveTemperature(r), 1e-12);
        r.advance(20000);
        var f = r.config().landscape();
        double ks = GibbsDistance.kolmogorovSmirnov(f, 0.1, 0, f.viewBox(), r.coordinate(0));
        // 5000 particles: the 1% point of the KS distance is 0.023; η = 0.05 adds an O(η) bias.
        assertTrue(ks < 0.03, "KS " + ks);
    }

    @Test
    void batchFourCoolsToAQuarterAndTheHistogramStaysTwoHumped() {
        LessonRun r = LessonRun.start(ID).advance(20000);
        double before = r.fractionRightOf(0);
        r.step(0);
        assertEquals(0.025, effectiveTemperature(r), 1e-12);
        r.advance(20000);
        double right = r.fractionRightOf(0);
        assertTrue(right > 0.4 && right < 0.6, "both humps stay: right " + right);
        assertEquals(before, right, 0.03, "crossings all but stop at ΔU/T_eff = 10");
        double[] x = r.coordinate(0);
        double[] left = java.util.Arrays.stream(x).filter(v -> v < 0).toArray();
        // The left hump's Gibbs variance at T_eff = 0.025 (by quadrature; the quartic adds 13% to T/U'' = 0.0125),
        // times up to SGD's discreteness 2/(2 − ηU'') = 1.026, within four standard errors √(2/n)·v.
        double gibbs = leftWellVariance(0.025);
        double v = LessonRun.variance(left);
        double se = v * Math.sqrt(2.0 / left.length);
        assertTrue(v > gibbs - 4 * se && v < gibbs * 2 / 1.9 + 4 * se, "variance " + v + " vs Gibbs " + gibbs);
    }

    private static double leftWellVariance(double t) {
        int n = 300_000;
        double m0 = 0;
        double m1 = 0;
        double m2 = 0;
        for (int i = 0; i < n; i++) {
            double x = -3 + 3.0 * (i + 0.5) / n;
            double w = Math.exp(-(x * x - 1) * (x * x - 1) / 4 / t);
            m0 += w;
            m1 += w * x;
            m2 += w * x * x;
        }
        return m2 / m0 - (m1 / m0) * (m1 / m0);
    }

    @Test
    void theLinearScalingRuleAndFullBatch() {
        LessonRun r = LessonRun.atStep(ID, 1);
        assertEquals(0.2, r.params().eta(), 0);
        assertEquals(4, r.params().batch());
        assertEquals(0.1, effectiveTemperature(r), 1e-12);
        r.step(2);
        assertEquals(0.0016, effectiveTemperature(r), 0.00005);
    }
}
