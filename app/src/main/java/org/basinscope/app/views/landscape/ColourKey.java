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
        int rows = (int) Math.ceil(k.height());
        for (int r = 0; r < rows; r++) {
            // The value of f at this row's middle, coloured as the map colours it.
            double u = 1 - (r + 0.5) / k.height();
            double v = k.lo() + u * u * (k.hi() - k.lo());
            int argb = Colormap.argb(level(v, k.lo(), k.hi()));
            g.setFill(Color.rgb((argb >> 16) & 0xff, (argb >> 8) & 0xff, argb & 0xff));
            g.fillRect(k.x(), k.top() + r, STRIP, 1);
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

    /** The key as vectors: one rectangle per band, the ticks and their values. */
    static void svg(org.basinscope.app.export.Svg svg, Layout k) {
        for (int b = 0; b < BANDS; b++) {
            // Band b holds the values whose √ position is in [b, b + 1)/BANDS.
            double y0 = k.top() + (1 - (b + 1.0) / BANDS) * k.height();
            int argb = Colormap.argb(Math.min(1, b / (BANDS - 1.0)));
            svg.rect(k.x(), y0, STRIP, k.height() / BANDS, String.format("#%06x", argb & 0xffffff), "none");
        }
        svg.rect(k.x(), k.top(), STRIP, k.height(), "none", "#c8c8d2");
        for (double t : k.ticks()) {
            double y = k.y(t);
            svg.line(k.x() + STRIP, y, k.x() + STRIP + 4, y, "#c8c8d2", 1, null);
            svg.text(k.x() + STRIP + 6, y + 4, Display.number(t), 11, "start", "#dcdce6", false);
        }
        svg.text(k.x() + 2, k.top() + k.height() + 15, "f", 11, "start", "#dcdce6", false);
    }
}
