package org.basinscope.engine.formula;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Exact gradients against central differences of the value, and exact Hessians against central
 * differences of the exact gradient, at random points of [-1.5, 1.5]². Step h = 1e-5; tolerance
 * 1e-5·max(1, |exact|) (truncation error is O(h²·f''') ≈ 1e-10, rounding O(ε·f/h) ≈ 1e-11).
 */
class FormulaFiniteDifferenceTest {
    private static final double H = 1e-5;
    private static final double TOLERANCE = 1e-5;

    static Stream<String> formulas() {
        return Samples.FORMULAS.stream();
    }

    @ParameterizedTest
    @MethodSource("formulas")
    void gradientAndHessianMatchFiniteDifferences(String formula) {
        FormulaLandscape f = Formula.compile(formula);
        Random random = new Random(formula.hashCode());
        for (int k = 0; k < 20; k++) {
            double x = 3 * random.nextDouble() - 1.5;
            double y = 3 * random.nextDouble() - 1.5;
            if (formula.contains("abs") && Math.abs(x) < 10 * H) {
                continue;
            }
            String where = formula + " at (" + x + ", " + y + ")";
            double[] g = new double[2];
            f.gradient(x, y, g);
            close((f.value(x + H, y) - f.value(x - H, y)) / (2 * H), g[0], "fx of " + where);
            close((f.value(x, y + H) - f.value(x, y - H)) / (2 * H), g[1], "fy of " + where);

            double[] h = new double[3];
            f.hessian(x, y, h);
            double[] gxPlus = gradient(f, x + H, y);
            double[] gxMinus = gradient(f, x - H, y);
            double[] gyPlus = gradient(f, x, y + H);
            double[] gyMinus = gradient(f, x, y - H);
            close((gxPlus[0] - gxMinus[0]) / (2 * H), h[0], "fxx of " + where);
            close((gyPlus[0] - gyMinus[0]) / (2 * H), h[1], "fxy of " + where);
            close((gxPlus[1] - gxMinus[1]) / (2 * H), h[1], "fyx of " + where);
            close((gyPlus[1] - gyMinus[1]) / (2 * H), h[2], "fyy of " + where);
        }
    }

    private static double[] gradient(FormulaLandscape f, double x, double y) {
        double[] g = new double[2];
        f.gradient(x, y, g);
        return g;
    }

    private static void close(double estimate, double exact, String what) {
        assertEquals(exact, estimate, TOLERANCE * Math.max(1, Math.abs(exact)), what);
    }
}
