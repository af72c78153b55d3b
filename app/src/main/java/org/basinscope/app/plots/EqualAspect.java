package org.basinscope.app.plots;

import io.fair_acc.chartfx.axes.spi.DefaultNumericAxis;

/**
 * Gives a chart one scale for both axes — one unit of x is as many pixels as one unit of y, so a round cloud
 * looks round and the diagonal of a return map runs at 45° — by widening, about its centre, the range of the
 * axis that has more pixels per unit. The ranges it starts from are the data's ({@link AxisRange}, kept steady);
 * it sets the axes only when the result changes, and again when the chart is resized.
 */
final class EqualAspect {
    private final DefaultNumericAxis x;
    private final DefaultNumericAxis y;
    private final AxisRange xRange;
    private final AxisRange yRange;
    private boolean on;

    EqualAspect(DefaultNumericAxis x, DefaultNumericAxis y, AxisRange xRange, AxisRange yRange) {
        this.x = x;
        this.y = y;
        this.xRange = xRange;
        this.yRange = yRange;
        x.widthProperty().addListener((o, a, b) -> apply());
        y.heightProperty().addListener((o, a, b) -> apply());
    }

    /** Turns equal scales on (apply them now) or off (the axes keep the data's ranges from the next fit). */
    void setOn(boolean on) {
        if (this.on && !on) {
            xRange.reset();
            yRange.reset();
        }
        this.on = on;
        apply();
    }

    /** Re-applies equal scales after the data's ranges were fitted. */
    void apply() {
        double w = x.getWidth();
        double h = y.getHeight();
        if (!on || !(w > 0) || !(h > 0) || !Double.isFinite(xRange.min()) || !Double.isFinite(yRange.min())) {
            return;
        }
        double[] r = org.basinscope.app.export.EqualScales.cover(xRange.min(), xRange.max(), yRange.min(), yRange.max(), w, h);
        if (r[0] != x.getMin() || r[1] != x.getMax()) {
            x.set(r[0], r[1]);
        }
        if (r[2] != y.getMin() || r[3] != y.getMax()) {
            y.set(r[2], r[3]);
        }
    }

    /**
     * What equal scales must cover: the data's ranges while the axes follow them, the ranges shown once the user has
     * zoomed or panned; null while off.
     */
    double[] covered() {
        if (!on) {
            return null;
        }
        boolean following = Following.of(x).get() && Following.of(y).get();
        return following && Double.isFinite(xRange.min()) && Double.isFinite(yRange.min())
                ? new double[] {xRange.min(), xRange.max(), yRange.min(), yRange.max()}
                : new double[] {x.getMin(), x.getMax(), y.getMin(), y.getMax()};
    }
}
