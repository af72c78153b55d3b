package org.basinscope.engine.landscape;

import org.basinscope.engine.random.Gaussian;
import org.basinscope.engine.random.ParticleStreams;
import org.basinscope.engine.spec.Numbers;

/**
 * A two-parameter model fitted to generated data: the loss over θ = (x, y) is the mean of per-example
 * losses (seed 001's worked example: θ* = (1, −0.5), n = 100). Features xᵢ ~ N(0, I₂) and labels are
 * drawn once from the data seed, by our own generator, so a spec names the same data everywhere.
 * <ul>
 * <li>{@code linear-regression}: yᵢ = xᵢ·θ* + s·εᵢ, ℓᵢ = ½(xᵢ·θ − yᵢ)². The loss is quadratic with
 * H = XᵀX/n; its minimiser is the least-squares θ̂ (not θ*: the noise moves it).</li>
 * <li>{@code logistic-regression}: yᵢ ~ Bernoulli(σ(xᵢ·θ*)), ℓᵢ = log(1 + e^{xᵢ·θ}) − yᵢ xᵢ·θ (binary
 * cross-entropy), H = (1/n) Σ σ(1 − σ) xᵢxᵢᵀ.</li>
 * </ul>
 */
public final class Regression implements FiniteSum {
    /** The model fitted. */
    public enum Model {
        LINEAR, LOGISTIC
    }

    private final Model model;
    private final double[] fx;
    private final double[] fy;
    private final double[] labels;
    private final double[] truth;
    private final double noise;
    private final long dataSeed;

    public Regression(Model model, int n, long dataSeed, double t1, double t2, double noise) {
        this.model = model;
        this.truth = new double[] {t1, t2};
        this.noise = Numbers.checkRange("noise", noise, 0, 1e3);
        this.dataSeed = dataSeed;
        fx = new double[n];
        fy = new double[n];
        labels = new double[n];
        long[] state = new long[1];
        long[] gamma = new long[1];
        ParticleStreams.seed(dataSeed, 0, 1, state, gamma);
        for (int i = 0; i < n; i++) {
            fx[i] = Gaussian.next(state, gamma, 0);
            fy[i] = Gaussian.next(state, gamma, 0);
            double z = fx[i] * t1 + fy[i] * t2;
            labels[i] = model == Model.LINEAR ? z + noise * Gaussian.next(state, gamma, 0)
                    : ParticleStreams.nextUniform(state, gamma, 0) < sigmoid(z) ? 1 : 0;
        }
    }

    /** Itself when the model is linear (least squares), else null. */
    @Override
    public Regression linearLeastSquares() {
        return model == Model.LINEAR ? this : null;
    }

    public Model model() {
        return model;
    }

    /** The data: {x-features, y-features, labels} (copies). */
    public double[][] data() {
        return new double[][] {fx.clone(), fy.clone(), labels.clone()};
    }

    /** The parameter the labels were generated from. */
    public double[] truth() {
        return truth.clone();
    }

    @Override
    public int examples() {
        return fx.length;
    }

    @Override
    public int dimension() {
        return 2;
    }

    private static double sigmoid(double z) {
        return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
    }

    /** log(1 + e^z) without overflow. */
    private static double softplus(double z) {
        return z > 0 ? z + Math.log1p(Math.exp(-z)) : Math.log1p(Math.exp(z));
    }

    private double exampleLoss(int i, double x, double y) {
        double z = fx[i] * x + fy[i] * y;
        if (model == Model.LINEAR) {
            double r = z - labels[i];
            return 0.5 * r * r;
        }
        return softplus(z) - labels[i] * z;
    }

    /** dℓᵢ/dz at z = xᵢ·θ: the residual (linear) or σ(z) − yᵢ (logistic). */
    private double slope(int i, double x, double y) {
        double z = fx[i] * x + fy[i] * y;
        return model == Model.LINEAR ? z - labels[i] : sigmoid(z) - labels[i];
    }

    @Override
    public void exampleGradient(int i, double x, double y, double[] g) {
        double s = slope(i, x, y);
        g[0] = s * fx[i];
        g[1] = s * fy[i];
    }

    @Override
    public double value(double x, double y) {
        double sum = 0;
        for (int i = 0; i < fx.length; i++) {
            sum += exampleLoss(i, x, y);
        }
        return sum / fx.length;
    }

    @Override
    public void gradient(double x, double y, double[] g) {
        double gx = 0;
        double gy = 0;
        for (int i = 0; i < fx.length; i++) {
            double s = slope(i, x, y);
            gx += s * fx[i];
            gy += s * fy[i];
        }
        g[0] = gx / fx.length;
        g[1] = gy / fx.length;
    }

    @Override
    public void hessian(double x, double y, double[] h) {
        double hxx = 0;
        double hxy = 0;
        double hyy = 0;
        for (int i = 0; i < fx.length; i++) {
            double w = 1;
            if (model == Model.LOGISTIC) {
                double p = sigmoid(fx[i] * x + fy[i] * y);
                w = p * (1 - p);
            }
            hxx += w * fx[i] * fx[i];
            hxy += w * fx[i] * fy[i];
            hyy += w * fy[i] * fy[i];
        }
        h[0] = hxx / fx.length;
        h[1] = hxy / fx.length;
        h[2] = hyy / fx.length;
    }

    /** Logistic regression classifies: example i is labelled 1 where xᵢ·θ &gt; 0 (σ &gt; ½). */
    @Override
    public java.util.Optional<Classifier> classifier() {
        return model == Model.LOGISTIC ? java.util.Optional.of(this::accuracy) : java.util.Optional.empty();
    }

    private double accuracy(double x, double y) {
        int right = 0;
        for (int i = 0; i < fx.length; i++) {
            boolean one = fx[i] * x + fy[i] * y > 0;
            if (one == (labels[i] == 1)) {
                right++;
            }
        }
        return (double) right / fx.length;
    }

    /** Linear regression's least-squares minimiser θ̂ = (XᵀX)⁻¹Xᵀy. */
    public double[] leastSquares() {
        double a = 0;
        double b = 0;
        double c = 0;
        double u = 0;
        double v = 0;
        for (int i = 0; i < fx.length; i++) {
            a += fx[i] * fx[i];
            b += fx[i] * fy[i];
            c += fy[i] * fy[i];
            u += fx[i] * labels[i];
            v += fy[i] * labels[i];
        }
        double det = a * c - b * b;
        return new double[] {(c * u - b * v) / det, (a * v - b * u) / det};
    }

    @Override
    public double[] defaultStart() {
        return new double[] {truth[0] - 1.5, truth[1] + 1.5};
    }

    @Override
    public double[] viewBox() {
        return new double[] {truth[0] - 2.5, truth[0] + 2.5, truth[1] - 2.5, truth[1] + 2.5};
    }

    @Override
    public String describe() {
        return (model == Model.LINEAR ? "least squares" : "logistic loss") + ", n = " + fx.length + ", θ* = ("
                + Numbers.format(truth[0]) + ", " + Numbers.format(truth[1]) + ")"
                + (model == Model.LINEAR && noise != 0.5 ? ", noise " + Numbers.format(noise) : "")
                + (dataSeed != 1 ? ", data seed " + dataSeed : "");
    }
}
