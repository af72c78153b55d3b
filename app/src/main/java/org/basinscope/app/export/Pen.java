package org.basinscope.app.export;

import java.awt.image.BufferedImage;

/**
 * A small vector drawing surface: what a plot, the landscape or a phase diagram needs to draw itself once for
 * every output (SVG, PDF, a PNG at any DPI). Coordinates are in the pen's units with y pointing down (px for a
 * screen-sized SVG, pt for a figure); colours are CSS strings ({@code #1f77b4}, {@code rgba(…)}, {@code white},
 * {@code none}).
 *
 * <p>Implement these methods and every {@link Drawing} draws on it. Text is measured with the figure font
 * ({@link FigureFont}), so a layout made with {@link #textWidth} fits on every pen.
 */
public interface Pen {
    /** A rectangle, filled and outlined (either may be {@code none}); the outline is one unit wide. */
    Pen rect(double x, double y, double w, double h, String fill, String stroke);

    /** A straight line; {@code dash} is an SVG dash array ({@code "6 4"}) or null. */
    Pen line(double x1, double y1, double x2, double y2, String stroke, double width, String dash);

    /** The first {@code n} points joined by straight lines. */
    Pen polyline(double[] xs, double[] ys, int n, String stroke, double width, String dash);

    /** The first {@code n} points as a closed, filled shape with no outline. */
    Pen polygon(double[] xs, double[] ys, int n, String fill, double opacity);

    /** A filled disc (a marker). */
    Pen circle(double x, double y, double r, String fill, double opacity);

    /** Text with its baseline at y; {@code anchor} is start, middle or end (of x). */
    Pen text(double x, double y, String text, double size, String anchor, String fill, boolean bold);

    /** Text rotated a quarter turn anticlockwise about (x, y), the middle of its baseline there (a y-axis label). */
    Pen verticalText(double x, double y, String text, double size, String fill);

    /** A raster picture stretched over the rectangle, each pixel a sharp square (a heat map). */
    Pen image(BufferedImage image, double x, double y, double w, double h);

    /** The width of the text at this size, in the pen's units. */
    default double textWidth(String text, double size, boolean bold) {
        return FigureFont.width(text, size, bold);
    }

    /** A rectangle's outline {@code width} wide (a plot's frame). */
    default Pen frame(Box b, String stroke, double width) {
        return polyline(new double[] {b.x(), b.right(), b.right(), b.x(), b.x()},
                new double[] {b.y(), b.y(), b.bottom(), b.bottom(), b.y()}, 5, stroke, width, null);
    }

    /** An SVG dash array ({@code "6 4"}) as numbers, for the pens that are not SVG. */
    static float[] dashArray(String dash) {
        String[] p = dash.trim().split("[ ,]+");
        float[] d = new float[p.length];
        for (int i = 0; i < p.length; i++) {
            d[i] = Float.parseFloat(p[i]);
        }
        return d;
    }
}
