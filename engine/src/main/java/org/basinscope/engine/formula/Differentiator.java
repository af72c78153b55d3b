package org.basinscope.engine.formula;

/**
 * Symbolic forward-mode differentiation over the expression graph. Each node's derivative is built from
 * its operands' derivatives and memoised per node, so shared subexpressions are differentiated once and
 * the derivative graph reuses the original nodes (e.g. d exp(u) = exp(u)·u' reuses the node exp(u)):
 * automatic differentiation whose result is itself a graph, which can be differentiated again for the
 * Hessian and compiled like any other expression.
 */
final class Differentiator {
    private final Algebra algebra;
    private final Dag dag;

    Differentiator(Algebra algebra) {
        this.algebra = algebra;
        this.dag = algebra.dag();
    }

    /** The node of ∂root/∂variable, where {@code variable} is {@link Algebra#x()}, {@link Algebra#y()} or a variable leaf. */
    int derivative(int root, int variable) {
        return directional(new int[] {root}, leaf -> leaf == variable ? algebra.one() : algebra.zero())[0];
    }

    /**
     * The directional derivatives of several roots at once: each input leaf n has derivative {@code seed(n)} (a node,
     * e.g. the direction's component vⱼ for xⱼ), so root r's result is Σⱼ seed(xⱼ)·∂r/∂xⱼ. One pass over the nodes
     * any root needs, memoised, so shared subexpressions are differentiated once: H·v as the directional derivative
     * of the gradient's nodes (forward mode over the gradient graph).
     */
    int[] directional(int[] roots, java.util.function.IntUnaryOperator seed) {
        int top = java.util.Arrays.stream(roots).max().orElse(-1);
        boolean[] needed = reachable(roots, top);
        int[] d = new int[top + 1];
        for (int id = 0; id <= top; id++) {
            if (needed[id]) {
                d[id] = Opcode.isInput(dag.op(id)) ? seed.applyAsInt(id) : rule(id, d);
            }
        }
        int[] out = new int[roots.length];
        for (int i = 0; i < roots.length; i++) {
            out[i] = d[roots[i]];
        }
        return out;
    }

    /** Nodes the roots depend on; operands have smaller ids, so one descending sweep finds them all. */
    private boolean[] reachable(int[] roots, int top) {
        boolean[] needed = new boolean[top + 1];
        for (int root : roots) {
            needed[root] = true;
        }
        for (int id = top; id >= 0; id--) {
            if (needed[id]) {
                if (dag.left(id) >= 0) {
                    needed[dag.left(id)] = true;
                }
                if (dag.right(id) >= 0) {
                    needed[dag.right(id)] = true;
                }
            }
        }
        return needed;
    }

    /** The derivative of node {@code n} given the derivatives {@code d} of all its operands. */
    private int rule(int n, int[] d) {
        int op = dag.op(n);
        if (op == Opcode.CONST) {
            return algebra.zero();
        }
        int a = dag.left(n);
        int b = dag.right(n);
        int da = d[a];
        int db = b >= 0 ? d[b] : algebra.zero();
        if (algebra.isZero(da) && algebra.isZero(db)) {
            return algebra.zero();
        }
        Algebra g = algebra;
        return switch (op) {
            case Opcode.NEG -> g.neg(da);
            case Opcode.ADD -> g.add(da, db);
            case Opcode.SUB -> g.sub(da, db);
            case Opcode.MUL -> g.add(g.mul(da, b), g.mul(a, db));
            // (a/b)' = (a' − (a/b)·b') / b reuses the quotient node.
            case Opcode.DIV -> g.div(g.sub(da, g.mul(n, db)), b);
            case Opcode.POW -> power(n, a, b, da, db);
            case Opcode.SIN -> g.mul(g.apply(Opcode.COS, a), da);
            case Opcode.COS -> g.neg(g.mul(g.apply(Opcode.SIN, a), da));
            case Opcode.TAN -> g.mul(g.add(g.one(), g.mul(n, n)), da);
            case Opcode.EXP -> g.mul(n, da);
            case Opcode.LOG -> g.mul(da, g.apply(Opcode.DLOG, a));
            case Opcode.SQRT -> g.div(da, g.mul(g.constant(2), n));
            case Opcode.ABS -> g.mul(g.apply(Opcode.SIGN, a), da);
            case Opcode.TANH -> g.mul(g.sub(g.one(), g.mul(n, n)), da);
            case Opcode.SIGN -> g.zero();
            // d(1/a)/da = −1/a² where defined; NaN stays NaN.
            case Opcode.DLOG -> g.neg(g.mul(da, g.mul(n, n)));
            default -> throw new IllegalStateException("no derivative rule for opcode " + op);
        };
    }

    /**
     * (a^c)' = c·a^(c−1)·a' for a constant exponent; otherwise a^b = exp(b·log a), so
     * (a^b)' = a^b·(b'·log a + b·a'/a), which reuses the node a^b.
     */
    private int power(int n, int a, int b, int da, int db) {
        Algebra g = algebra;
        if (dag.isConstant(b)) {
            double c = dag.constant(b);
            return g.mul(g.mul(g.constant(c), g.pow(a, g.constant(c - 1))), da);
        }
        int logTerm = g.mul(db, g.apply(Opcode.LOG, a));
        int baseTerm = g.mul(g.mul(b, da), g.apply(Opcode.DLOG, a));
        return g.mul(n, g.add(logTerm, baseTerm));
    }
}
