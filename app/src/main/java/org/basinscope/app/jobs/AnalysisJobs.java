package org.basinscope.app.jobs;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.application.Platform;
import org.basinscope.app.diagnostics.WindowPressure;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import org.basinscope.engine.analysis.Progress;

/**
 * Long analyses (bifurcation diagrams, basin and FTLE maps) off the FX thread: one background
 * thread, jobs by name; submitting a job cancels the previous one of the same name, whose result is
 * then dropped (the view keeps showing the old result until the new one is ready). Progress is a
 * property per name, updated on the FX thread: 0…1 while running, −1 when idle.
 */
public final class AnalysisJobs implements AutoCloseable {
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "basinscope-analysis");
        t.setDaemon(true);
        // Below the window: a busy background job should not stretch the FX thread's and the renderer's
        // frames (Windows and macOS apply it; Linux only under -XX:ThreadPriorityPolicy=1 as root).
        t.setPriority(Thread.MIN_PRIORITY);
        return t;
    });
    private final Map<String, AtomicBoolean> running = new ConcurrentHashMap<>();
    private final Map<String, DoubleProperty> progress = new ConcurrentHashMap<>();
    private final Executor fx;
    private final BooleanSupplier onFx;

    /** Results, failures and progress are handed to the FX thread. */
    public AnalysisJobs() {
        this(Platform::runLater, Platform::isFxApplicationThread);
    }

    /**
     * Results, failures and progress are handed to {@code deliver}, whose one thread {@code onDeliveryThread}
     * recognises: the window passes the FX thread; the concurrency tests (concurrency/) a thread of their own,
     * as Fray cannot drive a JavaFX toolkit.
     */
    public AnalysisJobs(Executor deliver, BooleanSupplier onDeliveryThread) {
        this.fx = deliver;
        this.onFx = onDeliveryThread;
    }

    /** Progress of the named job: −1 idle, else the fraction done (FX thread). */
    public DoubleProperty progress(String name) {
        return progress.computeIfAbsent(name, n -> new SimpleDoubleProperty(-1));
    }

    /** Runs {@code work} in the background, replacing any running job of the same name; {@code done} gets its result on the FX thread. */
    public <T> void submit(String name, Function<Progress, T> work, Consumer<T> done, Consumer<String> failed) {
        cancel(name);
        AtomicBoolean cancelled = new AtomicBoolean();
        running.put(name, cancelled);
        DoubleProperty bar = progress(name);
        bar.set(0);
        long[] lastReport = {0};
        Progress p = new Progress() {
            @Override
            public void report(double fraction) {
                long now = System.nanoTime();
                // At most ~20 updates a second reach the FX thread.
                if (now - lastReport[0] > 50_000_000L) {
                    lastReport[0] = now;
                    fx.execute(() -> {
                        if (!cancelled.get()) {
                            bar.set(fraction);
                        }
                    });
                }
            }

            @Override
            public boolean cancelled() {
                // Analyses ask this between pieces of their work: the place to let a busy window go first.
                WindowPressure.giveWay();
                return cancelled.get();
            }
        };
        worker.submit(() -> {
            if (cancelled.get()) {
                return;
            }
            try {
                T result = work.apply(p);
                fx.execute(() -> {
                    if (!cancelled.get()) {
                        // The result first, then "idle": whoever watches for idle sees the result in place.
                        done.accept(result);
                        running.remove(name, cancelled);
                        bar.set(-1);
                    }
                });
            } catch (java.util.concurrent.CancellationException e) {
                // Replaced or cancelled: drop silently.
            } catch (RuntimeException e) {
                fx.execute(() -> {
                    if (!cancelled.get()) {
                        failed.accept(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
                        running.remove(name, cancelled);
                        bar.set(-1);
                    }
                });
            }
        });
    }

    /**
     * True when no job of this name is queued or running. Safe from any thread (a test or a script
     * polling for "done"): unlike the progress property it is published through a concurrent map.
     */
    public boolean idle(String name) {
        return !running.containsKey(name);
    }

    /** Stops the named job (its result, if it still comes, is dropped). */
    public void cancel(String name) {
        AtomicBoolean c = running.remove(name);
        if (c != null) {
            c.set(true);
        }
        DoubleProperty bar = progress.get(name);
        if (bar != null && onFx.getAsBoolean()) {
            bar.set(-1);
        }
    }

    @Override
    public void close() {
        for (String name : running.keySet()) {
            cancel(name);
        }
        worker.shutdownNow();
    }
}
