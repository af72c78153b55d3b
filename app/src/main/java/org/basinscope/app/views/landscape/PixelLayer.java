package org.basinscope.app.views.landscape;

import java.nio.IntBuffer;
import javafx.geometry.Rectangle2D;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

/**
 * An image over the plot area whose pixels (premultiplied ARGB) are rewritten every frame: the
 * particle density and the trails. Only the rows written by this frame or the previous one are cleared
 * and sent to the screen, so a cloud in a small part of the picture costs only that part.
 */
final class PixelLayer {
    private final ImageView view = new ImageView();
    private int[] pixels;
    private PixelBuffer<IntBuffer> buffer;
    private int width;
    private int height;
    /** Rows [lo, hi) the previous frame wrote. */
    private int lastLo;
    private int lastHi;

    PixelLayer() {
        view.setMouseTransparent(true);
    }

    ImageView view() {
        return view;
    }

    /** The image as last written, or null before the first frame. */
    WritableImage image() {
        return pixels == null ? null : (WritableImage) view.getImage();
    }

    /**
     * The pixels of a {@code w × h} layer placed at (x, y) for this frame, cleared where the previous
     * frame wrote; a new size starts from a fresh, empty image.
     */
    int[] begin(int w, int h, double x, double y) {
        if (pixels == null || w != width || h != height) {
            width = w;
            height = h;
            pixels = new int[w * h];
            buffer = new PixelBuffer<>(w, h, IntBuffer.wrap(pixels), PixelFormat.getIntArgbPreInstance());
            view.setImage(new WritableImage(buffer));
            lastLo = 0;
            lastHi = 0;
        } else {
            java.util.Arrays.fill(pixels, lastLo * w, lastHi * w, 0);
        }
        view.setLayoutX(x);
        view.setLayoutY(y);
        view.setVisible(true);
        return pixels;
    }

    /** Ends the frame: rows [lo, hi) were written (none if hi ≤ lo); they and the previous frame's go to the screen. */
    void end(int lo, int hi) {
        boolean now = hi > lo;
        boolean before = lastHi > lastLo;
        int dirtyLo = now ? (before ? Math.min(lo, lastLo) : lo) : lastLo;
        int dirtyHi = now ? (before ? Math.max(hi, lastHi) : hi) : lastHi;
        lastLo = now ? lo : 0;
        lastHi = now ? hi : 0;
        if (dirtyHi > dirtyLo) {
            Rectangle2D dirty = new Rectangle2D(0, dirtyLo, width, dirtyHi - dirtyLo);
            buffer.updateBuffer(b -> dirty);
        }
    }

    /** Hides the layer; the rows it last wrote are cleared when it is next used. */
    void hide() {
        view.setVisible(false);
    }

    /** Forgets the image (the view was resized): the next {@link #begin} makes a new one. */
    void invalidate() {
        pixels = null;
    }
}
