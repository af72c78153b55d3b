package org.basinscope.engine.landscape;

import org.basinscope.engine.random.Gaussian;
import org.basinscope.engine.random.ParticleStreams;
import org.basinscope.engine.spec.Numbers;

/**
 * A two-dimensional slice through the weights of a tiny neural network (seed 001, the "tiny neural
 * network" of the data-driven examples; seed 002, mode connectivity). The network is
 * z(u) = Σⱼ vⱼ tanh(aⱼu + bⱼ) + c with two hidden tanh units (7 weights); it is fitted by least squares,
 * ℓᵢ = ½(z(uᵢ) − yᵢ)², to n examples uᵢ ~ N(0, 1), yᵢ = z*(uᵢ) + noise·εᵢ labelled by a teacher network w*.
 *
 * <p>Swapping the two hidden units (permutation P) gives a second network P w* with exactly the same
 * function, so the loss has two equivalent minima. The slice is the plane through both:
 * w(x, y) = m + x·d + y·e with m = (w* + Pw*)/2, d = (w* − Pw*)/2 and e a fixed random direction with
 * Pe = e and |e| = |d|. Then w(1, 0) = w*, w(−1, 0) = Pw*, and f(−x, y) = f(x, y) exactly (the network
 * at w(−x, y) is the one at w(x, y) with its units swapped). Between the two basins lies a saddle: the
 * straight line through weight space is not the easiest way from one solution to the other.
 *
 * <p>Everything is exact calculus in the two slice coordinates: each weight is affine in (x, y), so
 * ∇z = Σⱼ [∇vⱼ tⱼ + vⱼ sⱼ ∇hⱼ] + ∇c and ∇²z = Σⱼ [sⱼ(∇vⱼ∇hⱼᵀ + ∇hⱼ∇vⱼᵀ) − 2tⱼsⱼ vⱼ ∇hⱼ∇hⱼᵀ] with
 * hⱼ = aⱼu + bⱼ, tⱼ = tanh hⱼ, sⱼ = 1 − tⱼ²; per example ∇ℓ = r∇z and ∇²ℓ = ∇z∇zᵀ + r∇²z, r = z − y.
 */
public final class TinyNetwork implements FiniteSum {
    private static final int UNITS = 2;
    /** Weight layout: a₀, a₁, b₀, b₁, v₀, v₁, c. */
    private static final int WEIGHTS = 3 * UNITS + 1;
    /** The teacher's weights. */
    private static final double[] TEACHER = {2.0, -1.0, 0.5, 1.0, 1.0, -0.7, 0.0};
    /** Swapping the two hidden units. */
    private static final int[] SWAP = {1, 0, 3, 2, 5, 4, 6};

    private final double[] inputs;
    private final double[] labels;
    private final double noise;
    private final double[] centre = new double[WEIGHTS];
    private final double[] dx = new double[WEIGHTS];
    private final double[] dy = new double[WEIGHTS];

    public TinyNetwork(int n, long dataSeed, double noise) {
        this.noise = Numbers.checkRange("noise", noise, 0, 1e3);
        inputs = new double[n];
        labels = new double[n];
        long[] state = new long[1];
        long[] gamma = new long[1];
        ParticleStreams.seed(dataSeed, 0, 1, state, gamma);
        for (int i = 0; i < n; i++) {
            inputs[i] = Gaussian.next(state, gamma, 0);
            labels[i] = output(TEACHER, inputs[i]) + noise * Gaussian.next(state, gamma, 0);
        }
        double[] random = new double[WEIGHTS];
        for (int k = 0; k < WEIGHTS; k++) {
            random[k] = Gaussian.next(state, gamma, 0);
        }
        double dNorm = 0;
        double eNorm = 0;
        for (int k = 0; k < WEIGHTS; k++) {
            centre[k] = (TEACHER[k] + TEACHER[SWAP[k]]) / 2;
            dx[k] = (TEACHER[k] - TEACHER[SWAP[k]]) / 2;
            dy[k] = (random[k] + random[SWAP[k]]) / 2;
            dNorm += dx[k] * dx[k];
            eNorm += dy[k] * dy[k];
        }
        double scale = Math.sqrt(dNorm / eNorm);
        for (int k = 0; k < WEIGHTS; k++) {
            dy[k] *= scale;
        }
    }

    private static double output(double[] w, double u) {
        return w[4] * Math.tanh(w[0] * u + w[2]) + w[5] * Math.tanh(w[1] * u + w[3]) + w[6];
    }

    /** The network's 7 weights {a₀, a₁, b₀, b₁, v₀, v₁, c} at slice point (x, y). */
    public double[] weights(double x, double y) {
        double[] w = new double[WEIGHTS];
        for (int k = 0; k < WEIGHTS; k++) {
            w[k] = weight(k, x, y);
        }
        return w;
    }

