package org.basinscope.engine.random;

/**
 * Standard normal variates from a particle's stream by the ziggurat method (Marsaglia &amp; Tsang,
 * J. Stat. Softw. 5(8), 2000) with 128 layers. One 64-bit draw serves the fast path (97.2 % of calls,
 * measured over 8·10⁶ draws; the top layer, K[1] = 0, always goes to the wedge test): the low 7 bits pick the
 * layer and the high 56 bits (independent of them) give the signed abscissa, avoiding the layer/value correlation
 * of the 32-bit original.
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
    static final double[] F = new double[LAYERS];
    /**
     * The wedge test's squeeze (see {@link #underCurve}): for layer ℓ ≥ 1, whose abscissae run from x_{ℓ−1} to
     * x_ℓ, t = −x²/2 lies in [T_LO[ℓ], T_HI[ℓ]]; there e^t is below the chord through the two corners (slope
     * CHORD[ℓ]) and above the tangent at the middle T_MID[ℓ], where it is TANGENT[ℓ].
     */
    static final double[] T_LO = new double[LAYERS];
    static final double[] T_HI = new double[LAYERS];
    private static final double[] CHORD = new double[LAYERS];
    private static final double[] T_MID = new double[LAYERS];
    private static final double[] TANGENT = new double[LAYERS];
    /**
     * Far more than the rounding of the bounds (a few ulps) and Math.exp's error (within 1 ulp): inside this margin
     * the squeeze does not decide and Math.exp does, so the decision is always Math.exp's.
     */
    private static final double MARGIN = 1e-12;

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
        for (int layer = 1; layer < LAYERS; layer++) {
            double outer = W[layer] * SCALE;
            double inner = layer == 1 ? 0 : W[layer - 1] * SCALE;
            T_LO[layer] = -0.5 * outer * outer;
            T_HI[layer] = -0.5 * inner * inner;
            CHORD[layer] = (F[layer - 1] - F[layer]) / (T_HI[layer] - T_LO[layer]);
            T_MID[layer] = 0.5 * (T_LO[layer] + T_HI[layer]);
            TANGENT[layer] = Math.exp(T_MID[layer]);
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

    /**
     * Whether {@code y < Math.exp(t)}, the wedge test, mostly without calling {@code exp} (it was most of the rare
     * path's time): e^t is convex, so below the chord and above the tangent of its layer's t-interval; a y clear of
     * both bounds by {@link #MARGIN} is decided by them, and only the few in between (and a t outside the interval)
     * by Math.exp. The answer is Math.exp's in every case, so the draws keep their bits.
     */
    static boolean underCurve(double y, double t, int layer) {
        if (t >= T_LO[layer] && t <= T_HI[layer]) {
            double chord = F[layer] + (t - T_LO[layer]) * CHORD[layer];
            if (y > chord * (1 + MARGIN)) {
                return false;
            }
            double tangent = TANGENT[layer] * (1 + (t - T_MID[layer]));
            if (y < tangent * (1 - MARGIN)) {
                return true;
            }
        }
        return y < Math.exp(t);
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
            if (underCurve(F[layer] + uf * (F[layer - 1] - F[layer]), -0.5 * x * x, layer)) {
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
