package org.basinscope.engine.formula;

import java.util.Arrays;

/**
 * A compiled straight-line program: instruction {@code i} computes
 * {@code r[dst[i]] = op[i](r[a[i]], r[b[i]], k[i])} over a register file in which the inputs x and y
 * have been placed. Built by {@link TapeCompiler}; immutable and shareable between threads, the registers
 * belong to the caller.
 *
 * <p>Two interpreters run the same instructions: {@link #run} for one point, and {@link #runBlock} for up
 * to {@link #BLOCK} points at once, where each register is an array and each instruction is one tight
 * loop (the opcode switch sits outside the loop, so dispatch is paid once per block and the JIT can
 * vectorise the arithmetic loops). Both perform the same IEEE operation per element, so they agree bit
 * for bit.
 */
final class Tape {
    /** Points per block: large enough to amortise dispatch, small enough for the registers to stay in L1/L2. */
    static final int BLOCK = 256;

    private final int[] op;
    private final int[] dst;
    private final int[] a;
    private final int[] b;
    private final double[] k;
    private final int registers;
    private final int xRegister;
    private final int yRegister;
    /** The register of variable j (x_{j+1}, or beyond d a direction component), -1 if unread; empty when planar. */
    private final int[] variables;
    private final int[] outputs;

    Tape(int[] op, int[] dst, int[] a, int[] b, double[] k, int registers, int xRegister, int yRegister,
            int[] variables, int[] outputs) {
        this.op = op;
        this.dst = dst;
        this.a = a;
        this.b = b;
        this.k = k;
        this.registers = registers;
        this.xRegister = xRegister;
        this.yRegister = yRegister;
        this.variables = variables;
        this.outputs = outputs;
    }

    /** Size of the register file this tape needs. */
    int registers() {
        return registers;
    }

    /** The register holding output {@code i} after a run. */
    int output(int i) {
        return outputs[i];
    }

    int length() {
        return op.length;
    }

