package org.basinscope.engine.formula;

import java.util.ArrayList;
import java.util.List;

import org.basinscope.engine.formula.Token.Kind;

/**
 * Splits formula text into tokens. Only ASCII letters, digits, {@code + - * / ^ ( ) .} and whitespace
 * are accepted; anything else (control characters, typographic symbols, other scripts) is reported with
 * its column and, for common look-alikes such as {@code ²} or {@code ×}, with the character to type instead.
 */
final class Lexer {
    private final String text;
    private int pos;

    Lexer(String text) {
        this.text = text;
    }

    /** All tokens of the text, ending with an {@link Kind#END} token positioned at the text's length. */
    List<Token> tokens() {
        List<Token> tokens = new ArrayList<>();
        while (true) {
            skipWhitespace();
            if (pos >= text.length()) {
                tokens.add(new Token(Kind.END, "", text.length()));
                return tokens;
            }
            tokens.add(next());
        }
    }

    private void skipWhitespace() {
        while (pos < text.length() && isSpace(text.charAt(pos))) {
            pos++;
        }
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private Token next() {
        char c = text.charAt(pos);
        if (isDigit(c) || c == '.') {
            return number();
        }
        if (isNameStart(c)) {
            return name();
        }
        Kind kind = switch (c) {
            case '+' -> Kind.PLUS;
            case '-' -> Kind.MINUS;
            case '*' -> Kind.STAR;
            case '/' -> Kind.SLASH;
            case '^' -> Kind.CARET;
            case '(' -> Kind.LPAREN;
            case ')' -> Kind.RPAREN;
            default -> throw unexpectedCharacter();
        };
        return new Token(kind, String.valueOf(c), pos++);
    }

    /** digits [. digits] | . digits, then an optional exponent e[+-]digits. */
    private Token number() {
        int start = pos;
        int digits = skipDigits();
        if (pos < text.length() && text.charAt(pos) == '.') {
            pos++;
            digits += skipDigits();
        }
        if (digits == 0) {
            throw new FormulaException(start, "a '.' must be part of a number, e.g. 0.5 or .5");
        }
        if (pos < text.length() && text.charAt(pos) == '.') {
            throw new FormulaException(pos, "malformed number '" + text.substring(start, pos + 1)
                    + "': a number has at most one '.'");
        }
        exponent(start);
        String literal = text.substring(start, pos);
        double value = Double.parseDouble(literal);
        if (Double.isInfinite(value)) {
            throw new FormulaException(start, "number '" + literal + "' is too large (the limit is about 1.8e308)");
        }
        return new Token(Kind.NUMBER, literal, start, value);
    }

    /**
     * Consumes {@code e12}, {@code E+4}, {@code e-3}. A bare {@code e} after a number is left alone: it is the
     * constant e and the parser then explains that a product needs '*'.
     */
    private void exponent(int start) {
        if (pos >= text.length() || (text.charAt(pos) != 'e' && text.charAt(pos) != 'E')) {
            return;
        }
        int mark = pos + 1;
        boolean signed = mark < text.length() && (text.charAt(mark) == '+' || text.charAt(mark) == '-');
        int digitAt = signed ? mark + 1 : mark;
        if (digitAt < text.length() && isDigit(text.charAt(digitAt))) {
            pos = digitAt;
            skipDigits();
        } else if (signed) {
            throw new FormulaException(digitAt, "malformed number '" + text.substring(start, digitAt)
                    + "': the exponent needs digits, e.g. 1e-3");
        }
    }

    private int skipDigits() {
        int start = pos;
        while (pos < text.length() && isDigit(text.charAt(pos))) {
            pos++;
        }
        return pos - start;
    }

    private Token name() {
        int start = pos;
        while (pos < text.length() && (isNameStart(text.charAt(pos)) || isDigit(text.charAt(pos)))) {
            pos++;
        }
        return new Token(Kind.NAME, text.substring(start, pos), start);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isNameStart(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
    }

    private FormulaException unexpectedCharacter() {
        int cp = text.codePointAt(pos);
        boolean printable = !Character.isISOControl(cp) && Character.isDefined(cp)
                && Character.getType(cp) != Character.SURROGATE;
        String shown = cp >= 0x20 && cp < 0x7f ? "'" + (char) cp + "'"
                : String.format("U+%04X", cp) + (printable ? " '" + Character.toString(cp) + "'" : "");
        return new FormulaException(pos, "unexpected character " + shown + hint(cp));
    }

    private static String hint(int cp) {
        return switch (cp) {
            case '²' -> " (write ^2 for a square)";
            case '³' -> " (write ^3 for a cube)";
            case '×', '·', '∙', '⋅' -> " (write * for a product)";
            case '÷' -> " (write / for a quotient)";
            case '−', '–', '—' -> " (write - for minus)";
            case 'π' -> " (write pi)";
            case ',' -> " (functions take one argument; write decimals with '.')";
            case '[', ']', '{', '}' -> " (use ( ) for grouping)";
            case '=' -> " (type only the right-hand side, e.g. x^2/2)";
            default -> "";
        };
    }
}
