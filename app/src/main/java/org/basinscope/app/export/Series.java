package org.basinscope.app.export;

/**
 * One drawn series of a plot, as data: what a CSV export writes and what an SVG export draws.
 *
 * @param name  legend name
 * @param kind  how it is drawn
 * @param color CSS colour, e.g. {@code #1f5fbf}
 * @param x     x values
 * @param y     y values (for a band: the middle line)
 * @param low   band or error bar lower edge (y − low), or null
 * @param high  band or error bar upper edge (y + high), or null
 */
public record Series(String name, Kind kind, String color, double[] x, double[] y, double[] low, double[] high) {
    /** Drawing styles. */
    public enum Kind { LINE, MARKERS, STEPS, BAND, DASHED, ERRORBARS }

    public static Series of(String name, Kind kind, String color, double[] x, double[] y) {
        return new Series(name, kind, color, x, y, null, null);
    }

    public int size() {
        return x.length;
    }
}
