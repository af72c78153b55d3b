package org.basinscope.engine.landscape.mlp;

import java.util.Arrays;
import java.util.Optional;
import org.basinscope.engine.data.DataSet;
import org.basinscope.engine.landscape.VectorFiniteSum;
import org.basinscope.engine.landscape.VectorLandscape;
import org.basinscope.engine.random.Gaussian;
import org.basinscope.engine.random.ParticleStreams;
import org.basinscope.engine.spec.InvalidInputException;

/**
 * A multilayer perceptron's training loss on a labelled data set, as a function of all its weights and biases
 * θ ∈ ℝ^d: f(θ) = (1/n) Σᵢ ℓ(z(xᵢ; θ), yᵢ), with hidden layers a_{l+1} = σ(W_l a_l + b_l) of the chosen widths,
 * a linear output layer z = W a + b of one unit per class, and the loss {@link OutputLoss} (one-hot squared
 * error or softmax cross-entropy). It is a {@link VectorFiniteSum}, so the minibatch gradient samples real
 * examples, and it reports training {@link #accuracy()} (the largest output is the predicted class).
 *
 * <p>Everything is exact: gradients by backpropagation, H·v by Pearlmutter's R-operator (forward-over-reverse,
 * "Fast exact multiplication by the Hessian", Neural Computation 6, 1994): a forward pass of R(u_l) =
 * V_l a_l + W_l R(a_l) + v_l and a backward pass of R(δ_l) = σ''(u_l)R(u_l)⊙(W_lᵀδ_{l+1}) +
 * σ'(u_l)⊙(V_lᵀδ_{l+1} + W_lᵀR(δ_{l+1})) from R(δ_L) = H_z R(z). ReLU's kinks count as flat (σ'' = 0).
 *
 * <p>Layout of θ: layer by layer from the input, W_l row-major (one row per output unit), then b_l.
 * {@link #defaultStart()}: biases 0, weights N(0, s²) with Glorot's s² = 2/(fan-in + fan-out) for tanh and He's
 * s² = 2/fan-in for ReLU, drawn from stream 1 of {@link ParticleStreams} for the landscape's seed (the data
 * generators use stream 0). Scratch is per thread and reused, so {@link #gradients} and the batch methods do not
 * allocate once warm.
 */
public final class Mlp implements VectorFiniteSum {
    /** The widest hidden layer. */
    public static final int MAX_WIDTH = 4096;
    /** The most hidden layers. */
    public static final int MAX_HIDDEN_LAYERS = 8;

    private final DataSet data;
    /** p, h1, …, c. */
    private final int[] widths;
    private final int layers;
    /** Where W_l starts in θ; b_l follows it. */
    private final int[] offset;
    private final int dimension;
    private final Activation activation;
    private final OutputLoss loss;
    private final double[] start;
    private final ThreadLocal<Buffers> buffers;

    /**
     * @param hidden the hidden widths, 1 … {@value #MAX_HIDDEN_LAYERS} of them, each 1 … {@value #MAX_WIDTH}
     * @param seed   the initialisation's seed ({@link #defaultStart()})
     */
    public Mlp(DataSet data, int[] hidden, Activation activation, OutputLoss loss, long seed) {
        if (hidden.length < 1 || hidden.length > MAX_HIDDEN_LAYERS) {
            throw new InvalidInputException("landscape mlp needs 1 to " + MAX_HIDDEN_LAYERS + " hidden layers, got "
                    + hidden.length);
        }
        this.data = data;
        this.activation = activation;
        this.loss = loss;
        widths = new int[hidden.length + 2];
        widths[0] = data.features();
        for (int l = 0; l < hidden.length; l++) {
            if (hidden[l] < 1 || hidden[l] > MAX_WIDTH) {
                throw new InvalidInputException("landscape mlp hidden width " + hidden[l]
                        + " is outside the allowed range [1, " + MAX_WIDTH + "]");
            }
            widths[l + 1] = hidden[l];
        }
        widths[widths.length - 1] = data.classes();
        layers = widths.length - 1;
        offset = new int[layers];
        long d = 0;
        for (int l = 0; l < layers; l++) {
            offset[l] = (int) Math.min(d, Integer.MAX_VALUE);
            d += (long) widths[l + 1] * (widths[l] + 1);
        }
        if (d > VectorLandscape.MAX_DIMENSION) {
            throw new InvalidInputException("landscape mlp " + architecture() + " has " + d
                    + " weights and biases; the allowed range is [1, " + VectorLandscape.MAX_DIMENSION + "]");
        }
        dimension = (int) d;
        start = initialWeights(seed);
        buffers = ThreadLocal.withInitial(() -> new Buffers(widths, dimension));
    }

