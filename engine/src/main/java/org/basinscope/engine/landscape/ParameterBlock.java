package org.basinscope.engine.landscape;

import org.basinscope.engine.spec.InvalidInputException;

/**
 * A contiguous block of parameters, coordinates [from, to) of θ: for a network one filter (the weights into
 * one unit) or one layer's biases. Filter-normalised random directions (Li et al. 2018, "Visualizing the loss
 * landscape of neural nets", §4) scale each block of a direction to the norm of the same block of θ.
 */
public record ParameterBlock(int from, int to) {
    public ParameterBlock {
        if (from < 0 || to <= from) {
            throw new InvalidInputException("a parameter block needs 0 ≤ from < to, got [" + from + ", " + to + ")");
        }
    }

    public int size() {
        return to - from;
    }
}
