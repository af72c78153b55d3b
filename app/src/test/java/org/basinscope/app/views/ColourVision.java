package org.basinscope.app.views;

import javafx.scene.paint.Color;

/**
 * Colour-vision deficiency simulation and colour difference, for tests: Machado, Oliveira and Fernandes (2009),
 * "A physiologically-based model for simulation of color vision deficiency", at severity 1.0 (the full
 * dichromacy), applied in linear sRGB; CIELAB under D65; CIEDE2000 (Sharma, Wu and Dalal 2005).
 */
final class ColourVision {
    /** How a colour is seen. */
    enum Vision {
        NORMAL(null),
        PROTANOPIA(new double[][] {{0.152286, 1.052583, -0.204868}, {0.114503, 0.786281, 0.099216},
            {-0.003882, -0.048116, 1.051998}}),
        DEUTERANOPIA(new double[][] {{0.367322, 0.860646, -0.227968}, {0.280085, 0.672501, 0.047413},
            {-0.011820, 0.042940, 0.968881}});

        private final double[][] matrix;

        Vision(double[][] matrix) {
            this.matrix = matrix;
        }
    }

    private ColourVision() {
    }

    /** A CSS colour as seen on a white background (translucent colours are composited over it). */
    static Color onWhite(String css) {
        Color c = Color.web(css);
        double a = c.getOpacity();
        return Color.color(a * c.getRed() + 1 - a, a * c.getGreen() + 1 - a, a * c.getBlue() + 1 - a);
    }

    /** CIELAB {L, a, b} of {@code c} as seen with {@code vision}. */
    static double[] lab(Color c, Vision vision) {
        double[] rgb = {linear(c.getRed()), linear(c.getGreen()), linear(c.getBlue())};
        if (vision.matrix != null) {
            double[] m = new double[3];
            for (int i = 0; i < 3; i++) {
                for (int j = 0; j < 3; j++) {
                    m[i] += vision.matrix[i][j] * rgb[j];
                }
                m[i] = Math.max(0, Math.min(1, m[i]));
            }
            rgb = m;
        }
        double x = 0.4124564 * rgb[0] + 0.3575761 * rgb[1] + 0.1804375 * rgb[2];
        double y = 0.2126729 * rgb[0] + 0.7151522 * rgb[1] + 0.0721750 * rgb[2];
        double z = 0.0193339 * rgb[0] + 0.1191920 * rgb[1] + 0.9503041 * rgb[2];
        double fx = f(x / 0.95047);
        double fy = f(y);
        double fz = f(z / 1.08883);
        return new double[] {116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)};
    }

    private static double linear(double c) {
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    private static double f(double t) {
        double d = 6.0 / 29;
        return t > d * d * d ? Math.cbrt(t) : t / (3 * d * d) + 4.0 / 29;
    }

    /** CIEDE2000 colour difference ΔE00 of two CIELAB colours (kL = kC = kH = 1). */
    static double deltaE2000(double[] lab1, double[] lab2) {
        double l1 = lab1[0];
        double l2 = lab2[0];
        double cBar = (Math.hypot(lab1[1], lab1[2]) + Math.hypot(lab2[1], lab2[2])) / 2;
        double g = 0.5 * (1 - Math.sqrt(Math.pow(cBar, 7) / (Math.pow(cBar, 7) + Math.pow(25, 7))));
        double a1 = (1 + g) * lab1[1];
        double a2 = (1 + g) * lab2[1];
        double c1 = Math.hypot(a1, lab1[2]);
        double c2 = Math.hypot(a2, lab2[2]);
        double h1 = hue(a1, lab1[2]);
        double h2 = hue(a2, lab2[2]);
        double dh = 0;
        if (c1 * c2 != 0) {
            dh = h2 - h1;
            dh += dh > 180 ? -360 : dh < -180 ? 360 : 0;
        }
        double dL = l2 - l1;
        double dC = c2 - c1;
        double dH = 2 * Math.sqrt(c1 * c2) * Math.sin(Math.toRadians(dh / 2));
        double lMean = (l1 + l2) / 2;
        double cMean = (c1 + c2) / 2;
        double hMean;
        if (c1 * c2 == 0) {
            hMean = h1 + h2;
        } else if (Math.abs(h1 - h2) <= 180) {
            hMean = (h1 + h2) / 2;
        } else {
            hMean = h1 + h2 < 360 ? (h1 + h2 + 360) / 2 : (h1 + h2 - 360) / 2;
        }
        double t = 1 - 0.17 * cos(hMean - 30) + 0.24 * cos(2 * hMean) + 0.32 * cos(3 * hMean + 6)
                - 0.20 * cos(4 * hMean - 63);
        double dTheta = 30 * Math.exp(-Math.pow((hMean - 275) / 25, 2));
        double rc = 2 * Math.sqrt(Math.pow(cMean, 7) / (Math.pow(cMean, 7) + Math.pow(25, 7)));
        double sl = 1 + 0.015 * (lMean - 50) * (lMean - 50) / Math.sqrt(20 + (lMean - 50) * (lMean - 50));
        double sc = 1 + 0.045 * cMean;
        double sh = 1 + 0.015 * cMean * t;
        double rt = -Math.sin(Math.toRadians(2 * dTheta)) * rc;
        return Math.sqrt(Math.pow(dL / sl, 2) + Math.pow(dC / sc, 2) + Math.pow(dH / sh, 2)
                + rt * (dC / sc) * (dH / sh));
    }

    private static double hue(double a, double b) {
        double h = Math.toDegrees(Math.atan2(b, a));
        return h < 0 ? h + 360 : h;
    }

    private static double cos(double degrees) {
        return Math.cos(Math.toRadians(degrees));
    }
}
