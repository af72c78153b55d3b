package org.basinscope.engine.session.lessons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.basinscope.engine.analysis.Progress;
import org.basinscope.engine.analysis.Sweep;
import org.basinscope.engine.ensemble.BlockRunner;
import org.basinscope.engine.grid.Axis;
import org.basinscope.engine.grid.GridJob;
import org.basinscope.engine.grid.GridResult;
import org.basinscope.engine.grid.GridSweep;
import org.basinscope.engine.grid.Measurement;
import org.basinscope.engine.session.Lesson;
import org.basinscope.engine.session.LessonGrid;
import org.basinscope.engine.session.Lessons;
import org.basinscope.engine.session.Session;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every number the lesson "linear-scaling-phase-diagram" states, measured with its own settings. SGD on x²/2 with
 * per-example noise σ has the stationary variance V = ησ²/(B(2 − η)) (x⁺ = x − η(x + σξ/√B): V = η²σ²/B / (1 − (1 − η)²));
 * from x = 0 it relaxes as 1 − (1 − η)^(2k), e^(−24) after the lesson's 600 steps at η = 0.02. The mean over S seeds of
 * N-particle variances of Gaussian draws has the standard error V√(2/(NS)) (1.6% for N = 1000, S = 8); each cell
 * must lie within 4 of them of V, and the measured stderrs agree with it on average.
 */
class LinearScalingPhaseDiagramLessonTest {
    private static final double SIGMA = 1;
    private static Lesson lesson;
    private static GridJob job;
    private static GridResult result;

    @BeforeAll
    static void runTheLessonsGrid() {
        lesson = Lessons.load("linear-scaling-phase-diagram");
        job = lesson.grid().job(lesson.settings());
        result = GridSweep.run(job, new BlockRunner(2), Progress.NONE);
    }

    private static double theory(double eta, double batch) {
        return eta * SIGMA * SIGMA / (batch * (2 - eta));
    }

    private static double standardError(double v, int particles, int seeds) {
        return v * Math.sqrt(2.0 / ((double) particles * seeds));
    }

    /** The cell at η = eta, B = batch (the axes' values to 10⁻⁹: log spacing leaves rounding in the last bits). */
    private static int[] cell(double eta, double batch) {
        return new int[] {index(job.grid().axes().get(0), eta), index(job.grid().axes().get(1), batch)};
    }

    private static int index(Axis a, double v) {
        for (int k = 0; k < a.size(); k++) {
            if (Math.abs(a.value(k) - v) < 1e-9 * v) {
                return k;
            }
        }
        throw new AssertionError(v + " is not on the " + a.knob().key() + " axis");
    }

    @Test
    void theGridIsSevenBySevenDoublingEtaAndBatchWithEightSeedsOfAThousand() {
        assertEquals(Sweep.Readout.VARIANCE, job.readout());
        assertEquals(8, job.seeds());
        assertEquals(1000, job.config().particles());
        double[] eta = job.grid().axes().get(0).values();
        double[] batch = job.grid().axes().get(1).values();
        assertEquals(7, eta.length);
        assertEquals(7, batch.length);
        for (int k = 0; k < 7; k++) {
            assertEquals(0.02 * Math.pow(2, k), eta[k], 1e-12, "η");
            assertEquals(Math.pow(2, k), batch[k], 0, "B");
        }
        assertTrue(job.grid().axes().get(0).log() && job.grid().axes().get(1).log());
    }

    @Test
    void everyCellIsEtaSigmaSquaredOverBTimesTwoMinusEta() {
        double ratios = 0;
        for (int i = 0; i < 7; i++) {
            for (int j = 0; j < 7; j++) {
                double eta = job.grid().axes().get(0).value(i);
                double b = job.grid().axes().get(1).value(j);
                double v = theory(eta, b);
                double se = standardError(v, 1000, 8);
                String at = "η = " + eta + ", B = " + b;
                assertEquals(v, result.mean(i, j), 4 * se, at);
                ratios += Math.pow(result.stderr(i, j) / se, 2);
            }
        }
        // (stderr/se)² is χ²₇/7 per cell; its mean over 49 cells has the standard deviation √(2/343) = 0.076.
        assertEquals(1, ratios / 49, 4 * 0.076, "the measured standard errors against V√(2/(NS))");
    }

