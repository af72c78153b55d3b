package org.basinscope.app.views.landscape;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.basinscope.app.controls.Display;
import org.basinscope.app.views.Colormap;
import org.basinscope.app.views.Ticks;
import org.basinscope.engine.analysis.LandscapeGrid;

/**
 * The colour scale of f on a 2-D landscape, and its key: a strip beside the plot area with tick values of f. The
 * scale is banded in √((f − f_min)/(f_high − f_min)), which gives the low end, where the wells are, most of the
 * colours; the key is drawn on the same √ scale, so its ticks are not evenly spaced and each colour stands where
 * its values of f are. Values above f_high take the top colour.
 */
final class ColourKey {
    /** Filled contour bands of the heat map. */
    static final int BANDS = 18;
    /** Room the key takes to the right of the plot area (gap, strip, tick labels). */
    static final double ROOM = 72;
    private static final double GAP = 10;
    private static final double STRIP = 12;

    /**
     * Where the key is drawn and what its ticks say.
     *
     * @param x      the strip's left edge (pixels)
     * @param top    its top (f_high)
     * @param height its height
     * @param lo     f at its bottom (the grid's minimum)
     * @param hi     f at its top (the grid's level that shows the wells)
     * @param ticks  the values of f labelled, from low to high
     */
    record Layout(double x, double top, double height, double lo, double hi, double[] ticks) {
        /** The pixel row of {@code v} on the strip. */
        double y(double v) {
            return top + (1 - root(v, lo, hi)) * height;
        }
    }

    private ColourKey() {
    }

    /** The colour position of {@code v} in [0, 1]: banded √ of its place between {@code lo} and {@code hi}. */
    static double level(double v, double lo, double hi) {
        if (!Double.isFinite(v)) {
            return 1;
        }
        return Math.min(1, Math.floor(root(v, lo, hi) * BANDS) / (BANDS - 1));
    }

    private static double root(double v, double lo, double hi) {
        return Math.sqrt(Math.max(0, Math.min(1, (v - lo) / Math.max(hi - lo, 1e-12))));
    }

    /** The key of {@code grid}'s heat map beside the plot area {@code f}. */
    static Layout layout(LandscapeGrid grid, PlotArea f) {
        double lo = grid.min();
        double hi = Math.max(grid.high(), lo + 1e-12);
        return new Layout(f.px() + f.pw() + GAP, f.py(), f.ph(), lo, hi, Ticks.nice(lo, hi, 5));
    }

    static void draw(GraphicsContext g, Layout k, double fontScale) {
        // Whole pixel rows: a letter-boxed area can start at a fractional row, and rows filled there overlap
        // by a fraction and blend with the background (the strip came out a fifth darker than the map).
        double top = Math.round(k.top());
        int rows = (int) (Math.round(k.top() + k.height()) - top);
        double left = Math.round(k.x());
        for (int r = 0; r < rows; r++) {
            // The value of f at this row's middle, coloured as the map colours it.
            double u = 1 - (r + 0.5) / rows;
            double v = k.lo() + u * u * (k.hi() - k.lo());
            int argb = Colormap.argb(level(v, k.lo(), k.hi()));
            g.setFill(Color.rgb((argb >> 16) & 0xff, (argb >> 8) & 0xff, argb & 0xff));
            g.fillRect(left, top + r, STRIP, 1);
        }
        g.setStroke(Color.rgb(200, 200, 210));
        g.setFill(Color.rgb(220, 220, 230));
        g.setLineWidth(1);
        g.strokeRect(k.x(), k.top(), STRIP, k.height());
        g.setFont(Font.font("System", 11 * fontScale));
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        for (double t : k.ticks()) {
            double y = k.y(t);
            g.strokeLine(k.x() + STRIP, y, k.x() + STRIP + 4, y);
            g.fillText(Display.number(t), k.x() + STRIP + 6, y);
        }
        // The name under the strip: above it is the legend line of the title row.
        g.setTextBaseline(VPos.TOP);
        g.fillText("f", k.x() + 2, k.top() + k.height() + 4);
    }

    /** Room the key takes beside a plot area whose tick labels are {@code size} px (or pt) high. */
    static double room(double size) {
        return ROOM * size / 11;
    }

    /** The key of {@code grid}'s heat map beside the plot area {@code f}, sized for tick labels of {@code size}. */
    static Layout layout(LandscapeGrid grid, PlotArea f, double size) {
        Layout k = layout(grid, f);
        // As many labels as fit the strip's height without touching (a short panel in a figure takes two or three).
        // On the √ scale the high ticks crowd together: one is kept only a label's height from the last one kept.
        int fit = (int) Math.max(2, Math.min(5, Math.floor(k.height() / (1.8 * size))));
        double[] ticks = Ticks.nice(k.lo(), k.hi(), fit);
        double[] kept = new double[ticks.length];
        int n = 0;
        for (double t : ticks) {
            if (n == 0 || k.y(kept[n - 1]) - k.y(t) >= 1.3 * size) {
                kept[n++] = t;
            }
        }
        return new Layout(f.px() + f.pw() + GAP * size / 11, k.top(), k.height(), k.lo(), k.hi(),
                java.util.Arrays.copyOf(kept, n));
    }

    /**
     * The key as vectors (SVG, PDF) or on a raster pen: one rectangle per band, the ticks and their values.
     *
     * @param size tick-label size; the strip, gap and tick marks scale with it
     * @param ink  colour of the labels
     * @param line colour of the frame and tick marks
     */
    static void draw(org.basinscope.app.export.Pen pen, Layout k, double size, String ink, String line) {
        double strip = STRIP * size / 11;
        for (int b = 0; b < BANDS; b++) {
            // Band b holds the values whose √ position is in [b, b + 1)/BANDS.
            double y0 = k.top() + (1 - (b + 1.0) / BANDS) * k.height();
            int argb = Colormap.argb(Math.min(1, b / (BANDS - 1.0)));
            pen.rect(k.x(), y0, strip, k.height() / BANDS, String.format("#%06x", argb & 0xffffff), "none");
        }
        pen.rect(k.x(), k.top(), strip, k.height(), "none", line);
        double mark = 4 * size / 11;
        for (double t : k.ticks()) {
            double y = k.y(t);
            pen.line(k.x() + strip, y, k.x() + strip + mark, y, line, 1, null);
            pen.text(k.x() + strip + 1.5 * mark, y + 0.35 * size, Display.number(t), size, "start", ink, false);
        }
        pen.text(k.x() + 2, k.top() + k.height() + 1.35 * size, "f", size, "start", ink, false);
    }
}
