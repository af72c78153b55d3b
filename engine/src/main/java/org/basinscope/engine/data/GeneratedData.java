package org.basinscope.engine.data;

import org.basinscope.engine.random.Gaussian;
import org.basinscope.engine.random.ParticleStreams;

/**
 * Two-dimensional classification data drawn from a seed (stream 0 of {@link ParticleStreams} for that seed),
 * the same examples for the same (n, seed, noise) on every machine:
 * <ul>
 * <li>{@code two-moons}: as scikit-learn's make_moons — ⌈n/2⌉ points on the upper half circle (cos t, sin t)
 * (class 0) and ⌊n/2⌋ on the lower one (1 − cos t, ½ − sin t) (class 1), t evenly spaced in [0, π], plus
 * N(0, noise²) per coordinate; shifted by (−½, −¼) so the inputs are centred;</li>
 * <li>{@code spirals}: two interleaved spirals of 1½ turns, r = t, φ = 3πt + cπ for class c, t evenly spaced
 * in [0.05, 1], plus N(0, noise²) — not linearly separable at any radius;</li>
 * <li>{@code teacher}: inputs N(0, I₂) labelled by a random teacher network 2 → 8 tanh → 2 with N(0, 1)
 * weights and biases (label = the larger output), drawn from the same stream after the inputs.</li>
 * </ul>
 * Moons and spirals alternate between the classes (0, 1, 0, 1, …), so any prefix of them is balanced.
 */
public final class GeneratedData {
    private static final int TEACHER_HIDDEN = 8;

    private GeneratedData() {
    }

    public static DataSet twoMoons(int n, long seed, double noise) {
        Stream r = new Stream(seed);
        double[] x = new double[2 * n];
        int[] labels = new int[n];
        int upper = (n + 1) / 2;
        int lower = n / 2;
        for (int i = 0; i < n; i++) {
            int c = i % 2;
            int j = i / 2;
            int count = c == 0 ? upper : lower;
            double t = count == 1 ? 0 : Math.PI * j / (count - 1);
            double u = c == 0 ? Math.cos(t) : 1 - Math.cos(t);
            double v = c == 0 ? Math.sin(t) : 0.5 - Math.sin(t);
            x[2 * i] = u - 0.5 + noise * r.gaussian();
            x[2 * i + 1] = v - 0.25 + noise * r.gaussian();
            labels[i] = c;
        }
        return new DataSet("two-moons", 2, 2, x, labels);
    }

    public static DataSet spirals(int n, long seed, double noise) {
        Stream r = new Stream(seed);
        double[] x = new double[2 * n];
        int[] labels = new int[n];
        int perClass = (n + 1) / 2;
        for (int i = 0; i < n; i++) {
            int c = i % 2;
            int j = i / 2;
            double t = 0.05 + 0.95 * (perClass == 1 ? 0 : (double) j / (perClass - 1));
            double phi = 3 * Math.PI * t + c * Math.PI;
            x[2 * i] = t * Math.cos(phi) + noise * r.gaussian();
            x[2 * i + 1] = t * Math.sin(phi) + noise * r.gaussian();
            labels[i] = c;
        }
        return new DataSet("spirals", 2, 2, x, labels);
    }

    public static DataSet teacher(int n, long seed) {
        Stream r = new Stream(seed);
        double[] x = new double[2 * n];
        for (int k = 0; k < x.length; k++) {
            x[k] = r.gaussian();
        }
        double[] w1 = new double[TEACHER_HIDDEN * 2];
        double[] b1 = new double[TEACHER_HIDDEN];
        double[] w2 = new double[2 * TEACHER_HIDDEN];
        double[] b2 = new double[2];
        for (double[] a : new double[][] {w1, b1, w2, b2}) {
            for (int k = 0; k < a.length; k++) {
                a[k] = r.gaussian();
            }
        }
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            double z0 = b2[0];
            double z1 = b2[1];
            for (int h = 0; h < TEACHER_HIDDEN; h++) {
                double a = Math.tanh(w1[2 * h] * x[2 * i] + w1[2 * h + 1] * x[2 * i + 1] + b1[h]);
                z0 += w2[h] * a;
                z1 += w2[TEACHER_HIDDEN + h] * a;
            }
            labels[i] = z1 > z0 ? 1 : 0;
        }
        return new DataSet("teacher", 2, 2, x, labels);
    }

    /** One random stream of a seed. */
    private static final class Stream {
        private final long[] state = new long[1];
        private final long[] gamma = new long[1];

        Stream(long seed) {
            ParticleStreams.seed(seed, 0, 1, state, gamma);
        }

        double gaussian() {
            return Gaussian.next(state, gamma, 0);
        }
    }
}
