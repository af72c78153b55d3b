package org.basinscope.app.views.landscape;

import java.util.Arrays;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.ImageView;
import javafx.scene.paint.Color;
import org.basinscope.engine.live.Snapshot;
import org.basinscope.engine.live.probe.LiveProbes;
import org.basinscope.engine.live.probe.TrailsProbe;

/**
 * The trails of the first particles (particle 0 in vermillion, on top), drawn pixel by pixel into an image layer
 * ({@link PolylineRaster}: a canvas stroke costs the software renderer milliseconds a frame), with a dot at
 * each live end on the moving canvas.
 */
final class TrailLayer {
    private static final Color TRAIL = Color.rgb(255, 140, 40, 0.85);
    private static final Color HIGHLIGHT = Color.rgb(255, 80, 60);
    /** Steps of particle 0's trail drawn on a 1-D curve. */
    private static final int ONE_D_TRAIL = 30;
    private final PixelLayer trails = new PixelLayer();
    private PolylineRaster trailRaster;
    private double fontScale = 1;

    ImageView view() {
        return trails.view();
    }

    void setFontScale(double scale) {
        fontScale = scale;
    }

    void invalidate() {
        trails.invalidate();
    }

    void hide() {
        trails.hide();
    }

    /**
     * The first particles' recent paths into the trail layer (particle 0 last, on top), and a dot at
     * each live end on the canvas.
     */
    void draw(GraphicsContext g, Snapshot s, PlotArea f) {
        TrailsProbe.Paths t = s.get(LiveProbes.TRAILS);
        boolean two = s.grid().ny() > 1;
        int w = (int) f.pw();
        int h = (int) f.ph();
        int[] pixels = trails.begin(w, h, f.px(), f.py());
        if (trailRaster == null || !trailRaster.drawsInto(pixels)) {
            trailRaster = new PolylineRaster(pixels, w, h);
        }
        trailRaster.resetRows();
        // In 1-D a trail runs back and forth along the curve: only particle 0's recent steps are worth drawing.
        int count = two ? t.count() : Math.min(1, t.count());
        for (int p = count - 1; p >= 0; p--) {
            double[] tx = t.x()[p];
            double[] ty = t.y()[p];
            if (!two && tx.length > ONE_D_TRAIL) {
                tx = Arrays.copyOfRange(tx, tx.length - ONE_D_TRAIL, tx.length);
            }
            int n = tx.length;
            if (n == 0 || s.stats().step() == 0 && p > 0) {
                continue;
            }
            double[] xs = new double[n];
            double[] ys = new double[n];
            int m = 0;
            double lastX = Double.NaN;
            double lastY = Double.NaN;
            Color color = p == 0 ? HIGHLIGHT : TRAIL;
            double width = (p == 0 ? 2.2 : 1.3) * fontScale;
            for (int k = 0; k <= n; k++) {
                double vy = k < n ? (two ? ty[k] : s.config().landscape().value(tx[k], 0)) : Double.NaN;
                boolean ok = k < n && Double.isFinite(tx[k]) && Double.isFinite(vy);
                if (ok) {
                    xs[m] = f.sx(tx[k]) - f.px();
                    ys[m] = f.sy(vy) - f.py();
                    lastX = xs[m];
                    lastY = ys[m];
                    m++;
                } else if (m > 0) {
                    // A NaN (diverged) or the end closes the current piece of the trail.
                    trailRaster.polyline(xs, ys, m, width, rgb(color), color.getOpacity());
                    m = 0;
                }
            }
            if (Double.isFinite(lastX) && k0Alive(tx)) {
                double r = (p == 0 ? 6 : 4) * fontScale;
                g.setFill(color);
                g.fillOval(f.px() + lastX - r, f.py() + lastY - r, 2 * r, 2 * r);
            }
        }
        trails.end(trailRaster.rowLo(), trailRaster.rowHi());
    }

    private static int rgb(Color c) {
        return ((int) Math.round(c.getRed() * 255) << 16) | ((int) Math.round(c.getGreen() * 255) << 8)
                | (int) Math.round(c.getBlue() * 255);
    }

    /** Whether the trail's newest point is a live position (not the NaN of a diverged particle). */
    private static boolean k0Alive(double[] tx) {
        return tx.length > 0 && Double.isFinite(tx[tx.length - 1]);
    }
}
