package org.basinscope.app;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.basinscope.engine.dynamics.Params;
import org.basinscope.engine.live.RunConfig;

/** Renders the main window off screen after K steps and writes it as a PNG. */
public final class WindowRenderer {
    /** Pulses to wait after the K-th step is on screen, so charts finish their layout. */
    private static final int SETTLE_PULSES = 4;

    private WindowRenderer() {
    }

    public static void render(RunConfig config, Params params, int steps, int width, int height, Path file)
            throws Exception {
        HeadlessFx.start(width, height);
        CompletableFuture<WritableImage> image = new CompletableFuture<>();
        AtomicReference<MainWindow> window = new AtomicReference<>();
        Platform.runLater(() -> {
            try {
                MainWindow w = new MainWindow(config, params);
                window.set(w);
                Stage stage = new Stage();
                stage.setScene(new Scene(w.root(), width, height));
                stage.show();
                w.start();
                w.simulation().advanceBy(steps);
                new AnimationTimer() {
                    private int settled;

                    @Override
                    public void handle(long now) {
                        var shown = w.shown();
                        if (shown != null && shown.step() == steps && ++settled >= SETTLE_PULSES) {
                            stop();
                            image.complete(stage.getScene().snapshot(null));
                            stage.close();
                        }
                    }
                }.start();
            } catch (RuntimeException e) {
                image.completeExceptionally(e);
            }
        });
        try {
            write(image.get(10, TimeUnit.MINUTES), file);
        } finally {
            MainWindow w = window.get();
            if (w != null) {
                Platform.runLater(w::close);
            }
        }
    }

    /** Writes the image as PNG atomically (temp file, then rename). */
    static void write(WritableImage image, Path file) throws IOException {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        int[] argb = new int[w * h];
        image.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        out.setRGB(0, 0, w, h, argb, 0, w);
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, file.getFileName().toString(), ".tmp");
        try {
            if (!ImageIO.write(out, "png", tmp.toFile())) {
                throw new IOException("no PNG writer available");
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
