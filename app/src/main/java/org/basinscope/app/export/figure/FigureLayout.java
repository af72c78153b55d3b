package org.basinscope.app.export.figure;

import org.basinscope.app.export.Box;

/**
 * The grid a figure's panels are laid out in, reading order (left to right, then down): as many columns as
 * panels at least {@value #MIN_PANEL_MM} mm wide allow, rows balanced; without a given height each panel is
 * {@value #ASPECT} as tall as it is wide.
 */
public record FigureLayout(int columns, int rows, double widthMm, double heightMm) {
    static final double MIN_PANEL_MM = 55;
    static final double ASPECT = 0.72;
    private static final double PT_PER_MM = 72 / 25.4;

    /** @param heightMm the height asked for, or 0 for the grid's natural height */
    public static FigureLayout of(int panels, double widthMm, double heightMm) {
        int most = Math.max(1, (int) Math.floor(widthMm / MIN_PANEL_MM));
        int columns = Math.min(panels, most);
        int rows = (panels + columns - 1) / columns;
        columns = (panels + rows - 1) / rows;
        double h = heightMm > 0 ? heightMm : rows * widthMm / columns * ASPECT;
        h = Math.max(FigureSpec.MIN_MM, Math.min(FigureSpec.MAX_MM, Math.round(h * 10) / 10.0));
        return new FigureLayout(columns, rows, widthMm, h);
    }

    public double widthPt() {
        return widthMm * PT_PER_MM;
    }

    public double heightPt() {
        return heightMm * PT_PER_MM;
    }

    /** The {@code i}-th panel's cell, in pt. */
    public Box cell(int i) {
        double w = widthPt() / columns;
        double h = heightPt() / rows;
        return new Box(i % columns * w, i / columns * h, w, h);
    }

    /** Pixels along {@code mm} at {@code dpi}: round(mm / 25.4 · dpi). */
    public long pixels(double mm, int dpi) {
        return Math.round(mm / 25.4 * dpi);
    }
}
