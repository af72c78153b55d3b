package org.basinscope.app.export;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.Locale;
import javax.imageio.ImageIO;

/**
 * A small SVG writer, the {@link Pen} for SVG: just the elements the drawings need (lines, paths, circles,
 * rectangles, text, embedded raster images), with coordinates written to 0.01 units. Text is escaped; nothing a
 * user typed can become markup.
 */
public final class Svg implements Pen {
    /** Markup, with {@link #IMAGE} marks where embedded pictures go (encoded only in {@link #document}). */
    private final StringBuilder b = new StringBuilder();
    private final java.util.List<BufferedImage> images = new java.util.ArrayList<>();
    private final double width;
    private final double height;
    /** The document's printed size in mm, or 0 for a drawing in px. */
    private final double widthMm;
    private final double heightMm;
    private static final char IMAGE = '\u0001';
    private static final String FONT = "font-family=\"DejaVu Sans, Verdana, sans-serif\"";

    public Svg(double width, double height) {
        this(width, height, 0, 0);
    }

    private Svg(double width, double height, double widthMm, double heightMm) {
        this.width = width;
        this.height = height;
        this.widthMm = widthMm;
        this.heightMm = heightMm;
    }

    /** A drawing in pt of a document printed {@code widthMm × heightMm} (a figure). */
    public static Svg printed(double widthMm, double heightMm) {
        return new Svg(widthMm / 25.4 * 72, heightMm / 25.4 * 72, widthMm, heightMm);
    }

    public double width() {
        return width;
    }

    public double height() {
        return height;
    }

    public Svg rect(double x, double y, double w, double h, String fill, String stroke) {
        b.append(String.format(Locale.ROOT, "<rect x=\"%.2f\" y=\"%.2f\" width=\"%.2f\" height=\"%.2f\" fill=\"%s\" stroke=\"%s\"/>%n",
                x, y, w, h, attr(fill), attr(stroke)));
        return this;
    }

    public Svg line(double x1, double y1, double x2, double y2, String stroke, double width, String dash) {
        b.append(String.format(Locale.ROOT, "<line x1=\"%.2f\" y1=\"%.2f\" x2=\"%.2f\" y2=\"%.2f\" stroke=\"%s\" stroke-width=\"%.2f\"%s/>%n",
                x1, y1, x2, y2, attr(stroke), width, dash == null ? "" : " stroke-dasharray=\"" + attr(dash) + "\""));
        return this;
    }

    public Svg polyline(double[] xs, double[] ys, int n, String stroke, double width, String dash) {
        if (n < 2) {
            return this;
        }
        b.append("<path fill=\"none\" stroke=\"").append(attr(stroke)).append("\" stroke-width=\"")
                .append(String.format(Locale.ROOT, "%.2f", width)).append("\" stroke-linejoin=\"round\"");
        if (dash != null) {
            b.append(" stroke-dasharray=\"").append(attr(dash)).append('"');
        }
        b.append(" d=\"");
        points(xs, ys, n);
        b.append("\"/>\n");
        return this;
    }

    public Svg polygon(double[] xs, double[] ys, int n, String fill, double opacity) {
        if (n < 3) {
            return this;
        }
        b.append("<polygon fill=\"").append(attr(fill)).append(String.format(Locale.ROOT, "\" fill-opacity=\"%.2f\"", opacity))
                .append(" stroke=\"none\" d=\"");
        points(xs, ys, n);
        b.append("Z\"/>\n");
        return this;
    }

    /** Path data: a move to the first point, then lines to the others. */
    private void points(double[] xs, double[] ys, int n) {
        for (int i = 0; i < n; i++) {
            b.append(String.format(Locale.ROOT, "%s%.2f %.2f ", i == 0 ? "M" : "L", xs[i], ys[i]));
        }
    }

    public Svg circle(double x, double y, double r, String fill, double opacity) {
        b.append(String.format(Locale.ROOT, "<circle cx=\"%.2f\" cy=\"%.2f\" r=\"%.2f\" fill=\"%s\" fill-opacity=\"%.2f\"/>%n",
                x, y, r, attr(fill), opacity));
        return this;
    }

    /** Text anchored at (x, y); {@code anchor} is start, middle or end. */
    public Svg text(double x, double y, String text, double size, String anchor, String fill, boolean bold) {
        b.append(String.format(Locale.ROOT, "<text x=\"%.2f\" y=\"%.2f\" " + FONT + " font-size=\"%.1f\" text-anchor=\"%s\" fill=\"%s\"%s>",
                x, y, size, attr(anchor), attr(fill), bold ? " font-weight=\"bold\"" : ""));
        b.append(escape(text)).append("</text>\n");
        return this;
    }

    /** Vertical text (a y-axis label), rotated about (x, y). */
    public Svg verticalText(double x, double y, String text, double size, String fill) {
        b.append(String.format(Locale.ROOT, "<text x=\"%.2f\" y=\"%.2f\" " + FONT + " font-size=\"%.1f\" text-anchor=\"middle\" fill=\"%s\" transform=\"rotate(-90 %.2f %.2f)\">",
                x, y, size, attr(fill), x, y));
        b.append(escape(text)).append("</text>\n");
        return this;
    }

    /**
     * A raster image embedded as a PNG data URI, stretched to the rectangle (pixelated, not smoothed).
     * The PNG is encoded only when the document is written, which may happen off the FX thread.
     */
    public Svg image(BufferedImage image, double x, double y, double w, double h) {
        b.append(String.format(Locale.ROOT, "<image x=\"%.2f\" y=\"%.2f\" width=\"%.2f\" height=\"%.2f\" preserveAspectRatio=\"none\" style=\"image-rendering:pixelated\" href=\"data:image/png;base64,",
                x, y, w, h));
        b.append(IMAGE).append("\"/>\n");
        images.add(image);
        return this;
    }

    private static String png(BufferedImage image) {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Base64.getEncoder().encodeToString(png.toByteArray());
    }

    /** Another drawing placed at (x, y) in this one. */
    public Svg embed(Svg inner, double x, double y) {
        b.append(String.format(Locale.ROOT, "<svg x=\"%.2f\" y=\"%.2f\" width=\"%.2f\" height=\"%.2f\">%n", x, y,
                inner.width, inner.height));
        b.append(inner.b);
        images.addAll(inner.images);
        b.append("</svg>\n");
        return this;
    }

    /** The SVG document, with the embedded pictures encoded now (safe to call on any thread). */
    public String document() {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>%n"
                + "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%s\" height=\"%s\" viewBox=\"0 0 %.2f %.2f\">%n",
                widthMm > 0 ? String.format(Locale.ROOT, "%.2fmm", widthMm) : String.format(Locale.ROOT, "%.0f", width),
                heightMm > 0 ? String.format(Locale.ROOT, "%.2fmm", heightMm) : String.format(Locale.ROOT, "%.0f", height),
                width, height));
        int next = 0;
        for (int i = 0; i < b.length(); i++) {
            char c = b.charAt(i);
            if (c == IMAGE) {
                out.append(png(images.get(next++)));
            } else {
                out.append(c);
            }
        }
        return out.append("</svg>\n").toString();
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : (text == null ? "" : text).toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> {
                    if (c >= 0x20 || c == '\t') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    private static String attr(String v) {
        return escape(v);
    }
}
