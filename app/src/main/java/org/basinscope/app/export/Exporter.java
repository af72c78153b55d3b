package org.basinscope.app.export;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
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

/**
 * Writes pictures, vector drawings and data of views to files, always atomically (temporary file in
 * the same folder, then rename), so an interrupted export never leaves half a file under the name.
 * Call on the FX thread (pictures are taken from the live scene graph).
 */
public final class Exporter {
    private Exporter() {
    }

    /** A picture of the node at {@code scale} × its size on screen. */
    public static BufferedImage picture(Node node, double scale) {
        SnapshotParameters p = new SnapshotParameters();
        p.setTransform(Transform.scale(scale, scale));
        return toAwt(node.snapshot(p, null));
    }

    /** A picture of the whole scene at {@code scale}. */
    public static BufferedImage picture(Scene scene, double scale) {
        return picture(scene.getRoot(), scale);
    }

    public static BufferedImage toAwt(WritableImage image) {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        int[] argb = new int[w * h];
        image.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        out.setRGB(0, 0, w, h, argb, 0, w);
        return out;
    }

    public static void png(BufferedImage image, Path file) throws IOException {
        atomically(file, tmp -> {
            if (!ImageIO.write(image, "png", tmp.toFile())) {
                throw new IOException("no PNG writer available");
            }
        });
    }

    public static void text(String text, Path file) throws IOException {
        atomically(file, tmp -> Files.writeString(tmp, text, StandardCharsets.UTF_8));
    }

    /**
     * The whole window as SVG: the window's picture as the background, with every exportable view
     * redrawn as vectors on top at its place, so plots stay sharp at any zoom.
     */
    public static Svg window(Scene scene, List<Exportable> views) {
        double w = scene.getWidth();
        double h = scene.getHeight();
        Svg svg = new Svg(w, h);
        svg.image(picture(scene, 1), 0, 0, w, h);
        for (Exportable e : views) {
            Node n = e.exportNode();
            if (n.getScene() != scene || !n.isVisible()) {
                continue;
            }
            Bounds b = n.localToScene(n.getBoundsInLocal());
            svg.embed(e.svg(b.getWidth(), b.getHeight()), b.getMinX(), b.getMinY());
        }
        return svg;
    }

    /**
     * The "figure for report" bundle next to {@code png}: the PNG at {@code scale}, an SVG of the window,
     * one CSV per view, and the session that reproduces the run. Returns the files written.
     */
    public static List<Path> figure(Scene scene, List<Exportable> views, String sessionJson, double scale, Path png)
            throws IOException {
        String base = png.getFileName().toString().replaceFirst("\\.png$", "");
        Path dir = png.toAbsolutePath().getParent();
        List<Path> written = new ArrayList<>();
        png(picture(scene, scale), png);
        written.add(png);
        Path svg = dir.resolve(base + ".svg");
        text(window(scene, views).document(), svg);
        written.add(svg);
        for (Exportable e : views) {
            Path csv = dir.resolve(base + "-" + e.exportName() + ".csv");
            text(e.csv(), csv);
            written.add(csv);
        }
        Path session = dir.resolve(base + ".session.json");
        text(sessionJson, session);
        written.add(session);
        return written;
    }

    /** Work that writes a file. */
    @FunctionalInterface
    interface Writer {
        void write(Path tmp) throws IOException;
    }

    static void atomically(Path file, Writer writer) throws IOException {
        Path target = file.toAbsolutePath();
        Files.createDirectories(target.getParent());
        Path tmp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
        try {
            writer.write(tmp);
            try {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