    /** The teacher's weights (the minimum at (1, 0) when the labels carry no noise). */
    public static double[] teacher() {
        return TEACHER.clone();
    }

    /** The network's output at input u for the weights at slice point (x, y). */
    public double predict(double x, double y, double u) {
        return output(weights(x, y), u);
    }

    @Override
    public int examples() {
        return inputs.length;
    }

    @Override
    public int dimension() {
        return 2;
    }

    /** Per-thread room for ∇z and ∇²z of one example, so the hot loops do not allocate. */
    private static final ThreadLocal<double[]> SCRATCH = ThreadLocal.withInitial(() -> new double[5]);

    private double weight(int k, double x, double y) {
        return centre[k] + x * dx[k] + y * dy[k];
    }

    @Override
    public double value(double x, double y) {
        double a0 = weight(0, x, y);
        double a1 = weight(1, x, y);
        double b0 = weight(2, x, y);
        double b1 = weight(3, x, y);
        double v0 = weight(4, x, y);
        double v1 = weight(5, x, y);
        double c = weight(6, x, y);
        double sum = 0;
        for (int i = 0; i < inputs.length; i++) {
            double u = inputs[i];
            double r = v0 * Math.tanh(a0 * u + b0) + v1 * Math.tanh(a1 * u + b1) + c - labels[i];
            sum += 0.5 * r * r;
        }
        return sum / inputs.length;
    }

    /**
     * For example i at slice point (x, y): ∇z into d[0..1] and, with {@code second}, ∇²z into
     * d[2..4] = {z_xx, z_xy, z_yy}; returns the residual z − yᵢ.
     */
    private double derivatives(double x, double y, int i, double[] d, boolean second) {
        double u = inputs[i];
        double z = weight(6, x, y);
        double gx = dx[6];
        double gy = dy[6];
        double hxx = 0;
        double hxy = 0;
        double hyy = 0;
        for (int j = 0; j < UNITS; j++) {
            double t = Math.tanh(weight(j, x, y) * u + weight(2 + j, x, y));
            double s = 1 - t * t;
            double v = weight(4 + j, x, y);
            // ∇h = ∇a·u + ∇b and ∇v are constant along the slice.
            double hx = dx[j] * u + dx[2 + j];
            double hy = dy[j] * u + dy[2 + j];
            double vx = dx[4 + j];
            double vy = dy[4 + j];
            z += v * t;
            gx += vx * t + v * s * hx;
            gy += vy * t + v * s * hy;
            if (second) {
                double curl = -2 * t * s * v;
                hxx += 2 * s * vx * hx + curl * hx * hx;
                hxy += s * (vx * hy + vy * hx) + curl * hx * hy;
                hyy += 2 * s * vy * hy + curl * hy * hy;
            }
        }
        d[0] = gx;
        d[1] = gy;
        if (second) {
            d[2] = hxx;
            d[3] = hxy;
            d[4] = hyy;
        }
        return z - labels[i];
    }

    @Override
    public void exampleGradient(int i, double x, double y, double[] g) {
        double r = derivatives(x, y, i, g, false);
        g[0] *= r;
        g[1] *= r;
    }

    @Override
    public void gradient(double x, double y, double[] g) {
        double[] d = SCRATCH.get();
        double sx = 0;
        double sy = 0;
        for (int i = 0; i < inputs.length; i++) {
            double r = derivatives(x, y, i, d, false);
            sx += r * d[0];
            sy += r * d[1];
        }
        g[0] = sx / inputs.length;
        g[1] = sy / inputs.length;
    }

    @Override
    public void hessian(double x, double y, double[] h) {
        double[] d = SCRATCH.get();
        double hxx = 0;
        double hxy = 0;
        double hyy = 0;
        for (int i = 0; i < inputs.length; i++) {
            double r = derivatives(x, y, i, d, true);
            hxx += d[0] * d[0] + r * d[2];
            hxy += d[0] * d[1] + r * d[3];
            hyy += d[1] * d[1] + r * d[4];
        }
        h[0] = hxx / inputs.length;
        h[1] = hxy / inputs.length;
        h[2] = hyy / inputs.length;
    }

    @Override
    public double[] defaultStart() {
        return new double[] {0.2, 1.5};
    }

    @Override
    public double[] viewBox() {
        return new double[] {-2.5, 2.5, -2.5, 2.5};
    }

    @Override
    public String describe() {
        return "2-unit tanh net: teacher (1, 0), swapped (−1, 0), n = " + inputs.length
                + (noise != 0.1 ? ", noise " + Numbers.format(noise) : "");
    }
}
