package org.basinscope.engine.formula;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Block {@code gradients} must equal point-wise {@code gradient} bit for bit: both run the same tape. */
class FormulaBlockTest {

    static Stream<String> formulas() {
        return Stream.concat(Samples.FORMULAS.stream(),
                Stream.of("log(x)", "1/x", "sqrt(x-y)", "x^y", "abs(x-y)", "tan(3*x)", "exp(40*x*y)", "3", "y"));
    }

    @ParameterizedTest
    @MethodSource("formulas")
    void blockEqualsPointwiseBitForBit(String formula) {
        FormulaLandscape f = Formula.compile(formula);
        Random random = new Random(7);
        int size = 3 * Tape.BLOCK + 41;
        double[] x = new double[size];
        double[] y = new double[size];
        for (int i = 0; i < size; i++) {
            x[i] = 6 * random.nextDouble() - 3;
            y[i] = 6 * random.nextDouble() - 3;
        }
        x[5] = 0;
        y[6] = 0;
        int from = 13;
        int to = size - 2;
        double[] gx = new double[size];
        double[] gy = new double[size];
        f.gradients(x, y, from, to, gx, gy);
        double[] g = new double[2];
        for (int i = from; i < to; i++) {
            f.gradient(x[i], y[i], g);
            assertEquals(Double.doubleToLongBits(g[0]), Double.doubleToLongBits(gx[i - from]),
                    formula + ": gx at " + i);
            assertEquals(Double.doubleToLongBits(g[1]), Double.doubleToLongBits(gy[i - from]),
                    formula + ": gy at " + i);
        }
    }

    @Test
    void oneDimensionalFormulaWritesZeroYGradientAndIgnoresY() {
        FormulaLandscape f = Formula.compile("x^4 - x");
        double[] x = {1, 2, 3};
        double[] gx = new double[3];
        double[] gy = {9, 9, 9};
        f.gradients(x, new double[] {Double.NaN, Double.NaN, Double.NaN}, 0, 3, gx, gy);
        for (int i = 0; i < 3; i++) {
            assertEquals(4 * Math.pow(x[i], 3) - 1, gx[i], 1e-12);
            assertEquals(0, gy[i]);
        }
    }

    @Test
    void emptyRangeWritesNothing() {
        double[] gx = {5};
        Formula.compile("x").gradients(new double[1], new double[1], 1, 1, gx, new double[1]);
        assertEquals(5, gx[0]);
    }
}
