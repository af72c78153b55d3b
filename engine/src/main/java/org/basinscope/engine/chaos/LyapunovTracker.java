package org.basinscope.engine.chaos;

import java.util.Arrays;
import org.basinscope.engine.dynamics.DifferentiableMap;
import org.basinscope.engine.dynamics.Dynamics;
import org.basinscope.engine.dynamics.ParticleArrays;
import org.basinscope.engine.dynamics.Params;
import org.basinscope.engine.dynamics.Workspace;
import org.basinscope.engine.landscape.Landscape;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.QRDecomposition;

/**
 * A running estimate of the Lyapunov exponents for the live settings, advanced alongside the
 * simulation: for a deterministic dynamics the full spectrum (QR frame carried along an orbit from
 * the run's start point), for a noisy one the largest exponent of two copies sharing their noise.
 * The estimate is an exponentially weighted average over about {@value #MEMORY} steps, so it follows
 * a slider within a few hundred steps; the first steps are a plain average.
 */
public final class LyapunovTracker {
    public static final int MEMORY = 500;
    private static final int RENORMALISE = 10;
    private static final double DELTA = 1e-7;

    private final Landscape f;
    private final Dynamics d;
    private final double[] start;
    private final long seed;
    private Params params;
    private DifferentiableMap map;
    private double[] state;
    private DMatrixRMaj q;
    private final double[] estimate;
    private long steps;
    private boolean diverged;
    /** Whether the deterministic orbit's last step left it where it was (it sits on a fixed point). */
    private boolean stationary;
    // Shared-noise pair for stochastic dynamics.
    private ParticleArrays pair;
    private Workspace workspace;

    public LyapunovTracker(Landscape f, Dynamics d, Params p, double[] start, long seed) {
        this.f = f;
        this.d = d;
        this.start = start.clone();
        this.seed = seed;
        this.params = p;
        this.map = d.asMap(f, p);
        this.estimate = new double[map == null ? 1 : map.dimension()];
        restart();
    }

    /** Back to the start point, forgetting the estimate. */
    public void restart() {
        steps = 0;
        diverged = false;
        stationary = false;
        Arrays.fill(estimate, 0);
        if (map != null) {
            state = map.start(start);
            q = CommonOps_DDRM.identity(map.dimension());
        } else {
            pair = new ParticleArrays(2, f.dimension(), d.auxiliaryArrays());
            pair.reset(start, seed);
            pair.seeds[1] = pair.seeds[0];
            pair.gammas[1] = pair.gammas[0];
            pair.x[1] += DELTA;
            workspace = new Workspace(2);
            d.start(f, params, pair, 0, 2, workspace);
        }
    }

    public boolean deterministic() {
        return map != null;
    }

    /** Takes {@code count} steps with the given (possibly new) parameters. */
    public void advance(Params p, int count) {
        if (diverged) {
            return;
        }
        if (!p.equals(params)) {
            params = p;
            if (map != null) {
                map = d.asMap(f, p);
            }
        }
        if (map != null) {
            advanceMap(count);
        } else {
            advancePair(count);
        }
    }

    private void advanceMap(int count) {
        int n = map.dimension();
        DMatrixRMaj j = new DMatrixRMaj(n, n);
        DMatrixRMaj m = new DMatrixRMaj(n, n);
        DMatrixRMaj r = new DMatrixRMaj(n, n);
        QRDecomposition<DMatrixRMaj> qr = DecompositionFactory_DDRM.qr(n, n);
        double[] next = new double[n];
        double[] logs = new double[n];
        for (int k = 0; k < count; k++) {
            long t = steps + 1;
            map.jacobian(state, t, j.data);
            CommonOps_DDRM.mult(j, q, m);
            if (!qr.decompose(m)) {
                diverged = true;
                return;
            }
            qr.getQ(q, true);
            qr.getR(r, true);
            for (int i = 0; i < n; i++) {
                logs[i] = Math.log(Math.abs(r.get(i, i)));
            }
            map.step(state, t, next);
            double moved = 0;
            double size = 0;
            for (int i = 0; i < n; i++) {
                moved = Math.max(moved, Math.abs(next[i] - state[i]));
                size = Math.max(size, Math.abs(state[i]));
            }
            stationary = moved <= 1e-13 * (1 + size);
            System.arraycopy(next, 0, state, 0, n);
            if (!Double.isFinite(state[0]) || Math.abs(state[0]) > 1e6) {
                diverged = true;
                return;
            }
            // Each diagonal entry belongs to one direction of the frame: average per index, sort only to report.
            for (int i = 0; i < n; i++) {
                accumulate(i, logs[i]);
            }
            steps++;
        }
    }

    private void advancePair(int count) {
        for (int k = 0; k < count; k++) {
            long t = steps + 1;
            d.step(f, params, t, pair, 0, 2, workspace);
            steps++;
            if (steps % RENORMALISE == 0) {
                double dist = separation();
                if (!(dist > 0) || !Double.isFinite(dist)) {
                    diverged = !Double.isFinite(dist);
                    if (diverged) {
                        return;
                    }
                    pair.x[1] = pair.x[0] + DELTA;
                    continue;
                }
                double growth = Math.log(dist / DELTA) / RENORMALISE;
                double scale = DELTA / dist;
                pair.x[1] = pair.x[0] + (pair.x[1] - pair.x[0]) * scale;
                pair.y[1] = pair.y[0] + (pair.y[1] - pair.y[0]) * scale;
                for (double[] a : pair.aux) {
                    a[1] = a[0] + (a[1] - a[0]) * scale;
                }
                long weightSteps = steps / RENORMALISE;
                double alpha = Math.max(1.0 / weightSteps, (double) RENORMALISE / MEMORY);
                estimate[0] += alpha * (growth - estimate[0]);
            }
        }
    }

    private double separation() {
        double sum = (pair.x[1] - pair.x[0]) * (pair.x[1] - pair.x[0]) + (pair.y[1] - pair.y[0]) * (pair.y[1] - pair.y[0]);
        for (double[] a : pair.aux) {
            sum += (a[1] - a[0]) * (a[1] - a[0]);
        }
        return Math.sqrt(sum);
    }

    private void accumulate(int i, double value) {
        double alpha = Math.max(1.0 / (steps + 1), 1.0 / MEMORY);
        estimate[i] += alpha * (value - estimate[i]);
    }

    /** The current estimate, descending (one value for a noisy dynamics); NaN once the orbit diverged. */
    public double[] exponents() {
        double[] out = estimate.clone();
        if (diverged || steps == 0) {
            Arrays.fill(out, Double.NaN);
            return out;
        }
        Arrays.sort(out);
        for (int i = 0; i < out.length / 2; i++) {
            double t = out[i];
            out[i] = out[out.length - 1 - i];
            out[out.length - 1 - i] = t;
        }
        return out;
    }

    public long steps() {
        return steps;
    }

    /**
     * True if the deterministic orbit sits on a fixed point (its last step did not move it): its exponents are
     * then those of the linearisation there, ln|1 − ηλ| for GD — positive at an unstable point, which is not chaos.
     */
    public boolean atFixedPoint() {
        return map != null && steps > 0 && stationary && !diverged;
    }

    /** How the estimate is made, for the view. */
    public String method() {
        return map != null ? "spectrum by QR along an orbit from the start" : "two copies with shared noise";
    }
}
