package org.basinscope.app.plots.heatmap;

import org.basinscope.app.controls.Display;
import org.basinscope.app.views.Colormap;
import org.basinscope.app.views.Ticks;

/**
 * How readouts become colours (viridis, {@link Colormap}): linear between {@code lo} and {@code hi}, or in log
 * when every value is positive and they span more than a factor {@value #LOG_SPAN} (a variance over η and B spans
 * decades, and a linear scale would paint all but one corner dark).
 *
 * @param lo  the value drawn darkest
 * @param hi  the value drawn brightest
 * @param log whether positions are log(v) rather than v
 */
public record ColorScale(double lo, double hi, boolean log) {
    static final double LOG_SPAN = 20;

    /** The scale over the finite values among those {@code filled}; [0, 1] when there are none. */
    public static ColorScale fit(double[] values, boolean[] filled) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < values.length; k++) {
            if (filled[k] && Double.isFinite(values[k])) {
                lo = Math.min(lo, values[k]);
                hi = Math.max(hi, values[k]);
            }
        }
        if (lo > hi) {
            return new ColorScale(0, 1, false);
        }
        boolean log = lo > 0 && hi / lo > LOG_SPAN;
        if (!(hi > lo)) {
            // One value (or all equal): a range around it, so it is drawn mid-scale.
            double pad = lo == 0 ? 1 : Math.abs(lo) * 0.5;
            return new ColorScale(lo - pad, hi + pad, false);
        }
        return new ColorScale(lo, hi, log);
    }

    /** Where {@code v} lies on the scale, 0 (lo) to 1 (hi), clamped. */
    public double position(double v) {
        double t = log ? Math.log(v / lo) / Math.log(hi / lo) : (v - lo) / (hi - lo);
        return Math.max(0, Math.min(1, t));
    }

    /** The value at position t (the inverse of {@link #position}). */
    public double value(double t) {
        return log ? lo * Math.pow(hi / lo, t) : lo + t * (hi - lo);
    }

    /** A cell not computed yet: light grey. */
    static final int PENDING = 0xffeceef2;
    /** A cell whose runs diverged (NaN): dark grey. */
    static final int UNDEFINED = 0xff6b6f76;

    /** The colour of a heat-map cell holding {@code v}, or not {@code filled} yet, as packed ARGB. */
    public int cellArgb(boolean filled, double v) {
        return !filled ? PENDING : Double.isFinite(v) ? argb(v) : UNDEFINED;
    }

    /** The colour of {@code v} as packed ARGB. */
    public int argb(double v) {
        return Colormap.argb(position(v));
    }

    /** Tick values for the colour bar: powers of ten (with 2 and 5 when there are few) in log, else nice steps. */
    public double[] ticks() {
        if (!log) {
            return Ticks.nice(lo, hi, 5);
        }
        java.util.List<Double> out = new java.util.ArrayList<>();
        int first = (int) Math.floor(Math.log10(lo));
        int last = (int) Math.ceil(Math.log10(hi));
        double[] mantissas = last - first <= 2 ? new double[] {1, 2, 5} : new double[] {1};
        for (int e = first; e <= last; e++) {
            for (double m : mantissas) {
                double v = m * Math.pow(10, e);
                if (v >= lo * (1 - 1e-9) && v <= hi * (1 + 1e-9)) {
                    out.add(v);
                }
            }
        }
        return out.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** A tick's label: 10ⁿ for a power of ten on a log scale, else a short number. */
    public String label(double tick) {
        double e = Math.log10(Math.abs(tick));
        return log && Math.abs(e - Math.round(e)) < 1e-9 ? Display.powerOfTen(tick) : Display.number(tick);
    }
}
