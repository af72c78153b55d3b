package org.basinscope.engine.spec;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

/** Numbers for people (readouts, verdicts, notes): a few significant digits, plain or scientific as the size asks. */
public final class HumanNumbers {
    private HumanNumbers() {
    }

    /** Rounds to {@code digits} significant digits. */
    public static double round(double v, int digits) {
        if (v == 0 || !Double.isFinite(v)) {
            return v;
        }
        return new BigDecimal(v).round(new MathContext(digits)).doubleValue();
    }

    /** Up to 4 significant digits; scientific below 1e-3 and from 1e5; "—" for NaN, ±∞, and a real minus sign. */
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
}
