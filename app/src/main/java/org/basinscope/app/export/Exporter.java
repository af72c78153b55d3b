package org.basinscope.app.export;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.transform.Transform;
import javax.imageio.ImageIO;
import org.basinscope.engine.io.AtomicFiles;

/**
 * Writes pictures, vector drawings and data of views to files, always atomically (temporary file in
 * the same folder, then rename), so an interrupted export never leaves half a file under the name.
 * Call on the FX thread (pictures are taken from the live scene graph).
 */
public final class Exporter {
    /** Encoding and writing happen here, so a big export never freezes the window. */
    private static final java.util.concurrent.ExecutorService BACKGROUND =
            java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "basinscope-export");
                t.setDaemon(true);
                // Below the window: a busy background job should not stretch the FX thread's and the renderer's
                // frames (Windows and macOS apply it; Linux only under -XX:ThreadPriorityPolicy=1 as root).
                t.setPriority(Thread.MIN_PRIORITY);
                return t;
            });

    private Exporter() {
    }

    /** Runs file work off the FX thread; the future completes with its result or its failure. */
    public static <T> java.util.concurrent.CompletableFuture<T> inBackground(IoWork<T> work) {
        return java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            try {
                return work.run();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }, BACKGROUND);
    }

    /** File work that may fail with an I/O error. */
    @FunctionalInterface
    public interface IoWork<T> {
        T run() throws IOException;
    }

    /**
     * Pixels rendered per pulse by {@link #pictureInStrips}: a frame's worth of software rendering (250 000 took
     * the FX thread 80-110 ms a strip in the soak, on two busy cores).
     */
    private static final int STRIP_PIXELS = 100_000;

    /**
     * A picture of the node taken in horizontal strips, one strip per pulse, so that no single pulse
     * renders the whole window (a full 1600×1000 snapshot in software rendering takes longer than the
     * FX thread may be blocked). The caller keeps the node unchanged until the future completes.
     */
    public static java.util.concurrent.CompletableFuture<BufferedImage> pictureInStrips(Node node, double scale) {
        var done = new java.util.concurrent.CompletableFuture<BufferedImage>();
        // The viewport is in the parent's coordinates (a view sits at its layout position in the window).
        Bounds b = node.getBoundsInParent();
        int width = (int) Math.ceil(b.getWidth() * scale);
        int height = (int) Math.ceil(b.getHeight() * scale);
        int rows = Math.max(1, Math.min(height, STRIP_PIXELS / Math.max(1, width)));
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        int[] pixels = ((java.awt.image.DataBufferInt) out.getRaster().getDataBuffer()).getData();
        new javafx.animation.AnimationTimer() {
            private int y;

            @Override
            public void handle(long now) {
                try {
                    int h = Math.min(rows, height - y);
                    SnapshotParameters p = new SnapshotParameters();
                    p.setTransform(Transform.scale(scale, scale));
                    p.setViewport(new javafx.geometry.Rectangle2D(b.getMinX() * scale, b.getMinY() * scale + y, width, h));
                    WritableImage strip = node.snapshot(p, new WritableImage(width, h));
                    strip.getPixelReader().getPixels(0, 0, width, h, PixelFormat.getIntArgbInstance(), pixels,
                            y * width, width);
                    y += h;
                    if (y >= height) {
                        stop();
                        done.complete(out);
                    }
                } catch (RuntimeException e) {
                    stop();
                    done.completeExceptionally(e);
                }
            }
        }.start();
        return done;
    }

    public static BufferedImage toAwt(WritableImage image) {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        // Straight into the image's int buffer (RGB ignores the alpha byte): no per-pixel colour-model calls.
        int[] rgb = ((java.awt.image.DataBufferInt) out.getRaster().getDataBuffer()).getData();
        image.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), rgb, 0, w);
        return out;
    }

    public static void png(BufferedImage image, Path file) throws IOException {
        AtomicFiles.write(file, tmp -> {
            if (!ImageIO.write(image, "png", tmp.toFile())) {
                throw new IOException("no PNG writer available");
            }
        });
    }

    public static void text(String text, Path file) throws IOException {
        AtomicFiles.writeString(file, text);
    }

    /**
     * The whole window as SVG: the window's picture as the background, with every exportable view
     * redrawn as vectors on top at its place, so plots stay sharp at any zoom. The views are read now
     * (FX thread); the drawing is made by the supplier, on any thread.
     */
    public static java.util.function.Supplier<Svg> window(Scene scene, BufferedImage background,
            List<Exportable> views) {
        double w = scene.getWidth();
        double h = scene.getHeight();
        List<java.util.function.Supplier<Svg>> parts = new ArrayList<>();
        List<Bounds> places = new ArrayList<>();
        for (Exportable e : views) {
            Node n = e.exportNode();
            if (n.getScene() != scene || !n.isVisible()) {
                continue;
            }
            Bounds b = n.localToScene(n.getBoundsInLocal());
            parts.add(e.svgLater(b.getWidth(), b.getHeight()));
            places.add(b);
        }
        return () -> {
            Svg svg = new Svg(w, h);
            svg.image(background, 0, 0, w, h);
            for (int i = 0; i < parts.size(); i++) {
                svg.embed(parts.get(i).get(), places.get(i).getMinX(), places.get(i).getMinY());
            }
            return svg;
        };
    }
}