    private double[] initialWeights(long seed) {
        long[] state = new long[2];
        long[] gamma = new long[2];
        ParticleStreams.seed(seed, 0, 2, state, gamma);
        double[] theta = new double[dimension];
        for (int l = 0; l < layers; l++) {
            int in = widths[l];
            int out = widths[l + 1];
            double variance = activation == Activation.RELU ? 2.0 / in : 2.0 / (in + out);
            double s = Math.sqrt(variance);
            for (int k = 0; k < in * out; k++) {
                theta[offset[l] + k] = s * Gaussian.next(state, gamma, 1);
            }
        }
        return theta;
    }

    /** p→h1→…→c. */
    public String architecture() {
        StringBuilder b = new StringBuilder();
        for (int l = 0; l < widths.length; l++) {
            b.append(l == 0 ? "" : "→").append(widths[l]);
        }
        return b.toString();
    }

    public DataSet data() {
        return data;
    }

    @Override
    public int dimension() {
        return dimension;
    }

    @Override
    public int examples() {
        return data.size();
    }

    @Override
    public double[] defaultStart() {
        return start.clone();
    }

    @Override
    public String describe() {
        String l = loss == OutputLoss.MSE ? "½‖z − e_y‖²" : "softmax cross-entropy";
        return "MLP " + architecture() + " (" + activation.name().toLowerCase(java.util.Locale.ROOT) + "), " + l
                + " on " + data.name() + " (n = " + data.size() + "): d = " + dimension + " weights and biases";
    }

    @Override
    public double value(double[] theta) {
        return sum(theta, null, data.size(), null) / data.size();
    }

    @Override
    public void gradient(double[] theta, double[] g) {
        mean(theta, null, data.size(), g);
    }

    @Override
    public double batchValue(double[] theta, int[] examples, int count) {
        return sum(theta, examples, count, null) / count;
    }

    @Override
    public void batchGradient(double[] theta, int[] examples, int count, double[] g) {
        mean(theta, examples, count, g);
    }

    /** One particle at a time through this thread's scratch: gather, backpropagate over all n, scatter. */
    @Override
    public void gradients(double[][] x, int from, int to, double[][] g) {
        Buffers b = buffers.get();
        double[] theta = b.theta;
        double[] grad = b.grad;
        for (int i = from; i < to; i++) {
            for (int k = 0; k < dimension; k++) {
                theta[k] = x[k][i];
            }
            mean(theta, null, data.size(), grad);
            for (int k = 0; k < dimension; k++) {
                g[k][i - from] = grad[k];
            }
        }
    }

    /** Pearlmutter's R-operator over all n examples: exact H(θ)·v. */
    @Override
    public void hessianVector(double[] theta, double[] v, double[] hv) {
        Buffers b = buffers.get();
        Arrays.fill(hv, 0, dimension, 0.0);
        int n = data.size();
        int c = data.classes();
        for (int i = 0; i < n; i++) {
            forward(theta, i, b);
            loss.apply(b.a[layers], c, data.label(i), b.delta[layers]);
            rForward(theta, v, b);
            loss.curvature(b.delta[layers], c, data.label(i), b.ra[layers], b.rdelta[layers]);
            rBackward(theta, v, b, hv);
        }
        for (int k = 0; k < dimension; k++) {
            hv[k] /= n;
        }
    }

