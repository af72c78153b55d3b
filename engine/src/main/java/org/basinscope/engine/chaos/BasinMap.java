package org.basinscope.engine.chaos;

import java.util.ArrayList;
import java.util.List;
import org.basinscope.engine.analysis.CriticalPoint;
import org.basinscope.engine.analysis.CriticalPoints;
import org.basinscope.engine.analysis.Progress;
import org.basinscope.engine.dynamics.Dynamics;
import org.basinscope.engine.dynamics.ParticleArrays;
import org.basinscope.engine.dynamics.Params;
import org.basinscope.engine.ensemble.BlockRunner;
import org.basinscope.engine.ensemble.Ensemble;
import org.basinscope.engine.landscape.Landscape;
import org.basinscope.engine.spec.InvalidInputException;

/**
 * Basins of attraction on a grid of starting points (seed 000: basins as attractor regions, basin
 * measure). Each start runs the chosen dynamics; the end point is labelled by the attractor it reached.
 *
 * <p>Deterministic dynamics: every start is one particle of an ensemble; it runs up to K steps, in
 * chunks, and stops early once no particle moved more than {@link #SETTLED} in a chunk (the labels do
 * not change after that). Attractors are found by merging end points closer than a tolerance (1e-3 of
 * the box); a start whose last chunk still moved is "not converged" (a cycle or chaos); one that left the
 * finite range is "diverged". Noisy dynamics: R runs per start with independent noise (particle
 * index = start·R + run, so each run has its own stream), all K steps, each end point labelled by the
 * nearest minimum of the landscape; a start's label is then probabilistic: the fraction of its runs in
 * each basin. Results do not depend on the thread count.
 */
public final class BasinMap {
    public static final long MAX_WORK = 4_000_000_000L;
    public static final int MAX_STARTS = 4_000_000;
    public static final int DIVERGED = -1;
    public static final int NOT_CONVERGED = -2;
    /** Largest movement in a chunk that still counts as settled. */
    static final double SETTLED = 1e-9;
    static final int CHUNK = 25;

    /**
     * @param box          {xmin, xmax, ymin, ymax}
     * @param nx           columns
     * @param ny           rows (1 in 1-D)
     * @param attractors   the attractors' positions {x, y}
     * @param labels       per start (row-major) and run: attractor index, {@link #DIVERGED} or {@link #NOT_CONVERGED};
     *                     {@code labels[start * runs + run]}
     * @param runs         runs per start (1 for deterministic dynamics)
     * @param stepsTaken   steps actually run (less than asked when everything settled)
     */
    public record Result(double[] box, int nx, int ny, List<double[]> attractors, int[] labels, int runs,
            long stepsTaken) {

        /** Fraction of all runs ending in attractor {@code a} (or a special label). */
        public double fraction(int a) {
            long n = 0;
            for (int l : labels) {
                n += l == a ? 1 : 0;
            }
            return (double) n / labels.length;
        }

        /** Per start, the fraction of its runs that reached attractor {@code a}. */
        public double[] probability(int a) {
            double[] out = new double[nx * ny];
            for (int s = 0; s < out.length; s++) {
                int n = 0;
                for (int r = 0; r < runs; r++) {
                    n += labels[s * runs + r] == a ? 1 : 0;
                }
                out[s] = (double) n / runs;
            }
            return out;
        }
    }

    private BasinMap() {
    }

    public static Result compute(Landscape f, Dynamics d, Params p, double[] box, int nx, int ny, int steps, int runs,
            long seed, BlockRunner runner) {
        return compute(f, d, p, box, nx, ny, steps, runs, seed, runner, Progress.NONE);
    }

