package org.basinscope.engine.formula;

/**
 * Per-thread register files for tape evaluation, so that evaluating a formula never allocates. They grow
 * to the largest tape a thread has run and are shared by all formulas: a thread runs one tape at a time and
 * a tape never calls back into another.
 */
final class Registers {
    private static final ThreadLocal<Registers> LOCAL = ThreadLocal.withInitial(Registers::new);

    private double[] point = new double[16];
    private double[][] block = new double[0][];

    private Registers() {
    }

    /** At least {@code n} scalar registers. */
    static double[] point(int n) {
        Registers r = LOCAL.get();
        if (r.point.length < n) {
            r.point = new double[n];
        }
        return r.point;
    }

    /** At least {@code n} registers of {@link Tape#BLOCK} elements each. */
    static double[][] block(int n) {
        Registers r = LOCAL.get();
        if (r.block.length < n) {
            r.block = new double[n][Tape.BLOCK];
        }
        return r.block;
    }
}
