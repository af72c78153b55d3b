package org.basinscope.engine.landscape;

import java.util.List;
import java.util.Optional;
import org.basinscope.engine.spec.InvalidInputException;

/**
 * A loss f over ℝ^d (d = 1 … {@value #MAX_DIMENSION}) with its gradient and Hessian–vector products.
 *
 * <p><b>Extension contract.</b> Implement {@link #dimension()}, {@link #value(double[])},
 * {@link #gradient(double[], double[])}, {@link #defaultStart()} and {@link #describe()}; override
 * {@link #hessianVector} where H·v has a closed form (the default is a central difference of gradients) and
 * {@link #gradients(double[][], int, int, double[][])} for a fast block of particles, and
 * {@link #parameterBlocks()} for a network with layers; register a factory in
 * {@link LandscapeCatalog}. The d-dimensional ensemble ({@code VectorEnsemble}), {@code simulate} and the
 * sharpness analysis ({@code Lanczos}) then work with it. Implementations are immutable and thread-safe.
 *
 * <p>The planar landscapes ({@link Landscape}) are the d = 1, 2 case: they implement this interface through
 * defaults that call their own (x, y) methods, so their numbers do not change. Analyses that are planar by
 * nature (contours, basin and FTLE maps, the string method) take a {@link Landscape}; a d-dimensional
 * caller asks {@link #planar()} whether this one is.
 */
public interface VectorLandscape {
    /** The largest dimension a landscape may have. */
    int MAX_DIMENSION = 100_000;
    /** The largest dimension for which the full d × d Hessian is formed. */
    int MAX_DENSE_HESSIAN = 2_000;

    /** d, 1 … {@value #MAX_DIMENSION}. */
    int dimension();

    /** f(θ), θ of length d. */
    double value(double[] theta);

    /** Writes ∇f(θ) into {@code g} (length d). */
    void gradient(double[] theta, double[] g);

    /**
     * Writes H(θ)·v into {@code hv}. This default is the central difference (∇f(θ + εv) − ∇f(θ − εv))/(2ε)
     * with ε = 10⁻⁵·(1 + |θ|)/|v| (error O(ε²) for smooth f); it allocates, so it is for analyses, not for
     * the hot path. Landscapes with a closed form override it.
     */
    default void hessianVector(double[] theta, double[] v, double[] hv) {
        int d = dimension();
        double nv = 0;
        double nt = 0;
        for (int k = 0; k < d; k++) {
            nv += v[k] * v[k];
            nt += theta[k] * theta[k];
        }
        if (nv == 0) {
            java.util.Arrays.fill(hv, 0, d, 0.0);
            return;
        }
        double eps = 1e-5 * (1 + Math.sqrt(nt)) / Math.sqrt(nv);
        double[] plus = new double[d];
        double[] minus = new double[d];
        double[] gm = new double[d];
        for (int k = 0; k < d; k++) {
            plus[k] = theta[k] + eps * v[k];
            minus[k] = theta[k] - eps * v[k];
        }
        gradient(plus, hv);
        gradient(minus, gm);
        for (int k = 0; k < d; k++) {
            hv[k] = (hv[k] - gm[k]) / (2 * eps);
        }
    }

    /**
     * The full Hessian at θ, row-major d × d, built from d Hessian–vector products; refused above
     * {@value #MAX_DENSE_HESSIAN} dimensions (use {@code Lanczos} for the top eigenvalues there).
     */
    default double[] hessian(double[] theta) {
        int d = dimension();
        if (d > MAX_DENSE_HESSIAN) {
            throw new InvalidInputException("the full Hessian is formed only up to d = " + MAX_DENSE_HESSIAN
                    + " (this landscape has d = " + d + "); use Hessian–vector products");
        }
        double[] h = new double[d * d];
        double[] e = new double[d];
        double[] column = new double[d];
        for (int j = 0; j < d; j++) {
            e[j] = 1;
            hessianVector(theta, e, column);
            e[j] = 0;
            for (int i = 0; i < d; i++) {
                h[i * d + j] = column[i];
            }
        }
        return h;
    }