    /** As above, reporting progress per chunk of steps. */
    public static Result compute(Landscape f, Dynamics d, Params p, double[] box, int nx, int ny, int steps, int runs,
            long seed, BlockRunner runner, Progress progress) {
        int rows = f.dimension() == 2 ? ny : 1;
        boolean noisy = d.stochastic();
        int r = noisy ? runs : 1;
        long starts = (long) nx * rows;
        if (nx < 1 || rows < 1 || starts > MAX_STARTS) {
            throw new InvalidInputException("grid " + nx + "×" + rows + " is outside the allowed range (1 to "
                    + MAX_STARTS + " starts)");
        }
        if (r < 1 || starts * r > Ensemble.MAX_PARTICLES || starts * r * steps > MAX_WORK || steps < 1) {
            throw new InvalidInputException("grid × runs × steps = " + starts + " × " + r + " × " + steps
                    + " is outside the allowed range (steps ≥ 1, runs ≥ 1, at most " + Ensemble.MAX_PARTICLES
                    + " runs and " + MAX_WORK + " run-steps)");
        }
        int n = (int) (starts * r);
        double[] xs = new double[n];
        double[] ys = new double[n];
        for (int j = 0; j < rows; j++) {
            for (int i = 0; i < nx; i++) {
                double x = box[0] + (i + 0.5) * (box[1] - box[0]) / nx;
                double y = rows == 1 ? 0 : box[2] + (j + 0.5) * (box[3] - box[2]) / rows;
                for (int k = 0; k < r; k++) {
                    xs[(j * nx + i) * r + k] = x;
                    ys[(j * nx + i) * r + k] = y;
                }
            }
        }
        Ensemble e = new Ensemble(f, d, p, n, seed, f.defaultStart(), runner);
        e.setStarts(xs, ys);
        ParticleArrays s = e.particles();
        double[] px = new double[n];
        double[] py = new double[n];
        boolean[] moving = new boolean[n];
        long taken = 0;
        while (taken < steps) {
            progress.step((double) taken / steps);
            int chunk = (int) Math.min(CHUNK, steps - taken);
            System.arraycopy(s.x, 0, px, 0, n);
            System.arraycopy(s.y, 0, py, 0, n);
            e.advance(chunk);
            taken += chunk;
            boolean any = false;
            for (int i = 0; i < n; i++) {
                moving[i] = !s.diverged[i] && Math.max(Math.abs(s.x[i] - px[i]), Math.abs(s.y[i] - py[i])) > SETTLED;
                any |= moving[i];
            }
            if (!any && !noisy) {
                break;
            }
        }
        double scale = Math.max(box[1] - box[0], rows == 1 ? 0 : box[3] - box[2]);
        List<double[]> attractors = noisy ? minima(f, box) : new ArrayList<>();
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            if (s.diverged[i] || !Double.isFinite(f.value(s.x[i], s.y[i]))) {
                labels[i] = DIVERGED;
            } else if (noisy) {
                labels[i] = nearest(attractors, s.x[i], s.y[i]);
            } else if (moving[i]) {
                labels[i] = NOT_CONVERGED;
            } else {
                labels[i] = cluster(attractors, s.x[i], s.y[i], 1e-3 * scale);
            }
        }
        return new Result(box.clone(), nx, rows, attractors, labels, r, taken);
    }

    /** Index of the attractor within {@code tolerance} of (x, y), adding a new one if none is. */
    private static int cluster(List<double[]> attractors, double x, double y, double tolerance) {
        for (int a = 0; a < attractors.size(); a++) {
            double[] c = attractors.get(a);
            if (Math.hypot(c[0] - x, c[1] - y) <= tolerance) {
                return a;
            }
        }
        attractors.add(new double[] {x, y});
        return attractors.size() - 1;
    }

    private static int nearest(List<double[]> attractors, double x, double y) {
        int best = NOT_CONVERGED;
        double bestDistance = Double.POSITIVE_INFINITY;
        for (int a = 0; a < attractors.size(); a++) {
            double[] c = attractors.get(a);
            double dist = Math.hypot(c[0] - x, c[1] - y);
            if (dist < bestDistance) {
                bestDistance = dist;
                best = a;
            }
        }
        return best;
    }

    private static List<double[]> minima(Landscape f, double[] box) {
        List<double[]> out = new ArrayList<>();
        for (CriticalPoint c : CriticalPoints.find(f, f.dimension() == 2 ? box : new double[] {box[0], box[1], 0, 0})
                .of(CriticalPoint.Kind.MINIMUM)) {
            out.add(new double[] {c.x(), c.y()});
        }
        return out;
    }
}
