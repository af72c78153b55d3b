package org.basinscope.app.plots;

import io.fair_acc.chartfx.axes.spi.DefaultNumericAxis;
import org.basinscope.app.controls.Display;

/**
 * Keeps an axis range steady while live data move inside it: the range changes only when the data
 * leave it or shrink to a small part of it, and then to a padded range with round ends. Redrawing
 * tick labels every frame is the costliest part of a chart in software rendering, and a jumping
 * axis is hard to read on a projector.
 */
public final class AxisRange {
    /** The narrowest range, as a fraction of the data's size. */
    static final double RELATIVE_SPAN = 0.02;
    private final DefaultNumericAxis axis;
    /** While the user holds a zoom, ranges are worked out as before but not applied until the axis follows again. */
    private final Following following;
    private final double fillBelow;
    private double minSpan = 1e-3;
    private boolean floorAtZero;
    private boolean fromZero;
    private double lo = Double.NaN;
    private double hi = Double.NaN;

    /** @param fillBelow rescale when the data span less than this fraction of the range (e.g. 0.3) */
    public AxisRange(DefaultNumericAxis axis, double fillBelow) {
        this.axis = axis;
        this.fillBelow = fillBelow;
        following = Following.of(axis);
        following.onResume(this::apply);
        axis.setAutoRanging(false);
        axis.setTickLabelFormatter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Number n) {
                double v = n.doubleValue();
                // Tick positions are sums of steps: rounding leaves −6.9e−18 where 0 is meant.
                // (Not on a log axis, whose ticks are powers of ten, however small.)
                if (!axis.isLogAxis() && Math.abs(v) < 1e-9 * Math.abs(axis.getMax() - axis.getMin())) {
                    v = 0;
                }
                return Display.number(v);
            }

            @Override
            public Number fromString(String text) {
                return Double.valueOf(text.replace('\u2212', '-'));
            }
        });
    }

    /** A step axis: from 0, at least 100 steps wide, half a view of room ahead. */
    public static AxisRange steps(DefaultNumericAxis axis) {
        return new AxisRange(axis, 0.5).minSpan(100).floorAtZero();
    }

    /** The range never gets narrower than this (a single point gets a sensible window). */
    public AxisRange minSpan(double span) {
        minSpan = span;
        return this;
    }

    /** Non-negative data (densities, steps) get a range starting at 0, not a padded negative end. */
    public AxisRange floorAtZero() {
        floorAtZero = true;
        return this;
    }

    /**
     * The quantity is never negative (a variance, a density, a time, a fraction): on a linear axis the range starts
     * at 0 whenever the data are ≥ 0, so that bars and levels are read against zero, and never runs below it.
     */
    public AxisRange fromZero() {
        fromZero = true;
        floorAtZero = true;
        return this;
    }

    /** Forgets the range, so that the next fit sets one (after the axis turned log or linear). */
    public void reset() {
        lo = Double.NaN;
        hi = Double.NaN;
    }

    /**
     * Fits the range to data spanning [min, max] if needed. On a log axis {@code min} must be the smallest positive
     * value; the range is then whole decades.
     */
    public void fit(double min, double max) {
        if (!Double.isFinite(min) || !Double.isFinite(max)) {
            return;
        }
        if (axis.isLogAxis()) {
            fitLog(min, max);
            return;
        }
        if (fromZero && min >= 0) {
            min = 0;
        }
        double c0 = 0.5 * (min + max);
        // Near-constant data far from 0 (a loss stuck at 22) need a span of a few per cent of their size, or every
        // tick reads the same ("22 22 22 22") at the labels' four significant digits.
        double span = Math.max(minSpan, RELATIVE_SPAN * Math.abs(c0));
        if (max - min < span) {
            double c = c0;
            min = c - span / 2;
            max = c + span / 2;
            if (floorAtZero && min < 0 && c >= 0) {
                max -= min;
                min = 0;
            }
        }
        boolean outside = !(min >= lo && max <= hi);
        boolean tooWide = (max - min) < fillBelow * (hi - lo);
        if (!outside && !tooWide) {
            return;
        }
        double pad = 0.08 * (max - min);
        double step = niceStep((max - min + 2 * pad) / 10);
        lo = Math.floor((min - pad) / step) * step;
        hi = Math.ceil((max + pad) / step) * step;
        if (floorAtZero && min >= 0 && lo < 0) {
            lo = 0;
        }
        apply();
    }

    /** Whole decades around [min, max] (min > 0), at least one; kept while the data fill enough of them. */
    private void fitLog(double min, double max) {
        if (!(max > 0)) {
            return;
        }
        if (!(min > 0) || min > max) {
            min = max;
        }
        double a = Math.floor(Math.log10(min) + 1e-9);
        double b = Math.ceil(Math.log10(max) - 1e-9);
        if (b <= a) {
            b = a + 1;
        }
        boolean outside = !(min >= lo && max <= hi);
        boolean tooWide = Math.log10(max / min) < fillBelow * Math.log10(hi / lo) - 1;
        if (!outside && !tooWide) {
            return;
        }
        lo = Math.pow(10, a);
        hi = Math.pow(10, b);
        axis.set(lo, hi);
    }

    /** The range's lower end as last set (NaN before the first fit). */
    public double min() {
        return lo;
    }

    /** The range's upper end as last set. */
    public double max() {
        return hi;
    }

    /** Sets a fixed range. */
    public void set(double min, double max) {
        if (min != lo || max != hi) {
            lo = min;
            hi = max;
            apply();
        }
    }

    private void apply() {
        if (following.get() && !Double.isNaN(lo)) {
            axis.set(lo, hi);
        }
    }

    private static double niceStep(double raw) {
        double mag = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double m : new double[] {1, 2, 5, 10}) {
            if (m * mag >= raw) {
                return m * mag;
            }
        }
        return 10 * mag;
    }
}
