package org.basinscope.app;

import java.util.concurrent.atomic.AtomicLong;
import javafx.application.Platform;

/**
 * Measures how long the FX thread takes to answer: every {@value #PERIOD_MS} ms it posts a tiny task
 * and records the delay until the task runs. A delay over {@value #LIMIT_MS} ms means the window was
 * frozen for that long (a blocked or overloaded FX thread). Used by the soak test and the frame-rate
 * report; costs nothing measurable.
 */
public final class FxWatchdog implements AutoCloseable {
    public static final long PERIOD_MS = 20;
    public static final long LIMIT_MS = 100;

    private final AtomicLong worstNanos = new AtomicLong();
    private final AtomicLong lateCount = new AtomicLong();
    private final AtomicLong pending = new AtomicLong(-1);
    private final java.util.concurrent.ConcurrentLinkedQueue<long[]> late = new java.util.concurrent.ConcurrentLinkedQueue<>();
    private final java.util.concurrent.ConcurrentLinkedQueue<String> stacks = new java.util.concurrent.ConcurrentLinkedQueue<>();
    private final Thread thread;
    private volatile boolean running = true;
    private volatile long resetAt = System.nanoTime();

    public FxWatchdog() {
        thread = new Thread(this::loop, "basinscope-fx-watchdog");
        thread.setDaemon(true);
        thread.start();
    }

    private void loop() {
        while (running) {
            long posted = pending.get();
            long now = System.nanoTime();
            if (posted < 0) {
                pending.set(now);
                Platform.runLater(() -> {
                    long delay = System.nanoTime() - pending.getAndSet(-1);
                    record(delay);
                });
            } else {
                // Still waiting: the thread is blocked at least this long already.
                long waited = now - posted;
                if (waited > LIMIT_MS * 1_000_000L && stacks.size() < 20) {
                    stacks.add(fxStack());
                }
                record(waited);
            }
            try {
                Thread.sleep(PERIOD_MS);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void record(long measured) {
        // Only the part after the last reset counts (a probe may have been measuring across it).
        long nanos = Math.min(measured, System.nanoTime() - resetAt);
        worstNanos.accumulateAndGet(nanos, Math::max);
        if (nanos > LIMIT_MS * 1_000_000L) {
            lateCount.incrementAndGet();
            late.add(new long[] {System.nanoTime(), nanos});
        }
    }

    /** What the FX thread was doing when it was found late (for diagnosis). */
    public java.util.List<String> lateStacks() {
        return java.util.List.copyOf(stacks);
    }

    private static String fxStack() {
        for (var e : Thread.getAllStackTraces().entrySet()) {
            if (e.getKey().getName().equals("JavaFX Application Thread")) {
                StringBuilder b = new StringBuilder();
                for (StackTraceElement f : e.getValue()) {
                    b.append("  at ").append(f).append('\n');
                    if (b.length() > 3000) {
                        break;
                    }
                }
                return b.toString();
            }
        }
        return "(no FX thread)";
    }

    /** When (System.nanoTime) and for how long (ns) the FX thread was found late. */
    public java.util.List<long[]> lateEvents() {
        return java.util.List.copyOf(late);
    }

    /** Starts a new measurement window (e.g. after warm-up). */
    public void reset() {
        // A probe still waiting was posted before the window began (say, during a forced GC that preceded
        // the reset): from now on it counts only the time since the reset.
        long now = System.nanoTime();
        resetAt = now;
        pending.updateAndGet(p -> p < 0 ? p : now);
        worstNanos.set(0);
        lateCount.set(0);
        late.clear();
        stacks.clear();
    }

    /** The longest the FX thread took to answer, in milliseconds. */
    public double worstMillis() {
        return worstNanos.get() / 1e6;
    }

    /** How many probes found the FX thread blocked longer than {@value #LIMIT_MS} ms. */
    public long lateCount() {
        return lateCount.get();
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
    }
}
