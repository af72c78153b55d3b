package org.basinscope.engine.landscape;

import org.basinscope.engine.spec.Numbers;

/**
 * f = ½ θᵀHθ with H = Rᵀ diag(h1, h2) R, R the rotation by {@code angle} degrees; in 1-D f = h1 x²/2.
 * The chapter's first worked example is h1 = 1, h2 = 4 from (2, 2) (seed 001; note θ2(1) = 2e⁻⁴ ≈ 0.0366
 * under gradient flow, not the printed 0.0183). Defaults: h1 = 1, h2 = 4, angle = 0, start (2, 2).
 */
public final class Quadratic implements Landscape {
    private final int dimension;
    private final double h1;
    private final double h2;
    private final double angleDegrees;
    private final double hxx;
    private final double hxy;
    private final double hyy;

    public Quadratic(int dimension, double h1, double h2, double angleDegrees) {
        this.dimension = dimension;
        this.h1 = h1;
        this.h2 = h2;
        this.angleDegrees = angleDegrees;
        double a = Math.toRadians(angleDegrees);
        double c = Math.cos(a);
        double s = Math.sin(a);
        if (dimension == 1) {
            hxx = h1;
            hxy = 0;
            hyy = 0;
        } else {
            hxx = h1 * c * c + h2 * s * s;
            hxy = (h1 - h2) * c * s;
            hyy = h1 * s * s + h2 * c * c;
        }
    }

    @Override
    public int dimension() {
        return dimension;
    }

    @Override
    public double value(double x, double y) {
        if (dimension == 1) {
            return 0.5 * hxx * x * x;
        }
        return 0.5 * (hxx * x * x + 2 * hxy * x * y + hyy * y * y);
    }

    @Override
    public void gradient(double x, double y, double[] g) {
        if (dimension == 1) {
            g[0] = hxx * x;
            g[1] = 0;
            return;
        }
        g[0] = hxx * x + hxy * y;
        g[1] = hxy * x + hyy * y;
    }

    @Override
    public void hessian(double x, double y, double[] h) {
        h[0] = hxx;
        h[1] = hxy;
        h[2] = hyy;
    }

    @Override
    public double[] defaultStart() {
        return dimension == 1 ? new double[] {2} : new double[] {2, 2};
    }

    @Override
    public double[] viewBox() {
        return new double[] {-3, 3, -3, 3};
    }

    @Override
    public String describe() {
        if (dimension == 1) {
            return Numbers.format(h1) + "·x²/2";
        }
        String rotation = angleDegrees == 0 ? "" : ", rotated " + Numbers.format(angleDegrees) + "°";
        return "½(" + Numbers.format(h1) + "·u² + " + Numbers.format(h2) + "·v²)" + rotation;
    }
}
