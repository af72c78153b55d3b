package org.basinscope.engine.landscape;

import java.util.Optional;

/**
 * A loss surface f over one or two coordinates, with its exact gradient and Hessian.
 *
 * <p><b>Extension contract.</b> Implement {@link #dimension()}, {@link #value}, {@link #gradient},
 * {@link #hessian}, {@link #defaultStart()}, {@link #viewBox()} and {@link #describe()}; register a
 * factory in {@link LandscapeCatalog}. The command line, the app, every dynamics and every analysis
 * then work with it. Implementations are immutable and safe to call from several threads at once.
 *
 * <p>Coordinates are always passed as {@code (x, y)}; a 1-D landscape ignores {@code y} and reports a
 * zero y-gradient and zero y-curvature, so 1-D and 2-D code paths share one signature.
 * Outside its domain (log of a negative number, overflow) a landscape returns NaN or infinity;
 * the ensemble counts such particles as diverged rather than failing.
 *
 * <p>A planar landscape is the d = 1, 2 case of {@link VectorLandscape}: the vector methods below are
 * defaults that call the (x, y) ones, with the exact Hessian for H·v, so a d-dimensional caller gets the
 * same numbers as a planar one.
 */
public interface Landscape extends VectorLandscape {

    /** 1 or 2. */
    @Override
    int dimension();

    /** f(x, y). */
    double value(double x, double y);

    /** Writes ∂f/∂x into {@code g[0]} and ∂f/∂y into {@code g[1]} (0 for a 1-D landscape). */
    void gradient(double x, double y, double[] g);

    /** Writes f_xx, f_xy, f_yy into {@code h[0..2]} (f_xy = f_yy = 0 for a 1-D landscape). */
    void hessian(double x, double y, double[] h);

    /**
     * Gradients of a block of particles stored as structure-of-arrays: for {@code i} in
     * {@code [from, to)}, writes ∂f/∂x(x[i], y[i]) into {@code gx[i - from]} and ∂f/∂y into
     * {@code gy[i - from]}. This is the ensemble's hot path; the default calls {@link #gradient}
     * per point, implementations may override it with a faster block evaluation.
     */
    default void gradients(double[] x, double[] y, int from, int to, double[] gx, double[] gy) {
        double[] g = Scratch.PAIR.get();
        for (int i = from; i < to; i++) {
            gradient(x[i], y[i], g);
            gx[i - from] = g[0];
            gy[i - from] = g[1];
        }
    }

    /** Where particles start unless the user says otherwise: {@code {x}} or {@code {x, y}}. */
    @Override
    double[] defaultStart();

    @Override
    default Optional<Landscape> planar() {
        return Optional.of(this);
    }

    @Override
    default double value(double[] theta) {
        return value(theta[0], dimension() == 2 ? theta[1] : 0);
    }

    @Override
    default void gradient(double[] theta, double[] g) {
        double[] pair = Scratch.PAIR.get();
        boolean two = dimension() == 2;
        gradient(theta[0], two ? theta[1] : 0, pair);
        g[0] = pair[0];
        if (two) {
            g[1] = pair[1];
        }
    }

    /** Exact: the Hessian of {@link #hessian(double, double, double[])} times v. */
    @Override
    default void hessianVector(double[] theta, double[] v, double[] hv) {
        double[] h = new double[3];
        if (dimension() == 2) {
            hessian(theta[0], theta[1], h);
            hv[0] = h[0] * v[0] + h[1] * v[1];
            hv[1] = h[1] * v[0] + h[2] * v[1];
        } else {
            hessian(theta[0], 0, h);
            hv[0] = h[0] * v[0];
        }
    }

    /** The planar block {@link #gradients(double[], double[], int, int, double[], double[])}, y = 0 in 1-D. */
    @Override
    default void gradients(double[][] x, int from, int to, double[][] g) {
        if (dimension() == 2) {
            gradients(x[0], x[1], from, to, g[0], g[1]);
        } else {
            gradients(x[0], Scratch.zeros(to), from, to, g[0], Scratch.column(to - from));
        }
    }

    /** The region worth drawing, as {@code {xmin, xmax, ymin, ymax}} (y range ignored in 1-D). */
    double[] viewBox();

    /** A human-readable formula with the parameter values filled in, e.g. {@code (x²−1)²/4 + 0.1·x}. */
    @Override
    String describe();

    /**
     * This loss as a mean over a data set's examples ({@link FiniteSum}: what minibatch SGD samples and
     * whose gradient-noise covariance the readouts show), or null for an analytic loss.
     */
    default FiniteSum finiteSum() {
        return null;
    }

    /**
     * The split f = f0(x) + ε f1(x/ε) of a multiscale loss (Kong &amp; Tao, seed 003), or null for a loss
     * with one scale. Views use it for the η range of the bifurcation diagram and for the near-Gibbs density
     * of GD in its chaotic regime.
     */
    default MultiscaleSplit multiscale() {
        return null;
    }

    /**
     * How well the model with parameters (x, y) classifies, for a landscape whose loss is a classifier's
     * over labelled examples (logistic regression); empty — the default — for every other landscape, and
     * then a sweep's {@code accuracy} readout is refused.
     */
    default Optional<Classifier> classifier() {
        return Optional.empty();
    }

    /** The planar {@link #classifier()} at θ = (x[, y]). */
    @Override
    default Optional<Accuracy> accuracy() {
        return classifier().map(c -> theta -> c.accuracy(theta[0], theta.length > 1 ? theta[1] : 0));
    }

    /** The accuracy of a classification landscape. */
    @FunctionalInterface
    interface Classifier {
        /** The fraction of the examples that the model with parameters (x, y) labels correctly, in [0, 1]. */
        double accuracy(double x, double y);
    }
}
