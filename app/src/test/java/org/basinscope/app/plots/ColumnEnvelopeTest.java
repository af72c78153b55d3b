package org.basinscope.app.plots;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The thinned series keeps every column's lowest and highest point, in order, and nothing else. */
class ColumnEnvelopeTest {
    @Test
    void everyColumnKeepsItsLowestAndHighestPointInOrder() {
        int n = 2000;
        double[] x = new double[n];
        double[] y = new double[n];
        Random random = new Random(3);
        for (int k = 0; k < n; k++) {
            x[k] = 10 * k;
            y[k] = Math.sin(k / 50.0) + random.nextGaussian();
        }
        int columns = 450;
        double[] ox = new double[n];
        double[] oy = new double[n];
        int m = ColumnEnvelope.reduce(x, y, n, 0, 10 * (n - 1), columns, ox, oy);
        assertTrue(m <= 2 * (columns + 1) && m < n, "thinned: " + m);
        double scale = columns / (10.0 * (n - 1));
        for (int c = 0; c <= columns; c++) {
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            double outMin = Double.POSITIVE_INFINITY;
            double outMax = Double.NEGATIVE_INFINITY;
            for (int k = 0; k < n; k++) {
                if ((int) Math.floor(x[k] * scale) == c) {
                    min = Math.min(min, y[k]);
                    max = Math.max(max, y[k]);
                }
            }
            for (int k = 0; k < m; k++) {
                if ((int) Math.floor(ox[k] * scale) == c) {
                    outMin = Math.min(outMin, oy[k]);
                    outMax = Math.max(outMax, oy[k]);
                }
            }
            assertEquals(min, outMin, 0.0, "column " + c);
            assertEquals(max, outMax, 0.0, "column " + c);
        }
        // Points of the original, in their order.
        int at = 0;
        for (int k = 0; k < m; k++) {
            while (x[at] != ox[k]) {
                at++;
            }
            assertEquals(y[at], oy[k], 0.0);
        }
    }

    @Test
    void shortSeriesAndUnlaidPlotsAreCopiedAsTheyAre() {
        double[] x = {0, 1, 2, 3};
        double[] y = {5, -1, 7, 2};
        double[] ox = new double[4];
        double[] oy = new double[4];
        assertEquals(4, ColumnEnvelope.reduce(x, y, 4, 0, 3, 0, ox, oy));
        assertArrayEquals(y, oy);
        assertEquals(4, ColumnEnvelope.reduce(x, y, 4, 0, 3, 100, ox, oy));
        assertEquals(4, ColumnEnvelope.reduce(x, y, 4, 3, 3, 1, ox, oy));
        // Four points in the first column: its lowest (-1) and highest (7), in order; then the second's one.
        double[] x2 = {0, 0.1, 0.2, 0.3, 5};
        double[] y2 = {5, -1, 7, 2, 4};
        double[] ox2 = new double[5];
        double[] oy2 = new double[5];
        int m = ColumnEnvelope.reduce(x2, y2, 5, 0, 5.0001, 2, ox2, oy2);
        assertEquals(3, m);
        assertArrayEquals(new double[] {-1, 7, 4}, java.util.Arrays.copyOf(oy2, 3));
    }
}
