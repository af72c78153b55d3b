package org.basinscope.engine.chaos;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;
import org.basinscope.engine.dynamics.DifferentiableMap;
import org.basinscope.engine.dynamics.Dynamics;
import org.basinscope.engine.dynamics.Params;
import org.basinscope.engine.ensemble.BlockRunner;
import org.basinscope.engine.analysis.Progress;
import org.basinscope.engine.landscape.Landscape;
import org.basinscope.engine.spec.InvalidInputException;

/**
 * The bifurcation (orbit) diagram over the learning rate: for each η on a grid, iterate a
 * deterministic dynamics from x0, drop a transient, keep the next points (first coordinate), detect
 * the period and measure the largest Lyapunov exponent. Kong &amp; Tao (seed 003): GD on the multiscale
 * loss goes converge → period 2 → period 4 → … → local chaos → global chaos as η grows.
 *
 * <p>Periods: the smallest p in 1 … 64 (every p: windows of period 3, 5, 6, 7, … as well as the doublings)
 * with |x_{n+p} − x_n| ≤ tol·(1 + |x_n|) over all kept points. An orbit whose exponent is clearly negative
 * (below −{@value #STABLE}) is a stable cycle: when none is found it is iterated {@value #LONGER}× longer
 * and tested again, and if it still has not settled it is reported as {@link #UNRESOLVED} — a stable cycle is
 * never called aperiodic. 0 is aperiodic (chaos, or neutral); −1 the orbit diverged. Each η is independent,
 * so the sweep runs in parallel and does not depend on the thread count.
 */
public final class Bifurcation {
    public static final int MAX_PERIOD = 64;
    /** A stable orbit whose period was not resolved (above 64, or converging too slowly to tell). */
    public static final int UNRESOLVED = -2;
    /** Exponents below −STABLE are a stable cycle's. */
    static final double STABLE = 1e-3;
    /** How much longer a stable orbit without a period is iterated before it is tested again. */
    static final int LONGER = 10;
    public static final int MAX_ETAS = 20_000;
    public static final long MAX_WORK = 2_000_000_000L;

    /**
     * @param eta       the learning rates
     * @param period    per η: 1 … 64; 0 aperiodic; −1 diverged; −2 stable but its period not resolved
     * @param lyapunov  per η: the largest exponent over the kept steps (NaN if diverged)
     * @param points    per η: the kept x values
     */
    public record Result(double[] eta, int[] period, double[] lyapunov, double[][] points) {
    }

    private Bifurcation() {
    }

    /**
     * @param tolerance relative tolerance of the period test (e.g. 1e-6)
     */
    public static Result sweep(Landscape f, Dynamics dynamics, Params base, double etaMin, double etaMax, int count,
            double[] x0, int discard, int keep, double tolerance, BlockRunner runner) {
        return sweep(f, dynamics, base, etaMin, etaMax, count, x0, discard, keep, tolerance, runner, Progress.NONE);
    }

    /** As {@link #sweep(Landscape, Dynamics, Params, double, double, int, double[], int, int, double, BlockRunner)}, reporting progress per η. */
    public static Result sweep(Landscape f, Dynamics dynamics, Params base, double etaMin, double etaMax, int count,
            double[] x0, int discard, int keep, double tolerance, BlockRunner runner, Progress progress) {
        if (!(etaMin > 0) || !(etaMax > etaMin) || !Double.isFinite(etaMax)) {
            throw new InvalidInputException("need 0 < eta-min < eta-max (finite), got " + etaMin + " and " + etaMax);
        }
        if (count < 1 || count > MAX_ETAS) {
            throw new InvalidInputException("eta-count " + count + " is outside the allowed range [1, " + MAX_ETAS + "]");
        }
        if (discard < 0 || keep < 2 * MAX_PERIOD || (long) count * (discard + keep) > MAX_WORK) {
            throw new InvalidInputException("need transient ≥ 0, keep ≥ " + 2 * MAX_PERIOD + " and eta-count·(transient + keep) ≤ "
                    + MAX_WORK + "; got transient " + discard + ", keep " + keep);
        }
        if (dynamics.asMap(f, base) == null) {
            throw new InvalidInputException("a bifurcation diagram needs a deterministic dynamics (gd, momentum, "
                    + "nesterov, adam); " + dynamics.name() + " is stochastic");
        }
        double[] eta = new double[count];
        for (int k = 0; k < count; k++) {
            eta[k] = count == 1 ? etaMin : etaMin + (etaMax - etaMin) * k / (count - 1);
        }
        return sweep(f, dynamics, base, eta, x0, discard, keep, tolerance, runner, progress);
    }

