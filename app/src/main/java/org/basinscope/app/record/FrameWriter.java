package org.basinscope.app.record;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.DoubleConsumer;
import java.util.function.Supplier;
import org.basinscope.app.export.GifAnimation;
import org.basinscope.app.record.FrameRecording.Recording;

/**
 * The writer side of a recording ({@link FrameRecording}): the FX thread hands over each frame strip by strip as it
 * takes them, then the finished recording or why it failed; one writer thread draws the strips into their frame,
 * adds each whole frame to the GIF in order and settles {@link #result()} once. After it is settled nothing more is
 * written (a strip queued before a cancel is dropped), and it completes normally only with every frame in the file.
 */
public final class FrameWriter {
    private final CompletableFuture<Recording> result = new CompletableFuture<>();
    private final ExecutorService writer = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "gif-writer");
        t.setDaemon(true);
        return t;
    });
    private final GifAnimation gif;
    private final int frames;
    private final DoubleConsumer progress;
    private final AtomicInteger written = new AtomicInteger();

    /** {@code progress} gets the fraction of the {@code frames} frames written so far, on the writer thread. */
    public FrameWriter(GifAnimation gif, int frames, DoubleConsumer progress) {
        this.gif = gif;
        this.frames = frames;
        this.progress = progress;
    }

    /** A frame being put together from its strips. */
    public static final class Frame {
        private final int width;
        private final int height;
        /** Made on the writer thread: the first image of a run loads AWT, which took the FX thread 200 ms. */
        private BufferedImage image;

        public Frame(int width, int height) {
            this.width = width;
            this.height = height;
        }

        private BufferedImage image() {
            if (image == null) {
                image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
            }
            return image;
        }
    }

    public CompletableFuture<Recording> result() {
        return result;
    }

    /**
     * Hands over the strip of {@code frame} whose top row is {@code y} ({@code picture} is made on the writer thread);
     * after the frame's last strip ({@code whole}) the frame is added to the GIF.
     */
    public void strip(Frame frame, int y, Supplier<BufferedImage> picture, boolean whole) {
        submit(() -> {
            if (result.isDone()) {
                return;
            }
            try {
                frame.image().getGraphics().drawImage(picture.get(), 0, y, null);
                if (whole) {
                    gif.add(frame.image());
                    progress.accept(written.incrementAndGet() / (double) frames);
                }
            } catch (IOException | RuntimeException e) {
                // A frame that could not be written fails the recording with its own reason.
                failNow(e);
            }
        });
    }

    /** Every frame was handed over: the GIF is ended, moved to its name, and the result completes with {@code r}. */
    public void finish(Recording r) {
        submit(() -> {
            if (result.isDone()) {
                return;
            }
            try {
                if (gif.frames() != r.frames()) {
                    throw new IOException("only " + gif.frames() + " of " + r.frames() + " frames were written");
                }
                gif.finish();
                gif.close();
                result.complete(r);
            } catch (IOException | RuntimeException e) {
                failNow(e);
            }
            writer.shutdown();
        });
    }

    /** The recording ends with {@code why}: the partial file is removed and the result fails. */
    public void fail(Exception why) {
        submit(() -> failNow(why));
    }

    private void submit(Runnable work) {
        try {
            writer.execute(work);
        } catch (java.util.concurrent.RejectedExecutionException settled) {
            // The writer stops once the result is settled: what comes after has nothing left to change.
        }
    }

    private void failNow(Exception e) {
        if (result.isDone()) {
            return;
        }
        try {
            gif.close();
        } catch (IOException | RuntimeException closing) {
            e.addSuppressed(closing);
        }
        result.completeExceptionally(e);
        writer.shutdown();
    }
}
