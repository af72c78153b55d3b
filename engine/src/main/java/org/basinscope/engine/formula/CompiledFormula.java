package org.basinscope.engine.formula;

/**
 * What the two kinds of compiled formula share: the text as typed, its typeset form, the dimension and the three
 * tapes (value, gradient, and the second-derivative tape: the planar Hessian's entries or the d-dimensional H·v).
 * Immutable; the tapes are shared between threads, their registers are per thread ({@link Registers}).
 */
abstract class CompiledFormula {
    final String source;
    final String description;
    final int dimension;
    final Tape value;
    final Tape gradient;
    final Tape curvature;

    CompiledFormula(String source, String description, int dimension, Tape value, Tape gradient, Tape curvature) {
        this.source = source;
        this.description = description;
        this.dimension = dimension;
        this.value = value;
        this.gradient = gradient;
        this.curvature = curvature;
    }

    /** The formula exactly as it was given to {@link Formula}. */
    public String source() {
        return source;
    }

    public int dimension() {
        return dimension;
    }

    @Override
    public String toString() {
        return "formula " + source.strip();
    }
}