    /** One line per instruction, e.g. {@code r2 = MUL_K r0 0.25}, for debugging and tests. */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder();
        s.append("inputs x=r").append(xRegister).append(" y=r").append(yRegister);
        for (int j = 0; j < variables.length; j++) {
            s.append(" v").append(j).append("=r").append(variables[j]);
        }
        s.append('\n');
        for (int i = 0; i < op.length; i++) {
            s.append('r').append(dst[i]).append(" = ").append(Opcode.name(op[i])).append(" r").append(a[i])
                    .append(" r").append(b[i]).append(' ').append(k[i]).append('\n');
        }
        s.append("outputs");
        for (int out : outputs) {
            s.append(" r").append(out);
        }
        return s.toString();
    }

    /** Evaluates at one point; the outputs are then in {@code r[output(i)]}. */
    void run(double x, double y, double[] r) {
        if (xRegister >= 0) {
            r[xRegister] = x;
        }
        if (yRegister >= 0) {
            r[yRegister] = y;
        }
        for (int i = 0; i < op.length; i++) {
            r[dst[i]] = Opcode.apply(op[i], r[a[i]], r[b[i]], k[i]);
        }
    }

    /**
     * Evaluates a d-dimensional formula's tape at one point: variable j &lt; {@code theta.length} is
     * {@code theta[j]}, a later one (an H·v tape's direction) {@code v[j − theta.length]}; the outputs are then in
     * {@code r[output(i)]}. Same instructions and arithmetic as {@link #run(double, double, double[])}.
     */
    void run(double[] theta, double[] v, double[] r) {
        int d = theta.length;
        for (int j = 0; j < variables.length; j++) {
            if (variables[j] >= 0) {
                r[variables[j]] = j < d ? theta[j] : v[j - d];
            }
        }
        for (int i = 0; i < op.length; i++) {
            r[dst[i]] = Opcode.apply(op[i], r[a[i]], r[b[i]], k[i]);
        }
    }

    /**
     * Block form of {@link #run(double[], double[], double[])} for a value or gradient tape: variable j of point
     * {@code start + m} is {@code columns[j][start + m]}, m &lt; n ≤ {@link #BLOCK} (the ensemble's
     * structure-of-arrays layout); bit for bit the point form.
     */
    void runBlock(double[][] columns, int start, int n, double[][] r) {
        for (int j = 0; j < variables.length; j++) {
            if (variables[j] >= 0) {
                System.arraycopy(columns[j], start, r[variables[j]], 0, n);
            }
        }
        for (int i = 0; i < op.length; i++) {
            kernel(op[i], r[dst[i]], r[a[i]], r[b[i]], k[i], n);
        }
    }

    /**
     * Evaluates at points {@code x[start..start+n)}, {@code y[...]} with {@code n <= BLOCK}; output
     * {@code i} of point {@code start + j} is then in {@code r[output(i)][j]}. {@code y} is not read by a
     * tape that does not use y.
     */
    void runBlock(double[] x, double[] y, int start, int n, double[][] r) {
        if (xRegister >= 0) {
            System.arraycopy(x, start, r[xRegister], 0, n);
        }
        if (yRegister >= 0) {
            System.arraycopy(y, start, r[yRegister], 0, n);
        }
        for (int i = 0; i < op.length; i++) {
            kernel(op[i], r[dst[i]], r[a[i]], r[b[i]], k[i], n);
        }
    }

    /** One instruction over a block: the same operation as {@link Opcode#apply}, element by element. */
    private static void kernel(int op, double[] d, double[] p, double[] q, double c, int n) {
        switch (op) {
            case Opcode.NEG -> { for (int j = 0; j < n; j++) d[j] = -p[j]; }
            case Opcode.SIN -> { for (int j = 0; j < n; j++) d[j] = Math.sin(p[j]); }
            case Opcode.COS -> { for (int j = 0; j < n; j++) d[j] = Math.cos(p[j]); }
            case Opcode.TAN -> { for (int j = 0; j < n; j++) d[j] = Math.tan(p[j]); }
            case Opcode.EXP -> { for (int j = 0; j < n; j++) d[j] = Math.exp(p[j]); }
            case Opcode.LOG -> { for (int j = 0; j < n; j++) d[j] = Math.log(p[j]); }
            case Opcode.SQRT -> { for (int j = 0; j < n; j++) d[j] = Math.sqrt(p[j]); }
            case Opcode.ABS -> { for (int j = 0; j < n; j++) d[j] = Math.abs(p[j]); }
            case Opcode.TANH -> { for (int j = 0; j < n; j++) d[j] = Math.tanh(p[j]); }
            case Opcode.SIGN -> { for (int j = 0; j < n; j++) d[j] = Math.signum(p[j]); }
            case Opcode.ADD -> { for (int j = 0; j < n; j++) d[j] = p[j] + q[j]; }
            case Opcode.SUB -> { for (int j = 0; j < n; j++) d[j] = p[j] - q[j]; }
            case Opcode.MUL -> { for (int j = 0; j < n; j++) d[j] = p[j] * q[j]; }
            case Opcode.DIV -> { for (int j = 0; j < n; j++) d[j] = p[j] / q[j]; }
            case Opcode.POW -> { for (int j = 0; j < n; j++) d[j] = Math.pow(p[j], q[j]); }
            case Opcode.ADD_K -> { for (int j = 0; j < n; j++) d[j] = p[j] + c; }
            case Opcode.MUL_K -> { for (int j = 0; j < n; j++) d[j] = p[j] * c; }
            case Opcode.DIV_K -> { for (int j = 0; j < n; j++) d[j] = p[j] / c; }
            case Opcode.RSUB_K -> { for (int j = 0; j < n; j++) d[j] = c - p[j]; }
            case Opcode.RDIV_K -> { for (int j = 0; j < n; j++) d[j] = c / p[j]; }
            case Opcode.POW_K -> { for (int j = 0; j < n; j++) d[j] = Math.pow(p[j], c); }
            case Opcode.RPOW_K -> { for (int j = 0; j < n; j++) d[j] = Math.pow(c, p[j]); }
            case Opcode.LOAD_K -> Arrays.fill(d, 0, n, c);
            case Opcode.DLOG -> { for (int j = 0; j < n; j++) d[j] = p[j] >= 0 ? 1 / p[j] : Double.NaN; }
            default -> throw new IllegalStateException("not a tape opcode: " + op);
        }
    }
}
