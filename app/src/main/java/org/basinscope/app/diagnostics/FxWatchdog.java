package org.basinscope.app.diagnostics;

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
    /** Answers slower than this are reported with the threads' stacks (diagnosis before the limit). */
    public static final long REPORT_MS = 80;

    private final AtomicLong worstNanos = new AtomicLong();
    private final AtomicLong lateCount = new AtomicLong();
    private final AtomicLong pending = new AtomicLong(-1);
    private final java.util.concurrent.ConcurrentLinkedQueue<long[]> late = new java.util.concurrent.ConcurrentLinkedQueue<>();
    private final java.util.concurrent.ConcurrentLinkedQueue<String> stacks = new java.util.concurrent.ConcurrentLinkedQueue<>();
    private final Thread thread;
    private volatile boolean running = true;
    /** The probe whose block has its stacks taken already (watchdog thread only). */
    private long stackFor = -1;
    private volatile long resetAt = System.nanoTime();

    /** The FX thread, as it answers (under Monocle it is not the thread called "JavaFX Application Thread"). */
    private static volatile Thread fxThread;

    public FxWatchdog() {
        Platform.runLater(() -> fxThread = Thread.currentThread());
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
                    record(delay, true);
                });
            } else {
                // Still waiting: the thread is blocked at least this long already.
                long waited = now - posted;
                if (waited > REPORT_MS * 1_000_000L && posted != stackFor && stacks.size() < 20) {
                    // Once per block, when it first passes the reporting threshold.
                    stackFor = posted;
                    stacks.add(fxStack());
                }
                record(waited, false);
            }
            try {
                Thread.sleep(PERIOD_MS);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** One measurement: a probe's answer ({@code answered}) or how long an unanswered one has waited. */
    private void record(long measured, boolean answered) {
        // Only the part after the last reset counts (a probe may have been measuring across it).
        long nanos = Math.min(measured, System.nanoTime() - resetAt);
        worstNanos.accumulateAndGet(nanos, Math::max);
        if (nanos > LIMIT_MS * 1_000_000L) {
            lateCount.incrementAndGet();
        }
        if (answered && nanos > REPORT_MS * 1_000_000L) {
            late.add(new long[] {System.nanoTime(), nanos});
        }
    }

    /**
     * What the FX thread, the renderer and the other busy threads were doing when an answer had taken
     * {@value #REPORT_MS} ms (once per slow answer, at most 20).
     */
    public java.util.List<String> lateStacks() {
        return java.util.List.copyOf(stacks);
    }

    /**
     * The FX thread's stack, the render thread's (what it is painting while the FX thread waits for it),
     * and the top frames of every other running thread (who else wants the cores).
     */
    private static String fxStack() {
        StringBuilder b = new StringBuilder();
        StringBuilder others = new StringBuilder("  other running threads:\n");
        for (var e : Thread.getAllStackTraces().entrySet()) {
            String name = e.getKey().getName();
            StackTraceElement[] frames = e.getValue();
            boolean fx = e.getKey() == fxThread;
            if (fx || name.startsWith("QuantumRenderer")) {
                b.append("  ").append(name).append(":\n");
                int limit = b.length() + (fx ? 3000 : 2000);
                for (StackTraceElement f : frames) {
                    b.append("    at ").append(f).append('\n');
                    if (b.length() > limit) {
                        break;
                    }
                }
            } else if (e.getKey().getState() == Thread.State.RUNNABLE && frames.length > 0
                    && !name.equals("basinscope-fx-watchdog") && !name.startsWith("Reference Handler")
                    && !name.startsWith("Signal Dispatcher")) {
                others.append("    ").append(name).append(": ");
                for (int k = 0; k < Math.min(3, frames.length); k++) {
                    others.append(k == 0 ? "" : " < ").append(frames[k].getClassName().replaceAll(".*\\.", ""))
                            .append('.').append(frames[k].getMethodName());
                }
                others.append('\n');
            }
        }
        return b.append(others).toString();
    }

    /** When (System.nanoTime) and how long (ns) each answer slower than {@value #REPORT_MS} ms took. */
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
