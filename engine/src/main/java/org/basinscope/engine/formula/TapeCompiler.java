package org.basinscope.engine.formula;

import java.util.Arrays;

/**
 * Lays out the part of an expression graph that some outputs need as a {@link Tape}: one instruction per
 * needed operation node in topological (id) order, constants folded into the instructions as immediates,
 * and registers reused as soon as their value has had its last use, so that even long formulas need only
 * a handful of registers (which matters most in block evaluation, where each register is an array).
 */
final class TapeCompiler {
    private final Dag dag;
    private final int[] outputs;
    private final int top;
    /** Instruction index that defines each node, -1 if none (inputs, inlined constants, unneeded). */
    private final int[] definedAt;
    /** Last instruction index reading each node; {@link Integer#MAX_VALUE} for outputs. */
    private final int[] lastUse;

    private TapeCompiler(Dag dag, int[] outputs) {
        this.dag = dag;
        this.outputs = outputs;
        this.top = Arrays.stream(outputs).max().orElseThrow();
        this.definedAt = new int[top + 1];
        this.lastUse = new int[top + 1];
    }

    /** A tape computing the given nodes, in this order, as its outputs. */
    static Tape compile(Dag dag, int... outputs) {
        return new TapeCompiler(dag, outputs).compile();
    }

    private Tape compile() {
        boolean[] needed = needed();
        int count = schedule(needed);
        computeLastUses();

        int[] op = new int[count];
        int[] dst = new int[count];
        int[] a = new int[count];
        int[] b = new int[count];
        double[] k = new double[count];
        RegisterPool pool = new RegisterPool();
        int[] register = new int[top + 1];
        Arrays.fill(register, -1);
        int xRegister = input(Opcode.X, needed, register, pool);
        int yRegister = input(Opcode.Y, needed, register, pool);
        int[] variableRegisters = variables(needed, register, pool);

        for (int n = 0; n <= top; n++) {
            int i = definedAt[n];
            if (i < 0) {
                continue;
            }
            encode(n, register, op, a, b, k, i);
            release(dag.left(n), i, register, pool);
            if (dag.right(n) != dag.left(n)) {
                release(dag.right(n), i, register, pool);
            }
            register[n] = pool.acquire();
            dst[i] = register[n];
            if (op[i] == Opcode.LOAD_K) {
                a[i] = dst[i];
                b[i] = dst[i];
            }
        }
        int[] outputRegisters = new int[outputs.length];
        for (int j = 0; j < outputs.length; j++) {
            outputRegisters[j] = register[outputs[j]];
        }
        return new Tape(op, dst, a, b, k, pool.size(), xRegister, yRegister, variableRegisters, outputRegisters);
    }

    /** Marks the nodes the outputs depend on (one descending sweep: operands have smaller ids). */
    private boolean[] needed() {
        boolean[] needed = new boolean[top + 1];
        for (int out : outputs) {
            needed[out] = true;
        }
        for (int n = top; n >= 0; n--) {
            if (needed[n] && !inlined(n, dag.left(n), dag.right(n))) {
                mark(needed, dag.left(n));
                mark(needed, dag.right(n));
            } else if (needed[n]) {
                mark(needed, dag.isConstant(dag.left(n)) ? dag.right(n) : dag.left(n));
            }
        }
        return needed;
    }

    private static void mark(boolean[] needed, int n) {
        if (n >= 0) {
            needed[n] = true;
        }
    }

    /** Whether binary node {@code n} takes exactly one constant operand as an immediate. */
    private boolean inlined(int n, int left, int right) {
        return Opcode.isBinary(dag.op(n)) && dag.isConstant(left) != dag.isConstant(right);
    }

    /** Gives every needed node except the inputs an instruction index, in id order; returns the count. */
    private int schedule(boolean[] needed) {
        int count = 0;
        for (int n = 0; n <= top; n++) {
            boolean input = Opcode.isInput(dag.op(n));
            definedAt[n] = needed[n] && !input ? count++ : -1;
        }
        return count;
    }

    private void computeLastUses() {
        Arrays.fill(lastUse, -1);
        for (int n = 0; n <= top; n++) {
            int i = definedAt[n];
            if (i >= 0 && !dag.isConstant(n)) {
                boolean immediate = inlined(n, dag.left(n), dag.right(n));
                use(dag.left(n), i, immediate);
                use(dag.right(n), i, immediate);
            }
        }
        for (int out : outputs) {
            lastUse[out] = Integer.MAX_VALUE;
        }
    }

