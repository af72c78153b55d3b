package org.basinscope.engine.escape;

import java.util.ArrayList;
import java.util.List;
import org.basinscope.engine.analysis.Progress;
import org.basinscope.engine.dynamics.Dynamics;
import org.basinscope.engine.dynamics.Param;
import org.basinscope.engine.dynamics.Params;
import org.basinscope.engine.ensemble.BlockRunner;
import org.basinscope.engine.landscape.Landscape;
import org.basinscope.engine.random.ParticleStreams;
import org.basinscope.engine.spec.InvalidInputException;

/**
 * Kramers' turnover (Kramers 1940; Hänggi, Talkner &amp; Borkovec, Rev. Mod. Phys. 62, 1990, §IV): the mean
 * first-passage time of underdamped Langevin against the friction γ. At low friction escape is limited by
 * energy diffusion, τ ∝ 1/γ; at high friction by spatial diffusion, τ ∝ γ (Smoluchowski); in between it has a
 * minimum near γ ≈ ω_b. One {@link EscapeExperiment} per γ of a log grid, each beside the dynamics' own theory
 * at that γ ({@link Dynamics#escapeTheory()}: Kramers–Grote–Hynes, NaN in the energy-diffusion regime, where the
 * low-friction rate is given instead) and the Smoluchowski limit, γ × the exact overdamped mean first-passage time
 * at the same T. Where the dynamics has no theory (a minibatch force; 2-D, where KGH is not computed) the times are
 * measured all the same and both predictions are NaN, with the theory's reason as the note.
 *
 * <p>Point k runs with seed {@link ParticleStreams#derive derive(seed, k, 0)}, and each experiment is independent
 * of the thread count, so the whole sweep is too.
 */
public final class FrictionSweep {
    /** Most points a sweep may have: each is a full escape experiment. */
    public static final int MAX_POINTS = 100;

    /**
     * γη above which the note says the times are biased low: BAOAB's O step damps the velocity by e^{−γη} per step,
     * and once that is far below 1 the step no longer resolves the friction time 1/γ. Measured on the double well at
     * T = 0.1, γ = 16 with 2000 particles: η = 0.02 and 0.005 (γη = 0.32, 0.08) give the same time within 1 s.e.,
     * η = 0.05 (γη = 0.8) 10% less; at γη = 2.5 it is 30% less.
     */
    public static final double MAX_GAMMA_ETA = 0.5;

    /** A log-spaced grid of frictions, γ_k = from·(to/from)^{k/(points − 1)}; validated here. */
    public record Grid(double from, double to, int points) {
        public Grid {
            if (!(from > 0) || !Double.isFinite(from)) {
                throw new InvalidInputException("--friction-sweep: FROM must be > 0 (a log grid), got " + from);
            }
            if (!(to > from) || to > Params.MAX_FRICTION) {
                throw new InvalidInputException("--friction-sweep: TO must lie in (FROM, " + Params.MAX_FRICTION
                        + "], got " + from + ":" + to);
            }
            if (points < 2 || points > MAX_POINTS) {
                throw new InvalidInputException("--friction-sweep: POINTS must be in [2, " + MAX_POINTS + "], got "
                        + points);
            }
        }

        public double gamma(int k) {
            return k == points - 1 ? to : from * Math.pow(to / from, (double) k / (points - 1));
        }
    }

    /**
     * What theory says at one friction (times in steps × η).
     *
     * @param kgh             Kramers–Grote–Hynes' time, NaN where it does not hold (energy diffusion) or is unknown
     * @param smoluchowski    γ × the overdamped time at T: the high-friction limit, NaN without a theory
     * @param energyDiffusion Kramers' low-friction time 2π/ω_a · T/(γI) · e^{ΔU/T}, NaN without a theory
     * @param lowFriction     true in the energy-diffusion regime (γI &lt; T), where KGH is not given
     */
    public record Prediction(double gamma, double kgh, double smoluchowski, double energyDiffusion,
            boolean lowFriction) {
    }

    /** One friction's measured outcome (times in steps × η) beside its {@link Prediction}. */
    public record Point(double gamma, double mfpt, double stderr, double escaped, Prediction theory) {
        public double kgh() {
            return theory.kgh();
        }

        public double smoluchowski() {
            return theory.smoluchowski();
        }

        public double energyDiffusion() {
            return theory.energyDiffusion();
        }

        public boolean lowFriction() {
            return theory.lowFriction();
        }
    }

    /**
     * The sweep: its points in ascending γ, the barrier and temperature of the theory, and the theory's note (why
     * a prediction is missing), or null.
     */
    public record Result(List<Point> points, double barrierHeight, double temperature, double eta, int particles,
            String note) {
        /** The point of least measured mean time (the turnover), or null if none arrived anywhere. */
        public Point fastest() {
            Point best = null;
            for (Point p : points) {
                if (p.mfpt() > 0 && (best == null || p.mfpt() < best.mfpt())) {
                    best = p;
                }
            }
            return best;
        }
    }

