package org.basinscope.engine.formula;

/**
 * Builds expression nodes with constant folding and light, exact simplification, for the parser and the
 * differentiator alike. Derivatives are full of zeros and ones ({@code 0*x + 1*y}); removing them here
 * keeps the derivative graphs, and so the evaluation tapes, short.
 *
 * <p>Every rewrite preserves the computed double for finite operands: folding uses {@link Opcode#apply},
 * the same arithmetic as evaluation, and sign moves ({@code (-a)*b = -(a*b)}) are exact because IEEE
 * rounding is symmetric. The exceptions, as intended for a loss landscape, are {@code x*0 = 0} and
 * {@code 0/x = 0}, which drop NaN and infinity from a factor that is multiplied by exact zero.
 */
final class Algebra {
    private final Dag dag = new Dag();
    private final int zero = constant(0);
    private final int one = constant(1);
    private final int x = dag.intern(Opcode.X, -1, -1, 0);
    private final int y = dag.intern(Opcode.Y, -1, -1, 0);

    Dag dag() {
        return dag;
    }

    int zero() {
        return zero;
    }

    int one() {
        return one;
    }

    int x() {
        return x;
    }

    int y() {
        return y;
    }

    /** The input leaf of index j: x_{j+1} for j &lt; d (and a direction component beyond, in H·v graphs). */
    int variable(int j) {
        return dag.intern(Opcode.VAR, -1, -1, j);
    }

    int constant(double value) {
        return dag.intern(Opcode.CONST, -1, -1, value);
    }

    boolean isZero(int id) {
        return is(id, 0);
    }

    private boolean is(int id, double value) {
        return dag.isConstant(id) && dag.constant(id) == value;
    }

    private boolean isNeg(int id) {
        return dag.op(id) == Opcode.NEG;
    }

    /** The operand of a NEG node. */
    private int negated(int id) {
        return dag.left(id);
    }

    int neg(int a) {
        if (dag.isConstant(a)) {
            return constant(-dag.constant(a));
        }
        return isNeg(a) ? negated(a) : dag.intern(Opcode.NEG, a, -1, 0);
    }

    int add(int a, int b) {
        if (bothConstant(a, b)) {
            return fold(Opcode.ADD, a, b);
        }
        if (isZero(a)) {
            return b;
        }
        if (isZero(b)) {
            return a;
        }
        if (isNeg(b)) {
            return sub(a, negated(b));
        }
        if (isNeg(a)) {
            return sub(b, negated(a));
        }
        return binary(Opcode.ADD, a, b);
    }

    int sub(int a, int b) {
        if (bothConstant(a, b)) {
            return fold(Opcode.SUB, a, b);
        }
        if (isZero(b)) {
            return a;
        }
        if (isZero(a)) {
            return neg(b);
        }
        if (isNeg(b)) {
            return add(a, negated(b));
        }
        if (dag.isConstant(b)) {
            return add(a, constant(-dag.constant(b)));
        }
        return binary(Opcode.SUB, a, b);
    }

    int mul(int a, int b) {
        if (bothConstant(a, b)) {
            return fold(Opcode.MUL, a, b);
        }
        if (isZero(a) || isZero(b)) {
            return zero;
        }
        if (is(a, 1)) {
            return b;
        }
        if (is(b, 1)) {
            return a;
        }
        if (is(a, -1)) {
            return neg(b);
        }
        if (is(b, -1)) {
            return neg(a);
        }
        if (isNeg(a)) {
            return neg(mul(negated(a), b));
        }
        if (isNeg(b)) {
            return neg(mul(a, negated(b)));
        }
        return binary(Opcode.MUL, a, b);
    }

    int div(int a, int b) {
        if (bothConstant(a, b)) {
            return fold(Opcode.DIV, a, b);
        }
        if (isZero(a)) {
            return zero;
        }
        if (is(b, 1)) {
            return a;
        }
        if (is(b, -1)) {
            return neg(a);
        }
        if (isNeg(a)) {
            return neg(div(negated(a), b));
        }
        if (isNeg(b)) {
            return neg(div(a, negated(b)));
        }
        return binary(Opcode.DIV, a, b);
    }

    /** a^b; small constant exponents become cheaper exact forms (a^2 = a*a, a^-1 = 1/a). */
    int pow(int a, int b) {
        if (bothConstant(a, b)) {
            return fold(Opcode.POW, a, b);
        }
        if (is(b, 1)) {
            return a;
        }
        if (is(b, 0)) {
            return one;
        }
        if (is(b, 2)) {
            return mul(a, a);
        }
        if (is(b, -1)) {
            return div(one, a);
        }
        return binary(Opcode.POW, a, b);
    }

    /** A one-argument function ({@link Opcode#isUnary}) applied to {@code a}. */
    int apply(int function, int a) {
        if (function == Opcode.NEG) {
            return neg(a);
        }
        if (dag.isConstant(a)) {
            return constant(Opcode.apply(function, dag.constant(a), 0, 0));
        }
        if (function == Opcode.ABS && (isNeg(a) || dag.op(a) == Opcode.ABS)) {
            return apply(Opcode.ABS, isNeg(a) ? negated(a) : dag.left(a));
        }
        return dag.intern(function, a, -1, 0);
    }

    private boolean bothConstant(int a, int b) {
        return dag.isConstant(a) && dag.isConstant(b);
    }

    private int fold(int op, int a, int b) {
        return constant(Opcode.apply(op, dag.constant(a), dag.constant(b), 0));
    }

    /** Interns a binary node, with commutative operands in a canonical order so a*b and b*a coincide. */
    private int binary(int op, int a, int b) {
        if (Opcode.isCommutative(op) && a > b) {
            return dag.intern(op, b, a, 0);
        }
        return dag.intern(op, a, b, 0);
    }
}