    /** The fraction of the n examples whose largest output is their class (ties go to the lower class). */
    @Override
    public Optional<Accuracy> accuracy() {
        return Optional.of(this::trainingAccuracy);
    }

    @Override
    public Optional<Scorer> scorer() {
        return Optional.of(new Scorer() {
            @Override
            public DataSet data() {
                return data;
            }

            @Override
            public void scores(double[] theta, double[] x, double[] out) {
                Buffers b = buffers.get();
                forward(theta, x, 0, b);
                System.arraycopy(b.a[layers], 0, out, 0, data.classes());
            }
        });
    }

    private double trainingAccuracy(double[] theta) {
        Buffers b = buffers.get();
        int n = data.size();
        int c = data.classes();
        int right = 0;
        for (int i = 0; i < n; i++) {
            forward(theta, i, b);
            double[] z = b.a[layers];
            int best = 0;
            for (int k = 1; k < c; k++) {
                if (z[k] > z[best]) {
                    best = k;
                }
            }
            if (best == data.label(i)) {
                right++;
            }
        }
        return (double) right / n;
    }

    private void mean(double[] theta, int[] examples, int count, double[] g) {
        sum(theta, examples, count, g);
        double scale = 1.0 / count;
        for (int k = 0; k < dimension; k++) {
            g[k] *= scale;
        }
    }

    /**
     * Σ ℓᵢ over examples[0..count) (all n in order when {@code examples} is null); with {@code g} non-null also
     * writes Σ ∇ℓᵢ into it.
     */
    private double sum(double[] theta, int[] examples, int count, double[] g) {
        Buffers b = buffers.get();
        if (g != null) {
            Arrays.fill(g, 0, dimension, 0.0);
        }
        int c = data.classes();
        double total = 0;
        for (int j = 0; j < count; j++) {
            int i = examples == null ? j : examples[j];
            forward(theta, i, b);
            total += loss.apply(b.a[layers], c, data.label(i), b.delta[layers]);
            if (g != null) {
                backward(theta, b, g);
            }
        }
        return total;
    }

    /** a_0 = xᵢ, a_{l+1} = σ(W_l a_l + b_l), the last layer linear. */
    private void forward(double[] theta, int i, Buffers b) {
        forward(theta, data.inputs(), i * widths[0], b);
    }

    /** The forward pass from the input at {@code x[from …]} (a training example or any point of input space). */
    private void forward(double[] theta, double[] input, int from, Buffers b) {
        int p = widths[0];
        System.arraycopy(input, from, b.a[0], 0, p);
        for (int l = 0; l < layers; l++) {
            int in = widths[l];
            int out = widths[l + 1];
            int w = offset[l];
            int bias = w + out * in;
            double[] x = b.a[l];
            double[] y = b.a[l + 1];
            boolean hidden = l < layers - 1;
            for (int j = 0; j < out; j++) {
                double s = theta[bias + j];
                int row = w + j * in;
                for (int k = 0; k < in; k++) {
                    s += theta[row + k] * x[k];
                }
                y[j] = hidden ? activation.apply(s) : s;
            }
        }
    }

    /** From δ_L = ∂ℓ/∂z: adds ∂ℓ/∂W_l = δ_{l+1} a_lᵀ and ∂ℓ/∂b_l = δ_{l+1}; δ_l = σ'(u_l) ⊙ W_lᵀδ_{l+1}. */
    private void backward(double[] theta, Buffers b, double[] g) {
        for (int l = layers - 1; l >= 0; l--) {
            int in = widths[l];
            int out = widths[l + 1];
            int w = offset[l];
            int bias = w + out * in;
            double[] x = b.a[l];
            double[] delta = b.delta[l + 1];
            for (int j = 0; j < out; j++) {
                double dj = delta[j];
                g[bias + j] += dj;
                if (dj != 0) {
                    int row = w + j * in;
                    for (int k = 0; k < in; k++) {
                        g[row + k] += dj * x[k];
                    }
                }
            }
            if (l > 0) {
                double[] back = b.delta[l];
                Arrays.fill(back, 0, in, 0.0);
                for (int j = 0; j < out; j++) {
                    double dj = delta[j];
                    if (dj != 0) {
                        int row = w + j * in;
                        for (int k = 0; k < in; k++) {
                            back[k] += theta[row + k] * dj;
                        }
                    }
                }
                for (int k = 0; k < in; k++) {
                    back[k] *= activation.slope(x[k]);
                }
            }
        }
    }

