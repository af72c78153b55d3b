package org.basinscope.engine.formula;

import java.util.List;
import org.basinscope.engine.landscape.VectorLandscape;

/**
 * Entry point: turns a typed formula in x (and optionally y) into a {@link FormulaLandscape} with exact
 * value, gradient and Hessian, or one in x1 … xd (d ≤ 64) into a {@link VectorFormula} with exact value, gradient
 * and Hessian–vector product.
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

    /**
     * Parses and compiles a formula in x (and y) for the planar views and analyses; a formula in x1 … xd is
     * refused here in one line (it runs through {@link #compileAny}). Throws {@link FormulaException} on any error.
     */
    public static FormulaLandscape compile(String text) {
        Parsed p = parse(text);
        if (p.parser.indexedDimension() > 0) {
            throw new FormulaException(p.parser.indexedPosition(), "a formula in x1 … x" + Vocabulary.MAX_INDEX
                    + " is d-dimensional and runs in simulate; the planar views need a formula in x, y");
        }
        return planar(text, p);
    }

    /**
     * Parses and compiles a formula in x, y (a planar {@link FormulaLandscape}) or in x1 … xd, d ≤
     * {@value Vocabulary#MAX_INDEX} (a {@link VectorFormula}, d the largest index used); throws
     * {@link FormulaException} on any error.
     */
    public static VectorLandscape compileAny(String text) {
        Parsed p = parse(text);
        int d = p.parser.indexedDimension();
        if (d == 0) {
            return planar(text, p);
        }
        Algebra algebra = p.algebra;
        Differentiator differentiator = new Differentiator(algebra);
        int[] gradient = new int[d];
        for (int j = 0; j < d; j++) {
            gradient[j] = differentiator.derivative(p.root, algebra.variable(j));
        }
        // H·v: the gradient's directional derivative along v, whose components are the inputs d … 2d−1.
        int[] seeds = new int[d];
        for (int j = 0; j < d; j++) {
            seeds[j] = algebra.variable(d + j);
        }
        Dag dag = algebra.dag();
        int[] hv = differentiator.directional(gradient, leaf -> dag.op(leaf) == Opcode.VAR
                && dag.constant(leaf) < d ? seeds[(int) dag.constant(leaf)] : algebra.zero());
        return new VectorFormula(text, Pretty.of(p.tokens), d, TapeCompiler.compile(dag, p.root),
                TapeCompiler.compile(dag, gradient), TapeCompiler.compile(dag, hv));
    }

    private record Parsed(List<Token> tokens, Algebra algebra, Parser parser, int root) {
    }

    private static Parsed parse(String text) {
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
        return new Parsed(tokens, algebra, parser, f);
    }

    private static FormulaLandscape planar(String text, Parsed p) {
        Algebra algebra = p.algebra;
        int f = p.root;
        Differentiator d = new Differentiator(algebra);
        int x = algebra.x();
        int y = algebra.y();
        int fx = d.derivative(f, x);
        int fy = d.derivative(f, y);
        int fxx = d.derivative(fx, x);
        int fxy = d.derivative(fx, y);
        int fyy = d.derivative(fy, y);

        Dag dag = algebra.dag();
        return new FormulaLandscape(text, Pretty.of(p.tokens), p.parser.usesY() ? 2 : 1,
                TapeCompiler.compile(dag, f),
                TapeCompiler.compile(dag, fx, fy),
                TapeCompiler.compile(dag, fxx, fxy, fyy));
    }
}
