package org.basinscope.engine.formula;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Values and exact derivatives against closed forms. Tolerance: 1e-12 relative (plus 1e-15 absolute for
 * zeros); symbolic derivatives differ from the textbook forms only by rounding.
 */
class FormulaClosedFormTest {
    private static final double[][] POINTS = {{0.3, -0.7}, {1.3, 0.4}, {-0.8, 1.1}};

    /** f, fx, fy, fxx, fxy, fyy at (x, y). */
    private interface ClosedForm {
        double[] at(double x, double y);
    }

    private static void check(String formula, ClosedForm expected) {
        check(formula, expected, POINTS);
    }

    private static void check(String formula, ClosedForm expected, double[][] points) {
        FormulaLandscape f = Formula.compile(formula);
        for (double[] p : points) {
            double[] e = expected.at(p[0], p[1]);
            double[] g = new double[2];
            double[] h = new double[3];
            f.gradient(p[0], p[1], g);
            f.hessian(p[0], p[1], h);
            double[] actual = {f.value(p[0], p[1]), g[0], g[1], h[0], h[1], h[2]};
            String[] names = {"f", "fx", "fy", "fxx", "fxy", "fyy"};
            for (int i = 0; i < 6; i++) {
                assertEquals(e[i], actual[i], 1e-12 * Math.abs(e[i]) + 1e-15,
                        formula + ": " + names[i] + " at (" + p[0] + ", " + p[1] + ")");
            }
        }
    }

    @Test
    void halfSquare() {
        check("x^2/2", (x, y) -> new double[] {x * x / 2, x, 0, 1, 0, 0});
    }

    @Test
    void tiltedDoubleWell() {
        check("(x^2-1)^2/4 + 0.1*x", (x, y) -> new double[] {
            (x * x - 1) * (x * x - 1) / 4 + 0.1 * x, x * (x * x - 1) + 0.1, 0, 3 * x * x - 1, 0, 0});
    }

    @Test
    void doubleWellWithConfinement() {
        check("(x^2-1)^2/4 + y^2/2", (x, y) -> new double[] {
            (x * x - 1) * (x * x - 1) / 4 + y * y / 2, x * (x * x - 1), y, 3 * x * x - 1, 0, 1});
    }

    @Test
    void sineTimesCosine() {
        check("sin(x)*cos(y)", (x, y) -> new double[] {
            Math.sin(x) * Math.cos(y), Math.cos(x) * Math.cos(y), -Math.sin(x) * Math.sin(y),
            -Math.sin(x) * Math.cos(y), -Math.cos(x) * Math.sin(y), -Math.sin(x) * Math.cos(y)});
    }

    @Test
    void gaussian() {
        check("exp(-x^2-y^2)", (x, y) -> {
            double g = Math.exp(-x * x - y * y);
            return new double[] {g, -2 * x * g, -2 * y * g, (4 * x * x - 2) * g, 4 * x * y * g, (4 * y * y - 2) * g};
        });
    }

    @Test
    void logOfOnePlusSquare() {
        check("log(1+x^2)", (x, y) -> {
            double q = 1 + x * x;
            return new double[] {Math.log(q), 2 * x / q, 0, (2 - 2 * x * x) / (q * q), 0, 0};
        });
    }

    @Test
    void squareRootOfQuadratic() {
        check("sqrt(x^2+y^2+1)", (x, y) -> {
            double r = Math.sqrt(x * x + y * y + 1);
            double r3 = r * r * r;
            return new double[] {r, x / r, y / r, (y * y + 1) / r3, -x * y / r3, (x * x + 1) / r3};
        });
    }

    @Test
    void tanhOfProduct() {
        check("tanh(x*y)", (x, y) -> {
            double t = Math.tanh(x * y);
            double s = 1 - t * t;
            return new double[] {t, y * s, x * s, -2 * y * y * t * s, s - 2 * x * y * t * s, -2 * x * x * t * s};
        });
    }

    @Test
    void absAwayFromZero() {
        check("abs(x)", (x, y) -> new double[] {Math.abs(x), Math.signum(x), 0, 0, 0, 0});
    }

    @Test
    void variableExponentForPositiveBase() {
        check("x^y", (x, y) -> {
            double f = Math.pow(x, y);
            double l = Math.log(x);
            return new double[] {f, y * Math.pow(x, y - 1), f * l, y * (y - 1) * Math.pow(x, y - 2),
                Math.pow(x, y - 1) * (1 + y * l), f * l * l};
        }, new double[][] {{0.3, -0.7}, {1.3, 0.4}, {0.8, 1.1}, {2.5, 3}});
    }

    @Test
    void logistic() {
        check("1/(1+exp(-x))", (x, y) -> {
            double s = 1 / (1 + Math.exp(-x));
            return new double[] {s, s * (1 - s), 0, s * (1 - s) * (1 - 2 * s), 0, 0};
        });
    }

