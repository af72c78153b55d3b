package org.basinscope.engine.formula;

import org.basinscope.engine.spec.InvalidInputException;

/**
 * A formula that cannot be compiled. The message names the column and what was expected there, so it can
 * be shown to the user as is; {@link #position()} lets an editor put the caret on the problem.
 */
public final class FormulaException extends InvalidInputException {
    private static final long serialVersionUID = 1L;

    private final int position;

    FormulaException(int position, String detail) {
        super("formula error at column " + (position + 1) + ": " + detail);
        this.position = position;
    }

    /** The 0-based character index of the problem in the input (the input's length for "end of input"). */
    public int position() {
        return position;
    }
}
