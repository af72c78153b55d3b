package org.basinscope.engine.session.lessons;

import java.util.Arrays;
import java.util.Map;
import org.basinscope.engine.dynamics.Params;
import org.basinscope.engine.dynamics.ParticleArrays;
import org.basinscope.engine.ensemble.BlockRunner;
import org.basinscope.engine.ensemble.Ensemble;
import org.basinscope.engine.ensemble.EnsembleStats;
import org.basinscope.engine.live.RunConfig;
import org.basinscope.engine.session.Lesson;
import org.basinscope.engine.session.Lessons;
import org.basinscope.engine.session.Session;

/**
 * A lesson run headless the way the window runs it: the settings, then each presenter step applied as the
 * window applies it — numbers move the sliders and the run goes on, {@code reset} restarts it with the same
 * seed, and a new landscape, dynamics, gradient, schedule or particle count restarts it with the new choice.
 * What the lesson's sentences claim is then read off the ensemble.
 */
final class LessonRun {
    private static final BlockRunner RUNNER = new BlockRunner(2);

    final Lesson lesson;
    private Session session;
    private RunConfig config;
    private Params params;
    private Ensemble ensemble;

    private LessonRun(Lesson lesson) {
        this.lesson = lesson;
        this.session = lesson.settings();
        restart();
    }

    static LessonRun start(String id) {
        return new LessonRun(Lessons.load(id));
    }

    /** The lesson's settings, then its steps 0..{@code last} applied one after the other (no steps run between). */
    static LessonRun atStep(String id, int last) {
        LessonRun r = start(id);
        for (int i = 0; i <= last; i++) {
            r.step(i);
        }
        return r;
    }

    /**
     * The lesson's run with another landscape, dynamics and parameters (the rest of its settings kept): for a
     * sentence that states a general law ("exact on quadratics for any stable step") beside the lesson's example.
     */
    LessonRun variant(String landscape, String dynamics, Params p) {
        LessonRun r = new LessonRun(lesson);
        r.session = withParams(with(session, landscape, dynamics, session.gradient(), session.schedule(),
                session.particles(), null), p);
        r.restart();
        return r;
    }

    /** The same run restarted with {@code n} particles (a statistical sentence needs fewer than the picture). */
    LessonRun withParticles(int n) {
        session = with(session, session.landscape(), session.dynamics(), session.gradient(), session.schedule(), n,
                session.start());
        session = withParams(session, params);
        restart();
        return this;
    }

    LessonRun advance(long steps) {
        for (long done = 0; done < steps; ) {
            int chunk = (int) Math.min(steps - done, 100_000);
            ensemble.advance(chunk);
            done += chunk;
        }
        return this;
    }

    /** Applies presenter step {@code i} as the window does. */
    LessonRun step(int i) {
        Lesson.Step s = lesson.steps().get(i);
        Map<String, String> set = s.set();
        params = Lessons.apply(params, s);
        boolean restart = set.containsKey("reset");
        Session n = session;
        if (set.containsKey("landscape")) {
            n = with(n, set.get("landscape"), n.dynamics(), n.gradient(), n.schedule(), n.particles(), null);
            restart = true;
        }
        if (set.containsKey("dynamics") || set.containsKey("gradient") || set.containsKey("schedule")
                || set.containsKey("particles")) {
            n = with(n, n.landscape(), set.getOrDefault("dynamics", n.dynamics()),
                    set.getOrDefault("gradient", n.gradient()), set.getOrDefault("schedule", n.schedule()),
                    set.containsKey("particles") ? Integer.parseInt(set.get("particles")) : n.particles(), n.start());
            restart = true;
        }
        if (restart) {
            session = withParams(n, params);
            restart();
        } else {
            ensemble.setParams(params);
        }
        return this;
    }

    private void restart() {
        config = session.toRunConfig();
        params = config.withSpecOptions(session.params());
        ensemble = new Ensemble(config.landscape(), config.dynamics(), params, config.particles(), config.seed(),
                config.start(), RUNNER);
        if (config.spread() > 0) {
            ensemble.setSpread(config.spread());
            ensemble.reset();
        }
        ensemble.setSchedule(config.schedule());
    }

    private static Session with(Session s, String landscape, String dynamics, String gradient, String schedule,
            int particles, double[] start) {
        return new Session(s.version(), landscape, dynamics, s.eta(), s.batch(), s.temperature(), s.friction(),
                s.momentum(), particles, s.seed(), start, 0, s.stepsPerFrame(), s.view(), s.spread(), schedule,
                gradient, null);
    }

    private static Session withParams(Session s, Params p) {
        return new Session(s.version(), s.landscape(), s.dynamics(), p.eta(), p.batch(), p.temperature(),
                p.friction(), p.momentum(), s.particles(), s.seed(), s.start(), 0, s.stepsPerFrame(), s.view(),
                s.spread(), s.schedule(), s.gradient(), null);
    }

    Ensemble ensemble() {
        return ensemble;
    }

    RunConfig config() {
        return config;
    }

    Params params() {
        return params;
    }

    EnsembleStats stats() {
        return ensemble.stats();
    }

    ParticleArrays particles() {
        return ensemble.particles();
    }

    /** The alive particles' coordinate {@code axis} (0 = x, 1 = y). */
    double[] coordinate(int axis) {
        ParticleArrays s = ensemble.particles();
        double[] c = axis == 0 ? s.x : s.y;
        return java.util.stream.IntStream.range(0, s.size).filter(i -> !s.diverged[i]).mapToDouble(i -> c[i])
                .toArray();
    }

    /** The fraction of all particles, alive and with x &gt; {@code x0}. */
    double fractionRightOf(double x0) {
        ParticleArrays s = ensemble.particles();
        long n = java.util.stream.IntStream.range(0, s.size).filter(i -> !s.diverged[i] && s.x[i] > x0).count();
        return n / (double) s.size;
    }

    int diverged() {
        return ensemble.stats().diverged();
    }

    static double mean(double[] v) {
        return Arrays.stream(v).average().orElse(Double.NaN);
    }

    static double variance(double[] v) {
        double m = mean(v);
        return Arrays.stream(v).map(a -> (a - m) * (a - m)).sum() / (v.length - 1);
    }
}
