package org.basinscope.engine.equilibrium;

import org.basinscope.engine.analysis.Lanczos;
import org.basinscope.engine.dynamics.Dynamics;
import org.basinscope.engine.dynamics.Params;
import org.basinscope.engine.dynamics.ParticleArrays;
import org.basinscope.engine.landscape.VectorLandscape;
import org.basinscope.engine.spec.InvalidInputException;

/**
 * A d-dimensional run's stationary variance along the top k Hessian eigen-directions uᵢ at a point (the final
 * mean), predicted and measured (seed 001, Theorem 5; science/CHECKS.md, "Ornstein–Uhlenbeck covariance"). Near
 * a minimum each direction is its own linear recursion when the noise is aligned with H (exact gradient,
 * isotropic noise, noise shaped like H), so the prediction is the rule's exact discrete-time stationary
 * variance at curvature λᵢ ({@link Dynamics#stationaryVariance}: SGD η²sᵢ²/(1 − (1 − ηλᵢ)²) with sᵢ² the
 * source's error variance along uᵢ, Euler–Maruyama T/(λᵢ(1 − ηλᵢ/2)), heavy ball its AR(2) variance); NaN where
 * the rule has none (Adam, a data set's noise, λᵢ ≤ 0). Exact on a quadratic, whose H is the same everywhere.
 * The measurement is uᵢᵀCuᵢ, C the sample covariance of the live particles. The directions come from
 * {@link Lanczos} (k ≤ {@value Lanczos#MAX_K}); when k = d they are the whole spectrum and the sums are the
 * traces: predicted Σ over every direction against the cloud's total variance.
 *
 * @param eigenvalues λᵢ, largest first
 * @param predicted   the rule's stationary variance along uᵢ
 * @param measured    uᵢᵀCuᵢ of the cloud
 * @param whole       true if the directions span ℝ^d (k = d), so the sums are traces
 */
public record EigenDirectionVariances(double[] eigenvalues, double[] predicted, double[] measured, boolean whole) {

    /** Σ predicted over the directions. */
    public double predictedSum() {
        return sum(predicted);
    }

    /** Σ measured over the directions. */
    public double measuredSum() {
        return sum(measured);
    }

    /**
     * The prediction of {@code dynamics} with {@code params} along the top k eigen-directions of the Hessian of
     * {@code f} at {@code at}, and the variance of {@code cloud} along them; {@code seed} starts Lanczos.
     */
    public static EigenDirectionVariances of(VectorLandscape f, double[] at, Dynamics dynamics, Params params,
            ParticleArrays cloud, int k, long seed) {
        int d = f.dimension();
        if (k < 1 || k > Math.min(Lanczos.MAX_K, d)) {
            throw new InvalidInputException("stationary variance along k = " + k + " eigen-directions: k must be in [1, "
                    + Math.min(Lanczos.MAX_K, d) + "]");
        }
        Lanczos.Eigenpairs e = Lanczos.eigenpairs(f, at, k, seed);
        double[] predicted = new double[k];
        double[] measured = new double[k];
        double[] mean = liveMean(cloud);
        for (int j = 0; j < k; j++) {
            predicted[j] = dynamics.stationaryVariance(params, e.eigenvalues()[j]);
            measured[j] = variance(cloud, mean, e.vectors()[j]);
        }
        return new EigenDirectionVariances(e.eigenvalues().clone(), predicted, measured, k == d);
    }

    /** The mean of the live particles, NaN in every coordinate if none is alive. */
    private static double[] liveMean(ParticleArrays cloud) {
        double[] m = new double[cloud.dimension];
        int live = 0;
        for (int i = 0; i < cloud.size; i++) {
            if (!cloud.diverged[i]) {
                live++;
                for (int c = 0; c < cloud.dimension; c++) {
                    m[c] += cloud.coords[c][i];
                }
            }
        }
        for (int c = 0; c < m.length; c++) {
            m[c] = live == 0 ? Double.NaN : m[c] / live;
        }
        return m;
    }

    /** uᵀCu = Σ over live particles of (u·(xᵢ − x̄))² / (n − 1); NaN below two live particles. */
    private static double variance(ParticleArrays cloud, double[] mean, double[] u) {
        double s = 0;
        int live = 0;
        for (int i = 0; i < cloud.size; i++) {
            if (cloud.diverged[i]) {
                continue;
            }
            double z = 0;
            for (int c = 0; c < cloud.dimension; c++) {
                z += u[c] * (cloud.coords[c][i] - mean[c]);
            }
            s += z * z;
            live++;
        }
        return live < 2 ? Double.NaN : s / (live - 1);
    }

    private static double sum(double[] a) {
        double s = 0;
        for (double x : a) {
            s += x;
        }
        return s;
    }
}
