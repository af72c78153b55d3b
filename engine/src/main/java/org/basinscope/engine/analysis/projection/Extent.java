package org.basinscope.engine.analysis.projection;

import org.basinscope.engine.spec.InvalidInputException;

/** A rectangle [aMin, aMax] × [bMin, bMax] of a projection's plane coordinates. */
public record Extent(double aMin, double aMax, double bMin, double bMax) {
    /** Padding on each side of the default extent, as a fraction of the particles' spread. */
    static final double PADDING = 0.1;
    /** Half-width of the default extent along an axis where every particle sits at the centre. */
    static final double FALLBACK = 1;

    public Extent {
        if (!(Double.isFinite(aMin) && Double.isFinite(aMax) && Double.isFinite(bMin) && Double.isFinite(bMax))
                || !(aMin < aMax) || !(bMin < bMax)) {
            throw new InvalidInputException("projection extent [" + aMin + ", " + aMax + "] × [" + bMin + ", " + bMax
                    + "] needs finite aMin < aMax and bMin < bMax");
        }
    }

    /**
     * The default extent: along each axis the range of the live particles' coordinates and of the centre (0),
     * padded by {@value #PADDING} of that range on each side, or ±{@value #FALLBACK} where the range is empty
     * (one particle at the centre; Li et al. plot filter-normalised directions over [−1, 1]).
     */
    public static Extent around(ProjectedCloud cloud) {
        double[] a = range(cloud.a());
        double[] b = range(cloud.b());
        return new Extent(a[0], a[1], b[0], b[1]);
    }

    private static double[] range(double[] xs) {
        double lo = 0;
        double hi = 0;
        for (double x : xs) {
            if (Double.isFinite(x)) {
                lo = Math.min(lo, x);
                hi = Math.max(hi, x);
            }
        }
        double span = hi - lo;
        if (!(span > 0) || !Double.isFinite(span)) {
            return new double[] {-FALLBACK, FALLBACK};
        }
        return new double[] {lo - PADDING * span, hi + PADDING * span};
    }

    /** {aMin, aMax, bMin, bMax}, the box form of {@link org.basinscope.engine.analysis.LandscapeGrid}. */
    public double[] box() {
        return new double[] {aMin, aMax, bMin, bMax};
    }
}
