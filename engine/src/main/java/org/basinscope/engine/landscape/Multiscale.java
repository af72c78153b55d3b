package org.basinscope.engine.landscape;

import org.basinscope.engine.spec.Numbers;

/**
 * Kong &amp; Tao's multiscale loss (NeurIPS 2020; seed 003) f = f0 + ε f1(x/ε) with f0 = x²/2 and
 * f1 = sin: f = x²/2 + ε sin(x/ε), f' = x + cos(x/ε), f'' = 1 − sin(x/ε)/ε. The micro-scale curvature
 * 1/ε makes GD with η ≫ ε² leave the local minima; for η/ε ≳ 50 the iterates are globally chaotic and
 * fill a near-Gibbs density ∝ exp(−2f0/(ησ²)) with σ² = Var(cos) = ½. Default ε = 10⁻³, start x = 1.
 */
public final class Multiscale implements Landscape {
    private final double eps;

    public Multiscale(double eps) {
        this.eps = eps;
    }

    public double eps() {
        return eps;
    }

    /** f0 = x²/2, f1 = sin: σ² = Var(cos u) over a period = ½. */
    @Override
    public MultiscaleSplit multiscale() {
        return new MultiscaleSplit(new Quadratic(1, 1, 0, 0), eps, 0.5);
    }

    @Override
    public int dimension() {
        return 1;
    }

    @Override
    public double value(double x, double y) {
        return 0.5 * x * x + eps * Math.sin(x / eps);
    }

    @Override
    public void gradient(double x, double y, double[] g) {
        g[0] = x + Math.cos(x / eps);
        g[1] = 0;
    }

    @Override
    public void hessian(double x, double y, double[] h) {
        h[0] = 1 - Math.sin(x / eps) / eps;
        h[1] = 0;
        h[2] = 0;
    }

    @Override
    public double[] defaultStart() {
        return new double[] {1};
    }

    @Override
    public double[] viewBox() {
        return new double[] {-2, 2, -1, 1};
    }

    @Override
    public String describe() {
        return "x²/2 + ε sin(x/ε), ε = " + Numbers.format(eps);
    }
}
