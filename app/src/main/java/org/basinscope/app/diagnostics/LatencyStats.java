package org.basinscope.app.diagnostics;

/** Count, mean and maximum of measured latencies (FX thread only). */
public final class LatencyStats {
    private long count;
    private long sumNanos;
    private long maxNanos;

    public void add(long nanos) {
        count++;
        sumNanos += nanos;
        maxNanos = Math.max(maxNanos, nanos);
    }

    public void clear() {
        count = 0;
        sumNanos = 0;
        maxNanos = 0;
    }

    public long count() {
        return count;
    }

    public double meanMillis() {
        return count == 0 ? Double.NaN : sumNanos / 1e6 / count;
    }

    public double maxMillis() {
        return maxNanos / 1e6;
    }
}
