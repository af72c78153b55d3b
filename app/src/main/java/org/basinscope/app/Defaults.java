package org.basinscope.app;

import java.util.Map;
import org.basinscope.engine.dynamics.DynamicsCatalog;
import org.basinscope.engine.dynamics.Params;
import org.basinscope.engine.ensemble.BlockRunner;
import org.basinscope.engine.landscape.Landscape;
import org.basinscope.engine.landscape.LandscapeCatalog;
import org.basinscope.engine.live.RunConfig;
import org.basinscope.engine.session.Session;

/** What the app opens with: Langevin particles in the 2-D double well, as in the benchmark workload. */
public final class Defaults {
    public static final String LANDSCAPE = "double-well:dim=2";
    public static final String DYNAMICS = "langevin";
    public static final int PARTICLES = 5_000;
    public static final long SEED = 1;

    private Defaults() {
    }

    public static RunConfig config() {
        Landscape f = LandscapeCatalog.create(LANDSCAPE);
        return new RunConfig(LANDSCAPE, f, DYNAMICS, DynamicsCatalog.create(DYNAMICS), PARTICLES, SEED,
                f.defaultStart());
    }

    /**
     * Threads for the live simulation: all cores but one, which stays free for the FX thread and the
     * renderer, so the window keeps answering however heavy the run (on 2 cores: one for each).
     * Results do not depend on the thread count.
     */
    public static BlockRunner simulationThreads() {
        return new BlockRunner(Math.max(1, Runtime.getRuntime().availableProcessors() - 1));
    }

    public static Params params() {
        return new Params(0.01, 1, 0.1, 1.0, 0.9);
    }

    /** The opening run as a session. */
    public static Session session() {
        return Session.of(config(), params(), 0, 10, Map.of());
    }
}
