package org.basinscope.engine.grid;

import java.util.Locale;
import org.basinscope.engine.spec.InvalidInputException;
import org.basinscope.engine.spec.Numbers;

/**
 * One axis of a grid sweep: the parameter it varies and its values, in order. {@code log} says the
 * values are log-spaced (a plot of the grid should then use a log axis).
 *
 * <p>Text form ({@link #parse}): {@code NAME=FROM:TO:POINTS[:log]}, e.g. {@code eta=0.01:1:12:log} —
 * POINTS values from FROM to TO inclusive, equally spaced or, with {@code :log}, equally spaced in log.
 * Batch sizes are rounded to whole numbers, so the values are those the runs use.
 */
public record Axis(Knob knob, double[] values, boolean log) {
    /** At most this many values on one axis (the whole grid has its own limit, {@link Grid#MAX_POINTS}). */
    public static final int MAX_VALUES = 10_000;

    public Axis {
        if (values.length < 1 || values.length > MAX_VALUES) {
            throw new InvalidInputException("a grid axis has 1 … " + MAX_VALUES + " values, got " + values.length);
        }
        values = values.clone();
        for (double v : values) {
            Numbers.checkRange(knob.label(), v, knob.min(), knob.max());
        }
    }

    @Override
    public double[] values() {
        return values.clone();
    }

    public double value(int k) {
        return values[k];
    }

    public int size() {
        return values.length;
    }

    /** Parses {@code NAME=FROM:TO:POINTS[:log]}; the message of a refusal quotes the axis. */
    public static Axis parse(String text) {
        String t = text.strip();
        int eq = t.indexOf('=');
        if (eq < 0) {
            throw bad(text, "expected NAME=FROM:TO:POINTS[:log]");
        }
        Knob knob = Knob.parse(t.substring(0, eq));
        String[] parts = t.substring(eq + 1).split(":", -1);
        boolean log = parts.length == 4 && parts[3].strip().toLowerCase(Locale.ROOT).equals("log");
        if (parts.length != 3 && !log) {
            throw bad(text, "expected NAME=FROM:TO:POINTS[:log]");
        }
        double from;
        double to;
        long points;
        try {
            from = Numbers.parse("FROM", parts[0]);
            to = Numbers.parse("TO", parts[1]);
            points = Math.round(Numbers.parse("POINTS", parts[2]));
            if (points != Numbers.parse("POINTS", parts[2])) {
                throw new InvalidInputException("POINTS must be a whole number, got '" + parts[2].strip() + "'");
            }
        } catch (InvalidInputException e) {
            throw bad(text, e.getMessage());
        }
        try {
            return spaced(knob, from, to, (int) Math.min(points, Integer.MAX_VALUE), log);
        } catch (InvalidInputException e) {
            throw bad(text, e.getMessage());
        }
    }

    /** {@code count} values from {@code from} to {@code to} of {@code knob} (batch sizes rounded). */
    public static Axis spaced(Knob knob, double from, double to, int count, boolean log) {
        double[] v = spacedValues(from, to, count, log);
        for (int k = 0; k < v.length; k++) {
            // Checked before rounding, so batch=0:4:3 is refused rather than run from B = 1.
            Numbers.checkRange(knob.label(), v[k], knob.min(), knob.max());
            v[k] = knob.used(v[k]);
        }
        return new Axis(knob, v, log);
    }

    /**
     * {@code count} values from {@code lo} to {@code hi} inclusive, log-spaced when {@code log}: the k-th
     * is lo + t(hi − lo), or lo·(hi/lo)^t, with t = k/(count − 1).
     */
    public static double[] spacedValues(double lo, double hi, int count, boolean log) {
        if (!(hi > lo)) {
            throw new InvalidInputException("need FROM < TO, got " + Numbers.format(lo) + " ≥ " + Numbers.format(hi));
        }
        if (log && !(lo > 0)) {
            throw new InvalidInputException("a log axis needs 0 < FROM, got " + Numbers.format(lo));
        }
        if (count < 2 || count > MAX_VALUES) {
            throw new InvalidInputException("POINTS must be 2 … " + MAX_VALUES + ", got " + count);
        }
        double[] v = new double[count];
        for (int k = 0; k < count; k++) {
            double t = (double) k / (count - 1);
            v[k] = log ? lo * Math.pow(hi / lo, t) : lo + t * (hi - lo);
        }
        return v;
    }

    private static InvalidInputException bad(String text, String why) {
        return new InvalidInputException("grid axis '" + text.strip() + "': " + why);
    }
}
