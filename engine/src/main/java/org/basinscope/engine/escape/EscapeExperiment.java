package org.basinscope.engine.escape;

import java.util.Arrays;
import org.basinscope.engine.analysis.Progress;
import org.basinscope.engine.dynamics.Dynamics;
import org.basinscope.engine.dynamics.ParticleArrays;
import org.basinscope.engine.dynamics.Params;
import org.basinscope.engine.ensemble.BlockRunner;
import org.basinscope.engine.ensemble.Ensemble;
import org.basinscope.engine.landscape.Landscape;
import org.basinscope.engine.spec.InvalidInputException;

/**
 * Measured first-passage times: N particles start at {@code from} and run the chosen dynamics until
 * each reaches the target, the half-plane through {@code to} facing away from the start
 * ((p − to)·(to − from) ≥ 0; in 1-D simply "x has passed to"). A particle stops being stepped once it
 * has arrived (it is frozen through the ensemble's divergence flag, which this class tells apart from
 * real divergence). Times are in continuous-time units, steps × η, counted at the first step that is
 * past the target, so the time step biases them by O(η) (science/CHECKS.md: the lab reports the step).
 * Each particle owns its random stream, so the result is the same for any thread count.
 */
public final class EscapeExperiment {
    /** Steps between progress reports and early-exit checks. */
    private static final int CHUNK = 1000;

    /**
     * The outcome: arrival times of the particles that arrived (ascending), how many ran, how many
     * diverged, and the step used.
     */
    public record Result(double[] times, int particles, int diverged, long steps, double eta) {
        /** From each particle's arrival step (−1: not arrived): the arrival times, arrival × η, ascending. */
        static Result of(long[] arrival, int diverged, long steps, double eta) {
            double[] times = Arrays.stream(arrival).filter(a -> a >= 0).mapToDouble(a -> a * eta).toArray();
            Arrays.sort(times);
            return new Result(times, arrival.length, diverged, steps, eta);
        }

        /** Fraction of the particles that reached the target. */
        public double escaped() {
            return (double) times.length / particles;
        }

        /** Mean first-passage time of the arrived particles (biased low if some had not arrived). */
        public double mean() {
            return times.length == 0 ? Double.NaN : Arrays.stream(times).sum() / times.length;
        }

        /** Standard error of {@link #mean}: sample standard deviation over √n. */
        public double standardError() {
            int n = times.length;
            if (n < 2) {
                return Double.NaN;
            }
            double mu = mean();
            double ss = 0;
            for (double t : times) {
                ss += (t - mu) * (t - mu);
            }
            return Math.sqrt(ss / (n - 1) / n);
        }

        /** The fraction still in the start region at each time of {@code at} (the survival curve). */
        public double[] survival(double[] at) {
            double[] s = new double[at.length];
            for (int k = 0; k < at.length; k++) {
                int arrived = upperBound(times, at[k]);
                s[k] = 1 - (double) arrived / particles;
            }
            return s;
        }

        private static int upperBound(double[] sorted, double t) {
            int lo = 0;
            int hi = sorted.length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (sorted[mid] <= t) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo;
        }
    }

    private EscapeExperiment() {
    }

    /** Runs until every particle has arrived or diverged, or {@code maxSteps} steps have been taken. */
    public static Result run(Landscape f, Dynamics dynamics, Params params, double[] from, double[] to, int particles,
            long seed, long maxSteps, BlockRunner runner, Progress progress) {
        int dim = f.dimension();
        if (from.length != dim || to.length != dim) {
            throw new InvalidInputException("--from and --to need " + dim + " coordinate(s) on this landscape");
        }
        double ax = to[0] - from[0];
        double ay = dim == 2 ? to[1] - from[1] : 0;
        if (ax == 0 && ay == 0) {
            throw new InvalidInputException("--from and --to must differ");
        }
        if (maxSteps < 1) {
            throw new InvalidInputException("--max-steps must be ≥ 1");
        }
        Ensemble e = new Ensemble(f, dynamics, params, particles, seed, from, runner);
        long[] arrival = new long[particles];
        Arrays.fill(arrival, -1);
        double bx = to[0];
        double by = dim == 2 ? to[1] : 0;
        // Slot i holds particle id[i]: finished particles are swapped to the end and no longer stepped.
        int[] id = new int[particles];
        for (int i = 0; i < particles; i++) {
            id[i] = i;
        }
        e.setObserver((ParticleArrays s, int lo, int hi, long step) -> {
            for (int i = lo; i < hi; i++) {
                if (!s.diverged[i] && (s.x[i] - bx) * ax + (s.y[i] - by) * ay >= 0) {
                    arrival[id[i]] = step;
                    s.diverged[i] = true; // frozen: no more steps for this particle
                }
            }
        });
        ParticleArrays s = e.particles();
        long done = 0;
        int active = particles;
        while (done < maxSteps && active > 0) {
            int chunk = (int) Math.min(CHUNK, maxSteps - done);
            e.advance(chunk);
            done += chunk;
            progress.step((double) done / maxSteps);
            active = compact(s, id, active);
            e.limitStepping(active);
        }
        int diverged = 0;
        for (int i = 0; i < particles; i++) {
            if (arrival[id[i]] < 0 && s.diverged[i]) {
                diverged++;
            }
        }
        return Result.of(arrival, diverged, done, params.eta());
    }

    /** Moves the finished particles among the first {@code active} slots behind the running ones. */
    private static int compact(ParticleArrays s, int[] id, int active) {
        int i = 0;
        while (i < active) {
            if (s.diverged[i]) {
                active--;
                s.swap(i, active);
                int t = id[i];
                id[i] = id[active];
                id[active] = t;
            } else {
                i++;
            }
        }
        return active;
    }
}
