package org.basinscope.engine.formula;

import java.util.List;

import org.basinscope.engine.formula.Token.Kind;

/**
 * Recursive-descent parser from tokens to expression nodes (built through {@link Algebra}, so the result
 * is already folded and hash-consed). Grammar, loosest first:
 *
 * <pre>
 * expression := term (('+' | '-') term)*
 * term       := unary (('*' | '/') unary)*
 * unary      := ('+' | '-')* power
 * power      := primary ('^' unary)?           right-associative; -x^2 = -(x^2), 2^-1 allowed
 * primary    := number | x | y | x1 … x64 | pi | e | function '(' expression ')' | '(' expression ')'
 * </pre>
 *
 * <p>A formula uses either x, y (1-D or 2-D) or the indexed x1 … x64 (d-dimensional, d the largest index), never
 * both.
 *
 * <p>Nesting (parentheses, function calls, signs and exponents) is counted and capped at
 * {@link #MAX_DEPTH}, far below what the Java stack can take, so no input can cause a
 * {@link StackOverflowError}.
 */
final class Parser {
    static final int MAX_DEPTH = 200;

    private final List<Token> tokens;
    private final Algebra algebra;
    private int next;
    private int depth;
    private boolean usesY;
    /** Where x or y first occurs, -1 if neither does. */
    private int planarAt = -1;
    /** Where an indexed variable x1 … x64 first occurs, -1 if none does. */
    private int indexedAt = -1;
    private int largestIndex;

    Parser(List<Token> tokens, Algebra algebra) {
        this.tokens = tokens;
        this.algebra = algebra;
    }

    /** The node of the whole formula. */
    int parse() {
        if (peek().kind() == Kind.END) {
            throw new FormulaException(0, "the formula is empty; type an expression in x (and y), e.g. (x^2-1)^2/4");
        }
        int root = expression();
        Token t = peek();
        if (t.kind() == Kind.RPAREN) {
            throw new FormulaException(t.position(), "unmatched ')'");
        }
        if (t.kind() != Kind.END) {
            throw operatorExpected("end of input");
        }
        return root;
    }

    /** Whether the variable y occurs in the formula (even if it simplifies away). */
    boolean usesY() {
        return usesY;
    }

    /**
     * The dimension of a formula in x1 … xd: the largest index that occurs (even if it simplifies away, so
     * {@code 0*x5} makes a 5-dimensional formula), or 0 for a formula in x, y.
     */
    int indexedDimension() {
        return largestIndex;
    }

    /** The column of the first indexed variable, -1 if there is none. */
    int indexedPosition() {
        return indexedAt;
    }

    private int expression() {
        int left = term();
        while (peek().kind() == Kind.PLUS || peek().kind() == Kind.MINUS) {
            boolean plus = take().kind() == Kind.PLUS;
            int right = term();
            left = plus ? algebra.add(left, right) : algebra.sub(left, right);
        }
        return left;
    }

    private int term() {
        int left = unary();
        while (peek().kind() == Kind.STAR || peek().kind() == Kind.SLASH) {
            boolean times = take().kind() == Kind.STAR;
            int right = unary();
            left = times ? algebra.mul(left, right) : algebra.div(left, right);
        }
        return left;
    }

    /** Signs are read in a loop, not by recursion, but each still counts as one level of nesting. */
    private int unary() {
        int outer = depth;
        boolean negative = false;
        while (peek().kind() == Kind.PLUS || peek().kind() == Kind.MINUS) {
            Token sign = take();
            enter(sign);
            negative ^= sign.kind() == Kind.MINUS;
        }
        int operand = power();
        depth = outer;
        return negative ? algebra.neg(operand) : operand;
    }

    private int power() {
        int base = primary();
        if (peek().kind() != Kind.CARET) {
            return base;
        }
        enter(take());
        int exponent = unary();
        depth--;
        return algebra.pow(base, exponent);
    }

    private int primary() {
        Token t = take();
        switch (t.kind()) {
            case NUMBER:
                return algebra.constant(t.value());
            case NAME:
                return name(t);
            case LPAREN:
                return parenthesized(t, "'('", "empty parentheses: expected an expression inside");
            default:
                throw new FormulaException(t.position(),
                        "expected a number, variable, function or '(' but found " + t.quoted());
        }
    }

