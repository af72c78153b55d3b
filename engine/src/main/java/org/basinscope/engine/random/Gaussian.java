package org.basinscope.engine.random;

/**
 * Standard normal variates from a particle's stream by the ziggurat method (Marsaglia &amp; Tsang,
 * J. Stat. Softw. 5(8), 2000) with 128 layers. One 64-bit draw serves the fast path (about 98.8% of
 * calls): the low 7 bits pick the layer and the high 56 bits (independent of them) give the signed
 * abscissa, avoiding the layer/value correlation of the 32-bit original.
 */
public final class Gaussian {
    private static final int LAYERS = 128;
    /** Right edge of the base layer. */
    private static final double R = 3.442619855899;
    /** Area of each layer. */
    private static final double V = 9.91256303526217e-3;
    private static final double SCALE = 0x1.0p55;

    private static final long[] K = new long[LAYERS];
    private static final double[] W = new double[LAYERS];
    private static final double[] F = new double[LAYERS];

    static {
        double dn = R;
        double tn = dn;
        double q = V / Math.exp(-0.5 * dn * dn);
        K[0] = (long) ((dn / q) * SCALE);
        K[1] = 0;
        W[0] = q / SCALE;
        W[LAYERS - 1] = dn / SCALE;
        F[0] = 1.0;
        F[LAYERS - 1] = Math.exp(-0.5 * dn * dn);
        for (int i = LAYERS - 2; i >= 1; i--) {
            dn = Math.sqrt(-2.0 * Math.log(V / dn + Math.exp(-0.5 * dn * dn)));
            K[i + 1] = (long) ((dn / tn) * SCALE);
            tn = dn;
            F[i] = Math.exp(-0.5 * dn * dn);
            W[i] = dn / SCALE;
        }
    }

    private Gaussian() {
    }

    /** A standard normal draw from stream {@code i}. */
    public static double next(long[] state, long[] gamma, int i) {
        long u = ParticleStreams.nextLong(state, gamma, i);
        int layer = (int) (u & (LAYERS - 1));
        long h = u >> 8;
        if (Math.abs(h) < K[layer]) {
            return h * W[layer];
        }
        return slow(state, gamma, i, h, layer);
    }

    /**
     * The rest of a draw from stream {@code i} whose first 64 bits were taken by advancing {@code state[i]} (they are
     * its SplitMix64 finaliser) and missed the fast path: what {@link #next} returns in that case. For a vectorised
     * fast path (see the simd package).
     */
    public static double finishRejected(long[] state, long[] gamma, int i) {
        long u = ParticleStreams.mix64(state[i]);
        return slow(state, gamma, i, u >> 8, (int) (u & (LAYERS - 1)));
    }

    /** The fast path's integer bounds K[layer] (a copy): the draw is h·W[layer] when |h| &lt; K[layer]. */
    public static long[] fastBounds() {
        return K.clone();
    }

    /** The fast path's widths W[layer] (a copy). */
    public static double[] fastWidths() {
        return W.clone();
    }

    /** The rare path: the tail beyond R, or a wedge test; kept out of line so {@link #next} inlines. */
    private static double slow(long[] state, long[] gamma, int i, long h, int layer) {
        while (true) {
            double x = h * W[layer];
            if (layer == 0) {
                // Marsaglia's tail method for |x| > R.
                double xt;
                double yt;
                do {
                    xt = -Math.log(ParticleStreams.nextOpenUniform(state, gamma, i)) / R;
                    yt = -Math.log(ParticleStreams.nextOpenUniform(state, gamma, i));
                } while (yt + yt < xt * xt);
                return h > 0 ? R + xt : -R - xt;
            }
            double uf = ParticleStreams.nextUniform(state, gamma, i);
            if (F[layer] + uf * (F[layer - 1] - F[layer]) < Math.exp(-0.5 * x * x)) {
                return x;
            }
            long u = ParticleStreams.nextLong(state, gamma, i);
            layer = (int) (u & (LAYERS - 1));
            h = u >> 8;
            if (Math.abs(h) < K[layer]) {
                return h * W[layer];
            }
        }
    }
}
