package org.basinscope.app.export;

/**
 * Sizes a drawing is lettered and stroked at, in the pen's units.
 *
 * @param title  title size
 * @param label  axis-name size
 * @param tick   tick-label and legend size
 * @param stroke line widths relative to the screen's (1 on screen)
 * @param print  drawn for paper: white backgrounds, dark text, no screen-only decoration
 */
public record DrawStyle(double title, double label, double tick, double stroke, boolean print) {
    /** As the screen shows it, in px (a view's SVG export). */
    public static final DrawStyle SCREEN = new DrawStyle(14, 12, 11, 1, false);

    /**
     * A figure lettered at {@code pt} points, in pt units: every text at that size (tick labels one tenth
     * smaller, as journals set them), lines about 1 pt.
     */
    public static DrawStyle print(double pt) {
        return new DrawStyle(pt, pt, 0.9 * pt, 0.55, true);
    }

    /** Dark text colour. */
    public String ink() {
        return "#1d2330";
    }
}
