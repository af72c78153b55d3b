package org.basinscope.app.export;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.font.FontRenderContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The figures' font, DejaVu Sans (regular and bold), shipped as a resource so that a PDF can embed it and every
 * output measures and draws the same glyphs (its licence: {@code fonts/LICENSE-DejaVu.txt} beside it).
 */
public final class FigureFont {
    private static final String REGULAR = "fonts/DejaVuSans.ttf";
    private static final String BOLD = "fonts/DejaVuSans-Bold.ttf";
    /** Measured without hinting, as a vector output lays glyphs. */
    private static final FontRenderContext FRC = new FontRenderContext(null, true, true);
    private static final Font[] AWT = {load(REGULAR), load(BOLD)};

    private FigureFont() {
    }

    /** The TrueType file, for a PDF to embed. */
    public static InputStream stream(boolean bold) {
        InputStream in = FigureFont.class.getResourceAsStream(bold ? BOLD : REGULAR);
        if (in == null) {
            throw new IllegalStateException("the figure font " + (bold ? BOLD : REGULAR) + " is missing from the app");
        }
        return in;
    }

    /** The font at {@code size} for Java2D. */
    public static Font awt(double size, boolean bold) {
        return AWT[bold ? 1 : 0].deriveFont((float) size);
    }

    public static double width(String text, double size, boolean bold) {
        return awt(size, bold).getStringBounds(printable(text, bold), FRC).getWidth();
    }

    /** The text with any character the font has no glyph for replaced by '?' (so no output drops or fails on it). */
    public static String printable(String text, boolean bold) {
        String t = text == null ? "" : text;
        Font f = AWT[bold ? 1 : 0];
        if (f.canDisplayUpTo(t) < 0) {
            return t;
        }
        StringBuilder b = new StringBuilder();
        t.codePoints().forEach(c -> b.appendCodePoint(f.canDisplay(c) && !Character.isISOControl(c) ? c : '?'));
        return b.toString();
    }

    private static Font load(String name) {
        try (InputStream in = FigureFont.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the figure font " + name + " is missing from the app");
            }
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FontFormatException e) {
            throw new IllegalStateException("the figure font " + name + " is damaged", e);
        }
    }
}
