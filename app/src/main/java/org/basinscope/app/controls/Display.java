package org.basinscope.app.controls;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

/** Number formatting for people: a few significant digits, plain or scientific as the size asks. */
public final class Display {
    private Display() {
    }

    /** Rounds to {@code digits} significant digits. */
    public static double round(double v, int digits) {
        if (v == 0 || !Double.isFinite(v)) {
            return v;
        }
        return new BigDecimal(v).round(new MathContext(digits)).doubleValue();
    }

    /** Up to 4 significant digits; scientific below 1e-3 and from 1e5. */
    public static String number(double v) {
        if (Double.isNaN(v)) {
            return "—";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "∞" : "−∞";
        }
        if (v == 0) {
            return "0";
        }
        double a = Math.abs(v);
        String s;
        if (a < 1e-3 || a >= 1e5) {
            s = String.format(Locale.ROOT, "%.3e", v).replaceAll("\\.?0+e", "e").replace("e+0", "e").replace("e-0", "e-")
                    .replace("e+", "e");
        } else {
            s = new BigDecimal(v).round(new MathContext(4)).stripTrailingZeros().toPlainString();
        }
        return s.replace('-', '−');
    }

    /** A power of ten as 1, 10, 100 or 10ⁿ with a superscript exponent. */
    public static String powerOfTen(double v) {
        int n = (int) Math.round(Math.log10(v));
        if (n >= 0 && n <= 2) {
            return Integer.toString((int) Math.round(Math.pow(10, n)));
        }
        String digits = "⁰¹²³⁴⁵⁶⁷⁸⁹";
        StringBuilder b = new StringBuilder("10");
        if (n < 0) {
            b.append('⁻');
        }
        for (char c : Integer.toString(Math.abs(n)).toCharArray()) {
            b.append(digits.charAt(c - '0'));
        }
        return b.toString();
    }
}
