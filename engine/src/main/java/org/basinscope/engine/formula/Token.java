package org.basinscope.engine.formula;

/**
 * One lexical unit of a formula with the character index where it starts, so that every parse error can
 * point at a column.
 */
record Token(Kind kind, String text, int position, double value) {

    enum Kind { NUMBER, NAME, PLUS, MINUS, STAR, SLASH, CARET, LPAREN, RPAREN, END }

    Token(Kind kind, String text, int position) {
        this(kind, text, position, Double.NaN);
    }

    /** The token as an error message shows it after "found". */
    String quoted() {
        return kind == Kind.END ? "end of input" : "'" + text + "'";
    }

    /** True for a token that can begin an operand: a number, a name or '('. */
    boolean startsOperand() {
        return kind == Kind.NUMBER || kind == Kind.NAME || kind == Kind.LPAREN;
    }
}
