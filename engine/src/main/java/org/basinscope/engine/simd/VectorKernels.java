package org.basinscope.engine.simd;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.LongVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorShape;
import jdk.incubator.vector.VectorSpecies;
import org.basinscope.engine.random.Gaussian;
import org.basinscope.engine.random.ParticleStreams;

/**
 * The kernels on the JDK's Vector API ({@code jdk.incubator.vector}), several particles per instruction.
 * Loaded only through {@link Simd}, which looks for the module first.
 *
 * <p>Each loop does, lane by lane, exactly what {@link ScalarKernels} does: SplitMix64's add and finaliser in
 * 64-bit integer lanes, the ziggurat's fast-path test {@code |h| < K[layer]} on integers and {@code h·W[layer]}
 * with the same conversion and multiply (the tables are gathered), the rare rejected lanes (about 1.2 %) finished
 * one by one by {@link Gaussian#finish} from where their stream stands; a chunk holding a diverged particle and
 * the block's tail go through the scalar loop. So the bits are the scalar path's.
 */
final class VectorKernels implements Kernels {
    private static final VectorSpecies<Long> L = LongVector.SPECIES_PREFERRED;
    private static final VectorSpecies<Double> D = DoubleVector.SPECIES_PREFERRED;
    private static final VectorSpecies<Integer> I =
            VectorSpecies.of(int.class, VectorShape.forBitSize(L.vectorBitSize() / 2));
    private static final int LANES = L.length();
    private static final long[] BOUNDS = Gaussian.fastBounds();
    private static final double[] WIDTHS = Gaussian.fastWidths();
    private static final long LAYER_MASK = BOUNDS.length - 1;
    /** Each lane's index, to find rejected lanes by a reduction. */
    private static final LongVector LANE = LongVector.zero(L).addIndex(1);
    private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

    /** One thread's gather indices (a chunk's layers) and list of rejected draws (a block's), reused. */
    private static final class Scratch {
        final int[] layers = new int[LANES];
        private int[] rejected = new int[0];

        int[] rejected(int capacity) {
            if (rejected.length < capacity) {
                rejected = new int[capacity];
            }
            return rejected;
        }
    }

    static Kernels create() {
        return new VectorKernels();
    }

    private VectorKernels() {
        if (D.length() != LANES || I.length() != LANES) {
            throw new IllegalStateException("vector shapes disagree: " + L + ", " + D + ", " + I);
        }
    }

    static int lanes() {
        return LANES;
    }

    /**
     * Draw by draw (k), each over the whole block: the fast path eight lanes at a time, the lanes it rejects (2.8 %
     * of draws, a fifth of the chunks) only listed, then finished one by one after the pass. Handling them in the
     * chunk loop cost a mispredicted branch and a vector spilled and reloaded each time, which was 40 % of the draws'
     * time; listed, each costs a few instructions, and each particle's draw k is still complete before its draw k + 1.
     */
    @Override
    public void normals(long[] state, long[] gamma, boolean[] dead, int from, int to, double[][] out, int count) {
        Scratch scratch = SCRATCH.get();
        int[] rejected = scratch.rejected(to - from);
        int[] layers = scratch.layers;
        for (int k = 0; k < count; k++) {
            double[] o = out[k];
            int n = 0;
            int i = from;
            for (; i <= to - LANES; i += LANES) {
                if (VectorMask.fromArray(L, dead, i).anyTrue()) {
                    ScalarKernels.normals(state, gamma, dead, i, i + LANES, o, from);
                    continue;
                }
                LongVector s = LongVector.fromArray(L, state, i).add(LongVector.fromArray(L, gamma, i));
                s.intoArray(state, i);
                LongVector u = mix64(s);
                ((IntVector) u.and(LAYER_MASK).convertShape(VectorOperators.L2I, I, 0)).intoArray(layers, 0);
                LongVector h = u.lanewise(VectorOperators.ASHR, 8);
                LongVector bound = LongVector.fromArray(L, BOUNDS, 0, layers, 0);
                DoubleVector width = DoubleVector.fromArray(D, WIDTHS, 0, layers, 0);
                ((DoubleVector) h.convert(VectorOperators.L2D, 0)).mul(width).intoArray(o, i - from);
                VectorMask<Long> fast = h.abs().compare(VectorOperators.LT, bound);
                if (!fast.allTrue()) {
                    int many = LANES - fast.trueCount();
                    rejected[n++] = i + (int) LANE.blend(LANES, fast).reduceLanes(VectorOperators.MIN);
                    if (many == 2) {
                        rejected[n++] = i + (int) LANE.blend(-1, fast).reduceLanes(VectorOperators.MAX);
                    } else if (many > 2) {
                        n = listRejected(state, i, rejected, n - 1);
                    }
                }
            }
            ScalarKernels.normals(state, gamma, dead, i, to, o, from);
            for (int q = 0; q < n; q++) {
                int p = rejected[q];
                o[p - from] = Gaussian.finishRejected(state, gamma, p);
            }
        }
    }

    /** Appends the chunk's lanes whose first draw misses the fast path (the scalar test of Gaussian.next). */
    private static int listRejected(long[] state, int i, int[] rejected, int n) {
        for (int j = 0; j < LANES; j++) {
            long u = ParticleStreams.mix64(state[i + j]);
            if (!(Math.abs(u >> 8) < BOUNDS[(int) (u & LAYER_MASK)])) {
                rejected[n++] = i + j;
            }
        }
        return n;
    }

    /** SplitMix64's finaliser (Stafford's mix13), as {@code ParticleStreams.mix64}. */
    private static LongVector mix64(LongVector z) {
        z = z.lanewise(VectorOperators.XOR, z.lanewise(VectorOperators.LSHR, 30)).mul(0xbf58476d1ce4e5b9L);
        z = z.lanewise(VectorOperators.XOR, z.lanewise(VectorOperators.LSHR, 27)).mul(0x94d049bb133111ebL);
        return z.lanewise(VectorOperators.XOR, z.lanewise(VectorOperators.LSHR, 31));
    }

    @Override
    public void noisyStep(double[] x, double[] g, double[] n, boolean[] dead, int from, int to, double eta,
            double sigma) {
        int i = from;
        for (; i <= to - LANES; i += LANES) {
            if (VectorMask.fromArray(D, dead, i).anyTrue()) {
                ScalarKernels.noisyStep(x, g, n, dead, i, i + LANES, eta, sigma, from);
                continue;
            }
            DoubleVector step = DoubleVector.fromArray(D, n, i - from).mul(sigma)
                    .sub(DoubleVector.fromArray(D, g, i - from).mul(eta));
            DoubleVector.fromArray(D, x, i).add(step).intoArray(x, i);
        }
        ScalarKernels.noisyStep(x, g, n, dead, i, to, eta, sigma, from);
    }

    @Override
    public void flagOutside(double[] x, boolean[] dead, int from, int to, double bound) {
        int i = from;
        for (; i <= to - LANES; i += LANES) {
            // The negated comparison is also true for NaN.
            VectorMask<Double> outside = DoubleVector.fromArray(D, x, i).abs().compare(VectorOperators.LE, bound).not();
            if (outside.anyTrue()) {
                outside.or(VectorMask.fromArray(D, dead, i)).intoArray(dead, i);
            }
        }
        ScalarKernels.INSTANCE.flagOutside(x, dead, i, to, bound);
    }

    @Override
    public String describe() {
        return "vector " + LANES + " × 64-bit (" + L.vectorBitSize() + "-bit)";
    }
}
