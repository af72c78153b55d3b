package org.basinscope.app.diagnostics;

/**
 * Lets background work give the cores to the window while the FX thread is behind. On two cores the
 * simulation, an analysis and the renderer take both; a long operation on the FX thread (opening a lesson,
 * the A/B view entering) then ran at a third of the speed it has alone (20-30 ms of FX CPU answered in
 * 80-130 ms in the soak). The frame loop marks each pulse; background threads call {@link #giveWay} between
 * pieces of their work, and wait while no pulse has begun for {@value #LATE_MS} ms.
 */
public final class WindowPressure {
    /** A pulse is due every 16.7 ms; this long without one, the FX thread is busy with something long. */
    static final long LATE_MS = 40;
    /** No pulse for this long: the window is not pulsing at all (hidden, closed, or a headless run). */
    private static final long IDLE_MS = 1_000;
    /** The longest one call waits (the next call waits again while the window is still late). */
    private static final long MAX_WAIT_MS = 60;
    private static volatile long lastPulse;

    private WindowPressure() {
    }

    /** A pulse begins (FX thread, from the frame loop). */
    public static void pulse() {
        lastPulse = System.nanoTime();
    }

    /** Whether the FX thread is behind: the last pulse began between {@value #LATE_MS} ms and 1 s ago. */
    public static boolean late() {
        long last = lastPulse;
        if (last == 0) {
            return false;
        }
        long since = System.nanoTime() - last;
        return since > LATE_MS * 1_000_000L && since < IDLE_MS * 1_000_000L;
    }

    /**
     * Waits, 5 ms at a time and at most {@value #MAX_WAIT_MS} ms, while the window is late; returns at once
     * otherwise and on the FX thread itself. For background threads, between pieces of their work.
     */
    public static void giveWay() {
        if (javafx.application.Platform.isFxApplicationThread()) {
            return;
        }
        long start = System.nanoTime();
        while (late() && System.nanoTime() - start < MAX_WAIT_MS * 1_000_000L) {
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