    @Test
    void theNumbersTheTextStatesAreTheTheoryToTheirDigitsAndMeasuredWithinFourStandardErrors() {
        String text = lesson.text();
        // {η, B, the value the text gives, the digits it is given to}
        double[][] claims = {{0.02, 1, 0.0101, 1e-4}, {0.16, 8, 0.0109, 1e-4}, {0.64, 32, 0.0147, 1e-4},
                {1.28, 64, 0.0278, 1e-4}, {0.02, 64, 1.6e-4, 1e-5}, {1.28, 1, 1.78, 1e-2}};
        for (double[] c : claims) {
            double v = theory(c[0], c[1]);
            assertEquals(c[2], v, c[3] / 2, "the stated value at η = " + c[0] + ", B = " + c[1]);
            assertEquals(v, result.mean(cell(c[0], c[1])), 4 * standardError(v, 1000, 8), "measured at η = " + c[0]);
        }
        assertTrue(text.contains("0.0101 at η = 0.02, B = 1") && text.contains("0.0109 at η = 0.16, B = 8")
                && text.contains("0.0147 at η = 0.64, B = 32") && text.contains("0.0278 at η = 1.28, B = 64")
                && text.contains("1.6·10⁻⁴ (η = 0.02, B = 64)") && text.contains("1.78 (η = 1.28, B = 1)"), text);
    }

    @Test
    void theDiagonalRisesByEightPercentToEtaPointSixteenThenTwoPointSevenFiveTimes() {
        double small = theory(0.02, 1);
        // "8% more": 1.98/1.84 = 1.076; "2.75 times": 1.98/0.72 = 2.75 exactly.
        assertEquals(0.08, theory(0.16, 8) / small - 1, 0.005);
        assertEquals(2.75, theory(1.28, 64) / small, 1e-12);
        // Measured ratios: the relative errors of the two cells add in quadrature, √2 · 1.6%.
        double rel = Math.sqrt(2) * Math.sqrt(2.0 / 8000);
        assertEquals(1.98 / 1.84, result.mean(cell(0.16, 8)) / result.mean(cell(0.02, 1)), 4 * rel * 1.08);
        assertEquals(2.75, result.mean(cell(1.28, 64)) / result.mean(cell(0.02, 1)), 4 * rel * 2.75);
        // "close to ησ²/(2B)" at small η: within 1% at η = 0.02 (the factor 2/(2 − η) = 1.0101).
        assertEquals(1.0101, small / 0.01, 1e-4);
    }

    @Test
    void theGridSpansFourDecades() {
        double lo = Double.POSITIVE_INFINITY;
        double hi = 0;
        for (double v : result.mean()) {
            lo = Math.min(lo, v);
            hi = Math.max(hi, v);
        }
        assertEquals(lo, result.mean(cell(0.02, 64)), 0);
        assertEquals(hi, result.mean(cell(1.28, 1)), 0);
        assertTrue(Math.log10(hi / lo) >= 4 && Math.log10(hi / lo) < 5, "decades: " + Math.log10(hi / lo));
        assertTrue(Math.log10(theory(1.28, 1) / theory(0.02, 64)) >= 4);
    }

    @Test
    void theStepsLiveRunSettlesNearItsVarianceAndTheStartNearItsOwn() {
        // The live run: 2000 particles, one seed; its readout after 600 steps has the standard error V√(2/2000).
        Session s = lesson.settings();
        var p0 = s.params();
        var p1 = Lessons.apply(p0, lesson.steps().get(0));
        assertEquals(0.16, p0.eta(), 0);
        assertEquals(8, p0.batch());
        assertEquals(1.28, p1.eta(), 0);
        assertEquals(64, p1.batch());
        for (var p : java.util.List.of(p0, p1)) {
            double v = theory(p.eta(), p.batch());
            double measured = Measurement.measure(s.toRunConfig(), p, 600, s.seed(), Sweep.Readout.VARIANCE,
                    new BlockRunner(2));
            assertEquals(v, measured, 4 * standardError(v, 2000, 1), "live run at η = " + p.eta());
        }
        assertEquals(0.011, theory(0.16, 8), 0.0005);
        assertEquals(0.028, theory(1.28, 64), 0.0005);
        assertTrue(lesson.steps().get(0).text().contains("near 0.028 instead of 0.011"));
    }

    @Test
    void theGridReachesTheSweepsTabAsViewSettings() {
        assertEquals("eta=0.02:1.28:7:log,batch=1:64:7:log", lesson.settings().view().get(LessonGrid.VIEW_GRID));
        assertEquals("variance", lesson.settings().view().get(LessonGrid.VIEW_READOUT));
        assertEquals("sweeps", lesson.settings().view().get("plots"));
    }
}
