package org.basinscope.app.views.landscape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The trail rasteriser: coverage of a box filter across the line, compositing, and hostile input. */
class PolylineRasterTest {
    private static final int W = 40;
    private static final int H = 30;
    private final int[] pixels = new int[W * H];
    private final PolylineRaster raster = new PolylineRaster(pixels, W, H);

    private int alpha(int i, int j) {
        return pixels[j * W + i] >>> 24;
    }

    @Test
    void aHorizontalLineCoversItsWidthAndFadesOverHalfAPixel() {
        // Centre line at y = 10 (between rows 9 and 10), width 2: rows 9 and 10 fully covered (their
        // centres are 0.5 away, inside the half-width 1); rows 8 and 11 at distance 1.5 get 1 + ½ − 1.5 = 0.
        raster.polyline(new double[] {5, 30}, new double[] {10, 10}, 2, 2, 0xff0000, 1);
        for (int i = 6; i < 29; i++) {
            assertEquals(255, alpha(i, 9), "row 9 at " + i);
            assertEquals(255, alpha(i, 10), "row 10 at " + i);
            assertEquals(0, alpha(i, 8));
            assertEquals(0, alpha(i, 11));
            // Premultiplied opaque red.
            assertEquals(0xffff0000, pixels[10 * W + i]);
        }
        // Width 1.6: rows 9 and 10 at distance 0.5 get 0.8 + 0.5 − 0.5 = 0.8 of the colour.
        java.util.Arrays.fill(pixels, 0);
        raster.polyline(new double[] {5, 30}, new double[] {10, 10}, 2, 1.6, 0xffffff, 1);
        assertEquals(Math.round(0.8 * 255), alpha(15, 9), 1);
        assertEquals(9, raster.rowLo());
        assertEquals(11, raster.rowHi());
    }

    @Test
    void aDiagonalLineHasTheSameCrossSectionAsAStraightOne() {
        raster.polyline(new double[] {2, 28}, new double[] {2, 28}, 2, 1.5, 0xffffff, 1);
        // Pixel centres on the diagonal are at distance 0: full coverage; a centre (i+1.5, i+0.5) is at
        // 1/√2 ≈ 0.707 from it: 0.75 + 0.5 − 0.707 = 0.543.
        for (int i = 4; i < 26; i++) {
            assertEquals(255, alpha(i, i));
            assertEquals(Math.round(0.543 * 255), alpha(i + 1, i), 2);
            assertEquals(0, alpha(i + 3, i));
        }
    }

    @Test
    void withinOnePolylineAPixelIsNotBlendedTwice() {
        // Back and forth over the same pixels at half opacity: as opaque as one pass, not 1 − ½².
        raster.polyline(new double[] {5, 30, 5, 30}, new double[] {10, 10, 10, 10}, 4, 2, 0xffffff, 0.5);
        assertEquals(128, alpha(15, 10), 1);
        // A second polyline composites over the first: ½ + ½·½ = ¾.
        raster.polyline(new double[] {5, 30}, new double[] {10, 10}, 2, 2, 0xffffff, 0.5);
        assertEquals(191, alpha(15, 10), 1);
        int p = pixels[10 * W + 15];
        // Premultiplied: every channel of white equals the alpha.
        assertEquals(p >>> 24, p & 0xff);
    }

    @Test
    void pointsFarOutsideOrNotFiniteDrawOnlyWhatIsInside() {
        // A segment from inside to far outside is drawn up to the edge; one with both ends more than a
        // picture away (a diverging particle's jump) or an end beyond 10¹² pixels is not drawn at all.
        raster.polyline(new double[] {20, 1e9}, new double[] {15, 15}, 2, 2, 0xffffff, 1);
        raster.polyline(new double[] {20, -1e9}, new double[] {15, 15}, 2, 2, 0xffffff, 1);
        raster.polyline(new double[] {-1e9, 1e9}, new double[] {25, 25}, 2, 2, 0xffffff, 1);
        raster.polyline(new double[] {-2 * W, 3 * W}, new double[] {5, 5}, 2, 2, 0xffffff, 1);
        raster.polyline(new double[] {-1e300, 1e300}, new double[] {5, 5}, 2, 2, 0xffffff, 1);
        assertEquals(255, alpha(0, 15));
        assertEquals(255, alpha(W - 1, 15));
        raster.polyline(new double[] {Double.NaN, 10, Double.POSITIVE_INFINITY}, new double[] {1, 2, 3}, 3, 2,
                0xffffff, 1);
        raster.polyline(new double[] {-50, -40}, new double[] {-50, -40}, 2, 2, 0xffffff, 1);
        raster.polyline(new double[] {1e12, 2e12}, new double[] {5, 6e11}, 2, 2, 0xffffff, 1);
        int covered = 0;
        for (int k = 0; k < pixels.length; k++) {
            covered += pixels[k] != 0 ? 1 : 0;
        }
        assertEquals(2 * W, covered, "only the two rows of the lines from inside");
    }

    @Test
    void aSinglePointIsADot() {
        raster.polyline(new double[] {20}, new double[] {15}, 1, 3, 0xffffff, 1);
        assertEquals(255, alpha(19, 14));
        assertEquals(255, alpha(20, 15));
        assertEquals(0, alpha(23, 15));
        assertTrue(raster.rowLo() >= 13 && raster.rowHi() <= 17);
    }
}
