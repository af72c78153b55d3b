package org.basinscope.app.controls;

import org.basinscope.engine.spec.InvalidInputException;
import org.basinscope.engine.spec.Numbers;

/**
 * Slider position = log10(value). With {@code zero}, positions in the first half-decade below
 * log10(lo) mean 0 (so "T = 0" is reachable by dragging to the end, and typeable).
 */
final class LogScale implements SliderScale {
    private static final double ZERO_SPAN = 0.5;
    private final double lo;
    private final double hi;
    private final boolean zero;
    private final boolean integer;

    LogScale(double lo, double hi, boolean zero, boolean integer) {
        this.lo = lo;
        this.hi = hi;
        this.zero = zero;
        this.integer = integer;
    }

    @Override
    public double minPosition() {
        return Math.log10(lo) - (zero ? ZERO_SPAN : 0);
    }

    @Override
    public double maxPosition() {
        return Math.log10(hi);
    }

    @Override
    public double toValue(double position) {
        if (zero && position < Math.log10(lo) - ZERO_SPAN / 2) {
            return 0;
        }
        double v = Math.pow(10, Math.max(Math.log10(lo), Math.min(position, maxPosition())));
        return integer ? Math.round(v) : Display.round(v, 3);
    }

    @Override
    public double toPosition(double value) {
        if (value <= 0) {
            return minPosition();
        }
        return Math.max(minPosition(), Math.min(maxPosition(), Math.log10(value)));
    }

    @Override
    public String format(double value) {
        return integer ? Long.toString(Math.round(value)) : Display.number(value);
    }

    @Override
    public double parse(String text) {
        double v = Numbers.parse("value", text);
        if (integer && v != Math.rint(v)) {
            throw new InvalidInputException("'" + text.strip() + "' is not a whole number");
        }
        if ((v == 0 && zero) || (v >= lo && v <= hi)) {
            return v;
        }
        throw new InvalidInputException(format(v) + " is outside the allowed range " + (zero ? "0 or " : "")
                + "[" + format(lo) + ", " + format(hi) + "]");
    }
}
