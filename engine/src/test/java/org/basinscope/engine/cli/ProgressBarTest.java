package org.basinscope.engine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.basinscope.engine.grid.PointResult;
import org.junit.jupiter.api.Test;

/** The sweep's progress line, on a clock the test moves. */
class ProgressBarTest {
    private long now;
    private final StringWriter text = new StringWriter();

    private ProgressBar bar(boolean terminal) {
        return new ProgressBar(new PrintWriter(text), terminal, () -> now);
    }

    private static PointResult point() {
        return new PointResult(0, 1, Double.NaN);
    }

    @Test
    void aLogGetsALineEveryFiveSecondsAndAtTheEnd() {
        ProgressBar b = bar(false);
        now = 1000;
        b.started(10, 0);
        now = 2000;
        b.pointDone(point(), 1, 10);
        assertEquals("", text.toString(), "too soon after the start");
        now = 7000;
        b.pointDone(point(), 2, 10);
        now = 8000;
        b.pointDone(point(), 3, 10);
        now = 21000;
        b.pointDone(point(), 10, 10);
        assertEquals("sweep: 2/10 points, 6.0 s elapsed, ~24 s left\nsweep: 10/10 points, 20 s elapsed\n",
                text.toString().replace(System.lineSeparator(), "\n"));
    }

    @Test
    void aTerminalGetsOneRedrawnBarAndTheEstimateCountsOnlyPointsRunNow() {
        ProgressBar b = bar(true);
        b.started(4, 2);
        now = 90_000;
        b.pointDone(point(), 3, 4);
        now = 200_000;
        b.pointDone(point(), 4, 4);
        assertEquals("sweep: resuming: 2 of 4 points read back from the partial file\n"
                + "\r[##################------] 3/4 points, 1 min 30 s elapsed, ~1 min 30 s left"
                + "\r[########################] 4/4 points, 3 min 20 s elapsed\n",
                text.toString().replace(System.lineSeparator(), "\n"));
    }

    @Test
    void durationsAreShortAndReadable() {
        assertEquals("4.2 s", ProgressBar.duration(4.24));
        assertEquals("42 s", ProgressBar.duration(42.4));
        assertEquals("3 min 05 s", ProgressBar.duration(185));
        assertEquals("2 h 07 min", ProgressBar.duration(7620));
    }
}
