package org.basinscope.app.controls;

import org.basinscope.engine.spec.HumanNumbers;

/** Number formatting for people: a few significant digits, plain or scientific as the size asks. */
public final class Display {
    private Display() {
    }

    /** Rounds to {@code digits} significant digits. */
    public static double round(double v, int digits) {
        return HumanNumbers.round(v, digits);
    }

    /** Up to 4 significant digits; scientific below 1e-3 and from 1e5 ({@link HumanNumbers#number}). */
    public static String number(double v) {
        return HumanNumbers.number(v);
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
