package org.basinscope.app.views;

import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import org.basinscope.engine.chaos.BasinMap;
import org.basinscope.engine.chaos.FtleMap;

/** Pictures of analysis grids to lay over the landscape: basins coloured by attractor, FTLE ridges. */
public final class OverlayImages {
    /** Attractor colours (ARGB without alpha): distinct on the viridis background. */
    private static final int[] COLOURS = {0xe6194b, 0x3cb44b, 0x4363d8, 0xf58231, 0x911eb4, 0x46f0f0, 0xf032e6,
        0xbcf60c, 0xfabebe, 0x008080};
    private static final int DIVERGED = 0x000000;
    private static final int NOT_CONVERGED = 0x808080;

    private OverlayImages() {
    }

    public static int colour(int attractor) {
        return attractor == BasinMap.DIVERGED ? DIVERGED
                : attractor == BasinMap.NOT_CONVERGED ? NOT_CONVERGED : COLOURS[attractor % COLOURS.length];
    }

    /**
     * Basins: each start coloured by the attractor most of its runs reached, more opaque the surer it is
     * (all runs agree: 55% opaque). Row 0 of the grid is the bottom of the picture.
     */
    public static WritableImage basins(BasinMap.Result r) {
        int nx = r.nx();
        int ny = r.ny();
        int[] argb = new int[nx * ny];
        int runs = r.runs();
        int[] count = new int[12];
        for (int s = 0; s < nx * ny; s++) {
            java.util.Arrays.fill(count, 0);
            int best = 0;
            int bestLabel = BasinMap.NOT_CONVERGED;
            for (int k = 0; k < runs; k++) {
                int label = r.labels()[s * runs + k];
                int slot = label + 2 >= 0 && label + 2 < count.length ? label + 2 : 1;
                if (++count[slot] > best) {
                    best = count[slot];
                    bestLabel = label;
                }
            }
            int alpha = (int) (140 * (double) best / runs);
            int row = ny - 1 - s / nx;
            argb[row * nx + s % nx] = (alpha << 24) | colour(bestLabel);
        }
        WritableImage image = new WritableImage(nx, ny);
        image.getPixelWriter().setPixels(0, 0, nx, ny, PixelFormat.getIntArgbInstance(), argb, 0, nx);
        return image;
    }

    /** FTLE ridges: white, more opaque where the finite-time exponent is larger (top 40% of its range shown). */
    public static WritableImage ftle(FtleMap.Result r) {
        int nx = r.nx();
        int ny = r.ny();
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double v : r.values()) {
            if (Double.isFinite(v)) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
        }
        int[] argb = new int[nx * ny];
        double span = Math.max(hi - lo, 1e-12);
        for (int s = 0; s < nx * ny; s++) {
            double v = r.values()[s];
            double t = Double.isFinite(v) ? (v - lo) / span : 1;
            int alpha = (int) (230 * Math.max(0, (t - 0.6) / 0.4));
            int row = ny - 1 - s / nx;
            argb[row * nx + s % nx] = (alpha << 24) | (Double.isFinite(v) ? 0xffffff : 0xff3030);
        }
        WritableImage image = new WritableImage(nx, ny);
        image.getPixelWriter().setPixels(0, 0, nx, ny, PixelFormat.getIntArgbInstance(), argb, 0, nx);
        return image;
    }
}
