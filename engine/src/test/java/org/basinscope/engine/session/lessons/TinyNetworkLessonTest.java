package org.basinscope.engine.session.lessons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.basinscope.engine.analysis.CriticalPoint;
import org.basinscope.engine.analysis.CriticalPoints;
import org.basinscope.engine.landscape.FiniteSum;
import org.junit.jupiter.api.Test;

/** tiny-network: a plane through the weights of a two-unit tanh network, teacher at (1, 0), swapped copy at (−1, 0). */
class TinyNetworkLessonTest {
    private static final String ID = "tiny-network";

    /** The minimum near (sign, 0), by gradient descent on the full loss. */
    private static double[] minimum(FiniteSum f, double sign) {
        double[] t = {sign, 0};
        double[] g = new double[2];
        for (int k = 0; k < 20_000; k++) {
            f.gradient(t[0], t[1], g);
            t[0] -= 0.1 * g[0];
            t[1] -= 0.1 * g[1];
        }
        return t;
    }

    private static double axisDegrees(double xx, double xy, double yy) {
        return Math.toDegrees(0.5 * Math.atan2(2 * xy, xx - yy));
    }

    @Test
    void thePictureIsMirrorSymmetricWithMinimaAtBothCopies() {
        FiniteSum f = (FiniteSum) LessonRun.start(ID).config().landscape();
        SplittableRandom random = new SplittableRandom(3);
        for (int k = 0; k < 1000; k++) {
            double x = random.nextDouble(-2, 2);
            double y = random.nextDouble(-2, 2);
            assertEquals(f.value(x, y), f.value(-x, y), 1e-12 * Math.abs(f.value(x, y)));
        }
        double[] right = minimum(f, 1);
        double[] left = minimum(f, -1);
        // The teacher's labels carry noise 0.1, so the fitted minimum sits near, not at, (1, 0).
        assertEquals(1, right[0], 0.1);
        assertEquals(0, right[1], 0.1);
        assertEquals(-right[0], left[0], 1e-9);
        double[] h = new double[3];
        f.hessian(right[0], right[1], h);
        assertTrue(h[0] > 0 && h[0] * h[2] - h[1] * h[1] > 0, "a minimum");
    }

    @Test
    void theStraightLineCrossesAHighRidgeAndTheLowestWayOverIsOffIt() {
        FiniteSum f = (FiniteSum) LessonRun.start(ID).config().landscape();
        double[] a = minimum(f, -1);
        double[] b = minimum(f, 1);
        double straight = 0;
        for (int i = 0; i <= 1000; i++) {
            double t = i / 1000.0;
            straight = Math.max(straight, f.value(a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1])));
        }
        CriticalPoint lowest = CriticalPoints.find(f, f.viewBox()).points().stream()
                .filter(p -> p.kind() == CriticalPoint.Kind.SADDLE)
                .min(java.util.Comparator.comparingDouble(CriticalPoint::value)).orElseThrow();
        // A high ridge (0.59 against 0.0043 at the minima); the lowest way over just beside it, at (0, 0.05), 0.58.
        assertEquals(0.0043, f.value(b[0], b[1]), 0.00005);
        assertEquals(0.59, straight, 0.005);
        assertEquals(0.58, lowest.value(), 0.005);
        assertTrue(lowest.value() < straight);
        assertEquals(0, lowest.x(), 1e-9);
        assertEquals(0.05, lowest.y(), 0.005, "beside the line y = 0");
    }

    @Test
    void theGradientNoiseIsShapedLikeTheHessianNearTheMinima() {
        FiniteSum f = (FiniteSum) LessonRun.start(ID).config().landscape();
        double[] m = minimum(f, 1);
        double[] s = Noise.perExample(f, m[0], m[1]);
        double[] h = new double[3];
        f.hessian(m[0], m[1], h);
        double d = Math.abs(axisDegrees(s[0], s[1], s[2]) - axisDegrees(h[0], h[1], h[2])) % 180;
        assertTrue(Math.min(d, 180 - d) < 15, "S's major axis within 15° of H's: " + d);
    }

    @Test
    void fullBatchFollowsOnePathSgldFillsTheBasinHotFillsBoth() {
        LessonRun full = LessonRun.atStep(ID, 0).withParticles(50).advance(3000);
        for (int i = 1; i < full.particles().size; i++) {
            assertEquals(full.particles().x[0], full.particles().x[i], 0, "every particle on the same path");
            assertEquals(full.particles().y[0], full.particles().y[i], 0, "every particle on the same path");
        }
        double[] end = full.stats().mean();
        double[] g = new double[2];
        full.config().landscape().gradient(end[0], end[1], g);
        assertTrue(Math.hypot(g[0], g[1]) < 1e-3, "into a minimum");
        LessonRun minibatch = LessonRun.start(ID).withParticles(200).advance(3000);
        LessonRun sgld = LessonRun.atStep(ID, 1).withParticles(200).advance(3000);
        assertEquals("sgld", sgld.config().dynamicsSpec());
        assertTrue(Noise.trace(sgld) > 3 * Noise.trace(minibatch), "injected noise fills the basin");
        LessonRun hot = LessonRun.atStep(ID, 2).withParticles(200).advance(8000);
        double right = hot.fractionRightOf(0);
        assertTrue(right > 0.25 && right < 0.75, "both solutions fill: right " + right);
    }
}
