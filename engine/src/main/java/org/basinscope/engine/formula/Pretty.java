package org.basinscope.engine.formula;

import java.util.List;

import org.basinscope.engine.formula.Token.Kind;

/**
 * The typeset form of a formula for labels and legends, made from its tokens so that it reads exactly as
 * typed: {@code (x^2-1)^2/4 + 0.1*x} becomes {@code (x² − 1)²/4 + 0.1·x}.
 */
final class Pretty {
    private static final String SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹";
    private static final String SUBSCRIPT_DIGITS = "₀₁₂₃₄₅₆₇₈₉";

    private Pretty() {
    }

    static String of(List<Token> tokens) {
        StringBuilder out = new StringBuilder();
        Token previous = null;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            Token following = i + 1 < tokens.size() ? tokens.get(i + 1) : null;
            switch (t.kind()) {
                case PLUS, MINUS -> {
                    String sign = t.kind() == Kind.PLUS ? "+" : "−";
                    out.append(isUnary(previous) ? sign : " " + sign + " ");
                }
                case STAR -> out.append('·');
                case CARET -> {
                    if (isSuperscriptable(following, i + 2 < tokens.size() ? tokens.get(i + 2) : null)) {
                        out.append(superscript(following.text()));
                        t = following;
                        i++;
                    } else {
                        out.append('^');
                    }
                }
                case NAME -> out.append(t.text().equals("pi") ? "π" : Vocabulary.index(t.text()) > 0
                        ? "x" + subscript(t.text().substring(1)) : t.text());
                case END -> { }
                default -> out.append(t.text());
            }
            previous = t;
        }
        return out.toString();
    }

    /** An exponent is raised when it is a plain integer that is not itself the base of a further '^'. */
    private static boolean isSuperscriptable(Token exponent, Token after) {
        return exponent != null && exponent.kind() == Kind.NUMBER && exponent.text().matches("[0-9]+")
                && (after == null || after.kind() != Kind.CARET);
    }

    /** A sign is unary at the start, after an operator and after '('. */
    private static boolean isUnary(Token previous) {
        return previous == null || (previous.kind() != Kind.NUMBER && previous.kind() != Kind.NAME
                && previous.kind() != Kind.RPAREN);
    }

    /** x12 is written x₁₂. */
    private static String subscript(String digits) {
        StringBuilder s = new StringBuilder();
        for (char c : digits.toCharArray()) {
            s.append(SUBSCRIPT_DIGITS.charAt(c - '0'));
        }
        return s.toString();
    }

    private static String superscript(String digits) {
        StringBuilder s = new StringBuilder();
        for (char c : digits.toCharArray()) {
            s.append(SUPERSCRIPT_DIGITS.charAt(c - '0'));
        }
        return s.toString();
    }
}
