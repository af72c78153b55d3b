package org.basinscope.app.export;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleUnaryOperator;
import org.basinscope.app.controls.Display;
import org.basinscope.app.views.Ticks;

/**
 * Draws a plot's data on any {@link Pen}: frame, ticks, axis names, a legend above the frame (never over the
 * data), and each series as lines, markers, steps (histogram bars), a shaded band or error bars, on the ranges
 * and axes (linear or log) the screen shows. The margins are measured from the text at the style's sizes, so
 * no label is cut at any size.
 */
public final class PlotDrawing {
    private static final String GRID = "#e3e5ea";
    private static final String TICK = "#333";
    private static final String FRAME = "#888";

    private PlotDrawing() {
    }

    /** The plot on its own, as an SVG of {@code width × height} px in the screen's style. */
    public static Svg svg(PlotData data, double width, double height) {
        Svg svg = new Svg(width, height);
        draw(svg, data, new Box(0, 0, width, height), DrawStyle.SCREEN);
        return svg;
    }

    public static void draw(Pen pen, PlotData data, Box box, DrawStyle st) {
        pen.rect(box.x(), box.y(), box.w(), box.h(), "white", "none");
        double pad = 0.5 * st.tick();
        double titleBase = box.y() + pad + 0.8 * st.title();
        pen.text(box.x() + pad, titleBase, data.title(), st.title(), "start", st.ink(), true);
        double legendBottom = legend(pen, data, box, st, pad, titleBase);
        double[] r = data.range();
        if (!(r[1] > r[0]) || !(r[3] > r[2]) || !Double.isFinite(r[1] - r[0]) || !Double.isFinite(r[3] - r[2])) {
            return;
        }
        double[] xt = ticks(r[0], r[1], data.xLog(), target(box.w(), 7 * st.tick()));
        double[] yt = ticks(r[2], r[3], data.yLog(), target(box.h(), 4 * st.tick()));
        double yTickWidth = 0;
        for (double t : yt) {
            yTickWidth = Math.max(yTickWidth, pen.textWidth(Display.number(t), st.tick(), false));
        }
        double lastX = xt.length == 0 ? 0 : pen.textWidth(Display.number(xt[xt.length - 1]), st.tick(), false);
        double left = box.x() + pad + 1.2 * st.label() + yTickWidth + 0.4 * st.tick();
        double right = box.right() - Math.max(pad, lastX / 2 + 0.2 * st.tick());
        double top = legendBottom + 1.0 * st.tick();
        double bottom = box.bottom() - pad - 1.35 * st.label() - 1.2 * st.tick();
        double pw = right - left;
        double ph = bottom - top;
        if (pw < 10 || ph < 10) {
            return;
        }
        if (data.equalScales() && !data.xLog() && !data.yLog()) {
            // One unit of x as many points as one of y in this frame, whatever the screen's shape was.
            r = EqualScales.cover(r[0], r[1], r[2], r[3], pw, ph);
            xt = ticks(r[0], r[1], false, target(box.w(), 7 * st.tick()));
            yt = ticks(r[2], r[3], false, target(box.h(), 4 * st.tick()));
        }
        // A log axis maps log10 of the value linearly (values ≤ 0 fall outside and are clamped to the frame).
        DoubleUnaryOperator fx = data.xLog() ? Math::log10 : v -> v;
        DoubleUnaryOperator fy = data.yLog() ? Math::log10 : v -> v;
        double x0 = fx.applyAsDouble(r[0]);
        double x1 = fx.applyAsDouble(r[1]);
        double y0 = fy.applyAsDouble(r[2]);
        double y1 = fy.applyAsDouble(r[3]);
        DoubleUnaryOperator sx = x -> left + (fx.applyAsDouble(x) - x0) / (x1 - x0) * pw;
        DoubleUnaryOperator sy = y -> top + ph - (fy.applyAsDouble(y) - y0) / (y1 - y0) * ph;
        double grid = st.stroke();
        for (double t : xt) {
            double x = sx.applyAsDouble(t);
            pen.line(x, top, x, bottom, GRID, grid, null);
            pen.text(x, bottom + 1.15 * st.tick(), Display.number(t), st.tick(), "middle", TICK, false);
        }
        for (double t : yt) {
            double y = sy.applyAsDouble(t);
            pen.line(left, y, right, y, GRID, grid, null);
            pen.text(left - 0.4 * st.tick(), y + 0.35 * st.tick(), Display.number(t), st.tick(), "end", TICK, false);
        }
        Box plot = new Box(left, top, pw, ph);
        for (Series s : data.series()) {
            series(pen, s, sx, sy, plot, st);
        }
        pen.frame(plot, FRAME, st.stroke() * (st.print() ? 1.3 : 1));
        pen.text(left + pw / 2, box.bottom() - pad - 0.25 * st.label(), data.xLabel(), st.label(), "middle", st.ink(),
                false);
        // A y-axis name longer than a short frame is set smaller (to 70%), rather than running into the legend.
        double yName = Math.max(0.7, Math.min(1, ph / Math.max(1, pen.textWidth(data.yLabel(), st.label(), false))))
                * st.label();
        pen.verticalText(box.x() + pad + 0.85 * st.label(), top + ph / 2, data.yLabel(), yName, st.ink());
    }

