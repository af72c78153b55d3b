package org.basinscope.app.views.landscape;

/**
 * Anti-aliased thick polylines written into premultiplied ARGB pixels (an image layer), for trails
 * redrawn every frame. The canvas would hand each stroke to the software rasteriser on the render
 * thread, where a jittering 400-step trail costs about as much as a whole chart (3 ms a frame for four
 * trails, measured); here the cost is a few distance evaluations per pixel near the line, on the FX
 * thread, and the layer goes to the screen as one image.
 *
 * <p>Coverage of a pixel is that of a box filter over the line's width: {@code clamp(w/2 + 1/2 − d, 0, 1)}
 * with d the distance from the pixel's centre to the nearest segment. Within one polyline a pixel takes
 * the largest coverage of its segments (joins are not blended twice, as in a canvas stroke); polylines
 * are composited over each other in drawing order.
 */
final class PolylineRaster {
    private final int[] pixels;
    private final int width;
    private final int height;
    /** Coverage (0–255) of the polyline being drawn; reset after it is composited. */
    private final byte[] coverage;
    /** Indices of the pixels the current polyline covers. */
    private int[] touched = new int[4096];
    private int touchedCount;
    private int rowLo;
    private int rowHi;

    /** Draws into {@code pixels} (width × height, row-major, premultiplied ARGB). */
    PolylineRaster(int[] pixels, int width, int height) {
        if (pixels.length < width * height) {
            throw new IllegalArgumentException("pixels for " + width + "×" + height + " needed");
        }
        this.pixels = pixels;
        this.width = width;
        this.height = height;
        this.coverage = new byte[width * height];
        rowLo = height;
        rowHi = 0;
    }

    /** Whether this draws into these pixels (a layer's new image needs a new raster). */
    boolean drawsInto(int[] p) {
        return pixels == p;
    }

    /** The first row written since the last {@link #resetRows}. */
    int rowLo() {
        return rowLo;
    }

    /** One past the last row written since the last {@link #resetRows} (≤ {@link #rowLo} if none). */
    int rowHi() {
        return rowHi;
    }

    /** Starts a new record of the rows written (the pixels themselves are the caller's to clear). */
    void resetRows() {
        rowLo = height;
        rowHi = 0;
    }

    /**
     * Composites the polyline through the first {@code n} points (pixel coordinates, the centre of pixel
     * (i, j) at (i + ½, j + ½)) over the pixels, {@code lineWidth} pixels wide, in colour {@code rgb}
     * (0xRRGGBB) at opacity {@code alpha}. Non-finite points are skipped with their segments.
     */
    void polyline(double[] xs, double[] ys, int n, double lineWidth, int rgb, double alpha) {
        double r = Math.max(0.25, lineWidth / 2);
        if (n == 1) {
            segment(xs[0], ys[0], xs[0], ys[0], r);
        }
        // Steps shorter than a quarter pixel are merged into the next (the drawn line moves by less than
        // that); every other segment is drawn as it is.
        int from = 0;
        for (int k = 1; k < n; k++) {
            double dx = xs[k] - xs[from];
            double dy = ys[k] - ys[from];
            if (dx * dx + dy * dy >= 1.0 / 16 || k == n - 1 || !Double.isFinite(dx + dy)) {
                segment(xs[from], ys[from], xs[k], ys[k], r);
                from = k;
            }
        }
        composite(rgb, alpha);
    }

    /** Points this far outside (in pixels) are a diverged particle's: their segments are not drawn at all. */
    private static final double FAR = 1e12;
    /** The part [clipLo, clipHi] of the segment's parameter range inside the picture (Liang–Barsky). */
    private double clipLo;
    private double clipHi;

