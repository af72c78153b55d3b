package org.basinscope.engine.dynamics;

import java.util.Set;
import org.basinscope.engine.equilibrium.MinibatchCovariance;
import org.basinscope.engine.landscape.FiniteSum;
import org.basinscope.engine.landscape.Landscape;
import org.basinscope.engine.landscape.VectorFiniteSum;
import org.basinscope.engine.landscape.VectorLandscape;
import org.basinscope.engine.random.KeyedPermutation;
import org.basinscope.engine.random.ParticleStreams;
import org.basinscope.engine.spec.InvalidInputException;

/**
 * The mean gradient of a real minibatch of a data-driven loss ({@link FiniteSum}), (1/B) Σ_{i∈batch} ∇ℓᵢ(x)
 * (seed 001, "Discrete SGD vs continuous SDE"). Two ways to draw the batches:
 * <ul>
 * <li>{@code epoch} (random reshuffling, the default and what training code does): each particle walks
 * through its own random permutation of the n examples, B at a time, and draws a new permutation when it
 * has seen all n (a batch may straddle two epochs when B does not divide n);</li>
 * <li>{@code independent}: every step draws a fresh batch of B distinct examples. Its error has covariance
 * c_B·S(x), c_B = (n − B)/(B(n − 1)), S the per-example gradient covariance, independent from step to step:
 * the model behind the SDE and the Lyapunov covariance ({@code equilibrium.MinibatchCovariance}).</li>
 * </ul>
 * Within an epoch reshuffled batches partition the data, so their errors sum to zero over the epoch. B ≥ n is
 * the full batch. Per particle the state is its permutation key (two 32-bit halves) and the position in the
 * permutation — no index arrays.
 */
public final class MinibatchGradient implements GradientSource {
    /** How batches are drawn. */
    public enum Sampling {
        EPOCH, INDEPENDENT
    }

    private static final int POSITION = 0;
    private static final int KEY_LOW = 1;
    private static final int KEY_HIGH = 2;
    private final Sampling sampling;

    public MinibatchGradient(Sampling sampling) {
        this.sampling = sampling;
    }

    public Sampling sampling() {
        return sampling;
    }

    @Override
    public String name() {
        return "minibatch";
    }

    @Override
    public String describe() {
        return "(1/B)Σ_batch ∇ℓᵢ(x), batches of real examples ("
                + (sampling == Sampling.EPOCH ? "reshuffled every epoch" : "drawn afresh every step") + ")";
    }

    @Override
    public Set<Param> parameters() {
        return Set.of(Param.BATCH);
    }

    @Override
    public boolean stochastic() {
        return true;
    }

    /** Minibatch SGD ({@link MinibatchSgd}, the catalog's {@code minibatch}). */
    @Override
    public Dynamics descent() {
        return new MinibatchSgd(this, false);
    }

    /** SGLD: the Euler–Maruyama step with this gradient (the catalog's {@code sgld}). */
    @Override
    public Dynamics langevin(OverdampedLangevin.Scheme scheme) {
        if (scheme != OverdampedLangevin.Scheme.EM) {
            throw new InvalidInputException("with a minibatch gradient langevin is SGLD, the Euler–Maruyama step: "
                    + "use scheme=em (heun and lm need the exact gradient)");
        }
        return new MinibatchSgd(this, true);
    }

    @Override
    public String incompatibility(Landscape f) {
        return f.finiteSum() != null ? null
                : "a minibatch gradient samples examples of a data set: pick linear-regression, logistic-regression, "
                        + "deep-linear or tiny-network (on an analytic landscape use the noisy gradient, whose noise is "
                        + "modelled)";
    }

    @Override
    public int auxiliaryArrays() {
        return 3;
    }

    @Override
    public void start(Landscape f, ParticleArrays s, int base, int from, int to) {
        int n = f.finiteSum().examples();
        for (int i = from; i < to; i++) {
            // Position n means "epoch used up": the first step draws a permutation.
            s.aux[base + POSITION][i] = n;
        }
    }

    /**
     * The sum (not yet the mean) of the gradients of particle i's next batch of {@code batch} examples at
     * (x, y), into {@code sum[0..1]}; advances its place in the epoch. {@code g} is scratch for two values.
     */
    void batchSum(FiniteSum data, int batch, ParticleArrays s, int base, int i, double x, double y, double[] g,
            double[] sum) {
        int n = data.examples();
        double gx = 0;
        double gy = 0;
        beginBatch(n, batch, s, base, i);
        for (int b = 0; b < batch; b++) {
            data.exampleGradient(nextExample(n, s, base, i, KeyedPermutation.PLANAR_ROUNDS), x, y, g);
            gx += g[0];
            gy += g[1];
        }
        sum[0] = gx;
        sum[1] = gy;
    }

    /** Independent batches and the full batch start every batch on a fresh permutation. */
    private void beginBatch(int n, int batch, ParticleArrays s, int base, int i) {
        if (sampling == Sampling.INDEPENDENT || batch == n) {
            // A fresh permutation: its first B positions are B distinct examples.
            s.aux[base + POSITION][i] = n;
        }
    }