    /**
     * Gradients of a block of particles in structure-of-arrays form (coordinate k of particle i is
     * {@code x[k][i]}): for i in [from, to) writes ∂f/∂θ_k into {@code g[k][i − from]}. The ensemble's hot
     * path: this default gathers one particle at a time through per-thread scratch (no allocation once
     * warm); landscapes override it with loops over whole coordinates.
     */
    default void gradients(double[][] x, int from, int to, double[][] g) {
        int d = dimension();
        double[][] scratch = Scratch.point(d);
        double[] theta = scratch[0];
        double[] grad = scratch[1];
        for (int i = from; i < to; i++) {
            for (int k = 0; k < d; k++) {
                theta[k] = x[k][i];
            }
            gradient(theta, grad);
            for (int k = 0; k < d; k++) {
                g[k][i - from] = grad[k];
            }
        }
    }

    /**
     * The exact marginal density of coordinate {@code coordinate} (0-based) under exp(−f/T), where this landscape
     * knows it (a mixture's coordinates, an axis-aligned quadratic's), or empty: the histogram of that coordinate is
     * then drawn without a curve.
     */
    default java.util.Optional<GibbsMarginal> gibbsMarginal(int coordinate, double temperature) {
        return java.util.Optional.empty();
    }

    /** Where particles start unless the user says otherwise (length d). */
    double[] defaultStart();

    /** A human-readable formula with the parameter values filled in. */
    String describe();

    /**
     * How θ splits into blocks that belong together (a network's filters and bias vectors), in order and
     * covering [0, d) without gaps; filter-normalised projections scale each block on its own. This default
     * is one block, the whole of θ: a landscape without layers is normalised as a whole.
     */
    default List<ParameterBlock> parameterBlocks() {
        return List.of(new ParameterBlock(0, dimension()));
    }

    /**
     * This landscape as a planar one (d = 1 or 2, with the (x, y) methods, view box and planar analyses), or
     * empty for a landscape that is only d-dimensional.
     */
    default Optional<Landscape> planar() {
        return Optional.empty();
    }

    /**
     * This loss as a mean over a data set's examples in d dimensions ({@link VectorFiniteSum}: what the
     * minibatch gradient samples there), or empty for an analytic loss. The planar data losses answer through
     * {@link Landscape#finiteSum()} in the plane instead.
     */
    default Optional<VectorFiniteSum> asFiniteSum() {
        return Optional.empty();
    }

    /**
     * The training accuracy of a loss that is a classifier's over labelled examples (an MLP with
     * classification data, logistic regression), or empty — the default — for every other landscape; then
     * {@code simulate} prints no {@code accuracy}.
     */
    default Optional<Accuracy> accuracy() {
        return Optional.empty();
    }

    /**
     * The classifier whose loss this is, when its class scores can be read at any input (an MLP): what the
     * window's network view draws (decision regions, the confusion matrix). Empty — the default — otherwise.
     */
    default Optional<Scorer> scorer() {
        return Optional.empty();
    }

    /** A model of labelled examples that scores any input. */
    interface Scorer {
        /** The training examples. */
        org.basinscope.engine.data.DataSet data();

        /**
         * The class scores (the last layer's outputs) of the model with parameters θ at input {@code x} (length
         * {@code data().features()}), written into {@code out} (length {@code data().classes()}). Thread-safe.
         */
        void scores(double[] theta, double[] x, double[] out);
    }

    /** The accuracy of a classification landscape at a point. */
    @FunctionalInterface
    interface Accuracy {
        /** The fraction of the training examples that the model with parameters θ labels correctly, in [0, 1]. */
        double at(double[] theta);
    }

    /** Fails with a one-line message unless 1 ≤ d ≤ {@value #MAX_DIMENSION}. */
    static int checkDimension(String owner, int d, int min) {
        if (d < min || d > MAX_DIMENSION) {
            throw new InvalidInputException(owner + " dim = " + d + " is outside the allowed range [" + min + ", "
                    + MAX_DIMENSION + "]");
        }
        return d;
    }
}
