package org.basinscope.concurrency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.basinscope.app.export.GifAnimation;
import org.basinscope.app.record.FrameRecording.Recording;
import org.basinscope.app.record.FrameWriter;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pastalab.fray.junit.junit5.FrayTestExtension;
import org.pastalab.fray.junit.junit5.annotations.ConcurrencyTest;

/**
 * The recorder's hand-over (FrameWriter): the window's thread hands over each frame strip by strip, then the end of
 * the recording, to the writer thread, while the user may cancel at any moment and {@code basinscope record} waits
 * for the result and then reads the file. Fray chooses the interleavings of the three.
 */
@ExtendWith(FrayTestExtension.class)
class RecorderHandOverTest {
    private static final int FRAMES = 3;
    private static final int STRIPS = 2;
    private static final int SIZE = 4;
    /** How many schedules ended each way: the cancel must land before, between and after the strips. */
    private static final AtomicInteger CANCELLED = new AtomicInteger();
    private static final AtomicInteger COMPLETED = new AtomicInteger();
    private static final AtomicInteger SCHEDULE = new AtomicInteger();

    @org.junit.jupiter.api.AfterAll
    static void bothEndsWereSeen() {
        System.out.println("recorder schedules: " + CANCELLED + " cancelled, " + COMPLETED + " completed");
        assertTrue(CANCELLED.get() > 0 && COMPLETED.get() > 0, CANCELLED + " cancelled, " + COMPLETED + " completed");
    }

    /**
     * Java2D and ImageIO start a daemon thread of their own (the Java2D Disposer, waiting for ever on a reference
     * queue) the first time they are used; started inside a schedule, Fray counts it as a thread that never ends
     * and reports a deadlock. Started here, before Fray takes over, it is outside every schedule.
     */
    @org.junit.jupiter.api.BeforeAll
    static void startJava2d() throws IOException {
        Path warm = Files.createTempFile("warm", ".gif");
        try (GifAnimation gif = new GifAnimation(warm, 10)) {
            gif.add(strip(0));
            gif.finish();
        }
        ImageIO.read(warm.toFile());
        Files.deleteIfExists(warm);
    }

    /** Strip s of frame k: one grey level per frame, so a strip in the wrong frame shows. */
    private static BufferedImage strip(int k) {
        BufferedImage image = new BufferedImage(SIZE, SIZE / STRIPS, BufferedImage.TYPE_INT_RGB);
        int grey = 60 * (k + 1);
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < SIZE; x++) {
                image.setRGB(x, y, grey << 16 | grey << 8 | grey);
            }
        }
        return image;
    }

    /**
     * The result settles once, and as the file says: completed, the GIF is already under its name (the reader woken by
     * the completion finds it) with every frame whole and in order and no partial file beside it; cancelled, neither
     * the GIF nor its partial file is left.
     */
    @ConcurrencyTest(iterations = 300)
    void theResultIsSettledOnceAndAsTheFileSays() throws Exception {
        Path dir = Files.createTempDirectory("recorder");
        Path file = dir.resolve("run.gif");
        Path partial = dir.resolve("run.gif.partial");
        FrameWriter out = new FrameWriter(new GifAnimation(file, 10), FRAMES, fraction -> { });
        AtomicBoolean cancelled = new AtomicBoolean();
        AtomicReference<String> seenByReader = new AtomicReference<>();
        // basinscope record: waits for the result, then looks at the file.
        Thread reader = new Thread(() -> {
            try {
                Recording r = out.result().get();
                seenByReader.set(Files.exists(file) ? "file of " + r.frames() + " frames" : "no file after completion");
            } catch (ExecutionException e) {
                seenByReader.set(Files.exists(file) || Files.exists(partial) ? "a file after a failure" : "failed cleanly");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "record-command");
        // The user's Cancel lands at a moment that moves on with each schedule: after 0, 1, ... strips were handed
        // over, or never; Fray interleaves it with what the window and the writer do meanwhile.
        int moment = SCHEDULE.getAndIncrement() % (FRAMES * STRIPS + 2);
        AtomicInteger handed = new AtomicInteger();
        Thread user = new Thread(() -> {
            if (moment > FRAMES * STRIPS) {
                return;
            }
            while (handed.get() < moment) {
                LiveSimulationHandOverTest.pause();
            }
            cancelled.set(true);
        }, "cancel-button");
        reader.start();
        user.start();
        // The window's side, as FrameRecording's timer: the cancel is seen between strips.
        boolean stopped = false;
        for (int k = 0; k < FRAMES && !stopped; k++) {
            FrameWriter.Frame frame = new FrameWriter.Frame(SIZE, SIZE);
            for (int s = 0; s < STRIPS; s++) {
                if (cancelled.get()) {
                    out.fail(new IOException("the recording was cancelled"));
                    stopped = true;
                    break;
                }
                int grey = k;
                out.strip(frame, s * SIZE / STRIPS, () -> strip(grey), s == STRIPS - 1);
                handed.incrementAndGet();
            }
        }
        if (!stopped) {
            out.finish(new Recording(file, FRAMES, 10, SIZE, SIZE, FRAMES - 1));
        }
        user.join();
        reader.join();
        String seen = seenByReader.get();
        (stopped ? CANCELLED : COMPLETED).incrementAndGet();
        if (stopped) {
            assertEquals("failed cleanly", seen);
            assertTrue(out.result().isCompletedExceptionally());
        } else {
            assertEquals("file of " + FRAMES + " frames", seen);
            assertFalse(Files.exists(partial));
            assertFramesInOrder(file);
        }
        Files.deleteIfExists(file);
        Files.deleteIfExists(dir);
    }

    private static void assertFramesInOrder(Path file) throws IOException {
        ImageReader r = ImageIO.getImageReadersByFormatName("gif").next();
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            r.setInput(in);
            assertEquals(FRAMES, r.getNumImages(true));
            for (int k = 0; k < FRAMES; k++) {
                BufferedImage frame = r.read(k);
                int grey = 60 * (k + 1);
                for (int y = 0; y < SIZE; y++) {
                    assertEquals(grey, frame.getRGB(0, y) & 0xff, "frame " + k + ", row " + y);
                }
            }
        } finally {
            r.dispose();
        }
    }
}
