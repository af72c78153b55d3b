package org.basinscope.engine.formula;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * Robustness: random strings either compile or throw {@link FormulaException}, never anything else; and
 * random well-formed formulas always compile and evaluate.
 */
class FormulaFuzzTest {
    private static final String GRAMMAR = "0123456789.eE+-*/^()  xypisncoatqrhlgb";
    private static final String JUNK = "#$,;[]{}=!_\t\n\u0000\u0007²·−π€\uD83D\uDE00\uD83D";

    @Test
    void randomStringsCompileOrThrowFormulaException() {
        Random random = new Random(20_000);
        int compiled = 0;
        for (int k = 0; k < 20_000; k++) {
            String text = randomString(random);
            try {
                FormulaLandscape f = Formula.compile(text);
                compiled++;
                double[] g = new double[2];
                double[] h = new double[3];
                f.value(0.3, -0.4);
                f.gradient(0.3, -0.4, g);
                f.hessian(0.3, -0.4, h);
            } catch (FormulaException expected) {
                // fine: malformed input
            } catch (Throwable t) {
                fail("input " + escape(text) + " threw " + t, t);
            }
        }
        // A sanity check that the generator produces some valid formulas too.
        if (compiled < 100) {
            fail("only " + compiled + " random strings compiled; the generator is too noisy");
        }
    }

    private static String randomString(Random random) {
        int length = random.nextInt(25);
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < length; i++) {
            int choice = random.nextInt(20);
            if (choice == 0) {
                s.append(JUNK.charAt(random.nextInt(JUNK.length())));
            } else if (choice < 4) {
                s.append(new String[] {"sin(", "x", "y", "pi", "e", "tanh(", "sqrt"}[random.nextInt(7)]);
            } else {
                s.append(GRAMMAR.charAt(random.nextInt(GRAMMAR.length())));
            }
        }
        return s.toString();
    }

    @Test
    void randomWellFormedFormulasCompileAndBlockMatchesPoint() {
        Random random = new Random(99);
        for (int k = 0; k < 2_000; k++) {
            String text = expression(random, 5);
            FormulaLandscape f;
            try {
                f = Formula.compile(text);
            } catch (FormulaException e) {
                throw new AssertionError("rejected well-formed " + text + ": " + e.getMessage(), e);
            }
            double[] x = {0.3, -1.2, 2.5};
            double[] y = {0.7, 0.1, -0.9};
            double[] gx = new double[3];
            double[] gy = new double[3];
            f.gradients(x, y, 0, 3, gx, gy);
            double[] g = new double[2];
            for (int i = 0; i < 3; i++) {
                f.gradient(x[i], y[i], g);
                assertEquals(Double.doubleToLongBits(g[0]), Double.doubleToLongBits(gx[i]), text);
                assertEquals(Double.doubleToLongBits(g[1]), Double.doubleToLongBits(gy[i]), text);
            }
        }
    }

    private static String expression(Random random, int depth) {
        int choice = depth == 0 ? random.nextInt(4) : random.nextInt(11);
        return switch (choice) {
            case 0 -> "x";
            case 1 -> "y";
            case 2 -> new String[] {"2", "0.5", ".25", "1e-3", "3E+1", "pi", "e", "0", "1"}[random.nextInt(9)];
            case 3 -> " " + (random.nextBoolean() ? "-" : "+") + expression(random, Math.max(0, depth - 1));
            case 4, 5 -> "(" + expression(random, depth - 1) + ")";
            case 6 -> new String[] {"sin", "cos", "tan", "exp", "log", "sqrt", "abs", "tanh"}[random.nextInt(8)]
                    + "(" + expression(random, depth - 1) + ")";
            default -> "(" + expression(random, depth - 1) + ")" + " +-*/^".trim().charAt(random.nextInt(5))
                    + "(" + expression(random, depth - 1) + ")";
        };
    }

    private static String escape(String s) {
        StringBuilder out = new StringBuilder("\"");
        s.codePoints().forEach(c -> out.append(c >= 0x20 && c < 0x7f ? Character.toString(c) : String.format("\\u%04x", c)));
        return out.append('"').toString();
    }
}
