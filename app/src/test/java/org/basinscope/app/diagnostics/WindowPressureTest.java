package org.basinscope.app.diagnostics;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Background work waits only while pulses are late, and never for long (no window, no FX thread needed). */
class WindowPressureTest {
    @Test
    void lateOnlyBetweenFortyMillisecondsAndASecondAfterAPulseAndTheWaitIsBounded() throws Exception {
        WindowPressure.pulse();
        assertFalse(WindowPressure.late(), "just after a pulse");
        Thread.sleep(WindowPressure.LATE_MS + 20);
        assertTrue(WindowPressure.late(), "no pulse for more than 40 ms");
        long start = System.nanoTime();
        WindowPressure.giveWay();
        long waited = (System.nanoTime() - start) / 1_000_000;
        assertTrue(waited >= 50, "waited " + waited + " ms while the window is late");
        assertTrue(waited < 1_000, "but not for long: " + waited + " ms");
        Thread.sleep(1_000);
        assertFalse(WindowPressure.late(), "a window that stopped pulsing (hidden, closed) holds nothing back");
        start = System.nanoTime();
        WindowPressure.giveWay();
        assertTrue((System.nanoTime() - start) / 1_000_000 < 50, "no wait then");
    }
}
