package org.basinscope.app.views.landscape;

import org.basinscope.engine.analysis.LandscapeGrid;
import org.basinscope.engine.live.Snapshot;

/**
 * The data-to-pixel mapping of the landscape's plot area: data range {@code [x0, x1] × [y0, y1]} onto the
 * pixel rectangle at (px, py) of size pw × ph. In 2-D y is the second coordinate; in 1-D it is the loss.
 */
record PlotArea(double x0, double x1, double y0, double y1, double px, double py, double pw, double ph) {
    static final int LEFT = 56;
    static final int RIGHT = 14;
    static final int TOP = 30;
    static final int BOTTOM = 36;

    double sx(double x) {
        return px + (x - x0) / (x1 - x0) * pw;
    }

    double sy(double y) {
        return py + ph - (y - y0) / (y1 - y0) * ph;
    }

    /** The data x at pixel column {@code sx} (the inverse of {@link #sx}). */
    double dataX(double sx) {
        return x0 + (sx - px) / pw * (x1 - x0);
    }

    /** The data y at pixel row {@code sy} (the inverse of {@link #sy}). */
    double dataY(double sy) {
        return y0 + (py + ph - sy) / ph * (y1 - y0);
    }

    /** True when (x, y) in pixels lies inside the area. */
    boolean contains(double x, double y) {
        return x >= px && x <= px + pw && y >= py && y <= py + ph;
    }

    /** The area of a {@code w × h} view of the snapshot's landscape; too small a view has none (null). */
    static PlotArea of(Snapshot s, double w, double h) {
        if (s == null || w < LEFT + RIGHT + ColourKey.ROOM + 20 || h < TOP + BOTTOM + 20) {
            return null;
        }
        LandscapeGrid grid = s.grid();
        double[] box = grid.box();
        double pw = w - LEFT - RIGHT;
        double ph = h - TOP - BOTTOM;
        if (grid.ny() > 1) {
            return equalAspect(box, w, h);
        }
        // 1-D: y is the loss, from the minimum to a level that shows the wells.
        double lo = grid.min();
        double hi = Math.max(grid.high(), lo + 1e-9);
        double pad = 0.08 * (hi - lo);
        return new PlotArea(box[0], box[1], lo - pad, hi + pad, LEFT, TOP, pw, ph);
    }

    /**
     * The area of the plane {@code box} = {x0, x1, y0, y1} in a {@code w × h} view with a colour key, or null when
     * the view is too small. Equal aspect: one unit of x is as many pixels as one unit of y (a round cloud looks
     * round); the area is centred in the room left beside the colour key, letter-boxed along the longer side.
     */
    static PlotArea equalAspect(double[] box, double w, double h) {
        return equalAspect(box, w, h, TOP, BOTTOM);
    }

    /**
     * As above, with {@code top} pixels above the area for the title (two lines of it in the projection view) and
     * {@code bottom} below it for the tick labels and the axis name.
     */
    static PlotArea equalAspect(double[] box, double w, double h, double top, double bottom) {
        if (w < LEFT + RIGHT + ColourKey.ROOM + 20 || h < top + bottom + 20) {
            return null;
        }
        double room = w - LEFT - RIGHT - ColourKey.ROOM;
        double ph = h - top - bottom;
        double perUnit = Math.min(room / (box[1] - box[0]), ph / (box[3] - box[2]));
        double aw = perUnit * (box[1] - box[0]);
        double ah = perUnit * (box[3] - box[2]);
        return new PlotArea(box[0], box[1], box[2], box[3], LEFT + (room - aw) / 2, top + (ph - ah) / 2, aw, ah);
    }

    /** The height at which a particle at x (and y) is drawn: y in 2-D, f(x) on the 1-D curve. */
    static double height(Snapshot s, double x, double y) {
        return s.grid().ny() > 1 ? y : s.config().landscape().value(x, 0);
    }
}
