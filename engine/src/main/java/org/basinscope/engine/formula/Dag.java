package org.basinscope.engine.formula;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Storage for expression nodes, hash-consed: asking twice for the same operation on the same operands
 * returns the same node id, so shared subexpressions (and the many repeats that differentiation creates)
 * exist, are differentiated and are evaluated once.
 *
 * <p>A node's operands always have smaller ids than the node, so ascending id order is a topological
 * order: every pass over the graph (differentiation, reachability, tape layout) is a plain loop, never a
 * recursion whose depth a user could control.
 */
final class Dag {
    /**
     * A bound far above what a 2000-character formula and its second derivatives need, so that a
     * pathological input fails with a message instead of exhausting memory.
     */
    static final int MAX_NODES = 2_000_000;

    private record Key(int op, int left, int right, long constantBits) {
    }

    private final Map<Key, Integer> ids = new HashMap<>();
    private int[] ops = new int[64];
    private int[] lefts = new int[64];
    private int[] rights = new int[64];
    private double[] constants = new double[64];
    private int size;

    /** The id of the node {@code op(left, right)} with payload {@code constant}; unused operands are -1. */
    int intern(int op, int left, int right, double constant) {
        Key key = new Key(op, left, right, Double.doubleToLongBits(constant));
        Integer id = ids.get(key);
        if (id != null) {
            return id;
        }
        if (size == MAX_NODES) {
            throw new FormulaException(0, "formula is too complex to differentiate (more than "
                    + MAX_NODES + " distinct subexpressions)");
        }
        if (size == ops.length) {
            int capacity = 2 * size;
            ops = Arrays.copyOf(ops, capacity);
            lefts = Arrays.copyOf(lefts, capacity);
            rights = Arrays.copyOf(rights, capacity);
            constants = Arrays.copyOf(constants, capacity);
        }
        ops[size] = op;
        lefts[size] = left;
        rights[size] = right;
        constants[size] = constant;
        ids.put(key, size);
        return size++;
    }

    int size() {
        return size;
    }

    int op(int id) {
        return ops[id];
    }

    /** The first operand, or -1 for a leaf. */
    int left(int id) {
        return lefts[id];
    }

    /** The second operand, or -1 for a leaf or a unary node. */
    int right(int id) {
        return rights[id];
    }

    /** The value of a {@link Opcode#CONST} node. */
    double constant(int id) {
        return constants[id];
    }

    boolean isConstant(int id) {
        return ops[id] == Opcode.CONST;
    }
}