    private int name(Token t) {
        String name = t.text();
        if (name.equals(Vocabulary.X) || name.equals(Vocabulary.Y)) {
            if (indexedAt >= 0) {
                throw mixed(t);
            }
            planarAt = planarAt < 0 ? t.position() : planarAt;
            if (name.equals(Vocabulary.Y)) {
                usesY = true;
                return algebra.y();
            }
            return algebra.x();
        }
        int index = Vocabulary.index(name);
        if (index != 0) {
            return indexed(t, index);
        }
        Double constant = Vocabulary.constant(name);
        if (constant != null) {
            return algebra.constant(constant);
        }
        Integer function = Vocabulary.function(name);
        if (function == null) {
            throw new FormulaException(t.position(), Vocabulary.unknown(name));
        }
        Token open = peek();
        if (open.kind() != Kind.LPAREN) {
            throw new FormulaException(open.position(),
                    "function '" + name + "' needs '(' after it, e.g. " + name + "(x)");
        }
        take();
        int argument = parenthesized(open, "'" + name + "('",
                "function '" + name + "' needs an argument, e.g. " + name + "(x)");
        return algebra.apply(function, argument);
    }

    /** x_index (1 … {@value Vocabulary#MAX_INDEX}), or a one-line refusal naming the range. */
    private int indexed(Token t, int index) {
        if (index < 0 || index > Vocabulary.MAX_INDEX) {
            throw new FormulaException(t.position(), "variable '" + t.text() + "' is outside x1 … x"
                    + Vocabulary.MAX_INDEX + " (a formula has at most " + Vocabulary.MAX_INDEX + " dimensions)");
        }
        if (planarAt >= 0) {
            throw mixed(t);
        }
        indexedAt = indexedAt < 0 ? t.position() : indexedAt;
        largestIndex = Math.max(largestIndex, index);
        return algebra.variable(index - 1);
    }

    private FormulaException mixed(Token t) {
        return new FormulaException(t.position(), "'" + t.text() + "' mixes the planar variables x, y with the "
                + "indexed x1 … x" + Vocabulary.MAX_INDEX + "; a formula uses one kind");
    }

    /** The expression after an already consumed '(' up to and including its ')'. */
    private int parenthesized(Token open, String opener, String emptyMessage) {
        enter(open);
        if (peek().kind() == Kind.RPAREN) {
            throw new FormulaException(peek().position(), emptyMessage);
        }
        int inner = expression();
        Token t = peek();
        if (t.kind() != Kind.RPAREN) {
            if (t.startsOperand()) {
                throw operatorExpected("')'");
            }
            throw new FormulaException(t.position(), "expected ')' but found " + t.quoted()
                    + " (to close " + opener + " at column " + (open.position() + 1) + ")");
        }
        take();
        depth--;
        return inner;
    }

    private void enter(Token t) {
        if (++depth > MAX_DEPTH) {
            throw new FormulaException(t.position(), "the formula is nested too deeply (more than " + MAX_DEPTH
                    + " levels of parentheses, functions, signs and powers)");
        }
    }

    /** After a complete operand, only an operator or {@code closer} may follow; explain juxtaposition. */
    private FormulaException operatorExpected(String closer) {
        Token found = peek();
        String message = "expected an operator (+ - * / ^) or " + closer + " but found " + found.quoted();
        if (found.startsOperand()) {
            Token before = tokens.get(next - 1);
            boolean simple = before.kind() != Kind.RPAREN && found.kind() != Kind.LPAREN;
            String call = Vocabulary.function(found.text()) != null ? "(...)" : "";
            message += simple ? " (write " + before.text() + "*" + found.text() + call + " for a product)"
                    : " (write * for a product)";
        }
        return new FormulaException(found.position(), message);
    }

    private Token peek() {
        return tokens.get(next);
    }

    private Token take() {
        Token t = tokens.get(next);
        if (t.kind() != Kind.END) {
            next++;
        }
        return t;
    }
}
