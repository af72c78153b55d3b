package org.basinscope.app.export;

/**
 * One scale for both axes: the ranges that cover given ones with as many units per pixel in x as in y on a w × h
 * area, by widening, about its centre, the range of the axis that has more pixels per unit. Shared by the live
 * plots (on screen) and the drawings (each at its own frame's shape).
 */
public final class EqualScales {
    private EqualScales() {
    }

    /** {xmin, xmax, ymin, ymax} covering [x0, x1] × [y0, y1] with the same units per pixel on a w × h area. */
    public static double[] cover(double x0, double x1, double y0, double y1, double w, double h) {
        double perPixel = Math.max((x1 - x0) / w, (y1 - y0) / h);
        double cx = 0.5 * (x0 + x1);
        double cy = 0.5 * (y0 + y1);
        return new double[] {cx - 0.5 * perPixel * w, cx + 0.5 * perPixel * w, cy - 0.5 * perPixel * h,
            cy + 0.5 * perPixel * h};
    }
}
