package org.basinscope.app.controls;

import org.basinscope.engine.spec.InvalidInputException;
import org.basinscope.engine.spec.Numbers;

/** Slider position = value, over [lo, hi]. */
final class LinearScale implements SliderScale {
    private final double lo;
    private final double hi;

    LinearScale(double lo, double hi) {
        this.lo = lo;
        this.hi = hi;
    }

    @Override
    public double minPosition() {
        return lo;
    }

    @Override
    public double maxPosition() {
        return hi;
    }

    @Override
    public double toValue(double position) {
        return Display.round(Math.max(lo, Math.min(hi, position)), 3);
    }

    @Override
    public double toPosition(double value) {
        return Math.max(lo, Math.min(hi, value));
    }

    @Override
    public String format(double value) {
        return Display.number(value);
    }

    @Override
    public double parse(String text) {
        double v = Numbers.parse("value", text);
        if (v < lo || v > hi) {
            throw new InvalidInputException(format(v) + " is outside the allowed range [" + format(lo) + ", "
                    + format(hi) + "]");
        }
        return v;
    }
}
