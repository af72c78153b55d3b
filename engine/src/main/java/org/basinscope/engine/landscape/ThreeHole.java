package org.basinscope.engine.landscape;

/**
 * The three-hole potential (Metzner, Schütte &amp; Vanden-Eijnden, J. Chem. Phys. 125, 2006):
 * V = 3e^{−x²−(y−⅓)²} − 3e^{−x²−(y−5/3)²} − 5e^{−(x−1)²−y²} − 5e^{−(x+1)²−y²} + 0.2x⁴ + 0.2(y−⅓)⁴.
 * Two deep minima near (±1.05, −0.04) and a shallow one near (0, 1.54); the deep ones are joined by a
 * lower direct channel and an upper channel through the shallow well, so temperature decides which
 * path transitions take. Default start: the left deep minimum.
 */
public final class ThreeHole implements Landscape {
    private static final double THIRD = 1.0 / 3.0;
    private static final ExponentialBumps TERMS = new ExponentialBumps(
            new double[] {3, -3, -5, -5},
            new double[] {-1, -1, -1, -1},
            new double[] {0, 0, 0, 0},
            new double[] {-1, -1, -1, -1},
            new double[] {0, 0, 1, -1},
            new double[] {THIRD, 5.0 / 3.0, 0, 0});

    @Override
    public int dimension() {
        return 2;
    }

    @Override
    public double value(double x, double y) {
        double yc = y - THIRD;
        return TERMS.value(x, y) + 0.2 * x * x * x * x + 0.2 * yc * yc * yc * yc;
    }

    @Override
    public void gradient(double x, double y, double[] g) {
        double yc = y - THIRD;
        g[0] = 0.8 * x * x * x;
        g[1] = 0.8 * yc * yc * yc;
        TERMS.addGradient(x, y, g);
    }

    @Override
    public void hessian(double x, double y, double[] h) {
        double yc = y - THIRD;
        h[0] = 2.4 * x * x;
        h[1] = 0;
        h[2] = 2.4 * yc * yc;
        TERMS.addHessian(x, y, h);
    }

    @Override
    public double[] defaultStart() {
        return new double[] {-1.048, -0.042};
    }

    @Override
    public double[] viewBox() {
        return new double[] {-2, 2, -1.5, 2.5};
    }

    @Override
    public String describe() {
        return "3e^{−x²−(y−⅓)²} − 3e^{−x²−(y−5/3)²} − 5e^{−(x−1)²−y²} − 5e^{−(x+1)²−y²} + 0.2x⁴ + 0.2(y−⅓)⁴";
    }
}
