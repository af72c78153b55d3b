package org.basinscope.engine.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import org.basinscope.engine.dynamics.DynamicsCatalog;
import org.basinscope.engine.dynamics.Params;
import org.basinscope.engine.ensemble.BlockRunner;
import org.basinscope.engine.ensemble.Ensemble;
import org.basinscope.engine.formula.Formula;
import org.basinscope.engine.formula.FormulaException;
import org.basinscope.engine.formula.FormulaLandscape;

/**
 * Property tests of the formula parser and compiler (issue 9): over 10⁵ generated strings and 10⁴
 * generated expression trees the parser returns a landscape or a {@link FormulaException} with a
 * position — never another exception, a hang, or a StackOverflowError — evaluation never throws, and
 * exact derivatives agree with finite differences wherever the expression is smooth.
 */
class FormulaPropertiesTest {
    private static final String ALPHABET = "xy0123456789.+-*/^()e pisncotaxlgqrbh,;=ÿ²×\t\n\u0000\u2212";

    @Provide
    Arbitrary<String> junk() {
        return Arbitraries.strings().withChars(ALPHABET.toCharArray()).ofMinLength(0).ofMaxLength(60);
    }

    @Property(tries = 100_000, seed = "20261123")
    void anyStringCompilesOrFailsWithAPosition(@ForAll("junk") String text) {
        try {
            FormulaLandscape f = Formula.compile(text);
            // Evaluation never throws, whatever the values turn into.
            f.value(0.3, -1.7);
            f.gradient(1e300, -1e-300, new double[2]);
            f.hessian(-0.0, 0.0, new double[3]);
        } catch (FormulaException e) {
            assertTrue(e.position() >= 0 && e.position() <= text.length(), "position " + e.position() + " in " + text);
            assertTrue(e.getMessage().contains("column"), e.getMessage());
        }
    }

    @Provide
    Arbitrary<String> deep() {
        return Arbitraries.integers().between(1, 5000).flatMap(n -> Arbitraries.of("(", "-", "sin(", "x^", "2^")
                .map(open -> open.repeat(n) + "x"));
    }

    @Property(tries = 300, seed = "7")
    void deepNestingIsAnErrorNotAStackOverflow(@ForAll("deep") String text) {
        try {
            Formula.compile(text);
        } catch (FormulaException e) {
            assertTrue(e.getMessage().contains("column"), e.getMessage());
        }
    }

    /** Random smooth expression trees (no abs, sqrt/log of shifted squares): derivatives exist everywhere. */
    @Provide
    Arbitrary<String> smooth() {
        return tree(4);
    }

