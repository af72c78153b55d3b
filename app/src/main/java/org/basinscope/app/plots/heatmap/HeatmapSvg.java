package org.basinscope.app.plots.heatmap;

import org.basinscope.app.controls.Display;
import org.basinscope.app.export.Svg;

/**
 * A phase diagram as vector graphics: the cells as rectangles in grid order (the axes are equally spaced in the
 * scale they are drawn on, linear or log, so equal rectangles are the screen's cells), the axes ticked at the
 * grid's values, and the colour bar with its ticks on the right.
 */
final class HeatmapSvg {
    private static final double LEFT = 64;
    private static final double RIGHT = 96;
    private static final double TOP = 34;
    private static final double BOTTOM = 46;

    private HeatmapSvg() {
    }

    static Svg draw(GridCells cells, ColorScale scale, String title, double width, double height) {
        Svg svg = new Svg(width, height);
        svg.rect(0, 0, width, height, "white", "none");
        svg.text(LEFT, 20, title, 14, "start", "#1d2330", true);
        if (cells == null) {
            return svg;
        }
        double pw = width - LEFT - RIGHT;
        double ph = height - TOP - BOTTOM;
        int nx = cells.x().size();
        int ny = cells.y().size();
        double cw = pw / nx;
        double ch = ph / ny;
        for (int i = 0; i < nx; i++) {
            for (int j = 0; j < ny; j++) {
                // Row j = 0 at the bottom, as on screen.
                svg.rect(LEFT + i * cw, TOP + (ny - 1 - j) * ch, cw, ch, hex(scale.cellArgb(cells.filled(i, j), cells.mean(i, j))), "none");
            }
        }
        svg.rect(LEFT, TOP, pw, ph, "none", "#888");
        int everyX = (nx + CellAxis.MAX_LABELS - 1) / CellAxis.MAX_LABELS;
        for (int i = 0; i < nx; i += everyX) {
            svg.text(LEFT + (i + 0.5) * cw, TOP + ph + 16, Display.number(cells.x().value(i)), 11, "middle", "#333",
                    false);
        }
        int everyY = (ny + CellAxis.MAX_LABELS - 1) / CellAxis.MAX_LABELS;
        for (int j = 0; j < ny; j += everyY) {
            svg.text(LEFT - 6, TOP + (ny - 0.5 - j) * ch + 4, Display.number(cells.y().value(j)), 11, "end", "#333",
                    false);
        }
        svg.text(LEFT + pw / 2, height - 8, cells.x().knob().label(), 12, "middle", "#1d2330", false);
        svg.verticalText(16, TOP + ph / 2, cells.y().knob().label(), 12, "#1d2330");
        double bx = LEFT + pw + 16;
        int rows = 64;
        for (int r = 0; r < rows; r++) {
            svg.rect(bx, TOP + ph * r / rows, 14, ph / rows + 0.5, hex(org.basinscope.app.views.Colormap.argb(
                    1 - (r + 0.5) / rows)), "none");
        }
        svg.rect(bx, TOP, 14, ph, "none", "#888");
        for (double t : scale.ticks()) {
            svg.text(bx + 18, TOP + (1 - scale.position(t)) * ph + 4, scale.label(t), 11, "start", "#333", false);
        }
        svg.text(bx, TOP - 6, cells.readout().label(), 11, "start", "#1d2330", false);
        return svg;
    }

    private static String hex(int argb) {
        return String.format("#%06x", argb & 0xffffff);
    }
}
