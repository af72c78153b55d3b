package org.basinscope.engine.analysis;

import java.util.Locale;
import org.basinscope.engine.dynamics.Dynamics;
import org.basinscope.engine.dynamics.Params;
import org.basinscope.engine.ensemble.BlockRunner;
import org.basinscope.engine.grid.Axis;
import org.basinscope.engine.grid.Grid;
import org.basinscope.engine.grid.GridJob;
import org.basinscope.engine.grid.GridResult;
import org.basinscope.engine.grid.GridSweep;
import org.basinscope.engine.landscape.Landscape;
import org.basinscope.engine.live.RunConfig;
import org.basinscope.engine.spec.InvalidInputException;

/**
 * A readout against one parameter (seed 001, the phase-transition η sweep and the linear scaling rule):
 * for each value an ensemble runs a fixed number of steps from the same start, and the readout is measured
 * at the end. Along {@code ETA_OVER_B} η varies and B follows it, B = η/ratio, so η/B stays at the start's
 * ratio (the linear scaling rule). It is the one-axis, one-seed {@link GridSweep grid sweep}: point k runs
 * with the seed {@link GridJob#seed derive(seed, k, 0)}, so it gives the same numbers as
 * {@code sweep --grid} with the same axis.
 */
public final class Sweep {
    /** What is varied. */
    public enum Knob {
        ETA, BATCH, TEMPERATURE, ETA_OVER_B;

        /** The grid's knob of the same name. */
        public org.basinscope.engine.grid.Knob grid() {
            return org.basinscope.engine.grid.Knob.valueOf(name());
        }

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
        /** f itself may be negative (Müller–Brown). */
        LOSS("final mean loss", false), VARIANCE("final variance (trace)", true), DIVERGED("fraction diverged", true),
        OCCUPATION("fraction in the start's basin", true), LYAPUNOV("Lyapunov exponent per step", false),
        /** Only on a landscape that declares a {@link Landscape#classifier()}. */
        ACCURACY("classification accuracy", true);

        private final String label;
        private final boolean nonNegative;

        Readout(String label, boolean nonNegative) {
            this.label = label;
            this.nonNegative = nonNegative;
        }

        public String label() {
            return label;
        }

        /** Whether the readout is never negative (plots then start its axis at 0). */
        public boolean nonNegative() {
            return nonNegative;
        }

        public static Readout parse(String s) {
            for (Readout r : values()) {
                if (r.name().equalsIgnoreCase(s)) {
                    return r;
                }
            }
            throw new InvalidInputException("sweep readout '" + s + "' is not valid; valid: loss, variance, diverged, "
                    + "occupation, lyapunov, accuracy");
        }
    }

    /** The sweep: the parameter values, the readout at each, and the batch used (for η/B sweeps). */
    public record Result(double[] values, double[] readout, double[] batch, Knob knob, Readout what) {
    }

    private Sweep() {
    }

    /** {@code count} values from {@code lo} to {@code hi}, log-spaced when {@code log} ({@link Axis#spacedValues}). */
    public static double[] values(double lo, double hi, int count, boolean log) {
        return Axis.spacedValues(lo, hi, count, log);
    }

    /**
     * The readout at each of {@code values} of {@code knob}, one run of {@code particles} × {@code steps} per
     * value on {@code runner}'s threads; {@code progress} hears the fraction of values done and may cancel.
     */
    public static Result run(Landscape f, Dynamics d, Params base, double[] start, Knob knob, double[] values,
            Readout what, int particles, long steps, long seed, BlockRunner runner, Progress progress) {
        RunConfig c = new RunConfig(f.describe(), f, d.name(), d, particles, seed, start);
        GridJob job = new GridJob(c, base, steps, Grid.of(new Axis(knob.grid(), values, false)), what, 1);
        GridResult r = GridSweep.run(job, runner, progress);
        return new Result(values.clone(), r.mean(), r.batch(), knob, what);
    }
}
