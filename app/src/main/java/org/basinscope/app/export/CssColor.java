package org.basinscope.app.export;

import java.util.Locale;

/**
 * The CSS colours the drawings use ({@code #rgb}, {@code #rrggbb}, {@code rgb(r,g,b)}, {@code rgba(r,g,b,a)},
 * {@code white}, {@code black}, {@code none}) as red, green, blue and alpha, for the pens that are not SVG.
 *
 * @param alpha 0 (none) … 1
 */
public record CssColor(int red, int green, int blue, double alpha) {
    public static final CssColor NONE = new CssColor(0, 0, 0, 0);

    public boolean none() {
        return alpha <= 0;
    }

    public java.awt.Color awt(double opacity) {
        return new java.awt.Color(red, green, blue, (int) Math.round(255 * Math.max(0, Math.min(1, alpha * opacity))));
    }

    /** The colour named; an unknown text is drawn grey rather than failing a whole export. */
    public static CssColor of(String css) {
        String c = css == null ? "none" : css.trim().toLowerCase(Locale.ROOT);
        if (c.equals("none") || c.equals("transparent")) {
            return NONE;
        }
        if (c.equals("white")) {
            return new CssColor(255, 255, 255, 1);
        }
        if (c.equals("black")) {
            return new CssColor(0, 0, 0, 1);
        }
        try {
            if (c.startsWith("#") && c.length() == 4) {
                int v = Integer.parseInt(c.substring(1), 16);
                return new CssColor(((v >> 8) & 15) * 17, ((v >> 4) & 15) * 17, (v & 15) * 17, 1);
            }
            if (c.startsWith("#") && c.length() == 7) {
                int v = Integer.parseInt(c.substring(1), 16);
                return new CssColor((v >> 16) & 255, (v >> 8) & 255, v & 255, 1);
            }
            if (c.startsWith("rgb") && c.endsWith(")")) {
                String[] p = c.substring(c.indexOf('(') + 1, c.length() - 1).split(",");
                double a = p.length > 3 ? Double.parseDouble(p[3].trim()) : 1;
                return new CssColor(channel(p[0]), channel(p[1]), channel(p[2]), a);
            }
        } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
            // falls through to grey
        }
        return new CssColor(128, 128, 128, 1);
    }

    private static int channel(String v) {
        return Math.max(0, Math.min(255, (int) Math.round(Double.parseDouble(v.trim()))));
    }
}
