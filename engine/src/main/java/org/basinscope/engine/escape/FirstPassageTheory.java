package org.basinscope.engine.escape;

import org.basinscope.engine.landscape.Landscape;
import org.basinscope.engine.spec.InvalidInputException;

/**
 * Predictions for the mean first-passage time of overdamped Langevin dx = −U'(x) dt + √(2T) dW on a
 * 1-D landscape, from a start a to an absorbing target c (science/CHECKS.md, "Escape"; seed 001,
 * Kramers):
 * <ul>
 * <li>the exact integral τ(a→c) = (1/T) ∫ₐᶜ dy e^{U(y)/T} ∫_{L}^{y} dz e^{−U(z)/T}, with a reflecting
 * boundary L far behind the start (where e^{−(U − U_min)/T} &lt; e^{−40}, or where the caller puts it);</li>
 * <li>Kramers' formula τ ≈ 2π / √(U''(m) |U''(b)|) · e^{ΔU/T}, m the start well's minimum, b the
 * highest point between m and c, ΔU = U(b) − U(m). It is the small-T limit of the integral when c is
 * past the barrier, and differs from it by tens of percent at ΔU/T ≈ 5: both are shown, neither is
 * "wrong".</li>
 * </ul>
 * The integrals are evaluated relative to e^{ΔU/T} so that low temperatures do not overflow.
 */
public final class FirstPassageTheory {
    /** Points of the trapezoid rule on [L, c]; the integrands are smooth on the scale √(T/U''). */
    private static final int POINTS = 200_001;
    /** e^{−40}: mass neglected behind the automatic reflecting boundary. */
    private static final double TAIL = 40;

    /** The predictions and the landmarks they used (positions along x). */
    public record Prediction(double exact, double kramers, double minimum, double barrier, double barrierHeight,
            double reflecting) {
    }

    private FirstPassageTheory() {
    }

    /** As {@link #predict(Landscape, double, double, double, double)} with the reflecting boundary found automatically. */
    public static Prediction predict(Landscape f, double temperature, double from, double to) {
        return predict(f, temperature, from, to, Double.NaN);
    }

    /**
     * @param reflecting the reflecting boundary behind the start, or NaN to place it where the Gibbs
     *                   weight has fallen by e^{−40} (an error if the landscape does not rise that far)
     */
    public static Prediction predict(Landscape f, double temperature, double from, double to, double reflecting) {
        if (f.dimension() != 1) {
            throw new InvalidInputException("first-passage predictions need a 1-D landscape");
        }
        if (!(temperature > 0) || !Double.isFinite(temperature)) {
            throw new InvalidInputException("temperature must be > 0 for first passage, got " + temperature);
        }
        if (!(Double.isFinite(from) && Double.isFinite(to)) || from == to) {
            throw new InvalidInputException("--from and --to must be two different finite points");
        }
        double d = Math.signum(to - from);
        // Work along s = d·x so the target is always to the right of the start.
        double a = d * from;
        double c = d * to;
        boolean wall = !Double.isNaN(reflecting);
        if (wall && !(d * reflecting < a)) {
            throw new InvalidInputException("the reflecting boundary must lie behind the start");
        }
        // The well bottom: downhill from the start, not past the wall (nor absurdly far without one).
        double m = descend(f, d, a, c, wall ? d * reflecting : a - 10 * (c - a));
        double lo = wall ? d * reflecting : reflectingBoundary(f, d, Math.min(a, m), temperature);
        int n = POINTS;
        double h = (c - lo) / (n - 1);
        double[] u = new double[n];
        double um = f.value(d * m, 0);
        double top = Double.NEGATIVE_INFINITY;
        int topAt = 0;
        int startIndex = (int) Math.round((a - lo) / h);
        // Scale of the outer integrand: its largest value on [a, c] (the barrier, or the start if higher).
        double scale = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < n; k++) {
            u[k] = f.value(d * (lo + k * h), 0);
            if (!Double.isFinite(u[k])) {
                throw new InvalidInputException("the landscape is not finite at x = " + d * (lo + k * h));
            }
            double s = lo + k * h;
            if (s >= m && u[k] > top) {
                top = u[k];
                topAt = k;
            }
            if (k >= startIndex) {
                scale = Math.max(scale, u[k]);
            }
        }
        // inner(y) = ∫_L^y e^{−(U − U_m)/T} dz by the trapezoid rule; outer weight e^{(U − U_top)/T}.
        double inner = 0;
        double outer = 0;
        double previousInner = 0;
        double previousTerm = 0;
        for (int k = 0; k < n; k++) {
            double e = Math.exp(-(u[k] - um) / temperature);
            if (k > 0) {
                inner += 0.5 * h * (e + previousInner);
            }
            previousInner = e;
            double term = Math.exp((u[k] - scale) / temperature) * inner;
            if (k > startIndex) {
                outer += 0.5 * h * (term + previousTerm);
            }
            previousTerm = term;
        }
        double dU = top - um;
        double exact = outer / temperature * Math.exp((scale - um) / temperature);
        double[] hm = new double[3];
        double[] hb = new double[3];
        f.hessian(d * m, 0, hm);
        double b = lo + topAt * h;
        f.hessian(d * b, 0, hb);
        boolean barrier = topAt > 0 && topAt < n - 1 && hb[0] < 0 && hm[0] > 0;
        double kramers = barrier ? 2 * Math.PI / Math.sqrt(hm[0] * -hb[0]) * Math.exp(dU / temperature) : Double.NaN;
        return new Prediction(exact, kramers, d * m, d * b, dU, d * lo);
    }

    /** The bottom of the well the start lies in, following −U' (along s) from a, within [floor, c]. */
    private static double descend(Landscape f, double d, double a, double c, double floor) {
        double span = c - a;
        double step = span / 20_000;
        double s = a;
        double here = f.value(d * s, 0);
        double dir = f.value(d * (s + step), 0) < here ? 1 : -1;
        for (int k = 0; k < 2_000_000; k++) {
            double next = s + dir * step;
            double v = f.value(d * next, 0);
            if (!(v < here) || next >= c || next <= floor) {
                break;
            }
            s = next;
            here = v;
        }
        // Parabola through the three grid points around the minimum.
        double left = f.value(d * (s - step), 0);
        double right = f.value(d * (s + step), 0);
        double curvature = left - 2 * here + right;
        return curvature > 0 ? s + 0.5 * step * (left - right) / curvature : s;
    }

    /** Behind the start, the first point where U has risen TAIL·T above the well bottom. */
    private static double reflectingBoundary(Landscape f, double d, double from, double temperature) {
        double base = f.value(d * from, 0);
        double step = 1e-3 * Math.max(1, Math.abs(from));
        double s = from;
        double lowest = base;
        for (int k = 0; k < 200; k++) {
            s -= step;
            double v = f.value(d * s, 0);
            lowest = Math.min(lowest, v);
            if (v - lowest > TAIL * temperature) {
                return s;
            }
            step *= 1.1;
        }
        throw new InvalidInputException("the landscape does not rise behind the start (by " + TAIL
                + "·T within " + Math.abs(s - from) + "): give a reflecting boundary");
    }
}
