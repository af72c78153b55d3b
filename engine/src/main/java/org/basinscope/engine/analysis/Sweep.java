package org.basinscope.engine.analysis;

import java.util.Locale;
import org.basinscope.engine.chaos.LyapunovSpectrum;
import org.basinscope.engine.chaos.SharedNoiseExponent;
import org.basinscope.engine.dynamics.DifferentiableMap;
import org.basinscope.engine.dynamics.Dynamics;
import org.basinscope.engine.dynamics.Params;
import org.basinscope.engine.ensemble.BlockRunner;
import org.basinscope.engine.ensemble.Ensemble;
import org.basinscope.engine.ensemble.EnsembleStats;
import org.basinscope.engine.landscape.Landscape;
import org.basinscope.engine.spec.InvalidInputException;

/**
 * A readout against one parameter (seed 001, the phase-transition η sweep and the linear scaling rule):
 * for each value an ensemble runs a fixed number of steps from the same start and seed, and the readout
 * is measured at the end. Along {@code ETA_OVER_B} η varies and B follows it, B = η/ratio, so η/B stays
 * at the start's ratio (the linear scaling rule). Each point is an independent, reproducible run.
 */
public final class Sweep {
    /** What is varied. */
    public enum Knob {
        ETA, BATCH, TEMPERATURE, ETA_OVER_B;

        public static Knob parse(String s) {
            return switch (s.toLowerCase(Locale.ROOT)) {
                case "eta" -> ETA;
                case "batch" -> BATCH;
                case "temperature" -> TEMPERATURE;
                case "eta/b", "lsr" -> ETA_OVER_B;
                default -> throw new InvalidInputException("sweep parameter '" + s + "' is not valid; valid: eta, batch, "
                        + "temperature, eta/b (linear scaling rule)");
            };
        }
    }

    /** What is measured at the end of each run. */
    public enum Readout {
        LOSS("final mean loss"), VARIANCE("final variance (trace)"), DIVERGED("fraction diverged"),
        OCCUPATION("fraction in the start's basin"), LYAPUNOV("Lyapunov exponent per step");

        private final String label;

        Readout(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        public static Readout parse(String s) {
            for (Readout r : values()) {
                if (r.name().equalsIgnoreCase(s)) {
                    return r;
                }
            }
            throw new InvalidInputException("sweep readout '" + s + "' is not valid; valid: loss, variance, diverged, "
                    + "occupation, lyapunov");
        }
    }

    /** The sweep: the parameter values, the readout at each, and the batch used (for η/B sweeps). */
    public record Result(double[] values, double[] readout, double[] batch, Knob knob, Readout what) {
    }

    private Sweep() {
    }

    /** {@code count} values from {@code lo} to {@code hi}, log-spaced when {@code log}. */
    public static double[] values(double lo, double hi, int count, boolean log) {
        if (!(lo > 0 && hi > lo) && log || !(hi > lo)) {
            throw new InvalidInputException("need " + (log ? "0 < " : "") + "from < to for a sweep");
        }
        if (count < 2 || count > 10_000) {
            throw new InvalidInputException("a sweep has 2 … 10000 points, got " + count);
        }
        double[] v = new double[count];
        for (int k = 0; k < count; k++) {
            double t = (double) k / (count - 1);
            v[k] = log ? lo * Math.pow(hi / lo, t) : lo + t * (hi - lo);
        }
        return v;
    }

    public static Result run(Landscape f, Dynamics d, Params base, double[] start, Knob knob, double[] values,
            Readout what, int particles, long steps, long seed, BlockRunner runner, Progress progress) {
        double ratio = base.eta() / base.batch();
        double[] out = new double[values.length];
        double[] batch = new double[values.length];
        double[] minimum = what == Readout.OCCUPATION ? Descent.toMinimum(f, start) : null;
        for (int k = 0; k < values.length; k++) {
            progress.step((double) k / values.length);
            Params p = with(base, knob, values[k], ratio);
            batch[k] = p.batch();
            out[k] = measure(f, d, p, start, what, particles, steps, seed, runner, minimum);
        }
        progress.report(1);
        return new Result(values.clone(), out, batch, knob, what);
    }

    static Params with(Params base, Knob knob, double v, double ratio) {
        return switch (knob) {
            case ETA -> base.withEta(v);
            case BATCH -> base.withBatch((int) Math.max(1, Math.round(v)));
            case TEMPERATURE -> base.withTemperature(v);
            case ETA_OVER_B -> base.withEta(v).withBatch((int) Math.max(1, Math.round(v / ratio)));
        };
    }

    private static double measure(Landscape f, Dynamics d, Params p, double[] start, Readout what, int particles,
            long steps, long seed, BlockRunner runner, double[] minimum) {
        if (what == Readout.LYAPUNOV) {
            DifferentiableMap map = d.asMap(f, p);
            if (map != null) {
                double[] state = new double[map.dimension()];
                System.arraycopy(start, 0, state, 0, start.length);
                return LyapunovSpectrum.largest(map, state, steps / 2, Math.max(1, steps - steps / 2));
            }
            return SharedNoiseExponent.compute(f, d, p, start, seed, steps / 2, Math.max(1, steps - steps / 2), 10, 1e-8);
        }
        Ensemble e = new Ensemble(f, d, p, particles, seed, start, runner);
        long done = 0;
        while (done < steps) {
            int chunk = (int) Math.min(1000, steps - done);
            e.advance(chunk);
            done += chunk;
        }
        EnsembleStats s = e.stats();
        return switch (what) {
            case LOSS -> s.meanLoss();
            case VARIANCE -> s.variance().length == 1 ? s.variance()[0] : s.variance()[0] + s.variance()[1];
            case DIVERGED -> (double) s.diverged() / s.particles();
            case OCCUPATION -> occupation(f, e, minimum);
            case LYAPUNOV -> throw new IllegalStateException();
        };
    }

    /** Fraction of all particles whose GD descent ends at the start's minimum (diverged ones count as out). */
    private static double occupation(Landscape f, Ensemble e, double[] minimum) {
        var s = e.particles();
        int in = 0;
        for (int i = 0; i < s.size; i++) {
            if (!s.diverged[i]) {
                double[] m = Descent.toMinimum(f, s.dimension == 2 ? new double[] {s.x[i], s.y[i]} : new double[] {s.x[i]});
                double dist = Math.hypot(m[0] - minimum[0], (m.length > 1 ? m[1] - minimum[1] : 0));
                if (dist < 1e-3) {
                    in++;
                }
            }
        }
        return (double) in / s.size;
    }
}
