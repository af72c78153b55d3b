package org.basinscope.engine.landscape;

import org.basinscope.engine.spec.Numbers;

/**
 * The Müller–Brown surface (Müller &amp; Brown, Theor. Chim. Acta 53, 1979): four exponential terms
 * with A = (−200, −100, −170, 15), minima near (−0.558, 1.442), (0.623, 0.028), (−0.050, 0.467).
 * Its values are in the hundreds, so {@code scale} (default 1) multiplies f to bring step sizes and
 * temperatures into a friendlier range. Default start: the minimum near (0.623, 0.028).
 */
public final class MullerBrown implements Landscape {
    private static final ExponentialBumps TERMS = new ExponentialBumps(
            new double[] {-200, -100, -170, 15},
            new double[] {-1, -1, -6.5, 0.7},
            new double[] {0, 0, 11, 0.6},
            new double[] {-10, -10, -6.5, 0.7},
            new double[] {1, 0, -0.5, -1},
            new double[] {0, 0.5, 1.5, 1});

    private final double scale;

    public MullerBrown(double scale) {
        this.scale = scale;
    }

    @Override
    public int dimension() {
        return 2;
    }

    @Override
    public double value(double x, double y) {
        return scale * TERMS.value(x, y);
    }

    @Override
    public void gradient(double x, double y, double[] g) {
        g[0] = 0;
        g[1] = 0;
        TERMS.addGradient(x, y, g);
        g[0] *= scale;
        g[1] *= scale;
    }

    @Override
    public void hessian(double x, double y, double[] h) {
        h[0] = 0;
        h[1] = 0;
        h[2] = 0;
        TERMS.addHessian(x, y, h);
        h[0] *= scale;
        h[1] *= scale;
        h[2] *= scale;
    }

    @Override
    public double[] defaultStart() {
        return new double[] {0.6235, 0.0281};
    }

    @Override
    public double[] viewBox() {
        return new double[] {-1.5, 1.2, -0.4, 2.0};
    }

    @Override
    public String describe() {
        return (scale == 1 ? "" : Numbers.format(scale) + "·") + "Σₖ Aₖ exp(aₖ(x−xₖ)² + bₖ(x−xₖ)(y−yₖ) + cₖ(y−yₖ)²)";
    }
}
