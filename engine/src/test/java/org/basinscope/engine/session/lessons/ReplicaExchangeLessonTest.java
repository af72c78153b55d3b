package org.basinscope.engine.session.lessons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.basinscope.engine.dynamics.ReplicaExchange;
import org.junit.jupiter.api.Test;

/** replica-exchange: the tilted double well (tilt 0.02) at T = 0.03, started in the higher right well. */
class ReplicaExchangeLessonTest {
    private static final String ID = "replica-exchange";
    private static final double TILT = 0.02;
    private static final double T = 0.03;

    private static double rightMinimum() {
        return Wells.stationary(TILT, 0.5, 2);
    }

    private static double barrier() {
        return Wells.value(TILT, Wells.stationary(TILT, -0.5, 0.5)) - Wells.value(TILT, rightMinimum());
    }

    @Test
    void theBarrierIsEightTimesTAndLangevinWaitsAboutTenThousandTimeUnits() {
        assertEquals(8, barrier() / T, 0.5);
        LessonRun r = LessonRun.atStep(ID, 0);
        double tau = r.config().dynamics().escapeTheory().predict(r.config().landscape(), r.params(),
                new double[] {rightMinimum()}, new double[] {-1}, Double.NaN).rate();
        assertEquals(1e4, tau, 0.15e4, "Kramers τ " + tau);
        r.withParticles(1000).advance(15_000);
        assertTrue(r.fractionRightOf(0) > 0.95, "plain Langevin stays right: " + r.fractionRightOf(0));
    }

    @Test
    void theColdChainReachesTheExactOccupationWithinAFewHundredTimeUnits() {
        double exact = Wells.rightOccupation(TILT, T);
        assertEquals(0.21, exact, 0.005);
        // 300 time units; 2000 particles: the fraction's standard error is 0.009.
        LessonRun r = LessonRun.start(ID).withParticles(2000).advance(15_000);
        assertEquals(exact, r.fractionRightOf(0), 4 * Math.sqrt(exact * (1 - exact) / 2000));
        double[] rates = r.config().dynamics().acceptanceRates(r.particles(), r.ensemble().step());
        assertEquals(3, rates.length);
        for (double rate : rates) {
            assertTrue(rate > 0.5 && rate < 0.95, "ratio 2: between the extremes, " + rate);
        }
    }

    @Test
    void ratioEightStillSwapsInOneDimensionTwoReplicasRelaxSlowly() {
        LessonRun eight = LessonRun.atStep(ID, 1).withParticles(1000).advance(15_000);
        double[] rates = eight.config().dynamics().acceptanceRates(eight.particles(), eight.ensemble().step());
        // A Gaussian chain at T against 8T swaps with probability 0.43 (ReplicaExchange.quadraticSwapRate);
        // the double well's cold chain swaps about as often.
        assertEquals(ReplicaExchange.quadraticSwapRate(1, 8), rates[0], 0.15);
        assertTrue(rates[0] > 0.2, "not few: " + rates[0]);
        LessonRun two = LessonRun.atStep(ID, 2).withParticles(1000).advance(15_000);
        double exact = Wells.rightOccupation(TILT, T);
        assertTrue(two.fractionRightOf(0) > exact + 0.15, "still relaxing: " + two.fractionRightOf(0));
    }
}
