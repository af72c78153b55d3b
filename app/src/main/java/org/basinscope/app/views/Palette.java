package org.basinscope.app.views;

import java.util.Locale;

/**
 * The colours of categorical series: the Okabe–Ito palette (Okabe and Ito 2008, "Color Universal Design"), whose
 * eight colours stay apart for deuteranopes and protanopes as well as for normal vision, plus a grey for guide
 * lines. Every plot takes its series colours from here; {@code ColourVisionTest} checks, plot by plot, that each
 * pair stays distinguishable under simulated deuteranopia and protanopia. Not every pair of the eight does
 * (reddish purple and sky blue, orange and yellow come close for a deuteranope), so a plot's colours are chosen
 * together.
 */
public final class Palette {
    public static final String BLACK = "#000000";
    public static final String ORANGE = "#e69f00";
    public static final String SKY_BLUE = "#56b4e9";
    public static final String BLUISH_GREEN = "#009e73";
    public static final String YELLOW = "#f0e442";
    public static final String BLUE = "#0072b2";
    public static final String VERMILLION = "#d55e00";
    public static final String REDDISH_PURPLE = "#cc79a7";
    /** Guides (a diagonal, a straight line to compare with): not one of the eight. */
    public static final String GREY = "#999999";

    private Palette() {
    }

    /** {@code hex} ({@code #rrggbb}) with opacity {@code alpha} in [0, 1], as a CSS {@code rgba(…)} colour. */
    public static String translucent(String hex, double alpha) {
        int rgb = Integer.parseInt(hex.substring(1), 16);
        return String.format(Locale.ROOT, "rgba(%d,%d,%d,%s)", (rgb >> 16) & 0xff, (rgb >> 8) & 0xff, rgb & 0xff,
                Double.toString(alpha));
    }
}
