package org.basinscope.engine.analysis;

import org.basinscope.engine.dynamics.Dynamics;
import org.basinscope.engine.dynamics.Params;
import org.basinscope.engine.ensemble.EnsembleStats;
import org.basinscope.engine.equilibrium.StationaryCovariance;
import org.basinscope.engine.landscape.Landscape;

/**
 * The numbers the app shows beside the plots, each with a known formula: the effective temperature,
 * the curvature at the cloud's mean, the GD stability edge 2/λmax, the dynamics' linear contraction
 * factor, and the predicted stationary variance along each Hessian eigen-direction next to the
 * measured one. Predictions linearise at the mean, so they hold once the cloud sits in one basin.
 *
 * @param effectiveTemperature T_eff of {@link Dynamics#effectiveTemperature}
 * @param temperatureFormula   how T_eff is computed
 * @param lambdaMin            smaller Hessian eigenvalue at the mean
 * @param lambdaMax            larger Hessian eigenvalue at the mean
 * @param stabilityEdge        2/λmax (infinite when λmax ≤ 0)
 * @param contraction          the dynamics' spectral radius on the stiffest direction, λmax (&lt; 1 stable)
 * @param predictedVariance    per eigen-direction (smaller λ first): the exact discrete-time prediction, else the
 *                             continuous-time Lyapunov one; NaN where there is neither
 * @param measuredVariance     the ensemble's variance along the same directions
 * @param diverged             diverged particle count
 * @param predictedCovariance  2-D: the predicted stationary covariance {c_xx, c_xy, c_yy} at the mean (the
 *                             Lyapunov solution for anisotropic noise, else Σ v_k u_k u_kᵀ over the
 *                             eigen-directions u_k); null in 1-D or without a prediction
 * @param gradientNoise        data-driven losses: the per-example gradient covariance at the mean beside the
 *                             Hessian there (seed 001, Theorem 5); null for analytic landscapes
 * @param stepNoise            2-D: the covariance {c_xx, c_xy, c_yy} of one step's random displacement at the
 *                             mean ({@link Dynamics#stepNoiseCovariance}); null in 1-D or without one
 * @param continuousCovariance 2-D, at a minimum: the continuous-time Lyapunov solution HC + CH = D with D the
 *                             dynamics' diffusion matrix ({@link Dynamics#diffusion}), the small-η limit of the
 *                             discrete prediction; null otherwise
 */
public record Readouts(double effectiveTemperature, String temperatureFormula, double lambdaMin, double lambdaMax,
        double stabilityEdge, double contraction, double[] predictedVariance, double[] measuredVariance,
        int diverged, double[] predictedCovariance, GradientNoise gradientNoise, double[] stepNoise,
        double[] continuousCovariance) {

    private static double along(double[] c, double ux, double uy) {
        return c[0] * ux * ux + 2 * c[1] * ux * uy + c[2] * uy * uy;
    }

    /** True when η is below the GD stability edge 2/λmax. */
    public boolean gdStable(double eta) {
        return eta < stabilityEdge;
    }

    /**
     * Readouts at the ensemble's mean; when no particle is left (all diverged) the curvature is taken
     * at {@code fallback} (the start point) so the stability verdict still explains what happened.
     */
    public static Readouts compute(Landscape f, Dynamics d, Params p, EnsembleStats s, double[] fallback) {
        double[] mean = s.mean();
        double mx = mean[0];
        double my = mean.length > 1 ? mean[1] : 0;
        if (!(Double.isFinite(mx) && Double.isFinite(my))) {
            mx = fallback[0];
            my = fallback.length > 1 ? fallback[1] : 0;
        }
        double[] e = Curvature.at(f, mx, my);
        double l1 = e[0];
        double l2 = e[1];
        double edge = l2 > 0 ? 2 / l2 : Double.POSITIVE_INFINITY;
        double contraction = d.contraction(p, l2);
        int dims = f.dimension();
        double[] predicted = new double[dims];
        double[] covariance = null;
        double[] continuous = null;
        double[] measured = new double[dims];
        predicted[0] = d.stationaryVariance(p, l1);
        measured[0] = s.varianceAlong(e[2], e[3]);
        if (dims == 2) {
            predicted[1] = d.stationaryVariance(p, l2);
            measured[1] = s.varianceAlong(-e[3], e[2]);
            double[] h = new double[3];
            f.hessian(mx, my, h);
            double[] c = l1 > 0 ? d.stationaryCovariance(f, p, h) : null;
            if (c != null) {
                // Anisotropic noise: the Lyapunov covariance C seen along the same directions, uᵀ C u.
                predicted[0] = along(c, e[2], e[3]);
                predicted[1] = along(c, -e[3], e[2]);
            } else if (Double.isFinite(predicted[0]) && Double.isFinite(predicted[1])) {
                // Per-direction predictions: C = v₀u₀u₀ᵀ + v₁u₁u₁ᵀ with u₀ = (c, s), u₁ = (−s, c).
                double cs = e[2];
                double sn = e[3];
                c = new double[] {predicted[0] * cs * cs + predicted[1] * sn * sn,
                    (predicted[0] - predicted[1]) * cs * sn, predicted[0] * sn * sn + predicted[1] * cs * cs};
            }
            covariance = c;
            double[] diffusion = l1 > 0 ? d.diffusion(f, p, mx, my) : null;
            if (diffusion != null) {
                try {
                    continuous = StationaryCovariance.continuous(h, diffusion);
                } catch (IllegalArgumentException singular) {
                    continuous = null;
                }
            }
            if (continuous != null && Double.isNaN(predicted[0]) && Double.isNaN(predicted[1])) {
                // No exact discrete-time prediction: the continuous-time one along the same directions.
                predicted[0] = along(continuous, e[2], e[3]);
                predicted[1] = along(continuous, -e[3], e[2]);
            }
        }
        return new Readouts(d.effectiveTemperature(p), d.temperatureFormula(), l1, l2, edge, contraction, predicted,
                measured, s.diverged(), covariance,
                f.finiteSum() != null ? GradientNoise.at(f.finiteSum(), mx, my) : null,
                dims == 2 ? d.stepNoiseCovariance(f, p, mx, my) : null, continuous);
    }
}
