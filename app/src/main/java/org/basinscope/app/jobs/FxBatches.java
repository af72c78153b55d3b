package org.basinscope.app.jobs;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javafx.application.Platform;

/**
 * Hands immutable items (finished grid points) from worker threads to the FX thread: {@link #post} never blocks
 * and at most one {@code Platform.runLater} is pending, which takes everything posted so far as one batch — a
 * sweep finishing thousands of points a second costs the FX thread one call per pulse, not one per point. Once
 * {@link #close}d (the sweep was replaced or cancelled), nothing more is delivered.
 */
public final class FxBatches<T> {
    private final ConcurrentLinkedQueue<T> queue = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private final Consumer<List<T>> onFx;
    private volatile boolean closed;

    /** {@code onFx} gets each batch, in the order posted, on the FX thread. */
    public FxBatches(Consumer<List<T>> onFx) {
        this.onFx = onFx;
    }

    /** From any thread. */
    public void post(T item) {
        if (closed) {
            return;
        }
        queue.add(item);
        if (scheduled.compareAndSet(false, true)) {
            Platform.runLater(this::drain);
        }
    }

    private void drain() {
        // Cleared before polling: an item posted after this line schedules the next drain itself.
        scheduled.set(false);
        List<T> batch = new ArrayList<>();
        for (T t; (t = queue.poll()) != null; ) {
            batch.add(t);
        }
        if (!closed && !batch.isEmpty()) {
            onFx.accept(batch);
        }
    }

    /** Drops what is queued and everything posted from now on. */
    public void close() {
        closed = true;
        queue.clear();
    }
}
