package org.basinscope.engine.spec;

/** Parsing and range checks for numbers a user typed, with messages that name the allowed range. */
public final class Numbers {
    private Numbers() {
    }

    /** Parses a finite real number; "1e-3", "0.5" and "-2" are fine, "nan", "inf" and "abc" are not. */
    public static double parse(String what, String text) {
        double v;
        try {
            // Accept the typographic minus the app displays, so a shown value can be typed back.
            v = Double.parseDouble(text.strip().replace('\u2212', '-'));
        } catch (NumberFormatException e) {
            throw new InvalidInputException(what + ": '" + text + "' is not a number");
        }
        if (!Double.isFinite(v)) {
            throw new InvalidInputException(what + ": must be a finite number, got '" + text + "'");
        }
        return v;
    }

    /** Returns {@code v} if it is finite and in [min, max], else throws with the allowed range. */
    public static double checkRange(String what, double v, double min, double max) {
        if (!Double.isFinite(v)) {
            throw new InvalidInputException(what + " must be a finite number, got " + v);
        }
        if (v < min || v > max) {
            throw new InvalidInputException(what + " = " + format(v) + " is outside the allowed range ["
                    + format(min) + ", " + format(max) + "]");
        }
        return v;
    }

    /** Like {@link #checkRange} but excludes the lower end (for quantities that must be positive). */
    public static double checkPositive(String what, double v, double max) {
        if (Double.isFinite(v) && v <= 0) {
            throw new InvalidInputException(what + " = " + format(v) + " must be positive (allowed: (0, "
                    + format(max) + "])");
        }
        return checkRange(what, v, Double.MIN_VALUE, max);
    }

    public static long checkRange(String what, long v, long min, long max) {
        if (v < min || v > max) {
            throw new InvalidInputException(what + " = " + v + " is outside the allowed range [" + min + ", " + max + "]");
        }
        return v;
    }

    /** Short form for messages: integers without ".0", others in compact notation. */
    public static String format(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return Double.toString(v);
    }
}
