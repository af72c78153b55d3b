package org.basinscope.app.views.landscape;

import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.ImageView;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import org.basinscope.engine.live.Snapshot;

/**
 * The particle cloud: up to {@value #FEW} particles as dots on the moving canvas, more as a density image
 * written pixel by pixel (canvas dots would be rasterised one by one as curved shapes on the render
 * thread — slow in software rendering, where a projector laptop without a GPU ends up).
 */
final class CloudLayer {
    /** Up to this many particles are drawn as dots; more as a density image. */
    static final int FEW = 300;
    private final PixelLayer density = new PixelLayer();
    private double fontScale = 1;

    ImageView view() {
        return density.view();
    }

    /** The density image as last written (null before the first frame with many particles). */
    WritableImage image() {
        return density.image();
    }

    void setFontScale(double scale) {
        fontScale = scale;
    }

    /** A new size: the next frame starts from a fresh image. */
    void invalidate() {
        density.invalidate();
    }

    void hide() {
        density.hide();
    }

    void draw(GraphicsContext g, Snapshot s, PlotArea f) {
        float[] xs = s.cloud().xs();
        float[] ys = s.cloud().ys();
        int n = xs.length;
        boolean two = s.grid().ny() > 1;
        if (n <= FEW) {
            density.hide();
            double r = 4.5 * fontScale;
            g.setFill(Color.rgb(255, 255, 255, 0.9));
            for (int i = 0; i < n; i++) {
                double x = f.sx(xs[i]);
                double y = f.sy(two ? ys[i] : s.config().landscape().value(xs[i], 0));
                if (x >= f.px() && x <= f.px() + f.pw() && y >= f.py() && y <= f.py() + f.ph()) {
                    g.fillOval(x - r, y - r, 2 * r, 2 * r);
                }
            }
            return;
        }
        // Many particles: a density image written in place. Canvas dots would be rasterised one by
        // one as curved shapes on the render thread (slow in software rendering, where a projector
        // laptop without a GPU ends up); the image is one texture upload of the touched rows.
        int w = (int) f.pw();
        int h = (int) f.ph();
        int[] counts = density.begin(w, h, f.px(), f.py());
        // Presentation mode (fontScale 1.6) draws each particle's splat larger, to be seen from the back row.
        int splat = (int) Math.round((n <= 3000 ? 3 : 2) * fontScale);
        int rowLo = h;
        int rowHi = 0;
        for (int i = 0; i < n; i++) {
            double vy = two ? ys[i] : s.config().landscape().value(xs[i], 0);
            int px = (int) (f.sx(xs[i]) - f.px());
            int py = (int) (f.sy(vy) - f.py());
            if (px >= 0 && px <= w - splat && py >= 0 && py <= h - splat) {
                // A small square splat so single particles stay visible.
                for (int dy = 0; dy < splat; dy++) {
                    int row = (py + dy) * w + px;
                    for (int dx = 0; dx < splat; dx++) {
                        counts[row + dx]++;
                    }
                }
                rowLo = Math.min(rowLo, py);
                rowHi = Math.max(rowHi, py + splat);
            }
        }
        for (int k = rowLo * w; k < rowHi * w; k++) {
            int c = counts[k];
            if (c != 0) {
                // Opacity grows with the count on a log scale: 1 particle faint, hundreds opaque.
                // Premultiplied white: every channel equals the alpha.
                int a = (int) Math.min(255, 110 + 40 * Math.log(c));
                counts[k] = (a << 24) | (a << 16) | (a << 8) | a;
            }
        }
        density.end(rowLo, rowHi);
    }
}