    /**
     * The named, non-empty series as a swatch and a name each: beside the title when they fit there, else in rows
     * under it. Returns the baseline of the last row (the title's when the legend shares its row).
     */
    private static double legend(Pen pen, PlotData data, Box box, DrawStyle st, double pad, double titleBase) {
        double swatch = 1.6 * st.tick();
        double gap = 0.4 * st.tick();
        double space = 1.1 * st.tick();
        List<Series> listed = new ArrayList<>();
        List<Double> widths = new ArrayList<>();
        double total = 0;
        for (Series s : data.series()) {
            if (s.size() > 0 && s.name() != null && !s.name().isBlank()) {
                double w = swatch + gap + pen.textWidth(s.name(), st.tick(), false);
                listed.add(s);
                widths.add(w);
                total += w + (listed.size() > 1 ? space : 0);
            }
        }
        if (listed.isEmpty()) {
            return titleBase;
        }
        double titleWidth = pen.textWidth(data.title(), st.title(), true);
        double room = box.w() - 2 * pad;
        boolean besideTitle = titleWidth + 2 * space + total <= room;
        double x = besideTitle ? box.right() - pad - total : box.x() + pad;
        double base = besideTitle ? titleBase : titleBase + 1.3 * st.tick();
        for (int i = 0; i < listed.size(); i++) {
            double w = widths.get(i);
            if (!besideTitle && x > box.x() + pad && x + w > box.right() - pad) {
                x = box.x() + pad;
                base += 1.3 * st.tick();
            }
            Series s = listed.get(i);
            swatch(pen, s, x, base - 0.33 * st.tick(), swatch, st);
            pen.text(x + swatch + gap, base, s.name(), st.tick(), "start", st.ink(), false);
            x += w + space;
        }
        return base;
    }

    private static void swatch(Pen pen, Series s, double x, double y, double w, DrawStyle st) {
        switch (s.kind()) {
            case MARKERS, ERRORBARS -> pen.circle(x + w / 2, y, 0.28 * st.tick(), s.color(), 1);
            case STEPS -> pen.rect(x, y - 0.3 * st.tick(), w, 0.6 * st.tick(), s.color(), "none");
            case DASHED -> pen.line(x, y, x + w, y, s.color(), 1.2 * st.stroke(), dash(st));
            default -> pen.line(x, y, x + w, y, s.color(), 1.8 * st.stroke(), null);
        }
    }

    private static String dash(DrawStyle st) {
        return st.print() ? "3 2" : "6 4";
    }

    private static void series(Pen pen, Series s, DoubleUnaryOperator sx, DoubleUnaryOperator sy, Box p,
            DrawStyle st) {
        int n = s.size();
        double[] xs = new double[n];
        double[] ys = new double[n];
        for (int i = 0; i < n; i++) {
            xs[i] = clamp(sx.applyAsDouble(s.x()[i]), p.x(), p.right());
            ys[i] = clamp(sy.applyAsDouble(s.y()[i]), p.y(), p.bottom());
        }
        double k = st.stroke();
        switch (s.kind()) {
            case LINE -> pen.polyline(xs, ys, n, s.color(), 1.8 * k, null);
            case DASHED -> pen.polyline(xs, ys, n, s.color(), 1.2 * k, dash(st));
            case MARKERS -> {
                for (int i = 0; i < n; i++) {
                    pen.circle(xs[i], ys[i], 1.6 * k, s.color(), 0.7);
                }
            }
            case STEPS -> {
                double w = n > 1 ? (xs[1] - xs[0]) : 4;
                double base = clamp(sy.applyAsDouble(0), p.y(), p.bottom());
                // On paper the bars touch: a white outline a point wide would eat narrow bars.
                String outline = st.print() ? "none" : "white";
                for (int i = 0; i < n; i++) {
                    pen.rect(xs[i] - w / 2, Math.min(ys[i], base), w, Math.abs(base - ys[i]), s.color(), outline);
                }
            }
            case BAND -> {
                double[] bx = new double[2 * n];
                double[] by = new double[2 * n];
                for (int i = 0; i < n; i++) {
                    bx[i] = xs[i];
                    by[i] = clamp(sy.applyAsDouble(s.y()[i] + s.high()[i]), p.y(), p.bottom());
                    bx[2 * n - 1 - i] = xs[i];
                    by[2 * n - 1 - i] = clamp(sy.applyAsDouble(s.y()[i] - s.low()[i]), p.y(), p.bottom());
                }
                pen.polygon(bx, by, 2 * n, s.color(), 0.2);
                pen.polyline(xs, ys, n, s.color(), 1.8 * k, null);
            }
            case ERRORBARS -> {
                for (int i = 0; i < n; i++) {
                    double top = clamp(sy.applyAsDouble(s.y()[i] + s.high()[i]), p.y(), p.bottom());
                    double bottom = clamp(sy.applyAsDouble(s.y()[i] - s.low()[i]), p.y(), p.bottom());
                    pen.line(xs[i], top, xs[i], bottom, s.color(), 1.2 * k, null);
                    pen.circle(xs[i], ys[i], 2.5 * k, s.color(), 1);
                }
            }
            default -> throw new IllegalStateException("unknown series kind " + s.kind());
        }
    }

    private static int target(double length, double perTick) {
        return (int) Math.max(3, Math.min(7, Math.round(length / perTick)));
    }

    private static double clamp(double v, double lo, double hi) {
        return Double.isFinite(v) ? Math.max(lo, Math.min(hi, v)) : lo;
    }

    /** Round ticks: the powers of ten inside a log range (if at least two), else evenly spaced round values. */
    private static double[] ticks(double lo, double hi, boolean log, int target) {
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
        return Ticks.nice(lo, hi, target);
    }
}
