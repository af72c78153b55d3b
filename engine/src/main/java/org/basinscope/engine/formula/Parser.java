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
 * primary    := number | x | y | pi | e | function '(' expression ')' | '(' expression ')'
 * </pre>
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
        if (name.equals(Vocabulary.X)) {
            return algebra.x();
        }
        if (name.equals(Vocabulary.Y)) {
            usesY = true;
            return algebra.y();
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
