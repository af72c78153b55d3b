package org.basinscope.engine.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongSupplier;
import org.basinscope.engine.grid.GridListener;
import org.basinscope.engine.grid.PointResult;

/**
 * A sweep's progress on standard error: points done of all, time elapsed and an estimate of the time left
 * (elapsed per point computed in this run × points left). On a terminal it is one line redrawn with a
 * carriage return at most every {@value #TERMINAL_MS} ms; otherwise (a log, a pipe) a plain line at most
 * every {@value #PLAIN_MS} ms and one at the end, so a log of a day-long sweep stays readable.
 */
final class ProgressBar implements GridListener {
    static final long TERMINAL_MS = 100;
    static final long PLAIN_MS = 5000;
    private static final int WIDTH = 24;

    private final PrintWriter err;
    private final boolean terminal;
    private final LongSupplier millis;
    private long start;
    private long shown;
    private int resumed;

    ProgressBar(PrintWriter err, boolean terminal, LongSupplier millis) {
        this.err = err;
        this.terminal = terminal;
        this.millis = millis;
    }

    /** On standard error, redrawn in place when there is a console. */
    static ProgressBar onStderr(PrintWriter err) {
        return new ProgressBar(err, System.console() != null, System::currentTimeMillis);
    }

    @Override
    public void started(int points, int alreadyDone) {
        start = millis.getAsLong();
        shown = start;
        resumed = alreadyDone;
        if (alreadyDone > 0) {
            err.println("sweep: resuming: " + alreadyDone + " of " + points + " points read back from the partial file");
            err.flush();
        }
    }

    @Override
    public void pointDone(PointResult r, int done, int points) {
        advance(done, points);
    }

    /** {@code done} of {@code points} are finished (any kind of point: grid sweeps, friction sweeps). */
    void advance(int done, int points) {
        long now = millis.getAsLong();
        if (done < points && now - shown < (terminal ? TERMINAL_MS : PLAIN_MS)) {
            return;
        }
        shown = now;
        String line = line(done, points, (now - start) / 1e3);
        if (terminal) {
            err.print("\r" + line + (done == points ? "\n" : ""));
        } else {
            err.println("sweep: " + line);
        }
        err.flush();
    }

    /** {@code [######------] 34/100 points, 12 s elapsed, ~23 s left}. */
    String line(int done, int points, double elapsed) {
        int filled = (int) ((long) WIDTH * done / points);
        StringBuilder b = new StringBuilder();
        if (terminal) {
            b.append('[').append("#".repeat(filled)).append("-".repeat(WIDTH - filled)).append("] ");
        }
        b.append(done).append('/').append(points).append(" points, ").append(duration(elapsed)).append(" elapsed");
        int ran = done - resumed;
        if (done < points && ran > 0) {
            b.append(", ~").append(duration(elapsed / ran * (points - done))).append(" left");
        }
        return b.toString();
    }

    /** {@code 4.2 s}, {@code 3 min 05 s}, {@code 2 h 07 min}. */
    static String duration(double seconds) {
        if (!(seconds < 60)) {
            long s = Math.round(seconds);
            return s < 3600 ? String.format(Locale.ROOT, "%d min %02d s", s / 60, s % 60)
                    : String.format(Locale.ROOT, "%d h %02d min", s / 3600, s % 3600 / 60);
        }
        return String.format(Locale.ROOT, seconds < 10 ? "%.1f s" : "%.0f s", seconds);
    }
}
