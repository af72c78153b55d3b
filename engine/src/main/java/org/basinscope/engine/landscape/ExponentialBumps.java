package org.basinscope.engine.landscape;

/**
 * A sum of terms A·exp(a(x−x0)² + b(x−x0)(y−y0) + c(y−y0)²) with their exact derivatives; the shared
 * building block of the Müller–Brown and three-hole surfaces. For one term with q the exponent,
 * ∇ = A e^q (2a dx + b dy, b dx + 2c dy) and H = A e^q (∇q ∇qᵀ + [[2a, b], [b, 2c]]).
 */
final class ExponentialBumps {
    private final double[] amplitude;
    private final double[] a;
    private final double[] b;
    private final double[] c;
    private final double[] x0;
    private final double[] y0;

    ExponentialBumps(double[] amplitude, double[] a, double[] b, double[] c, double[] x0, double[] y0) {
        this.amplitude = amplitude.clone();
        this.a = a.clone();
        this.b = b.clone();
        this.c = c.clone();
        this.x0 = x0.clone();
        this.y0 = y0.clone();
    }

    double value(double x, double y) {
        double sum = 0;
        for (int k = 0; k < amplitude.length; k++) {
            double dx = x - x0[k];
            double dy = y - y0[k];
            sum += amplitude[k] * Math.exp(a[k] * dx * dx + b[k] * dx * dy + c[k] * dy * dy);
        }
        return sum;
    }

    /** Adds the gradient to {@code g[0..1]}. */
    void addGradient(double x, double y, double[] g) {
        for (int k = 0; k < amplitude.length; k++) {
            double dx = x - x0[k];
            double dy = y - y0[k];
            double e = amplitude[k] * Math.exp(a[k] * dx * dx + b[k] * dx * dy + c[k] * dy * dy);
            g[0] += e * (2 * a[k] * dx + b[k] * dy);
            g[1] += e * (b[k] * dx + 2 * c[k] * dy);
        }
    }

    /** Adds the Hessian to {@code h[0..2]}. */
    void addHessian(double x, double y, double[] h) {
        for (int k = 0; k < amplitude.length; k++) {
            double dx = x - x0[k];
            double dy = y - y0[k];
            double e = amplitude[k] * Math.exp(a[k] * dx * dx + b[k] * dx * dy + c[k] * dy * dy);
            double qx = 2 * a[k] * dx + b[k] * dy;
            double qy = b[k] * dx + 2 * c[k] * dy;
            h[0] += e * (qx * qx + 2 * a[k]);
            h[1] += e * (qx * qy + b[k]);
            h[2] += e * (qy * qy + 2 * c[k]);
        }
    }
}