    /** Records a register read by instruction {@code i}; an immediate constant is not read from a register. */
    private void use(int operand, int i, boolean immediate) {
        if (operand >= 0 && !(immediate && dag.isConstant(operand))) {
            lastUse[operand] = Math.max(lastUse[operand], i);
        }
    }

    private int input(int opcode, boolean[] needed, int[] register, RegisterPool pool) {
        for (int n = 0; n <= top; n++) {
            if (needed[n] && dag.op(n) == opcode) {
                register[n] = pool.acquire();
                return register[n];
            }
        }
        return -1;
    }

    /**
     * Registers for the needed variable leaves ({@link Opcode#VAR}), indexed by the variable's index (-1 where a
     * variable is not read); empty for a planar formula, whose tapes are then exactly as before.
     */
    private int[] variables(boolean[] needed, int[] register, RegisterPool pool) {
        int count = 0;
        for (int n = 0; n <= top; n++) {
            if (needed[n] && dag.op(n) == Opcode.VAR) {
                count = Math.max(count, (int) dag.constant(n) + 1);
            }
        }
        int[] registers = new int[count];
        Arrays.fill(registers, -1);
        for (int n = 0; n <= top; n++) {
            if (needed[n] && dag.op(n) == Opcode.VAR) {
                register[n] = pool.acquire();
                registers[(int) dag.constant(n)] = register[n];
            }
        }
        return registers;
    }

    /** Chooses the tape opcode of node {@code n}, folding a single constant operand into an immediate. */
    private void encode(int n, int[] register, int[] op, int[] a, int[] b, double[] k, int i) {
        int code = dag.op(n);
        int left = dag.left(n);
        int right = dag.right(n);
        if (code == Opcode.CONST) {
            op[i] = Opcode.LOAD_K;
            k[i] = dag.constant(n);
        } else if (Opcode.isUnary(code)) {
            op[i] = code;
            a[i] = register[left];
            b[i] = register[left];
        } else if (!inlined(n, left, right)) {
            op[i] = code;
            a[i] = register[left];
            b[i] = register[right];
        } else {
            boolean constantFirst = dag.isConstant(left);
            int operand = register[constantFirst ? right : left];
            a[i] = operand;
            b[i] = operand;
            k[i] = dag.constant(constantFirst ? left : right);
            op[i] = immediateForm(code, constantFirst);
            if (code == Opcode.SUB && !constantFirst) {
                k[i] = -k[i];
            }
            if (op[i] == Opcode.DIV_K && hasExactReciprocal(k[i])) {
                op[i] = Opcode.MUL_K;
                k[i] = 1 / k[i];
            }
        }
    }

    /**
     * Whether 1/c is exact (c is a power of two with a representable reciprocal). Then a/c and a·(1/c) are
     * the same real number rounded once, so the cheaper multiplication gives the identical double.
     */
    static boolean hasExactReciprocal(double c) {
        int exponent = Math.getExponent(c);
        return exponent >= Double.MIN_EXPONENT && exponent <= Double.MAX_EXPONENT
                && Math.abs(c) == Math.scalb(1.0, exponent);
    }

    private static int immediateForm(int code, boolean constantFirst) {
        return switch (code) {
            case Opcode.ADD -> Opcode.ADD_K;
            case Opcode.MUL -> Opcode.MUL_K;
            case Opcode.SUB -> constantFirst ? Opcode.RSUB_K : Opcode.ADD_K;
            case Opcode.DIV -> constantFirst ? Opcode.RDIV_K : Opcode.DIV_K;
            case Opcode.POW -> constantFirst ? Opcode.RPOW_K : Opcode.POW_K;
            default -> throw new IllegalStateException("no immediate form for opcode " + code);
        };
    }

    /** Frees the register of {@code operand} if instruction {@code i} is its last reader. */
    private void release(int operand, int i, int[] register, RegisterPool pool) {
        if (operand >= 0 && register[operand] >= 0 && lastUse[operand] == i) {
            pool.release(register[operand]);
        }
    }

    /** Register numbers: freed ones are handed out again before new ones are created. */
    private static final class RegisterPool {
        private int[] free = new int[8];
        private int freeCount;
        private int size;

        int acquire() {
            return freeCount > 0 ? free[--freeCount] : size++;
        }

        void release(int register) {
            if (freeCount == free.length) {
                free = Arrays.copyOf(free, 2 * freeCount);
            }
            free[freeCount++] = register;
        }

        int size() {
            return size;
        }
    }
}
