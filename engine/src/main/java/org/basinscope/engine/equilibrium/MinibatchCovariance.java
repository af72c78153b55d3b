package org.basinscope.engine.equilibrium;

import org.basinscope.engine.landscape.Regression;

/**
 * The stationary covariance of minibatch SGD with independently drawn batches on linear regression
 * (seed 001, Theorem 5 and the logistic/linear regression example), around the least-squares θ̂.
 * With δ = θ − θ̂, residuals rᵢ = xᵢ·θ̂ − yᵢ and H = XᵀX/n, a batch of B of the n examples (without
 * replacement) has gradient Hδ + ζ with Cov ζ = c_B·[S + M(C)], where c_B = (n − B)/(B(n − 1)),
 * S = (1/n) Σ rᵢ² xᵢxᵢᵀ is the gradient-noise covariance at θ̂, and M(C) = (1/n) Σ xᵢxᵢᵀ C xᵢxᵢᵀ − HCH is
 * the part of the noise that grows with the spread itself. Hence, exactly for the discrete recursion:
 * <pre>C = (I − ηH) C (I − ηH) + η² c_B (S + M(C)),</pre>
 * and for small η the Lyapunov equation HC + CH = η c_B S. (Reshuffled epochs are not covered: their
 * batches are correlated within an epoch.)
 */
public final class MinibatchCovariance {
    private MinibatchCovariance() {
    }

    /** c_B = (n − B)/(B(n − 1)): the variance factor of a mean of B draws without replacement. */
    public static double batchFactor(int n, int batch) {
        int b = Math.min(batch, n);
        return n <= 1 ? 0 : (double) (n - b) / (b * (n - 1.0));
    }

    /** S = (1/n) Σ rᵢ² xᵢxᵢᵀ at θ̂, as {s_xx, s_xy, s_yy}. */
    public static double[] noiseAtMinimum(Regression f) {
        double[][] d = f.data();
        double[] t = f.leastSquares();
        int n = d[0].length;
        double sxx = 0;
        double sxy = 0;
        double syy = 0;
        for (int i = 0; i < n; i++) {
            double r = d[0][i] * t[0] + d[1][i] * t[1] - d[2][i];
            sxx += r * r * d[0][i] * d[0][i];
            sxy += r * r * d[0][i] * d[1][i];
            syy += r * r * d[1][i] * d[1][i];
        }
        return new double[] {sxx / n, sxy / n, syy / n};
    }

    /** The exact discrete-time covariance {c_xx, c_xy, c_yy}. */
    public static double[] discrete(Regression f, double eta, int batch) {
        return discrete(f, eta, batch, 0);
    }

    /**
     * The same with SGLD's injected noise √(2ηT) ξ, independent of the batch: + 2ηT·I on the right
     * (seed 001, "Langevin in practice").
     */
    public static double[] discrete(Regression f, double eta, int batch, double temperature) {
        requireLinear(f);
        double[][] d = f.data();
        int n = d[0].length;
        double c = batchFactor(n, batch);
        double[] h3 = new double[3];
        f.hessian(0, 0, h3);
        double[][] h = {{h3[0], h3[1]}, {h3[1], h3[2]}};
        double[][] a = {{1 - eta * h3[0], -eta * h3[1]}, {-eta * h3[1], 1 - eta * h3[2]}};
        double[] s = noiseAtMinimum(f);
        double k = eta * eta * c;
        return StationaryCovariance.solve(m -> {
            double[][] r = StationaryCovariance.sub(m, StationaryCovariance.mul(StationaryCovariance.mul(a, m), a));
            double[][] grow = StationaryCovariance.sub(fourth(d, m), StationaryCovariance.mul(StationaryCovariance.mul(h, m), h));
            return StationaryCovariance.sub(r, scale(grow, k));
        }, new double[] {k * s[0] + 2 * eta * temperature, k * s[1], k * s[2] + 2 * eta * temperature});
    }

    /** The small-η (continuous-time) covariance: HC + CH = η c_B S. */
    public static double[] continuous(Regression f, double eta, int batch) {
        requireLinear(f);
        double[] h3 = new double[3];
        f.hessian(0, 0, h3);
        double[] s = noiseAtMinimum(f);
        return StationaryCovariance.sgdContinuous(h3, s, eta * batchFactor(f.examples(), batch), 1);
    }

    /** (1/n) Σ xᵢxᵢᵀ C xᵢxᵢᵀ = (1/n) Σ (xᵢᵀCxᵢ) xᵢxᵢᵀ. */
    private static double[][] fourth(double[][] d, double[][] m) {
        int n = d[0].length;
        double[][] out = new double[2][2];
        for (int i = 0; i < n; i++) {
            double x = d[0][i];
            double y = d[1][i];
            double q = x * (m[0][0] * x + m[0][1] * y) + y * (m[1][0] * x + m[1][1] * y);
            out[0][0] += q * x * x / n;
            out[0][1] += q * x * y / n;
            out[1][0] += q * y * x / n;
            out[1][1] += q * y * y / n;
        }
        return out;
    }

    private static double[][] scale(double[][] m, double k) {
        return new double[][] {{m[0][0] * k, m[0][1] * k}, {m[1][0] * k, m[1][1] * k}};
    }

    private static void requireLinear(Regression f) {
        if (f.model() != Regression.Model.LINEAR) {
            throw new IllegalArgumentException("the closed-form covariance is for linear regression");
        }
    }
}