    /** Told after each point, in order, on the sweep's thread. */
    @FunctionalInterface
    public interface Listener {
        Listener NONE = (p, done, points) -> {
        };

        void pointDone(Point p, int done, int points);
    }

    private FrictionSweep() {
    }

    /**
     * Runs the sweep with {@code params}' η and T (its γ is replaced point by point). {@code progress} gets the
     * fraction of points done (and of the current one's step budget) and may cancel between chunks of steps.
     *
     * @throws InvalidInputException if the dynamics has no friction (only underdamped Langevin has)
     */
    public static Result run(Landscape f, Dynamics dynamics, Params params, double[] from, double[] to, Grid grid,
            int particles, long seed, long maxSteps, BlockRunner runner, Listener listener, Progress progress) {
        Theory theory = new Theory(f, dynamics, params, from, to);
        List<Point> points = new ArrayList<>();
        int n = grid.points();
        for (int k = 0; k < n; k++) {
            double gamma = grid.gamma(k);
            Prediction e = theory.at(gamma);
            int done = k;
            Progress part = new Progress() {
                @Override
                public void report(double fraction) {
                    progress.report((done + fraction) / n);
                }

                @Override
                public boolean cancelled() {
                    return progress.cancelled();
                }
            };
            EscapeExperiment.Result r = EscapeExperiment.run(f, dynamics, params.withFriction(gamma), from, to,
                    particles, ParticleStreams.derive(seed, k, 0), maxSteps, runner, part);
            Point point = new Point(gamma, r.mean(), r.standardError(), r.escaped(), e);
            points.add(point);
            progress.step((k + 1.0) / n);
            listener.pointDone(point, k + 1, n);
        }
        String note = theory.note;
        if (grid.to() * params.eta() > MAX_GAMMA_ETA) {
            note = (note == null ? "" : note + "; ") + "γη > " + MAX_GAMMA_ETA + " above γ = "
                    + String.format(java.util.Locale.ROOT, "%.3g", MAX_GAMMA_ETA / params.eta())
                    + ": the step does not resolve the friction time 1/γ and the times there are biased low "
                    + "(lower η)";
        }
        return new Result(List.copyOf(points), theory.barrierHeight, dynamics.effectiveTemperature(params),
                params.eta(), particles, note);
    }

    /** The predictions alone on a grid (for smooth curves beside a sweep's points); no experiment is run. */
    public static List<Prediction> predictions(Landscape f, Dynamics dynamics, Params params, double[] from,
            double[] to, Grid grid) {
        Theory theory = new Theory(f, dynamics, params, from, to);
        List<Prediction> out = new ArrayList<>();
        for (int k = 0; k < grid.points(); k++) {
            out.add(theory.at(grid.gamma(k)));
        }
        return List.copyOf(out);
    }

    /** The dynamics' escape theory at any γ, with the overdamped time its Smoluchowski limit scales. */
    private static final class Theory {
        private final Landscape f;
        private final Params params;
        private final double[] from;
        private final double[] to;
        private final EscapeTheory theory;
        /** The overdamped time at T (the exact integral where there is one), NaN where the dynamics has no theory. */
        private final double smoluchowskiPerGamma;
        private final double barrierHeight;
        private final String note;

        Theory(Landscape f, Dynamics dynamics, Params params, double[] from, double[] to) {
            if (!dynamics.parameters().contains(Param.FRICTION)) {
                throw new InvalidInputException("the friction sweep needs underdamped Langevin (--dynamics "
                        + "underdamped); " + dynamics.name() + " has no friction γ");
            }
            this.f = f;
            this.params = params;
            this.from = from;
            this.to = to;
            this.theory = dynamics.escapeTheory();
            // The Smoluchowski limit belongs to this dynamics only where its own theory holds (1-D, exact force): a
            // minibatch's force noise or a 2-D landscape gets no number, as in EscapeTheory. γ = 1 only asks which.
            EscapePrediction own = theory.predict(f, params.withFriction(1), from, to, Double.NaN);
            EscapePrediction overdamped = own.theory() == null ? null
                    : EscapeTheory.overdamped(Params::temperature, null).predict(f, params, from, to, Double.NaN);
            // γ × the overdamped time is the high-friction limit of KGH, κ → ω_b/γ (Kramers 1940).
            smoluchowskiPerGamma = overdamped == null ? Double.NaN
                    : Double.isFinite(overdamped.exact()) ? overdamped.exact() : overdamped.rate();
            barrierHeight = overdamped == null ? Double.NaN : overdamped.barrierHeight();
            note = own.theory() == null ? own.note() : null;
        }

        Prediction at(double gamma) {
            EscapePrediction e = theory.predict(f, params.withFriction(gamma), from, to, Double.NaN);
            // Kramers.underdamped leaves the KGH time out exactly in the energy-diffusion regime.
            boolean low = e.theory() != null && Double.isNaN(e.rate());
            return new Prediction(gamma, e.rate(), gamma * smoluchowskiPerGamma, e.lowFriction(), low);
        }
    }
}