    /** R(a_0) = 0; R(u_l) = V_l a_l + W_l R(a_l) + v_l; R(a_{l+1}) = σ'(u_l) R(u_l) (the output: R(z) = R(u)). */
    private void rForward(double[] theta, double[] v, Buffers b) {
        for (int l = 0; l < layers; l++) {
            int in = widths[l];
            int out = widths[l + 1];
            int w = offset[l];
            int bias = w + out * in;
            double[] x = b.a[l];
            double[] rx = b.ra[l];
            double[] y = b.a[l + 1];
            double[] ry = b.ra[l + 1];
            boolean hidden = l < layers - 1;
            for (int j = 0; j < out; j++) {
                double s = v[bias + j];
                int row = w + j * in;
                for (int k = 0; k < in; k++) {
                    s += v[row + k] * x[k] + theta[row + k] * rx[k];
                }
                ry[j] = hidden ? activation.slope(y[j]) * s : s;
            }
        }
    }

    /**
     * From δ_L and R(δ_L) = H_z R(z): adds R(∂ℓ/∂W_l) = R(δ_{l+1}) a_lᵀ + δ_{l+1} R(a_l)ᵀ and R(∂ℓ/∂b_l) =
     * R(δ_{l+1}) into {@code hv}, carrying δ and R(δ) down together.
     */
    private void rBackward(double[] theta, double[] v, Buffers b, double[] hv) {
        for (int l = layers - 1; l >= 0; l--) {
            int in = widths[l];
            int out = widths[l + 1];
            int w = offset[l];
            int bias = w + out * in;
            double[] x = b.a[l];
            double[] rx = b.ra[l];
            double[] delta = b.delta[l + 1];
            double[] rdelta = b.rdelta[l + 1];
            for (int j = 0; j < out; j++) {
                double dj = delta[j];
                double rdj = rdelta[j];
                hv[bias + j] += rdj;
                int row = w + j * in;
                for (int k = 0; k < in; k++) {
                    hv[row + k] += rdj * x[k] + dj * rx[k];
                }
            }
            if (l > 0) {
                double[] back = b.delta[l];
                double[] rback = b.rdelta[l];
                Arrays.fill(back, 0, in, 0.0);
                Arrays.fill(rback, 0, in, 0.0);
                for (int j = 0; j < out; j++) {
                    double dj = delta[j];
                    double rdj = rdelta[j];
                    int row = w + j * in;
                    for (int k = 0; k < in; k++) {
                        back[k] += theta[row + k] * dj;
                        rback[k] += v[row + k] * dj + theta[row + k] * rdj;
                    }
                }
                for (int k = 0; k < in; k++) {
                    double slope = activation.slope(x[k]);
                    rback[k] = activation.curvatureTimesR(x[k], rx[k]) * back[k] + slope * rback[k];
                    back[k] = slope * back[k];
                }
            }
        }
    }

    /** One thread's activations, deltas and their R-images per layer, and a gathered point and gradient. */
    private static final class Buffers {
        final double[][] a;
        final double[][] delta;
        final double[][] ra;
        final double[][] rdelta;
        final double[] theta;
        final double[] grad;

        Buffers(int[] widths, int dimension) {
            a = new double[widths.length][];
            delta = new double[widths.length][];
            ra = new double[widths.length][];
            rdelta = new double[widths.length][];
            for (int l = 0; l < widths.length; l++) {
                a[l] = new double[widths[l]];
                delta[l] = new double[widths[l]];
                ra[l] = new double[widths[l]];
                rdelta[l] = new double[widths[l]];
            }
            theta = new double[dimension];
            grad = new double[dimension];
        }
    }
}
