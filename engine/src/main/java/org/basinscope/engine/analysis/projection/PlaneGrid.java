package org.basinscope.engine.analysis.projection;

import java.util.concurrent.atomic.AtomicInteger;
import org.basinscope.engine.analysis.LandscapeGrid;
import org.basinscope.engine.analysis.Progress;
import org.basinscope.engine.ensemble.BlockRunner;
import org.basinscope.engine.landscape.VectorLandscape;
import org.basinscope.engine.spec.InvalidInputException;

/**
 * The loss over a projection's plane: f(c + a_i·u + b_j·v) at the cell centres of an nx × ny grid over an
 * {@link Extent}, as a {@link LandscapeGrid} whose x and y are a and b (so the planar heat-map code draws it).
 * Rows run in parallel on a {@link BlockRunner}; each value depends only on its own (i, j), so the grid is
 * bit-identical for any thread count. Progress is reported per row and a cancelled {@link Progress} stops it
 * between rows, as the basin and FTLE maps do.
 */
public final class PlaneGrid {
    /** The largest nx and ny. */
    public static final int MAX_SIDE = 4096;

    private PlaneGrid() {
    }

    public static LandscapeGrid sample(Projection p, VectorLandscape f, Extent extent, int nx, int ny,
            BlockRunner runner, Progress progress) {
        if (nx < 1 || ny < 1 || nx > MAX_SIDE || ny > MAX_SIDE) {
            throw new InvalidInputException("projection grid " + nx + "×" + ny + " is outside the allowed range (1 to "
                    + MAX_SIDE + " points per side)");
        }
        if (f.dimension() != p.dimension()) {
            throw new IllegalArgumentException("a projection of dimension " + p.dimension() + " on a landscape of "
                    + f.dimension());
        }
        double[] box = extent.box();
        double[] values = new double[nx * ny];
        AtomicInteger done = new AtomicInteger();
        runner.forEach(ny, j -> {
            progress.step((double) done.get() / ny);
            double b = box[2] + (j + 0.5) * (box[3] - box[2]) / ny;
            double[] theta = new double[p.dimension()];
            for (int i = 0; i < nx; i++) {
                double a = box[0] + (i + 0.5) * (box[1] - box[0]) / nx;
                p.point(a, b, theta);
                values[j * nx + i] = f.value(theta);
            }
            progress.report((double) done.incrementAndGet() / ny);
        });
        return LandscapeGrid.of(box, nx, ny, values);
    }
}
