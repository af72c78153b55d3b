package org.basinscope.app.export.figure;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import org.basinscope.engine.spec.InvalidInputException;

/**
 * What a figure for a paper is, validated where it is made (the dialog, the {@code figure} command): which plots,
 * in reading order, laid out in a grid; its printed size; its lettering; its format.
 *
 * @param plots    export names of the plots ({@code histogram}, {@code loss}, {@code landscape}, …)
 * @param widthMm  printed width: a journal's single column is {@value #SINGLE_COLUMN_MM} mm, a double
 *                 {@value #DOUBLE_COLUMN_MM} mm
 * @param heightMm printed height, or 0 for the grid's natural height ({@link FigureLayout})
 * @param fontPt   size of every text in points
 * @param format   PDF, SVG or PNG
 * @param dpi      pixels per inch of a PNG (ignored for vector formats)
 */
public record FigureSpec(List<String> plots, double widthMm, double heightMm, double fontPt, FigureFormat format,
        int dpi) {
    public static final double SINGLE_COLUMN_MM = 85;
    public static final double DOUBLE_COLUMN_MM = 170;
    public static final double MIN_MM = 20;
    public static final double MAX_MM = 500;
    public static final double MIN_PT = 4;
    public static final double MAX_PT = 36;
    public static final int MIN_DPI = 30;
    public static final int MAX_DPI = 1200;
    public static final double DEFAULT_PT = 9;
    public static final int DEFAULT_DPI = 300;
    /** A PNG larger than this would not fit in memory on a small machine (4 bytes a pixel). */
    public static final long MAX_PIXELS = 100_000_000L;

    public FigureSpec {
        plots = List.copyOf(plots);
        if (plots.isEmpty()) {
            throw new InvalidInputException("choose at least one plot for the figure");
        }
        var seen = new HashSet<String>();
        for (String p : plots) {
            if (!seen.add(p)) {
                throw new InvalidInputException("plot '" + p + "' is listed twice");
            }
        }
        if (!(widthMm >= MIN_MM && widthMm <= MAX_MM)) {
            throw new InvalidInputException("figure width " + number(widthMm) + " mm is outside " + number(MIN_MM)
                    + "–" + number(MAX_MM) + " mm");
        }
        if (heightMm != 0 && !(heightMm >= MIN_MM && heightMm <= MAX_MM)) {
            throw new InvalidInputException("figure height " + number(heightMm) + " mm is outside " + number(MIN_MM)
                    + "–" + number(MAX_MM) + " mm");
        }
        if (!(fontPt >= MIN_PT && fontPt <= MAX_PT)) {
            throw new InvalidInputException("font size " + number(fontPt) + " pt is outside " + number(MIN_PT) + "–"
                    + number(MAX_PT) + " pt");
        }
        if (format == null) {
            throw new InvalidInputException("choose a format: pdf, svg or png");
        }
        if (dpi < MIN_DPI || dpi > MAX_DPI) {
            throw new InvalidInputException("dpi " + dpi + " is outside " + MIN_DPI + "–" + MAX_DPI);
        }
        if (format == FigureFormat.PNG) {
            FigureLayout l = FigureLayout.of(plots.size(), widthMm, heightMm);
            long w = l.pixels(l.widthMm(), dpi);
            long h = l.pixels(l.heightMm(), dpi);
            if (w * h > MAX_PIXELS) {
                throw new InvalidInputException("the PNG would be " + w + " × " + h + " px, more than "
                        + MAX_PIXELS / 1_000_000 + " million pixels: lower the dpi or the size");
            }
        }
    }

    /** The grid the plots are laid out in, and the figure's size. */
    public FigureLayout layout() {
        return FigureLayout.of(plots.size(), widthMm, heightMm);
    }

    /** Refuses a file whose extension is not the format's (a .png holding a PDF would confuse every reader). */
    public void checkFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!name.endsWith("." + format.extension())) {
            throw new InvalidInputException("the file '" + file.getFileName() + "' does not end in ."
                    + format.extension() + " (the format asked for; pdf, svg and png each need their own extension)");
        }
    }

    /** A size as typed: whole numbers without a point, others to four digits. */
    public static String number(double v) {
        if (!Double.isFinite(v)) {
            return Double.toString(v); // NaN, Infinity: said as such in the refusal
        }
        return v == Math.rint(v) && Math.abs(v) < 1e9 ? Long.toString((long) v)
                : new java.math.BigDecimal(String.format(Locale.ROOT, "%.4g", v)).stripTrailingZeros().toPlainString();
    }
}
