package org.basinscope.engine.chaos;

import org.basinscope.engine.dynamics.DifferentiableMap;
import org.basinscope.engine.dynamics.Dynamics;
import org.basinscope.engine.dynamics.Params;
import org.basinscope.engine.ensemble.BlockRunner;
import org.basinscope.engine.analysis.Progress;
import org.basinscope.engine.landscape.Landscape;
import org.basinscope.engine.spec.InvalidInputException;

/**
 * Finite-time Lyapunov exponents over a grid of starting points: for each start, the largest
 * exponent of the first K steps (log-growth of a tangent vector, per step). Ridges of the FTLE field
 * mark basin boundaries (seed 004): starts on either side of a boundary separate fastest. At the
 * double-well barrier top under GD the FTLE is ln(1 + η), the multiplier of the unstable fixed point.
 */
public final class FtleMap {
    public static final long MAX_WORK = 1_000_000_000L;

    /**
     * @param box    {xmin, xmax, ymin, ymax} (y ignored in 1-D)
     * @param nx     columns
     * @param ny     rows (1 in 1-D)
     * @param values row-major {@code values[j * nx + i]}, the FTLE at (x_i, y_j); NaN where the orbit diverged
     */
    public record Result(double[] box, int nx, int ny, double[] values) {
    }

    private FtleMap() {
    }

    public static Result compute(Landscape f, Dynamics d, Params p, double[] box, int nx, int ny, int steps,
            BlockRunner runner) {
        return compute(f, d, p, box, nx, ny, steps, runner, Progress.NONE);
    }

    /** As above, reporting progress per row. */
    public static Result compute(Landscape f, Dynamics d, Params p, double[] box, int nx, int ny, int steps,
            BlockRunner runner, Progress progress) {
        int rows = f.dimension() == 2 ? ny : 1;
        if (nx < 1 || rows < 1 || (long) nx * rows * steps > MAX_WORK) {
            throw new InvalidInputException("FTLE grid " + nx + "×" + rows + " × " + steps + " steps is outside the "
                    + "allowed range (at least 1×1, at most " + MAX_WORK + " point-steps)");
        }
        if (d.asMap(f, p) == null) {
            throw new InvalidInputException("FTLE maps need a deterministic dynamics; " + d.name() + " is stochastic");
        }
        double[] values = new double[nx * rows];
        java.util.concurrent.atomic.AtomicInteger done = new java.util.concurrent.atomic.AtomicInteger();
        runner.forEach(rows, j -> {
            progress.step((double) done.get() / rows);
            DifferentiableMap map = d.asMap(f, p);
            for (int i = 0; i < nx; i++) {
                double x = box[0] + (i + 0.5) * (box[1] - box[0]) / nx;
                double y = rows == 1 ? 0 : box[2] + (j + 0.5) * (box[3] - box[2]) / rows;
                double[] start = rows == 1 ? new double[] {x} : new double[] {x, y};
                values[j * nx + i] = exponent(map, map.start(start), steps);
            }
            done.incrementAndGet();
        });
        return new Result(box.clone(), nx, rows, values);
    }

    /** The finite-time largest exponent of one start (NaN if it diverges). */
    static double exponent(DifferentiableMap map, double[] start, int steps) {
        double l = LyapunovSpectrum.largest(map, start, 0, steps);
        return Double.isFinite(l) ? l : Double.NaN;
    }
}
