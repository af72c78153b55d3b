package org.basinscope.app.export;

import java.util.function.DoubleUnaryOperator;
import org.basinscope.app.controls.Display;
import org.basinscope.app.views.Ticks;

/**
 * Redraws a plot's data as vector graphics: frame, ticks, labels, and each series as lines, markers,
 * steps (histogram bars) or a shaded band, on the same ranges the screen shows.
 */
public final class SvgPlot {
    private static final double LEFT = 64;
    private static final double RIGHT = 16;
    private static final double TOP = 34;
    private static final double BOTTOM = 46;

    private SvgPlot() {
    }

    public static Svg draw(PlotData data, double width, double height) {
        Svg svg = new Svg(width, height);
        svg.rect(0, 0, width, height, "white", "none");
        double[] r = data.range();
        double pw = width - LEFT - RIGHT;
        double ph = height - TOP - BOTTOM;
        // A log axis maps log10 of the value linearly (values ≤ 0 fall outside and are clamped to the frame).
        DoubleUnaryOperator fx = data.xLog() ? Math::log10 : v -> v;
        DoubleUnaryOperator fy = data.yLog() ? Math::log10 : v -> v;
        double x0 = fx.applyAsDouble(r[0]);
        double x1 = fx.applyAsDouble(r[1]);
        double y0 = fy.applyAsDouble(r[2]);
        double y1 = fy.applyAsDouble(r[3]);
        DoubleUnaryOperator sx = x -> LEFT + (fx.applyAsDouble(x) - x0) / (x1 - x0) * pw;
        DoubleUnaryOperator sy = y -> TOP + ph - (fy.applyAsDouble(y) - y0) / (y1 - y0) * ph;
        svg.text(LEFT, 20, data.title(), 14, "start", "#1d2330", true);
        for (double t : ticks(r[0], r[1], data.xLog())) {
            double x = sx.applyAsDouble(t);
            svg.line(x, TOP, x, TOP + ph, "#e3e5ea", 1, null);
            svg.text(x, TOP + ph + 16, Display.number(t), 11, "middle", "#333", false);
        }
        for (double t : ticks(r[2], r[3], data.yLog())) {
            double y = sy.applyAsDouble(t);
            svg.line(LEFT, y, LEFT + pw, y, "#e3e5ea", 1, null);
            svg.text(LEFT - 6, y + 4, Display.number(t), 11, "end", "#333", false);
        }
        svg.rect(LEFT, TOP, pw, ph, "none", "#888");
        svg.text(LEFT + pw / 2, height - 8, data.xLabel(), 12, "middle", "#1d2330", false);
        svg.verticalText(16, TOP + ph / 2, data.yLabel(), 12, "#1d2330");
        double legendX = LEFT + pw;
        for (int k = data.series().size() - 1; k >= 0; k--) {
            Series s = data.series().get(k);
            if (s.size() == 0) {
                continue;
            }
            String label = s.name();
            svg.text(legendX, 20, label, 11, "end", s.color(), false);
            legendX -= 8 + 6.2 * label.length();
        }
        for (Series s : data.series()) {
            series(svg, s, sx, sy, LEFT, TOP, pw, ph);
        }
        return svg;
    }

    private static void series(Svg svg, Series s, DoubleUnaryOperator sx,
            DoubleUnaryOperator sy, double px, double py, double pw, double ph) {
        int n = s.size();
        double[] xs = new double[n];
        double[] ys = new double[n];
        for (int i = 0; i < n; i++) {
            xs[i] = clamp(sx.applyAsDouble(s.x()[i]), px, px + pw);
            ys[i] = clamp(sy.applyAsDouble(s.y()[i]), py, py + ph);
        }
        switch (s.kind()) {
            case LINE -> svg.polyline(xs, ys, n, s.color(), 1.8, null);
            case DASHED -> svg.polyline(xs, ys, n, s.color(), 1.2, "6 4");
            case MARKERS -> {
                for (int i = 0; i < n; i++) {
                    svg.circle(xs[i], ys[i], 1.6, s.color(), 0.7);
                }
            }
            case STEPS -> {
                double w = n > 1 ? (xs[1] - xs[0]) : 4;
                double base = clamp(sy.applyAsDouble(0), py, py + ph);
                for (int i = 0; i < n; i++) {
                    svg.rect(xs[i] - w / 2, Math.min(ys[i], base), w, Math.abs(base - ys[i]), s.color(), "white");
                }
            }
            case BAND -> {
                double[] bx = new double[2 * n];
                double[] by = new double[2 * n];
                for (int i = 0; i < n; i++) {
                    bx[i] = xs[i];
                    by[i] = clamp(sy.applyAsDouble(s.y()[i] + s.high()[i]), py, py + ph);
                    bx[2 * n - 1 - i] = xs[i];
                    by[2 * n - 1 - i] = clamp(sy.applyAsDouble(s.y()[i] - s.low()[i]), py, py + ph);
                }
                svg.polygon(bx, by, 2 * n, s.color(), 0.2);
                svg.polyline(xs, ys, n, s.color(), 1.8, null);
            }
            case ERRORBARS -> {
                for (int i = 0; i < n; i++) {
                    double top = clamp(sy.applyAsDouble(s.y()[i] + s.high()[i]), py, py + ph);
                    double bottom = clamp(sy.applyAsDouble(s.y()[i] - s.low()[i]), py, py + ph);
                    svg.line(xs[i], top, xs[i], bottom, s.color(), 1.2, null);
                    svg.circle(xs[i], ys[i], 2.5, s.color(), 1);
                }
            }
            default -> throw new IllegalStateException("unknown series kind " + s.kind());
        }
    }

    private static double clamp(double v, double lo, double hi) {
        return Double.isFinite(v) ? Math.max(lo, Math.min(hi, v)) : lo;
    }

    /** Round ticks: the powers of ten inside a log range (if at least two), else evenly spaced round values. */
    private static double[] ticks(double lo, double hi, boolean log) {
        if (log && lo > 0) {
            int from = (int) Math.ceil(Math.log10(lo) - 1e-9);
            int to = (int) Math.floor(Math.log10(hi) + 1e-9);
            if (to > from) {
                double[] t = new double[to - from + 1];
                for (int k = from; k <= to; k++) {
                    t[k - from] = Math.pow(10, k);
                }
                return t;
            }
        }
        return Ticks.nice(lo, hi, 6);
    }
}