    private void segment(double x0, double y0, double x1, double y1, double r) {
        if (!(Math.abs(x0) <= FAR && Math.abs(y0) <= FAR && Math.abs(x1) <= FAR && Math.abs(y1) <= FAR)) {
            return;
        }
        if (far(x0, y0) && far(x1, y1)) {
            // Both ends more than a picture away: a diverging particle's jump. Drawn, each such segment
            // would cross the whole picture (a trail of them cost the FX thread ~80 ms a frame in the soak).
            return;
        }
        // Pixel centres farther than r + ½ from the segment get no coverage.
        double reach = r + 0.5;
        double dx = x1 - x0;
        double dy = y1 - y0;
        double ax = x0;
        double ay = y0;
        double bx = x1;
        double by = y1;
        if (Math.min(x0, x1) < -reach || Math.max(x0, x1) > width + reach
                || Math.min(y0, y1) < -reach || Math.max(y0, y1) > height + reach) {
            // Clip to the picture grown by the reach, so a long segment costs only what it crosses.
            clipLo = 0;
            clipHi = 1;
            if (!clip(-dx, x0 + reach) || !clip(dx, width + reach - x0)
                    || !clip(-dy, y0 + reach) || !clip(dy, height + reach - y0)) {
                return;
            }
            ax = x0 + clipLo * dx;
            ay = y0 + clipLo * dy;
            bx = x0 + clipHi * dx;
            by = y0 + clipHi * dy;
            dx = bx - ax;
            dy = by - ay;
        }
        double len2 = dx * dx + dy * dy;
        double inv = len2 > 0 ? 1 / len2 : 0;
        double inner = r > 0.5 ? (r - 0.5) * (r - 0.5) : -1;
        double outer = reach * reach;
        boolean slanted = Math.abs(dy) > 1e-9;
        // Horizontal half-extent, at one row, of the band within the reach of the line: reach / |sin θ|.
        double band = slanted ? reach * Math.sqrt(len2) / Math.abs(dy) : 0;
        double slope = slanted ? dx / dy : 0;
        double xMin = Math.min(ax, bx) - reach;
        double xMax = Math.max(ax, bx) + reach;
        int j0 = (int) Math.max(0, Math.ceil(Math.min(ay, by) - reach - 0.5));
        int j1 = (int) Math.min(height - 1, Math.floor(Math.max(ay, by) + reach - 0.5));
        for (int j = j0; j <= j1; j++) {
            double cy = j + 0.5;
            double lo = xMin;
            double hi = xMax;
            if (slanted) {
                double xl = ax + (cy - ay) * slope;
                lo = Math.max(lo, xl - band);
                hi = Math.min(hi, xl + band);
            }
            int i0 = (int) Math.max(0, Math.ceil(lo - 0.5));
            int i1 = (int) Math.min(width - 1, Math.floor(hi - 0.5));
            if (i1 < i0) {
                continue;
            }
            int row = j * width;
            double ry = cy - ay;
            // Along the row the projection parameter grows by dx/len² per pixel.
            double u0 = ((i0 + 0.5 - ax) * dx + ry * dy) * inv;
            double du = dx * inv;
            for (int i = i0; i <= i1; i++) {
                double u = u0 + (i - i0) * du;
                u = u < 0 ? 0 : u > 1 ? 1 : u;
                double ex = i + 0.5 - ax - u * dx;
                double ey = ry - u * dy;
                double d2 = ex * ex + ey * ey;
                if (d2 >= outer) {
                    continue;
                }
                int cov = d2 <= inner ? 255 : (int) ((reach - Math.sqrt(d2)) * 255 + 0.5);
                int p = row + i;
                int old = coverage[p] & 0xff;
                if (cov > old) {
                    if (old == 0) {
                        if (touchedCount == touched.length) {
                            touched = java.util.Arrays.copyOf(touched, 2 * touched.length);
                        }
                        touched[touchedCount++] = p;
                    }
                    coverage[p] = (byte) cov;
                }
            }
        }
    }

    /** Whether a point lies more than the picture's own size outside it. */
    private boolean far(double x, double y) {
        return x < -width || x > 2.0 * width || y < -height || y > 2.0 * height;
    }

    /** One Liang–Barsky test: keeps the part of [clipLo, clipHi] with p·t ≤ q; false if nothing is left. */
    private boolean clip(double p, double q) {
        if (p == 0) {
            return q >= 0;
        }
        double u = q / p;
        if (p < 0) {
            if (u > clipHi) {
                return false;
            }
            clipLo = Math.max(clipLo, u);
        } else {
            if (u < clipLo) {
                return false;
            }
            clipHi = Math.min(clipHi, u);
        }
        return true;
    }

    /** Source-over of the colour at each touched pixel's coverage, premultiplied; resets the coverage. */
    private void composite(int rgb, double alpha) {
        int red = (rgb >> 16) & 0xff;
        int green = (rgb >> 8) & 0xff;
        int blue = rgb & 0xff;
        // Opacity in 1/256ths; a = coverage·opacity in 1/255ths of full, rounded.
        int opacity = (int) Math.round(Math.max(0, Math.min(1, alpha)) * 256);
        for (int k = 0; k < touchedCount; k++) {
            int p = touched[k];
            int a = ((coverage[p] & 0xff) * opacity + 128) >> 8;
            coverage[p] = 0;
            int d = pixels[p];
            int keep = 255 - a;
            int outA = a + div255(((d >>> 24) & 0xff) * keep);
            int outR = div255(red * a + ((d >> 16) & 0xff) * keep);
            int outG = div255(green * a + ((d >> 8) & 0xff) * keep);
            int outB = div255(blue * a + (d & 0xff) * keep);
            pixels[p] = (outA << 24) | (outR << 16) | (outG << 8) | outB;
            int row = p / width;
            rowLo = Math.min(rowLo, row);
            rowHi = Math.max(rowHi, row + 1);
        }
        touchedCount = 0;
    }

    /** v / 255 rounded, for 0 ≤ v ≤ 255². */
    private static int div255(int v) {
        return (v + 128 + ((v + 128) >> 8)) >> 8;
    }
}
