package org.basinscope.app.controls;

import org.basinscope.engine.spec.InvalidInputException;

/**
 * Maps between a slider's position and a parameter's value, and parses/prints the typed form.
 * Parsing validates the allowed range and says what it is.
 */
public interface SliderScale {
    double minPosition();

    double maxPosition();

    double toValue(double position);

    double toPosition(double value);

    String format(double value);

    /** The value typed in {@code text}; throws with a message naming the allowed range. */
    double parse(String text) throws InvalidInputException;

    /** Logarithmic over [lo, hi]; {@code zero} adds a value 0 at the leftmost end; {@code integer} rounds. */
    static SliderScale log(double lo, double hi, boolean zero, boolean integer) {
        return new LogScale(lo, hi, zero, integer);
    }

    static SliderScale linear(double lo, double hi) {
        return new LinearScale(lo, hi);
    }
}
