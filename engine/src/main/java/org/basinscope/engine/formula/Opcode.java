package org.basinscope.engine.formula;

/**
 * The operations of expression nodes and tape instructions, as small ints so that interpreters can
 * {@code switch} on them without indirection, together with their scalar meaning.
 *
 * <p>{@link #apply} is the single definition of what each operation computes: constant folding uses it,
 * the point-wise interpreter uses it, and the block kernels in {@link Tape} perform exactly the same
 * IEEE operations element by element, which is why block and point results agree bit for bit.
 */
final class Opcode {
    // Leaves (expression nodes only).
    static final int CONST = 0;
    static final int X = 1;
    static final int Y = 2;
    // Unary.
    static final int NEG = 3;
    static final int SIN = 4;
    static final int COS = 5;
    static final int TAN = 6;
    static final int EXP = 7;
    static final int LOG = 8;
    static final int SQRT = 9;
    static final int ABS = 10;
    static final int TANH = 11;
    /** sign(a), only produced by differentiating abs. */
    static final int SIGN = 12;
    // Binary.
    static final int ADD = 13;
    static final int SUB = 14;
    static final int MUL = 15;
    static final int DIV = 16;
    static final int POW = 17;
    // Tape forms with an immediate constant k, so constants never occupy registers.
    /** a + k (also a − k, with k negated: IEEE subtraction is addition of the negation). */
    static final int ADD_K = 18;
    static final int MUL_K = 19;
    static final int DIV_K = 20;
    /** k − a. */
    static final int RSUB_K = 21;
    /** k / a. */
    static final int RDIV_K = 22;
    static final int POW_K = 23;
    /** k ^ a. */
    static final int RPOW_K = 24;
    /** k, for an output that is a constant. */
    static final int LOAD_K = 25;
    /**
     * 1/a where log a is defined (a ≥ 0), NaN elsewhere: the derivative of log. Plain 1/a would give
     * a finite gradient where the loss itself is NaN, and particles would walk on through the
     * forbidden region instead of being counted as diverged.
     */
    static final int DLOG = 26;
    /**
     * The input variable x_{j+1} of a d-dimensional formula (an expression leaf; j is its payload), or in an H·v
     * tape, for j ≥ d, the direction's component v_{j−d+1}.
     */
    static final int VAR = 27;

    private static final String[] NAMES = {"CONST", "X", "Y", "NEG", "SIN", "COS", "TAN", "EXP", "LOG", "SQRT",
        "ABS", "TANH", "SIGN", "ADD", "SUB", "MUL", "DIV", "POW", "ADD_K", "MUL_K", "DIV_K", "RSUB_K", "RDIV_K",
        "POW_K", "RPOW_K", "LOAD_K", "DLOG", "VAR"};

    private Opcode() {
    }

    static String name(int op) {
        return op >= 0 && op < NAMES.length ? NAMES[op] : "OP" + op;
    }

    /** Whether {@code op} is an input leaf: x, y or an indexed variable. */
    static boolean isInput(int op) {
        return op == X || op == Y || op == VAR;
    }

    static boolean isUnary(int op) {
        return op >= NEG && op <= SIGN || op == DLOG;
    }

    static boolean isBinary(int op) {
        return op >= ADD && op <= POW;
    }

    /** Whether swapping the two operands leaves the result bit for bit unchanged. */
    static boolean isCommutative(int op) {
        return op == ADD || op == MUL;
    }

    /**
     * The value of {@code op} for register operands {@code a}, {@code b} and immediate {@code k}; each
     * operation reads only the operands it has.
     */
    static double apply(int op, double a, double b, double k) {
        return switch (op) {
            case NEG -> -a;
            case SIN -> Math.sin(a);
            case COS -> Math.cos(a);
            case TAN -> Math.tan(a);
            case EXP -> Math.exp(a);
            case LOG -> Math.log(a);
            case SQRT -> Math.sqrt(a);
            case ABS -> Math.abs(a);
            case TANH -> Math.tanh(a);
            case SIGN -> Math.signum(a);
            case ADD -> a + b;
            case SUB -> a - b;
            case MUL -> a * b;
            case DIV -> a / b;
            case POW -> Math.pow(a, b);
            case ADD_K -> a + k;
            case MUL_K -> a * k;
            case DIV_K -> a / k;
            case RSUB_K -> k - a;
            case RDIV_K -> k / a;
            case POW_K -> Math.pow(a, k);
            case RPOW_K -> Math.pow(k, a);
            case LOAD_K -> k;
            case DLOG -> a >= 0 ? 1 / a : Double.NaN;
            default -> throw new IllegalArgumentException("not an arithmetic opcode: " + op);
        };
    }
}
