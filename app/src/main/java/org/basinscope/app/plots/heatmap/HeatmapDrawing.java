package org.basinscope.app.plots.heatmap;

import org.basinscope.app.controls.Display;
import org.basinscope.app.export.Box;
import org.basinscope.app.export.DrawStyle;
import org.basinscope.app.export.Drawing;
import org.basinscope.app.export.Pen;
import org.basinscope.app.export.Svg;

/**
 * A phase diagram as a drawing: the cells as rectangles in grid order (the axes are equally spaced in the scale
 * they are drawn on, linear or log, so equal rectangles are the screen's cells), the axes ticked at the grid's
 * values, and the colour bar with its ticks on the right. Margins are measured from the text at the style's sizes.
 *
 * @param cells the computed grid, or null before a sweep
 */
record HeatmapDrawing(GridCells cells, ColorScale scale, String title) implements Drawing {
    private static final int BAR_ROWS = 64;

    /** On its own, as an SVG of {@code width × height} px in the screen's style. */
    Svg svg(double width, double height) {
        Svg svg = new Svg(width, height);
        draw(svg, new Box(0, 0, width, height), DrawStyle.SCREEN);
        return svg;
    }

    @Override
    public void draw(Pen pen, Box box, DrawStyle st) {
        pen.rect(box.x(), box.y(), box.w(), box.h(), "white", "none");
        double pad = 0.5 * st.tick();
        double titleBase = box.y() + pad + 0.8 * st.title();
        pen.text(box.x() + pad, titleBase, title, st.title(), "start", st.ink(), true);
        if (cells == null) {
            return;
        }
        int nx = cells.x().size();
        int ny = cells.y().size();
        double yw = 0;
        for (int j = 0; j < ny; j++) {
            yw = Math.max(yw, pen.textWidth(Display.number(cells.y().value(j)), st.tick(), false));
        }
        double barTicks = 0;
        for (double t : scale.ticks()) {
            barTicks = Math.max(barTicks, pen.textWidth(scale.label(t), st.tick(), false));
        }
        double bar = 1.3 * st.tick();
        double barLabel = pen.textWidth(cells.readout().label(), st.tick(), false);
        double left = box.x() + pad + 1.2 * st.label() + yw + 0.4 * st.tick();
        double right = box.right() - pad - Math.max(bar + 0.4 * st.tick() + barTicks, barLabel) - st.tick();
        double top = titleBase + 1.6 * st.tick();
        double bottom = box.bottom() - pad - 1.35 * st.label() - 1.2 * st.tick();
        double pw = right - left;
        double ph = bottom - top;
        if (pw < 10 || ph < 10) {
            return;
        }
        double cw = pw / nx;
        double ch = ph / ny;
        for (int i = 0; i < nx; i++) {
            for (int j = 0; j < ny; j++) {
                // Row j = 0 at the bottom, as on screen.
                pen.rect(left + i * cw, top + (ny - 1 - j) * ch, cw, ch, hex(scale.cellArgb(cells.filled(i, j),
                        cells.mean(i, j))), "none");
            }
        }
        pen.rect(left, top, pw, ph, "none", "#888");
        // Every k-th column labelled, so that the labels neither crowd nor touch at this text size.
        double xw = 0;
        for (int i = 0; i < nx; i++) {
            xw = Math.max(xw, pen.textWidth(Display.number(cells.x().value(i)), st.tick(), false));
        }
        int everyX = Math.max((nx + CellAxis.MAX_LABELS - 1) / CellAxis.MAX_LABELS,
                (int) Math.ceil((xw + 0.6 * st.tick()) / cw));
        for (int i = 0; i < nx; i += everyX) {
            pen.text(left + (i + 0.5) * cw, bottom + 1.15 * st.tick(), Display.number(cells.x().value(i)), st.tick(),
                    "middle", "#333", false);
        }
        int everyY = (ny + CellAxis.MAX_LABELS - 1) / CellAxis.MAX_LABELS;
        for (int j = 0; j < ny; j += everyY) {
            pen.text(left - 0.4 * st.tick(), top + (ny - 0.5 - j) * ch + 0.35 * st.tick(),
                    Display.number(cells.y().value(j)), st.tick(), "end", "#333", false);
        }
        pen.text(left + pw / 2, box.bottom() - pad - 0.25 * st.label(), cells.x().knob().label(), st.label(),
                "middle", st.ink(), false);
        pen.verticalText(box.x() + pad + 0.85 * st.label(), top + ph / 2, cells.y().knob().label(), st.label(),
                st.ink());
        double bx = right + st.tick();
        for (int r = 0; r < BAR_ROWS; r++) {
            pen.rect(bx, top + ph * r / BAR_ROWS, bar, ph / BAR_ROWS + 0.5 * st.stroke(),
                    hex(org.basinscope.app.views.Colormap.argb(1 - (r + 0.5) / BAR_ROWS)), "none");
        }
        pen.rect(bx, top, bar, ph, "none", "#888");
        for (double t : scale.ticks()) {
            pen.text(bx + bar + 0.4 * st.tick(), top + (1 - scale.position(t)) * ph + 0.35 * st.tick(), scale.label(t),
                    st.tick(), "start", "#333", false);
        }
        pen.text(bx, top - 0.5 * st.tick(), cells.readout().label(), st.tick(), "start", st.ink(), false);
    }

    private static String hex(int argb) {
        return String.format("#%06x", argb & 0xffffff);
    }
}
