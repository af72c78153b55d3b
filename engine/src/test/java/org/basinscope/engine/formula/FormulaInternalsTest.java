package org.basinscope.engine.formula;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The graph builder's simplifications and sharing, and the tape compiler's register economy. */
class FormulaInternalsTest {
    private final Algebra a = new Algebra();
    private final int x = a.x();
    private final int y = a.y();

    @Test
    void identitiesAndFolding() {
        assertEquals(x, a.add(x, a.zero()));
        assertEquals(x, a.add(a.zero(), x));
        assertEquals(x, a.sub(x, a.zero()));
        assertEquals(x, a.mul(x, a.one()));
        assertEquals(a.zero(), a.mul(x, a.zero()));
        assertEquals(x, a.div(x, a.one()));
        assertEquals(x, a.pow(x, a.one()));
        assertEquals(a.one(), a.pow(x, a.zero()));
        assertEquals(a.mul(x, x), a.pow(x, a.constant(2)));
        assertEquals(x, a.neg(a.neg(x)));
        assertEquals(a.constant(5), a.add(a.constant(2), a.constant(3)));
        assertEquals(a.constant(8), a.pow(a.constant(2), a.constant(3)));
        assertEquals(a.constant(Math.sin(1)), a.apply(Opcode.SIN, a.one()));
        assertEquals(a.sub(x, y), a.add(x, a.neg(y)));
    }

    @Test
    void hashConsingSharesEqualSubexpressions() {
        assertEquals(a.add(x, y), a.add(y, x));
        assertEquals(a.mul(x, y), a.mul(y, x));
        int size = a.dag().size();
        int s = a.apply(Opcode.SIN, a.mul(x, y));
        assertEquals(s, a.apply(Opcode.SIN, a.mul(y, x)));
        assertEquals(size + 1, a.dag().size());
    }

    @Test
    void derivativeReusesTheOriginalNodes() {
        Differentiator d = new Differentiator(a);
        int e = a.apply(Opcode.EXP, a.mul(x, y));
        int de = d.derivative(e, x);
        assertEquals(a.mul(e, y), de);
        assertEquals(a.add(x, x), d.derivative(a.mul(x, x), x));
        assertEquals(a.zero(), d.derivative(a.apply(Opcode.SIN, y), x));
    }

    @Test
    void registersAreReusedAfterLastUse() {
        Tape tape = tape("x*".repeat(300) + "x");
        assertTrue(tape.registers() <= 3, tape.registers() + " registers");
        Tape sum = tape("sin(x)+cos(x)+tan(x)+exp(x)+sqrt(x)+abs(x)+tanh(x)+log(x)");
        assertTrue(sum.registers() <= 3, sum.registers() + " registers");
    }

    @Test
    void constantsBecomeImmediates() {
        Tape tape = tape("(x - 1)/4 + 2^x - 3/x");
        assertFalse(tape.toString().contains("LOAD_K"), tape.toString());
        assertTrue(tape.toString().contains("MUL_K"), "division by 4 becomes multiplication by 0.25: " + tape);
        assertEquals(tape("x + 3").length(), tape("x - x*0 + 3").length());
    }

    @Test
    void exactReciprocalsOnlyForPowersOfTwo() {
        assertTrue(TapeCompiler.hasExactReciprocal(4));
        assertTrue(TapeCompiler.hasExactReciprocal(-0.125));
        assertTrue(TapeCompiler.hasExactReciprocal(Math.scalb(1.0, 1023)));
        assertFalse(TapeCompiler.hasExactReciprocal(3));
        assertFalse(TapeCompiler.hasExactReciprocal(0));
        assertFalse(TapeCompiler.hasExactReciprocal(Double.MIN_VALUE));
        assertFalse(TapeCompiler.hasExactReciprocal(Double.POSITIVE_INFINITY));
        assertFalse(TapeCompiler.hasExactReciprocal(Double.NaN));
    }

    private Tape tape(String formula) {
        Parser parser = new Parser(new Lexer(formula).tokens(), a);
        return TapeCompiler.compile(a.dag(), parser.parse());
    }
}
