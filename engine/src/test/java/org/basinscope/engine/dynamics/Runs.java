package org.basinscope.engine.dynamics;

import org.basinscope.engine.ensemble.BlockRunner;
import org.basinscope.engine.ensemble.Ensemble;
import org.basinscope.engine.landscape.LandscapeCatalog;

/** Small helpers for building test ensembles from catalog names. */
final class Runs {
    private Runs() {
    }

    static Ensemble ensemble(String landscape, String dynamics, Params p, int n, long seed, double... start) {
        return new Ensemble(LandscapeCatalog.create(landscape), DynamicsCatalog.create(dynamics), p, n, seed, start,
                BlockRunner.allCores());
    }

    static Params eta(double eta) {
        return Params.DEFAULT.withEta(eta);
    }

    /** Standard error of a sample variance of n Gaussian draws with variance v: v √(2/n). */
    static double varianceStandardError(double v, int n) {
        return v * Math.sqrt(2.0 / n);
    }
}