    /** The diagram at the given η values (each positive and finite). */
    public static Result sweep(Landscape f, Dynamics dynamics, Params base, double[] eta, double[] x0, int discard,
            int keep, double tolerance, BlockRunner runner, Progress progress) {
        int count = eta.length;
        for (double e : eta) {
            if (!(e > 0) || !Double.isFinite(e)) {
                throw new InvalidInputException("every η must be positive and finite, got " + e);
            }
        }
        int[] period = new int[count];
        double[] lyapunov = new double[count];
        double[][] points = new double[count][];
        boolean fast = dynamics.gradientDescentStep() && f.dimension() == 1;
        AtomicInteger done = new AtomicInteger();
        runner.forEach(count, k -> {
            progress.step((double) done.get() / count);
            double[] kept = new double[keep];
            double l = orbit(f, dynamics, base, eta[k], x0, discard, keep, kept, fast);
            int p = Double.isNaN(l) ? -1 : period(kept, tolerance);
            if (p == 0 && l < -STABLE) {
                // A stable cycle that has not settled within the transient (near a bifurcation the approach is slow).
                double longer = orbit(f, dynamics, base, eta[k], x0, LONGER * Math.max(discard, keep), keep, kept, fast);
                p = Double.isNaN(longer) ? -1 : period(kept, tolerance);
                if (p == 0) {
                    p = UNRESOLVED;
                }
            }
            points[k] = kept;
            lyapunov[k] = l;
            period[k] = p;
            done.incrementAndGet();
        });
        return new Result(eta, period, lyapunov, points);
    }

    private static double orbit(Landscape f, Dynamics dynamics, Params base, double eta, double[] x0, int discard,
            int keep, double[] kept, boolean fast) {
        return fast ? gradientDescent1d(f, eta, x0[0], discard, keep, kept)
                : general(dynamics.asMap(f, base.withEta(eta)), x0, discard, keep, kept);
    }

    /**
     * 1-D GD, x ← x − ηf'(x), in a primitive loop: the exponent is the mean of ln|1 − ηf''(x_n)|.
     * Returns NaN if the orbit left the finite range.
     */
    private static double gradientDescent1d(Landscape f, double eta, double x0, int discard, int keep, double[] kept) {
        double[] g = new double[2];
        double[] h = new double[3];
        double x = x0;
        for (int n = 0; n < discard; n++) {
            f.gradient(x, 0, g);
            x -= eta * g[0];
            if (!(Math.abs(x) < 1e6)) {
                return Double.NaN;
            }
        }
        double sum = 0;
        for (int n = 0; n < keep; n++) {
            kept[n] = x;
            f.hessian(x, 0, h);
            sum += Math.log(Math.abs(1 - eta * h[0]));
            f.gradient(x, 0, g);
            x -= eta * g[0];
            if (!(Math.abs(x) < 1e6)) {
                return Double.NaN;
            }
        }
        return sum / keep;
    }

    /** Any differentiable map: first state coordinate kept, largest exponent by a tangent vector. */
    private static double general(DifferentiableMap map, double[] x0, int discard, int keep, double[] kept) {
        int n = map.dimension();
        double[] s = map.start(x0);
        double[] next = new double[n];
        double[] v = new double[n];
        double[] w = new double[n];
        double[] j = new double[n * n];
        Arrays.fill(v, 1 / Math.sqrt(n));
        long t = 1;
        for (; t <= discard; t++) {
            map.step(s, t, next);
            System.arraycopy(next, 0, s, 0, n);
            if (!(Math.abs(s[0]) < 1e6)) {
                return Double.NaN;
            }
        }
        double sum = 0;
        for (int k = 0; k < keep; k++, t++) {
            kept[k] = s[0];
            sum += LyapunovSpectrum.tangentStep(map, s, t, v, w, j);
            map.step(s, t, next);
            System.arraycopy(next, 0, s, 0, n);
            if (!(Math.abs(s[0]) < 1e6)) {
                return Double.NaN;
            }
        }
        return sum / keep;
    }

    /** The smallest period in {1, 2, 4, …, 64} that the kept points repeat with, or 0. */
    static int period(double[] x, double tolerance) {
        for (int p = 1; p <= MAX_PERIOD; p++) {
            boolean repeats = true;
            for (int n = 0; n + p < x.length && repeats; n++) {
                repeats = Math.abs(x[n + p] - x[n]) <= tolerance * (1 + Math.abs(x[n]));
            }
            if (repeats) {
                return p;
            }
        }
        return 0;
    }
}
