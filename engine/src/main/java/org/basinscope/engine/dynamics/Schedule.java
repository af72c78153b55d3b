package org.basinscope.engine.dynamics;

import java.util.Locale;
import org.basinscope.engine.spec.InvalidInputException;
import org.basinscope.engine.spec.Options;
import org.basinscope.engine.spec.Spec;

/**
 * A learning-rate or temperature schedule (seed 001, annealing schedules): the base value times a
 * factor of the step t = 1, 2, …, one of
 * <ul>
 * <li>{@code constant}: 1;</li>
 * <li>{@code step:every=K,gamma=g}: g^⌊(t − 1)/K⌋;</li>
 * <li>{@code cosine:period=P,floor=m}: m + (1 − m)·½(1 + cos(π·min(t, P)/P));</li>
 * <li>{@code cyclical:period=P,floor=m}: a triangle wave from 1 down to m and back, period P;</li>
 * <li>{@code linear:period=P,floor=m}: max(m, 1 − t/P).</li>
 * </ul>
 * Applied to η ({@code target=eta}, the default) or T ({@code target=temperature}).
 */
public record Schedule(String kind, double period, double floor, double gamma, boolean temperature) {
    public static final Schedule CONSTANT = new Schedule("constant", 1, 1, 1, false);

    public Schedule {
        // −0 is written "0" by spec() and read back as +0: normalise so that the text round-trips to an equal record.
        period += 0.0;
        floor += 0.0;
        gamma += 0.0;
    }

    /** Parses {@code KIND[:period=P,floor=m,every=K,gamma=g,target=eta|temperature]}. */
    public static Schedule parse(String text) {
        Spec spec = Spec.parse(text);
        Options o = new Options("schedule " + spec.name(), spec.options());
        String kind = spec.name().toLowerCase(Locale.ROOT);
        boolean temperature = "temperature".equals(o.choice("target", "eta",
                java.util.Set.of("eta", "temperature")));
        Schedule s = switch (kind) {
            case "constant" -> new Schedule(kind, 1, 1, 1, temperature);
            case "step" -> new Schedule(kind, o.real("every", 1000, 1, 1e12), 0, o.real("gamma", 0.5, 0, 1), temperature);
            case "cosine", "cyclical", "linear" -> new Schedule(kind, o.real("period", 1000, 1, 1e12),
                    o.real("floor", 0, 0, 1), 1, temperature);
            default -> throw new InvalidInputException("unknown schedule '" + spec.name()
                    + "'; valid: constant, step, cosine, cyclical, linear");
        };
        o.finish();
        return s;
    }

    /** The text {@link #parse} reads back to this schedule, e.g. {@code cosine:period=1000,floor=0.1}. */
    public String spec() {
        String target = temperature ? "target=temperature" : "";
        String options = switch (kind) {
            case "constant" -> target;
            case "step" -> "every=" + plain(period) + ",gamma=" + plain(gamma) + (temperature ? "," + target : "");
            default -> "period=" + plain(period) + ",floor=" + plain(floor) + (temperature ? "," + target : "");
        };
        return options.isEmpty() ? kind : kind + ":" + options;
    }

    private static String plain(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }

    /** True for the constant schedule (no change from the slider's value). */
    public boolean isConstant() {
        return "constant".equals(kind);
    }

    /** The factor at step t ≥ 1. */
    public double factor(long t) {
        return switch (kind) {
            case "step" -> Math.pow(gamma, Math.floor((t - 1) / period));
            case "cosine" -> floor + (1 - floor) * 0.5 * (1 + Math.cos(Math.PI * Math.min(t, period) / period));
            case "cyclical" -> {
                double phase = (t % period) / period;
                double tri = phase < 0.5 ? 1 - 2 * phase : 2 * phase - 1;
                yield floor + (1 - floor) * tri;
            }
            case "linear" -> Math.max(floor, 1 - t / period);
            default -> 1;
        };
    }

    /** The parameters of step t: the base with η or T scaled (η kept ≥ 1e-300, the smallest allowed). */
    public Params at(Params base, long t) {
        if ("constant".equals(kind)) {
            return base;
        }
        double f = factor(t);
        return temperature ? base.withTemperature(base.temperature() * f)
                : base.withEta(Math.max(1e-300, base.eta() * f));
    }
}