    /**
     * The example at particle i's place in its permutation of {@code rounds} Feistel rounds
     * ({@link KeyedPermutation}: 4 in the plane, for the planar bits; 8 in d dimensions, uniform on small data
     * sets too), advancing the place; at the end of the epoch (place n) it first draws a new permutation key from
     * the particle's stream.
     */
    private static int nextExample(int n, ParticleArrays s, int base, int i, int rounds) {
        double[] position = s.aux[base + POSITION];
        double[] keyLow = s.aux[base + KEY_LOW];
        double[] keyHigh = s.aux[base + KEY_HIGH];
        int k = (int) position[i];
        if (k >= n) {
            long key = ParticleStreams.nextLong(s.seeds, s.gammas, i);
            keyLow[i] = (int) key;
            keyHigh[i] = (int) (key >>> 32);
            k = 0;
        }
        long key = ((long) keyHigh[i] << 32) | ((long) keyLow[i] & 0xffffffffL);
        position[i] = k + 1;
        return KeyedPermutation.apply(k, key, n, rounds);
    }

    @Override
    public boolean samplesData() {
        return true;
    }

    /** Real minibatches in d dimensions, on a {@link VectorFiniteSum}. */
    @Override
    public boolean anyDimension() {
        return true;
    }

    @Override
    public String incompatibilityInDimensions(VectorLandscape f) {
        return f.asFiniteSum().isPresent() ? null
                : "a minibatch gradient samples examples of a data set: in d dimensions pick mlp (the planar "
                        + "linear-regression, logistic-regression, deep-linear and tiny-network run in the plane; on an "
                        + "analytic landscape use the noisy gradient, whose noise is modelled)";
    }

    @Override
    public void startInDimensions(VectorLandscape f, ParticleArrays s, int base, int from, int to) {
        int n = data(f).examples();
        for (int i = from; i < to; i++) {
            s.aux[base + POSITION][i] = n; // "epoch used up": the first step draws a permutation
        }
    }

    /**
     * Per live particle: gathers its point, draws its next batch of B indices as in the plane (same keys from
     * its stream, same walk through the epoch; eight Feistel rounds instead of four) and writes the batch's mean
     * gradient (1/B) Σ_{i∈batch} ∇ℓᵢ.
     */
    @Override
    public void estimate(VectorLandscape f, Params p, ParticleArrays s, int base, double[][] x, int lo, int from,
            int to, VectorWorkspace w) {
        VectorFiniteSum data = data(f);
        int n = data.examples();
        int batch = (int) Math.min(n, p.batch());
        int[] examples = w.examples(batch);
        double[] theta = w.sourcePoint;
        double[] grad = w.sourceGradient;
        int d = s.dimension;
        for (int i = from; i < to; i++) {
            if (s.diverged[i]) {
                continue;
            }
            int j = i - from;
            for (int k = 0; k < d; k++) {
                theta[k] = x[k][lo + j];
            }
            beginBatch(n, batch, s, base, i);
            for (int b = 0; b < batch; b++) {
                examples[b] = nextExample(n, s, base, i, KeyedPermutation.ROUNDS);
            }
            data.batchGradient(theta, examples, batch, grad);
            for (int k = 0; k < d; k++) {
                w.g[k][j] = grad[k];
            }
        }
    }

    private static VectorFiniteSum data(VectorLandscape f) {
        return f.asFiniteSum().orElseThrow(() -> new IllegalStateException("not a data set: " + f.describe()));
    }

    /** The batch actually drawn: B, or all n examples when B ≥ n. */
    static int batch(FiniteSum data, Params p) {
        return (int) Math.min(data.examples(), p.batch());
    }

    @Override
    public void estimate(Landscape f, Params p, ParticleArrays s, int base, double[] x, double[] y, int lo, int from,
            int to, Workspace w) {
        FiniteSum data = f.finiteSum();
        int batch = batch(data, p);
        double[] g = w.hessian;
        double[] sum = w.pair;
        for (int i = from; i < to; i++) {
            if (s.diverged[i]) {
                continue;
            }
            int k = i - from;
            batchSum(data, batch, s, base, i, x[lo + k], y[lo + k], g, sum);
            w.gx[k] = sum[0] / batch;
            w.gy[k] = sum[1] / batch;
        }
    }

    /** c_B·S(x, y), c_B the factor of a mean of B draws without replacement (each step's batch is such a draw). */
    @Override
    public double[] covariance(Landscape f, Params p, double x, double y) {
        FiniteSum data = f.finiteSum();
        double[] s = data.gradientCovariance(x, y);
        double c = MinibatchCovariance.batchFactor(data.examples(), p.batch());
        return new double[] {c * s[0], c * s[1], c * s[2]};
    }

    /** A data set's noise is not shaped like the curvature in general. */
    @Override
    public double directionalVariance(Params p, double lambda) {
        return Double.NaN;
    }

    @Override
    public double temperatureScale(Params p) {
        return Double.NaN;
    }

    @Override
    public boolean independentErrors() {
        return sampling == Sampling.INDEPENDENT;
    }
}
