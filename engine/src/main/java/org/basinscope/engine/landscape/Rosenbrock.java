package org.basinscope.engine.landscape;

import org.basinscope.engine.spec.Numbers;

/**
 * Rosenbrock's banana valley f = (a − x)² + b(y − x²)², minimum at (a, a²), Hessian there
 * [[2 + 8a²b, −4ab], [−4ab, 2b]] (condition number ≈ 2500 for the defaults a = 1, b = 100).
 * Default start (−1.2, 1), Rosenbrock's own.
 */
public final class Rosenbrock implements Landscape {
    private final double a;
    private final double b;

    public Rosenbrock(double a, double b) {
        this.a = a;
        this.b = b;
    }

    @Override
    public int dimension() {
        return 2;
    }

    @Override
    public double value(double x, double y) {
        double u = a - x;
        double v = y - x * x;
        return u * u + b * v * v;
    }

    @Override
    public void gradient(double x, double y, double[] g) {
        double v = y - x * x;
        g[0] = -2 * (a - x) - 4 * b * x * v;
        g[1] = 2 * b * v;
    }

    @Override
    public void hessian(double x, double y, double[] h) {
        h[0] = 2 - 4 * b * y + 12 * b * x * x;
        h[1] = -4 * b * x;
        h[2] = 2 * b;
    }

    @Override
    public double[] defaultStart() {
        return new double[] {-1.2, 1};
    }

    @Override
    public double[] viewBox() {
        return new double[] {-2, 2, -1, 3};
    }

    @Override
    public String describe() {
        return "(" + Numbers.format(a) + " − x)² + " + Numbers.format(b) + "(y − x²)²";
    }
}
