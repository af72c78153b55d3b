package org.basinscope.app.diagnostics;

/** Frames per second over a sliding one-second window, from pulse timestamps in nanoseconds. */
public final class FrameCounter {
    private final long[] times = new long[240];
    private int count;
    private int next;

    public void frame(long now) {
        times[next] = now;
        next = (next + 1) % times.length;
        count = Math.min(count + 1, times.length);
    }

    public double perSecond(long now) {
        int n = 0;
        for (int k = 0; k < count; k++) {
            if (now - times[k] <= 1_000_000_000L) {
                n++;
            }
        }
        return n;
    }
}
