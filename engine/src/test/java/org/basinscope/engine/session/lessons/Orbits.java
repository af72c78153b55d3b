package org.basinscope.engine.session.lessons;

import org.basinscope.engine.analysis.Progress;
import org.basinscope.engine.chaos.Bifurcation;
import org.basinscope.engine.ensemble.BlockRunner;

/** A deterministic lesson's orbit from one start at one η, by the engine's bifurcation code (period, exponent, points). */
final class Orbits {
    private Orbits() {
    }

    static Bifurcation.Result orbit(LessonRun r, double eta, double x0) {
        return Bifurcation.sweep(r.config().landscape(), r.config().dynamics(), r.params(), new double[] {eta},
                new double[] {x0}, 20_000, 1024, 1e-6, new BlockRunner(1), Progress.NONE);
    }

    static int period(LessonRun r, double eta, double x0) {
        return orbit(r, eta, x0).period()[0];
    }

    static double lyapunov(LessonRun r, double eta, double x0) {
        return orbit(r, eta, x0).lyapunov()[0];
    }
}
