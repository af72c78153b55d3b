package org.basinscope.engine.dynamics;

import java.util.Set;
import org.basinscope.engine.equilibrium.StationaryCovariance;
import org.basinscope.engine.landscape.Landscape;

/**
 * What heavy ball and Nesterov share: they read η and β, keep a velocity (v_x, v_y in {@code aux[VX]},
 * {@code aux[VY]}, starting at rest), and take their gradient from any {@link GradientSource}.
 *
 * <p>With gradient noise ζ (Cov ζ = Σ_ζ, e.g. σ²/B) both are linear recursions near a minimum on the
 * augmented state (x, v): s ← A s + b ζ with b = (−η, −η), A from {@link #linearised}. Their exact
 * stationary covariance solves the discrete Lyapunov equation C = A C Aᵀ + b Σ_ζ bᵀ. In the small-η limit
 * both move with the effective step η/(1 − β), so T_eff = ησ²/(2B(1 − β)) (the convention of overdamped
 * Langevin, dθ = −∇f dt + √(2T) dW): at fixed η/(1 − β) momentum neither heats nor cools SGD's noise.
 */
abstract class MomentumMethod extends GradientRule {
    static final int VX = 0;
    static final int VY = 1;

    MomentumMethod(GradientSource source) {
        super(source);
    }

    /** The noise-free step linearised on the state (x, v) at a minimum of Hessian h (d × d): 2d × 2d. */
    abstract double[][] linearised(double[][] h, Params p);

    @Override
    protected Set<Param> ruleParameters() {
        return Set.of(Param.ETA, Param.MOMENTUM);
    }

    @Override
    protected int ruleArrays() {
        return 2;
    }

    @Override
    public int velocityIndex() {
        return VX;
    }

    @Override
    public double effectiveTemperature(Params p) {
        double scale = source.temperatureScale(p);
        return scale == 0 ? 0 : p.eta() * scale / (2 * (1 - p.momentum()));
    }

    @Override
    public String temperatureFormula() {
        if (!source.stochastic()) {
            return "T_eff = 0 (deterministic)";
        }
        return Double.isNaN(source.temperatureScale(Params.DEFAULT))
                ? "no T_eff: the minibatch noise is shaped by the data (see the covariance and S beside H)"
                : "T_eff = ησ²/(2B(1 − β)): the small-η limit of momentum with gradient noise σ²/B (step η/(1 − β)); "
                        + "exact covariance from the Lyapunov equation on (x, v)";
    }

    /**
     * Exact: 0 where the recursion contracts. With noise whose variance along the direction is v: C_xx of
     * the 2 × 2 Lyapunov equation on (x, v). For heavy ball this is the AR(2) variance
     * (1 + β)ηv / ((1 − β) λ (2(1 + β) − ηλ)).
     */
    @Override
    public double stationaryVariance(Params p, double lambda) {
        if (!(contraction(p, lambda) < 1)) {
            return Double.NaN;
        }
        if (!source.stochastic()) {
            return 0;
        }
        double v = source.directionalVariance(p, lambda);
        if (!(lambda > 0) || Double.isNaN(v)) {
            return Double.NaN;
        }
        double eta = p.eta();
        try {
            return StationaryCovariance.lyapunov(linearised(new double[][] {{lambda}}, p),
                    new double[][] {{-eta}, {-eta}}, new double[][] {{v}})[0][0];
        } catch (IllegalArgumentException unstable) {
            return Double.NaN;
        }
    }

    /** Noise with a constant covariance not aligned with H: the 4 × 4 Lyapunov equation on (x, y, v_x, v_y). */
    @Override
    public double[] stationaryCovariance(Landscape f, Params p, double[] hessian) {
        double[] q = source.constantCovariance(p);
        if (q == null || f.dimension() != 2 || !Double.isNaN(source.directionalVariance(p, 1))) {
            return null;
        }
        double eta = p.eta();
        double[][] h = {{hessian[0], hessian[1]}, {hessian[1], hessian[2]}};
        double[][] b = {{-eta, 0}, {0, -eta}, {-eta, 0}, {0, -eta}};
        try {
            double[][] c = StationaryCovariance.lyapunov(linearised(h, p), b,
                    new double[][] {{q[0], q[1]}, {q[1], q[2]}});
            return new double[] {c[0][0], c[0][1], c[1][1]};
        } catch (IllegalArgumentException unstable) {
            return null;
        }
    }

    /** x gains −ηζ in one step: η² Cov ζ. */
    @Override
    public double[] stepNoiseCovariance(Landscape f, Params p, double x, double y) {
        double[] c = source.covariance(f, p, x, y);
        double e2 = p.eta() * p.eta();
        return c == null ? null : new double[] {e2 * c[0], e2 * c[1], e2 * c[2]};
    }

    /** In the convention dθ = −∇f dt + √D dW of the readouts: D = η Cov ζ/(1 − β) (so T_eff = D/2 for σ²/B). */
    @Override
    public double[] diffusion(Landscape f, Params p, double x, double y) {
        double[] c = source.covariance(f, p, x, y);
        if (c == null || !source.independentErrors()) {
            return null;
        }
        double k = p.eta() / (1 - p.momentum());
        return new double[] {k * c[0], k * c[1], k * c[2]};
    }

    /** The block matrix [[X, Y], [Z, W]] of four d × d blocks. */
    static double[][] blocks(double[][] x, double[][] y, double[][] z, double[][] w) {
        int d = x.length;
        double[][] a = new double[2 * d][2 * d];
        for (int i = 0; i < d; i++) {
            for (int j = 0; j < d; j++) {
                a[i][j] = x[i][j];
                a[i][d + j] = y[i][j];
                a[d + i][j] = z[i][j];
                a[d + i][d + j] = w[i][j];
            }
        }
        return a;
    }

    /** c·I + k·h for a d × d h. */
    static double[][] affine(double c, double k, double[][] h) {
        int d = h.length;
        double[][] out = new double[d][d];
        for (int i = 0; i < d; i++) {
            for (int j = 0; j < d; j++) {
                out[i][j] = (i == j ? c : 0) + k * h[i][j];
            }
        }
        return out;
    }
}
