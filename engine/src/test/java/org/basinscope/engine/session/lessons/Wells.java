package org.basinscope.engine.session.lessons;

/** The tilted double well (x² − 1)²/4 + tilt·x in closed form: its stationary points and Gibbs occupation. */
final class Wells {
    private Wells() {
    }

    static double value(double tilt, double x) {
        return (x * x - 1) * (x * x - 1) / 4 + tilt * x;
    }

    /** The root of x³ − x + tilt in [lo, hi], by bisection. */
    static double stationary(double tilt, double lo, double hi) {
        for (int k = 0; k < 200; k++) {
            double m = (lo + hi) / 2;
            double fl = lo * lo * lo - lo + tilt;
            double fm = m * m * m - m + tilt;
            if (Math.signum(fl) == Math.signum(fm)) {
                lo = m;
            } else {
                hi = m;
            }
        }
        return (lo + hi) / 2;
    }

    /** Gibbs mass to the right of the barrier at temperature t, by quadrature over [−3, 3]. */
    static double rightOccupation(double tilt, double t) {
        double barrier = stationary(tilt, -0.5, 0.5);
        int n = 600_000;
        double all = 0;
        double right = 0;
        for (int i = 0; i < n; i++) {
            double x = -3 + 6.0 * (i + 0.5) / n;
            double w = Math.exp(-value(tilt, x) / t);
            all += w;
            right += x > barrier ? w : 0;
        }
        return right / all;
    }
}
