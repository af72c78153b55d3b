package org.basinscope.engine.formula;

import java.util.List;

/**
 * Entry point: turns a typed formula in x (and optionally y) into a {@link FormulaLandscape} with exact
 * value, gradient and Hessian.
 *
 * <p>Pipeline: {@link Lexer} → {@link Parser} (building a folded, hash-consed graph through
 * {@link Algebra}) → {@link Differentiator} (first and second derivatives as further graph nodes) →
 * {@link TapeCompiler} (one register program per need). Every problem with the text is reported as a
 * {@link FormulaException} naming the column; nothing else is thrown, whatever the input.
 */
public final class Formula {
    /** Longest accepted input, in characters. */
    public static final int MAX_LENGTH = 2000;

    private Formula() {
    }

    /** Parses and compiles; throws {@link FormulaException} on any error. */
    public static FormulaLandscape compile(String text) {
        if (text == null) {
            throw new FormulaException(0, "no formula given; type an expression in x (and y), e.g. (x^2-1)^2/4");
        }
        if (text.length() > MAX_LENGTH) {
            throw new FormulaException(MAX_LENGTH, "the formula is too long (" + text.length()
                    + " characters; the limit is " + MAX_LENGTH + ")");
        }
        List<Token> tokens = new Lexer(text).tokens();
        Algebra algebra = new Algebra();
        Parser parser = new Parser(tokens, algebra);
        int f = parser.parse();

        Differentiator d = new Differentiator(algebra);
        int x = algebra.x();
        int y = algebra.y();
        int fx = d.derivative(f, x);
        int fy = d.derivative(f, y);
        int fxx = d.derivative(fx, x);
        int fxy = d.derivative(fx, y);
        int fyy = d.derivative(fy, y);

        Dag dag = algebra.dag();
        return new FormulaLandscape(text, Pretty.of(tokens), parser.usesY() ? 2 : 1,
                TapeCompiler.compile(dag, f),
                TapeCompiler.compile(dag, fx, fy),
                TapeCompiler.compile(dag, fxx, fxy, fyy));
    }
}