    @Test
    void tangent() {
        check("tan(x)", (x, y) -> {
            double t = Math.tan(x);
            double sec2 = 1 + t * t;
            return new double[] {t, sec2, 0, 2 * t * sec2, 0, 0};
        });
    }

    @Test
    void powerOfTwoWithNegatedExponent() {
        check("2^-x", (x, y) -> {
            double f = Math.pow(2, -x);
            double l = Math.log(2);
            return new double[] {f, -l * f, 0, l * l * f, 0, 0};
        });
    }

    @Test
    void unaryMinusBindsLooserThanPower() {
        check("-x^2", (x, y) -> new double[] {-x * x, -2 * x, 0, -2, 0, 0});
        check("-2^2", (x, y) -> new double[] {-4, 0, 0, 0, 0, 0});
        check("2^-1", (x, y) -> new double[] {0.5, 0, 0, 0, 0, 0});
    }

    @Test
    void powerIsRightAssociative() {
        assertEquals(512, Formula.compile("2^3^2").value(0, 0));
        assertEquals(64, Formula.compile("(2^3)^2").value(0, 0));
    }

    @Test
    void usualPrecedenceAndAssociativity() {
        assertEquals(7, Formula.compile("1 + 2*3").value(0, 0));
        assertEquals(2, Formula.compile("8/2/2").value(0, 0));
        assertEquals(-4, Formula.compile("1 - 2 - 3").value(0, 0));
        assertEquals(9, Formula.compile("(1 + 2)*3").value(0, 0));
        assertEquals(0.25, Formula.compile(".5^2").value(0, 0));
        assertEquals(25_000, Formula.compile("2.5E+4").value(0, 0));
        assertEquals(0.001, Formula.compile("1e-3").value(0, 0));
    }

    @Test
    void constants() {
        assertEquals(Math.PI, Formula.compile("pi").value(0, 0));
        assertEquals(Math.E, Formula.compile("e").value(0, 0));
        check("pi*x + e*y^2", (x, y) -> new double[] {
            Math.PI * x + Math.E * y * y, Math.PI, 2 * Math.E * y, 0, 0, 2 * Math.E});
    }

    @Test
    void domainErrorsGiveNanOrInfinityWithoutException() {
        FormulaLandscape log = Formula.compile("log(x)");
        assertTrue(Double.isNaN(log.value(-1, 0)));
        FormulaLandscape inverse = Formula.compile("1/x");
        assertTrue(Double.isInfinite(inverse.value(0, 0)));
        double[] g = new double[2];
        inverse.gradient(0, 0, g);
        assertTrue(!Double.isFinite(g[0]));
        double[] h = new double[3];
        Formula.compile("sqrt(x)").hessian(-1, 0, h);
        assertTrue(Double.isNaN(h[0]));
        assertEquals(Double.POSITIVE_INFINITY, Formula.compile("exp(x)").value(1000, 0));
        double[] gx = new double[3];
        double[] gy = new double[3];
        inverse.gradients(new double[] {-1, 0, 1}, new double[3], 0, 3, gx, gy);
        assertEquals(-1, gx[0]);
        assertTrue(Double.isInfinite(gx[1]));
    }

    @Test
    void dimensionFollowsTheVariablesUsed() {
        FormulaLandscape one = Formula.compile("x^2 + 1");
        assertEquals(1, one.dimension());
        assertArrayEquals(new double[] {0.5}, one.defaultStart());
        double[] g = {7, 7};
        one.gradient(1, 5, g);
        assertEquals(0, g[1]);
        double[] h = {7, 7, 7};
        one.hessian(1, 5, h);
        assertEquals(0, h[1]);
        assertEquals(0, h[2]);
        assertEquals(one.value(1, 0), one.value(1, 123));

        FormulaLandscape two = Formula.compile("x + y*0");
        assertEquals(2, two.dimension());
        assertArrayEquals(new double[] {0.5, 0.5}, two.defaultStart());
    }

    @Test
    void describesViewAndSource() {
        FormulaLandscape f = Formula.compile("  (x^2-1)^2/4 + 0.1*x ");
        assertEquals("  (x^2-1)^2/4 + 0.1*x ", f.source());
        assertEquals("(x² − 1)²/4 + 0.1·x", f.describe());
        assertArrayEquals(new double[] {-3, 3, -3, 3}, f.viewBox());
        assertEquals("2^3^2", Formula.compile("2^3^2").source());
        assertEquals("2^3²", Formula.compile("2^3^2").describe());
        assertEquals("−x² + 2^−x", Formula.compile("-x^2+2^-x").describe());
        assertEquals("sin(π·x)", Formula.compile("sin(pi*x)").describe());
    }
}
