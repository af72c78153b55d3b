package org.basinscope.engine.ensemble;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import org.basinscope.engine.dynamics.DynamicsCatalog;
import org.basinscope.engine.dynamics.Params;
import org.basinscope.engine.landscape.Landscape;
import org.basinscope.engine.landscape.LandscapeCatalog;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Same seed ⇒ the same bits, whatever the thread count, the particle count or a reset. */
class ReproducibilityTest {
    private static final Params P = new Params(0.01, 4, 0.3, 1.0, 0.8);

    private static Ensemble run(String dynamics, int n, int threads) {
        Landscape f = LandscapeCatalog.create("double-well:dim=2,tilt=0.05");
        Ensemble e = new Ensemble(f, DynamicsCatalog.create(dynamics), P, n, 99, new double[] {-1, 0},
                new BlockRunner(threads));
        e.advance(150);
        return e;
    }

    @ParameterizedTest
    @ValueSource(strings = {"gd", "sgd", "momentum", "nesterov", "adam", "langevin", "mala", "underdamped",
        "replica-exchange"})
    void positionsAreBitIdenticalForOneTwoAndThreeThreads(String dynamics) {
        int n = 5 * Ensemble.BLOCK + 17;
        Ensemble one = run(dynamics, n, 1);
        for (int threads : new int[] {2, 3}) {
            Ensemble many = run(dynamics, n, threads);
            assertArrayEquals(one.particles().x, many.particles().x, dynamics + " x, threads " + threads);
            assertArrayEquals(one.particles().y, many.particles().y, dynamics + " y, threads " + threads);
            assertEquals(one.stats().meanLoss(), many.stats().meanLoss(), 0.0);
            assertArrayEquals(one.stats().variance(), many.stats().variance());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sgd", "langevin", "langevin:scheme=heun", "langevin:scheme=lm", "mala", "underdamped",
        "sgd:noise=hessian", "replica-exchange:replicas=3,every=1"})
    void aParticleDoesNotDependOnHowManyOthersThereAre(String dynamics) {
        Ensemble small = run(dynamics, 10, 2);
        Ensemble large = run(dynamics, 3000, 2);
        assertArrayEquals(small.particles().x, Arrays.copyOf(large.particles().x, 10));
        assertArrayEquals(small.particles().y, Arrays.copyOf(large.particles().y, 10));
    }

    @ParameterizedTest
    @ValueSource(strings = {"langevin", "underdamped", "adam"})
    void resetReplaysTheSameRun(String dynamics) {
        Ensemble e = run(dynamics, 2000, 2);
        double[] x = e.particles().x.clone();
        e.reset();
        assertEquals(0, e.step());
        e.advance(150);
        assertArrayEquals(x, e.particles().x);
    }
}
