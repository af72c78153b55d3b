package org.basinscope.engine.session.lessons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.basinscope.engine.analysis.CriticalPoint;
import org.basinscope.engine.analysis.CriticalPoints;
import org.basinscope.engine.analysis.GibbsDistance;
import org.junit.jupiter.api.Test;

/** double-well-temperature: overdamped Langevin on the 2-D double well, T from 0.05 to 0.3 and back to 0.02. */
class DoubleWellTemperatureLessonTest {
    private static final String ID = "double-well-temperature";

    @Test
    void theBarrierIsAQuarter() {
        LessonRun r = LessonRun.start(ID);
        var f = r.config().landscape();
        var points = CriticalPoints.find(f, f.viewBox()).points();
        double saddle = points.stream().filter(p -> p.kind() == CriticalPoint.Kind.SADDLE).mapToDouble(CriticalPoint::value)
                .min().orElseThrow();
        double minimum = points.stream().filter(p -> p.kind() == CriticalPoint.Kind.MINIMUM)
                .mapToDouble(CriticalPoint::value).min().orElseThrow();
        assertEquals(0.25, saddle - minimum, 1e-9);
    }

    @Test
    void atLowTemperatureTheParticlesStayInTheirWell() {
        // T = 0.05: Eyring–Kramers τ = 2π/√2 · e^5 ≈ 660 time units; 20 time units let about 3% cross.
        LessonRun r = LessonRun.start(ID).advance(2000);
        assertTrue(r.fractionRightOf(0) < 0.05, "right " + r.fractionRightOf(0));
    }

    @Test
    void warmerTheyCrossAndTheHistogramMeetsGibbs() {
        assertEquals(1.7, 0.25 / 0.15, 0.04);
        // T = 0.15: τ = 2π/√2 · e^(0.25/0.15) ≈ 24 time units, so 200 time units mix the wells (5000 particles:
        // the fraction's standard error is 0.007).
        LessonRun r = LessonRun.atStep(ID, 0).advance(20000);
        assertEquals(0.5, r.fractionRightOf(0), 0.04);
        LessonRun hot = LessonRun.atStep(ID, 1);
        hot.advance(10000);
        var f = hot.config().landscape();
        double ks = GibbsDistance.kolmogorovSmirnov(f, 0.3, 0, f.viewBox(), hot.coordinate(0));
        // 5000 independent particles: 1.95/√5000 = 0.028 is the 0.1% point of the KS distance.
        assertTrue(ks < 0.028, "KS " + ks);
    }

    @Test
    void backAtTwoHundredthsTheCloudFreezes() {
        // Particles caught on the ridge when T drops roll down within a few time units; after that nobody crosses.
        LessonRun r = LessonRun.atStep(ID, 1).advance(10000).step(2).advance(1000);
        double before = r.fractionRightOf(0);
        r.advance(10000);
        // τ at T = 0.02 is 2π/√2 · e^12.5 ≈ 1.2·10⁶ time units: no crossing in 100.
        assertEquals(before, r.fractionRightOf(0), 0.0005);
        assertTrue(before > 0.3 && before < 0.7);
    }
}
