package org.basinscope.engine.session.lessons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.basinscope.engine.analysis.GibbsDistance;
import org.basinscope.engine.equilibrium.FokkerPlanck1D;
import org.junit.jupiter.api.Test;

/** fokker-planck: Langevin on the tilted double well (tilt 0.1) from −1.5, against the Fokker–Planck solution. */
class FokkerPlanckLessonTest {
    private static final String ID = "fokker-planck";
    private static final double TILT = 0.1;
    private static final double LO = -3;
    private static final double HI = 3;
    private static final int CELLS = 600;

    private static FokkerPlanck1D operator(LessonRun r, double t) {
        return FokkerPlanck1D.of(r.config().landscape(), t, LO, HI, CELLS);
    }

    /** Kramers' time out of the well at {@code well} over the barrier: 2π/√(U''(a)|U''(b)|) · e^(ΔU/T). */
    private static double kramers(double well, double t) {
        double b = Wells.stationary(TILT, -0.5, 0.5);
        double ua = 3 * well * well - 1;
        double ub = 3 * b * b - 1;
        return 2 * Math.PI / Math.sqrt(ua * Math.abs(ub)) * Math.exp((Wells.value(TILT, b) - Wells.value(TILT, well)) / t);
    }

    @Test
    void theHistogramFollowsTheExactSolutionLongBeforeGibbs() {
        LessonRun r = LessonRun.start(ID).advance(300);
        FokkerPlanck1D fp = operator(r, r.params().temperature());
        double[] p = fp.evolve(fp.pointMass(-1.5), 300 * r.params().eta());
        double[] density = Arrays.stream(p).map(m -> m / fp.cellWidth()).toArray();
        double[] x = Arrays.stream(r.coordinate(0)).sorted().toArray();
        double ks = GibbsDistance.kolmogorovSmirnov(x, density, LO, HI);
        // 20000 particles: the 1% point 1.63/√20000 = 0.012, plus the O(η) bias of the step.
        assertTrue(ks < 0.02, "KS to the Fokker–Planck solution " + ks);
        var f = r.config().landscape();
        double gibbs = GibbsDistance.kolmogorovSmirnov(f, r.params().temperature(), 0, new double[] {LO, HI}, x);
        assertTrue(gibbs > 10 * ks, "still far from Gibbs: " + gibbs);
    }

    @Test
    void oneOverTheGapIsTheHopTimeItDropsAtPointThreeAndIsThirtySixAtPointZeroEight() {
        LessonRun r = LessonRun.start(ID);
        double start = 1 / operator(r, 0.15).spectralGap();
        double hot = 1 / operator(LessonRun.atStep(ID, 0), 0.3).spectralGap();
        double cold = 1 / operator(LessonRun.atStep(ID, 1), 0.08).spectralGap();
        assertEquals(10.7, start, 0.05);
        assertEquals(4.1, hot, 0.05);
        assertEquals(2.6, start / hot, 0.05);
        assertEquals(36, cold, 0.5);
        // μ₁ ≈ k→ + k←, the two Kramers rates (asymptotic in T/ΔU: within 15% at ΔU/T ≈ 2).
        double right = Wells.stationary(TILT, 0.5, 2);
        double left = Wells.stationary(TILT, -2, -0.5);
        double hops = 1 / (1 / kramers(right, 0.08) + 1 / kramers(left, 0.08));
        assertEquals(hops, cold, 0.15 * hops);
        // Grows like e^(ΔU/T), ΔU the lower barrier (out of the right well): the slope of ln(1/μ₁) against 1/T.
        double barrier = Wells.value(TILT, Wells.stationary(TILT, -0.5, 0.5)) - Wells.value(TILT, right);
        double slope = (Math.log(1 / operator(r, 0.04).spectralGap()) - Math.log(1 / operator(r, 0.05).spectralGap()))
                / (1 / 0.04 - 1 / 0.05);
        assertEquals(barrier, slope, 0.1 * barrier);
    }

    @Test
    void atPointThreeTheHistogramReachesGibbsQuickly() {
        LessonRun r = LessonRun.atStep(ID, 0).advance(2000); // 20 time units, five times 1/μ₁
        var f = r.config().landscape();
        double ks = GibbsDistance.kolmogorovSmirnov(f, 0.3, 0, new double[] {LO, HI}, r.coordinate(0));
        assertTrue(ks < 0.02, "KS " + ks);
    }
}
