package org.basinscope.app.views;

/** "Nice" axis tick positions (1, 2, 5 × 10^k spacing). */
public final class Ticks {
    private Ticks() {
    }

    /** About {@code target} ticks covering [lo, hi]. */
    public static double[] nice(double lo, double hi, int target) {
        double span = hi - lo;
        if (!(span > 0) || !Double.isFinite(span)) {
            return new double[] {lo};
        }
        double raw = span / Math.max(1, target);
        double mag = Math.pow(10, Math.floor(Math.log10(raw)));
        double step = mag;
        for (double m : new double[] {1, 2, 5, 10}) {
            if (m * mag >= raw) {
                step = m * mag;
                break;
            }
        }
        double first = Math.ceil(lo / step) * step;
        int n = (int) Math.floor((hi - first) / step + 1e-9) + 1;
        double[] out = new double[Math.max(0, n)];
        for (int i = 0; i < out.length; i++) {
            out[i] = first + i * step;
            if (Math.abs(out[i]) < step * 1e-9) {
                out[i] = 0;
            }
        }
        return out;
    }
}
