package org.basinscope.engine.landscape;

import org.basinscope.engine.random.Gaussian;
import org.basinscope.engine.random.ParticleStreams;
import org.basinscope.engine.spec.Numbers;

/**
 * The two-parameter deep linear model (seed 001, deep-linear example; seed 002, flat vs sharp minima):
 * the prediction w1·w2·xᵢ fits yᵢ = s·xᵢ + noise·εᵢ, with the loss the mean of ½(w1 w2 xᵢ − yᵢ)² over n
 * generated examples. Every point of the hyperbola w1·w2 = ŝ (the least-squares slope Σxy/Σx²) is a
 * minimum, but not an equally sharp one: there the Hessian is m₂·(w2, w1)(w2, w1)ᵀ with m₂ = mean xᵢ², so
 * λmax = m₂(w1² + w2²), smallest at the balanced point |w1| = |w2|. Minibatch noise pushes runs along the
 * valley towards the flatter part.
 */
public final class DeepLinear implements FiniteSum {
    private final double[] xs;
    private final double[] ys;
    private final double target;
    private final double noise;

    public DeepLinear(int n, long dataSeed, double target, double noise) {
        this.target = target;
        this.noise = Numbers.checkRange("noise", noise, 0, 1e3);
        xs = new double[n];
        ys = new double[n];
        long[] state = new long[1];
        long[] gamma = new long[1];
        ParticleStreams.seed(dataSeed, 0, 1, state, gamma);
        for (int i = 0; i < n; i++) {
            xs[i] = Gaussian.next(state, gamma, 0);
            ys[i] = target * xs[i] + noise * Gaussian.next(state, gamma, 0);
        }
    }

    /** The least-squares slope ŝ = Σxy/Σx²: the valley of minima is w1·w2 = ŝ. */
    public double slope() {
        double xy = 0;
        double xx = 0;
        for (int i = 0; i < xs.length; i++) {
            xy += xs[i] * ys[i];
            xx += xs[i] * xs[i];
        }
        return xy / xx;
    }

    /** Mean of xᵢ²: the curvature scale m₂. */
    public double secondMoment() {
        double xx = 0;
        for (double x : xs) {
            xx += x * x;
        }
        return xx / xs.length;
    }

    @Override
    public int examples() {
        return xs.length;
    }

    @Override
    public int dimension() {
        return 2;
    }

    /** Two layers of one weight each: filter-normalised directions scale w1 and w2 on their own. */
    @Override
    public java.util.List<ParameterBlock> parameterBlocks() {
        return java.util.List.of(new ParameterBlock(0, 1), new ParameterBlock(1, 2));
    }

    @Override
    public void exampleGradient(int i, double w1, double w2, double[] g) {
        double r = w1 * w2 * xs[i] - ys[i];
        g[0] = r * w2 * xs[i];
        g[1] = r * w1 * xs[i];
    }

    @Override
    public double value(double w1, double w2) {
        double sum = 0;
        for (int i = 0; i < xs.length; i++) {
            double r = w1 * w2 * xs[i] - ys[i];
            sum += 0.5 * r * r;
        }
        return sum / xs.length;
    }

    @Override
    public void gradient(double w1, double w2, double[] g) {
        // ∂/∂w1 = mean(r·w2·x), ∂/∂w2 = mean(r·w1·x), with mean(r·x) = w1 w2 m₂ − mean(xy).
        double rx = w1 * w2 * secondMomentCached() - meanXy();
        g[0] = rx * w2;
        g[1] = rx * w1;
    }

    @Override
    public void hessian(double w1, double w2, double[] h) {
        double m2 = secondMomentCached();
        double rx = w1 * w2 * m2 - meanXy();
        h[0] = m2 * w2 * w2;
        h[1] = m2 * w1 * w2 + rx;
        h[2] = m2 * w1 * w1;
    }

    private double m2Cache = Double.NaN;
    private double xyCache = Double.NaN;

    private double secondMomentCached() {
        if (Double.isNaN(m2Cache)) {
            m2Cache = secondMoment();
        }
        return m2Cache;
    }

    private double meanXy() {
        if (Double.isNaN(xyCache)) {
            double xy = 0;
            for (int i = 0; i < xs.length; i++) {
                xy += xs[i] * ys[i];
            }
            xyCache = xy / xs.length;
        }
        return xyCache;
    }

    @Override
    public double[] defaultStart() {
        return new double[] {0.3, 2.5};
    }

    @Override
    public double[] viewBox() {
        return new double[] {-3, 3, -3, 3};
    }

    @Override
    public String describe() {
        return "deep linear: w1·w2·x fits " + Numbers.format(target) + "·x, n = " + xs.length;
    }
}