    private Arbitrary<String> tree(int depth) {
        Arbitrary<String> leaf = Arbitraries.oneOf(Arbitraries.of("x", "y", "pi", "e"),
                Arbitraries.doubles().between(-3, 3).ofScale(2).map(d -> "(" + d + ")"));
        if (depth == 0) {
            return leaf;
        }
        Arbitrary<String> sub = Arbitraries.lazy(() -> tree(depth - 1));
        Arbitrary<String> binary = Combinators.combine(sub, sub, Arbitraries.of("+", "-", "*"))
                .as((a, b, op) -> "(" + a + op + b + ")");
        Arbitrary<String> unary = Combinators.combine(sub, Arbitraries.of("sin", "cos", "tanh", "exp"))
                .as((a, fn) -> fn.equals("exp") ? "exp(tanh(" + a + "))" : fn + "(" + a + ")");
        Arbitrary<String> special = Combinators.combine(sub, Arbitraries.of("log(1+(%s)^2)", "sqrt(1+(%s)^2)",
                "1/(2+sin(%s))", "(%s)^3")).as((a, pattern) -> String.format(pattern, a));
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(2, leaf), net.jqwik.api.Tuple.of(3, binary),
                net.jqwik.api.Tuple.of(2, unary), net.jqwik.api.Tuple.of(1, special));
    }

    /**
     * Central differences with h = 1e-5 have truncation error h²|f'''|/6 and rounding error ~ε|f|/h; on
     * these trees (values and derivatives of moderate size at |x|, |y| ≤ 1.5) a relative tolerance of
     * 1e-4 leaves a wide margin for both.
     */
    @Property(tries = 10_000, seed = "42")
    void derivativesMatchFiniteDifferences(@ForAll("smooth") String text,
            @ForAll @DoubleRange(min = -1.5, max = 1.5) double x, @ForAll @DoubleRange(min = -1.5, max = 1.5) double y) {
        FormulaLandscape f = Formula.compile(text);
        double h = 1e-5;
        double[] g = new double[2];
        double[] gp = new double[2];
        double[] gm = new double[2];
        double[] hess = new double[3];
        f.gradient(x, y, g);
        f.hessian(x, y, hess);
        double scale = 1 + Math.abs(f.value(x, y)) + Math.abs(g[0]) + Math.abs(g[1]);
        if (!(scale < 1e6)) {
            return; // Huge values (e.g. exp of exp) make differences meaningless; nothing to compare.
        }
        assertEquals((f.value(x + h, y) - f.value(x - h, y)) / (2 * h), g[0], 1e-4 * scale, text);
        if (f.dimension() == 2) {
            assertEquals((f.value(x, y + h) - f.value(x, y - h)) / (2 * h), g[1], 1e-4 * scale, text);
        }
        f.gradient(x + h, y, gp);
        f.gradient(x - h, y, gm);
        double hscale = scale + Math.abs(hess[0]) + Math.abs(hess[1]) + Math.abs(hess[2]);
        assertEquals((gp[0] - gm[0]) / (2 * h), hess[0], 1e-4 * hscale, text);
        assertEquals((gp[1] - gm[1]) / (2 * h), hess[1], 1e-4 * hscale, text);
    }

    @Property(tries = 2_000, seed = "3")
    void domainErrorsGiveNaNOrInfinityNotExceptions(@ForAll @DoubleRange(min = -1e300, max = 1e300) double x) {
        double[] g = new double[2];
        FormulaLandscape log = Formula.compile("log(x)");
        FormulaLandscape sqrt = Formula.compile("sqrt(x)");
        FormulaLandscape inverse = Formula.compile("1/x");
        FormulaLandscape doubleExp = Formula.compile("exp(exp(x))");
        assertEquals(x < 0, Double.isNaN(log.value(x, 0)), "log of " + x);
        assertEquals(x < 0, Double.isNaN(sqrt.value(x, 0)), "sqrt of " + x);
        log.gradient(x, 0, g);
        assertEquals(x < 0 ? Double.NaN : 1 / x, g[0], Math.abs(1 / x) * 1e-15, "d/dx log at " + x);
        assertEquals(x == 0, Double.isInfinite(inverse.value(x, 0)));
        assertEquals(x > 6.6, doubleExp.value(x, 0) == Double.POSITIVE_INFINITY, "exp(exp(" + x + "))");
    }

    /** A formula with a domain edge is a divergence, counted, not a crash: log(x) from x = 0.5 at high T. */
    @org.junit.jupiter.api.Test
    void particlesThatLeaveTheDomainAreCountedAsDiverged() {
        var f = Formula.compile("-log(x) + x");
        var e = new Ensemble(f,
                DynamicsCatalog.create("langevin"),
                new Params(0.05, 1, 1, 1, 0.9), 2000, 1, new double[] {0.5},
                BlockRunner.allCores());
        e.advance(200);
        var s = e.stats();
        assertTrue(s.diverged() > 0 && s.diverged() < 2000, "some left x > 0: " + s.diverged());
        assertTrue(Double.isFinite(s.mean()[0]) && Double.isFinite(s.meanLoss()), "statistics exclude them: " + s.mean()[0] + " " + s.meanLoss() + " " + s.diverged());
    }
}
