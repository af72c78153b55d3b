package org.basinscope.engine.formula;

import java.util.Random;

/**
 * Throw-away timing, not a test: block gradients of the compiled double well against the hand-written
 * loop. Run with {@code java -cp engine/target/classes:engine/target/test-classes
 * org.basinscope.engine.formula.FormulaTiming}.
 */
public final class FormulaTiming {
    private static final int N = 4096;
    private static final int REPS = 20_000;

    private FormulaTiming() {
    }

    public static void main(String[] args) {
        FormulaLandscape f = Formula.compile("(x^2-1)^2/4 + y^2/2");
        Random random = new Random(1);
        double[] x = new double[N];
        double[] y = new double[N];
        for (int i = 0; i < N; i++) {
            x[i] = 4 * random.nextDouble() - 2;
            y[i] = 4 * random.nextDouble() - 2;
        }
        double[] gx = new double[N];
        double[] gy = new double[N];
        double sink = 0;
        for (int round = 0; round < 5; round++) {
            long t0 = System.nanoTime();
            for (int r = 0; r < REPS; r++) {
                f.gradients(x, y, 0, N, gx, gy);
                sink += gx[r & (N - 1)];
            }
            long t1 = System.nanoTime();
            for (int r = 0; r < REPS; r++) {
                handWritten(x, y, 0, N, gx, gy);
                sink += gx[r & (N - 1)];
            }
            long t2 = System.nanoTime();
            double formula = (t1 - t0) / (double) REPS / N;
            double hand = (t2 - t1) / (double) REPS / N;
            System.out.printf("round %d: formula %.3f ns/point, hand-written %.3f ns/point, ratio %.2f%n",
                    round, formula, hand, formula / hand);
        }
        System.out.println("(sink " + sink + ")");
    }

    private static void handWritten(double[] x, double[] y, int from, int to, double[] gx, double[] gy) {
        for (int i = from; i < to; i++) {
            double xi = x[i];
            gx[i - from] = xi * (xi * xi - 1);
            gy[i - from] = y[i];
        }
    }
}
