package org.basinscope.app.record;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.function.DoubleConsumer;
import javafx.animation.AnimationTimer;
import javafx.geometry.Bounds;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.WritableImage;
import org.basinscope.app.export.Exporter;
import org.basinscope.app.export.GifAnimation;
import org.basinscope.app.window.MainWindow;

/**
 * Records a window's view as an animated GIF while the window runs: a frame of the shown step, then the run
 * advanced {@code every} steps and the next frame, and so on. The FX thread only takes snapshots, a strip of the
 * frame per pulse; a writer thread ({@link FrameWriter}) puts the strips together and encodes the frame, so the window
 * keeps answering through a long recording. Used by
 * {@code basinscope record} (an off-screen window) and File → Record animation… (the window on screen).
 *
 * <p>Start it on the FX thread; {@link #result()} completes on the writer thread with the {@link Recording}, or
 * exceptionally with why it failed or {@link Cancelled} after {@link #cancel()}. The file is written to
 * {@code FILE.partial} and moved into place only when complete.
 */
public final class FrameRecording {
    /** Pulses after a frame's step is on screen before its picture, so charts finish their layout. */
    private static final int SETTLE_PULSES = 2;
    /** Pixels of one strip of a frame (a 640-px-wide view: 100 rows). */
    static final int STRIP_PIXELS = 64_000;

    /** What was recorded. */
    public record Recording(Path file, int frames, double fps, int width, int height, long lastStep) {
    }

    /** Why a recording ended early at the user's request. */
    public static final class Cancelled extends IOException {
        Cancelled() {
            super("the recording was cancelled");
        }
    }

    /** The writer thread's side, from the first frame on. */
    private FrameWriter out;
    private volatile boolean cancelled;
    private AnimationTimer timer;

    private FrameRecording() {
    }

    /**
     * Starts recording (FX thread). {@code progress} gets the fraction of frames written so far, on the writer
     * thread.
     *
     * @param from the step of the first frame (the run is advanced to it), or null: the step the paused run shows
     */
    public static FrameRecording start(MainWindow w, Node view, Long from, int frames, long every, double fps, Path file,
            DoubleConsumer progress) throws IOException {
        FrameRecording r = new FrameRecording();
        r.begin(w, view, from, frames, every, fps, file, progress);
        return r;
    }

    public CompletableFuture<Recording> result() {
        return out.result();
    }

    /** Stops taking frames; the partial file is removed and {@link #result()} fails with {@link Cancelled}. */
    public void cancel() {
        cancelled = true;
    }

    private void begin(MainWindow w, Node view, Long from, int frames, long every, double fps, Path file,
            DoubleConsumer progress) throws IOException {
        FrameWriter out = new FrameWriter(new GifAnimation(file, fps), frames, progress);
        this.out = out;
        int[] size = new int[2];
        if (from != null) {
            w.simulation().advanceTo(from);
        }
        timer = new AnimationTimer() {
            private long target = from == null ? -1 : from;
            private int taken;
            private int settled;
            private boolean prepared;
            private Strips strips;
            private long pulses;
            /** The highest step shown since the recording began: the run only moves forward while it records. */
            private long seen = Long.MIN_VALUE;

            @Override
            public void handle(long now) {
                if (cancelled) {
                    stop();
                    out.fail(new Cancelled());
                    return;
                }
                var shown = w.shown();
                if (shown != null && target < 0 && !shown.running()) {
                    target = shown.step();
                }
                if (shown != null && shown.step() < seen) {
                    // Reset or set up anew: the step the next frame waits for would never come.
                    stop();
                    out.fail(new IOException("the run was reset or changed during the recording"));
                    return;
                }
                if (shown != null) {
                    seen = Math.max(seen, shown.step());
                }
                if (shown != null && target >= 0 && shown.running()) {
                    // Running, the run would pass the frame's step before it is drawn, and no frame would come.
                    stop();
                    out.fail(new IOException("the run was started during the recording"));
                    return;
                }
                if (shown == null || shown.step() != target || !w.analysesSettled()) {
                    settled = 0;
                    return;
                }
                if (!prepared) {
                    prepared = true;
                    w.shownTab().prepareRender();
                    return;
                }
                if (++settled < SETTLE_PULSES) {
                    return;
                }
                // A strip every other pulse: the renderer catches up with the window's own repaint in between (a strip
                // each pulse kept the FX thread waiting for it).
                if ((pulses++ & 1) == 1) {
                    return;
                }
                if (strips == null) {
                    strips = new Strips(view.getBoundsInParent());
                    size[0] = strips.width;
                    size[1] = strips.height;
                }
                // One strip a pulse: the whole view at once kept the FX thread waiting on the software renderer
                // for up to half a second; a strip of it takes a fraction of that.
                Strips frame = strips;
                int y = strips.next * strips.strip;
                int h = Math.min(strips.strip, strips.height - y);
                SnapshotParameters p = new SnapshotParameters();
                p.setViewport(new Rectangle2D(strips.bounds.getMinX(), strips.bounds.getMinY() + y, strips.width, h));
                WritableImage picture = view.snapshot(p, null);
                boolean whole = ++strips.next == strips.count;
                out.strip(frame.frame, y, () -> Exporter.toAwt(picture), whole);
                if (!whole) {
                    return;
                }
                strips = null;
                if (++taken == frames) {
                    stop();
                    long last = target;
                    out.finish(new Recording(file, frames, fps, size[0], size[1], last));
                    return;
                }
                target += every;
                settled = 0;
                w.simulation().advanceTo(target);
            }
        };
        timer.start();
    }

    /** A frame taken in horizontal strips of at most {@value #STRIP_PIXELS} pixels, one per pulse. */
    private static final class Strips {
        final Bounds bounds;
        final int width;
        final int height;
        final int strip;
        final int count;
        int next;
        final FrameWriter.Frame frame;

        Strips(Bounds b) {
            bounds = b;
            width = Math.max(1, (int) Math.ceil(b.getWidth()));
            height = Math.max(1, (int) Math.ceil(b.getHeight()));
            strip = Math.max(1, Math.min(height, STRIP_PIXELS / width));
            count = (height + strip - 1) / strip;
            frame = new FrameWriter.Frame(width, height);
        }
    }
}
