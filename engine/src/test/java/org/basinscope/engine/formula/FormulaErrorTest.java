package org.basinscope.engine.formula;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;

import org.basinscope.engine.spec.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Malformed input: the exception names the column and says what was expected; limits never overflow the stack. */
class FormulaErrorTest {

    static Stream<Arguments> malformed() {
        return Stream.of(
                Arguments.of("2x", 1, "expected an operator (+ - * / ^) or end of input but found 'x' (write 2*x for a product)"),
                Arguments.of("sin x", 4, "function 'sin' needs '(' after it"),
                Arguments.of("(x", 2, "expected ')' but found end of input"),
                Arguments.of("x)", 1, "unmatched ')'"),
                Arguments.of("x+", 2, "expected a number, variable, function or '(' but found end of input"),
                Arguments.of("*x", 0, "expected a number, variable, function or '(' but found '*'"),
                Arguments.of("x^^2", 2, "expected a number, variable, function or '(' but found '^'"),
                Arguments.of("foo(x)", 0, "unknown name 'foo'; valid: x, y, pi, e, sin, cos, tan, exp, log, sqrt, abs, tanh"),
                Arguments.of("x + z", 4, "unknown name 'z'; valid: x, y, pi, e, sin"),
                Arguments.of("", 0, "the formula is empty"),
                Arguments.of("   ", 0, "the formula is empty"),
                Arguments.of("1..2", 2, "malformed number '1..'"),
                Arguments.of("x y", 2, "expected an operator (+ - * / ^) or end of input but found 'y' (write x*y for a product)"),
                Arguments.of("sin()", 4, "function 'sin' needs an argument"),
                Arguments.of("3 +* 4", 3, "expected a number, variable, function or '(' but found '*'"),
                Arguments.of("(x y)", 3, "expected an operator (+ - * / ^) or ')' but found 'y'"),
                Arguments.of("sin(x", 5, "expected ')' but found end of input (to close 'sin(' at column 4)"),
                Arguments.of("()", 1, "empty parentheses"),
                Arguments.of("x²", 1, "unexpected character U+00B2 '²' (write ^2 for a square)"),
                Arguments.of("x\u0007", 1, "unexpected character U+0007"),
                Arguments.of("2,5*x", 1, "unexpected character ','"),
                Arguments.of("1e+x", 3, "the exponent needs digits"),
                Arguments.of("1e999", 0, "is too large"),
                Arguments.of(".", 0, "a '.' must be part of a number"),
                Arguments.of("Sin(x)", 0, "names are case-sensitive: write 'sin'"),
                Arguments.of("2 sin(x)", 2, "(write 2*sin(...) for a product)"));
    }

    @ParameterizedTest
    @MethodSource("malformed")
    void malformedInputNamesPositionAndExpectation(String input, int position, String expected) {
        FormulaException e = assertThrows(FormulaException.class, () -> Formula.compile(input));
        assertEquals(position, e.position(), e.getMessage());
        assertTrue(e.getMessage().startsWith("formula error at column " + (position + 1) + ": "), e.getMessage());
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }

    @Test
    void isAnInvalidInputException() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> Formula.compile("x+"));
        assertTrue(e instanceof FormulaException);
    }

    @Test
    void nullIsAFormulaException() {
        FormulaException e = assertThrows(FormulaException.class, () -> Formula.compile(null));
        assertEquals(0, e.position());
    }

    @Test
    void overLongInputIsRejected() {
        String tooLong = "x+".repeat(1000) + "x";
        FormulaException e = assertThrows(FormulaException.class, () -> Formula.compile(tooLong));
        assertEquals(Formula.MAX_LENGTH, e.position());
        assertTrue(e.getMessage().contains("too long (2001 characters; the limit is 2000)"), e.getMessage());
        assertThrows(FormulaException.class, () -> Formula.compile("(".repeat(10_000) + "x" + ")".repeat(10_000)));
        assertThrows(FormulaException.class, () -> Formula.compile("-".repeat(10_000) + "x"));
        assertThrows(FormulaException.class, () -> Formula.compile("x^".repeat(10_000) + "x"));
    }

    @Test
    void deepNestingWithinTheLengthLimitIsRejectedAtTheOffendingToken() {
        String[] deep = {
            "(".repeat(900) + "x" + ")".repeat(900),
            "-".repeat(1999) + "x",
            "x^".repeat(999) + "x",
            "sin(".repeat(390) + "x" + ")".repeat(390),
            "2^-".repeat(600) + "x",
        };
        for (String input : deep) {
            FormulaException e = assertThrows(FormulaException.class, () -> Formula.compile(input));
            assertTrue(e.getMessage().contains("nested too deeply"), e.getMessage());
            assertTrue(e.position() > 0 && e.position() < input.length(), e.getMessage());
        }
        FormulaException parens = assertThrows(FormulaException.class, () -> Formula.compile(deep[0]));
        assertEquals(Parser.MAX_DEPTH, parens.position());
    }

    @Test
    void nestingUpToTheLimitIsAccepted() {
        int d = Parser.MAX_DEPTH;
        assertEquals(2, Formula.compile("(".repeat(d) + "x" + ")".repeat(d)).value(2, 0));
        assertEquals(-2, Formula.compile("-".repeat(d - 1) + "x").value(2, 0));
        assertEquals(1, Formula.compile("x^".repeat(d) + "x").value(1, 0));
    }

    @Test
    void longFlatFormulasCompileAndDifferentiate() {
        FormulaLandscape sum = Formula.compile("x+".repeat(999) + "x");
        assertEquals(2000, sum.value(2, 0));
        double[] g = new double[2];
        sum.gradient(2, 0, g);
        assertEquals(1000, g[0]);
        FormulaLandscape product = Formula.compile("x*".repeat(999) + "x");
        product.gradient(1, 0, g);
        assertEquals(1000, g[0], 1e-9);
        double[] h = new double[3];
        product.hessian(1, 0, h);
        assertEquals(1000 * 999, h[0], 1e-6);
    }
}
