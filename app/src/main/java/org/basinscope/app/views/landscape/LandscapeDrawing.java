package org.basinscope.app.views.landscape;

import java.awt.image.BufferedImage;
import org.basinscope.app.controls.Display;
import org.basinscope.app.export.Box;
import org.basinscope.app.export.DrawStyle;
import org.basinscope.app.export.Drawing;
import org.basinscope.app.export.Pen;
import org.basinscope.app.views.Ticks;
import org.basinscope.engine.analysis.CriticalPoint;
import org.basinscope.engine.live.Snapshot;
import org.basinscope.engine.live.probe.LiveProbes;
import org.basinscope.engine.live.probe.TrailsProbe;

/**
 * The landscape view as a drawing, made from a snapshot (immutable) and the pictures copied out on the FX thread:
 * the contours as an image (a heat map is one) or the curve f(x), a dense cloud as an image (it is one on screen)
 * and the rest as vectors: particles (up to 5000), trails, critical points, ticks, axis names and the title. The
 * data ranges are the screen's; on paper a 2-D landscape keeps equal scales on x and y.
 *
 * @param screen  the screen's plot area (its data ranges are those of the pictures)
 * @param heat    the filled contours (2-D), or null
 * @param density the cloud's density picture (more than 5000 particles), or null
 */
record LandscapeDrawing(Snapshot s, PlotArea screen, BufferedImage heat, BufferedImage density) implements Drawing {
    private static final int MAX_DOTS = 5000;

    @Override
    public void draw(Pen pen, Box box, DrawStyle st) {
        boolean print = st.print();
        String ink = print ? st.ink() : "#ebebf0";
        String tick = print ? "#333" : "#dcdce6";
        pen.rect(box.x(), box.y(), box.w(), box.h(), print ? "white" : "#181a20", "none");
        if (s == null || screen == null) {
            return;
        }
        double pad = 0.5 * st.tick();
        double titleBase = box.y() + pad + 0.8 * st.title();
        pen.text(box.x() + pad, titleBase, "f = " + s.config().landscape().describe(), st.title(), "start", ink, true);
        boolean two = s.grid().ny() > 1;
        double[] yt = Ticks.nice(screen.y0(), screen.y1(), 6);
        double yw = 0;
        for (double y : yt) {
            yw = Math.max(yw, pen.textWidth(Display.number(y), st.tick(), false));
        }
        double named = print ? 1.2 * st.label() : 0;
        double left = box.x() + pad + named + yw + 0.4 * st.tick();
        // A 2-D heat map has its colour key beside it.
        double right = box.right() - pad - 0.6 * st.tick() - (two ? ColourKey.room(st.tick()) : 0);
        double top = titleBase + 0.8 * st.tick();
        double bottom = box.bottom() - pad - 1.2 * st.tick() - (print ? 1.35 * st.label() : 0);
        double pw = right - left;
        double ph = bottom - top;
        if (pw < 10 || ph < 10) {
            return;
        }
        if (two) {
            // Equal scales, as on screen: a round cloud stays round; the area is centred in the room left.
            double scale = Math.min(pw / (screen.x1() - screen.x0()), ph / (screen.y1() - screen.y0()));
            double w = scale * (screen.x1() - screen.x0());
            double h = scale * (screen.y1() - screen.y0());
            left += (pw - w) / 2;
            top += (ph - h) / 2;
            pw = w;
            ph = h;
        }
        PlotArea f = new PlotArea(screen.x0(), screen.x1(), screen.y0(), screen.y1(), left, top, pw, ph);
        double k = st.stroke();
        if (two) {
            pen.image(heat, f.px(), f.py(), f.pw(), f.ph());
            ColourKey.draw(pen, ColourKey.layout(s.grid(), f, st.tick()), st.tick(), tick, print ? "#888" : "#c8c8d2");
        } else {
            curve(pen, f, print, k);
        }
        cloud(pen, f, two, print, k);
        trails(pen, f, two, k);
        critical(pen, f, two, print, k);
        pen.frame(new Box(f.px(), f.py(), f.pw(), f.ph()), print ? "#888" : "#c8c8d2", print ? 1.3 * k : 1);
        for (double x : Ticks.nice(f.x0(), f.x1(), (int) Math.max(3, Math.min(8, pw / (5 * st.tick()))))) {
            pen.text(f.sx(x), f.py() + f.ph() + 1.15 * st.tick(), Display.number(x), st.tick(), "middle", tick, false);
        }
        for (double y : yt) {
            pen.text(f.px() - 0.4 * st.tick(), f.sy(y) + 0.35 * st.tick(), Display.number(y), st.tick(), "end", tick,
                    false);
        }
        if (print) {
            pen.text(f.px() + f.pw() / 2, f.py() + f.ph() + 1.15 * st.tick() + 1.25 * st.label(), "x", st.label(), "middle", ink, false);
            pen.verticalText(f.px() - 0.4 * st.tick() - yw - 0.35 * st.label(), f.py() + f.ph() / 2, two ? "y" : "f(x)",
                    st.label(), ink);
        }
    }

    private void curve(Pen pen, PlotArea f, boolean print, double k) {
        var grid = s.grid();
        double[] xs = new double[grid.nx()];
        double[] ys = new double[grid.nx()];
        for (int i = 0; i < grid.nx(); i++) {
            xs[i] = f.sx(grid.x(i));
            ys[i] = clamp(f.sy(grid.value(i, 0)), f.py(), f.py() + f.ph());
        }
        pen.rect(f.px(), f.py(), f.pw(), f.ph(), print ? "white" : "#222630", "none");
        pen.polyline(xs, ys, xs.length, print ? "#0072b2" : "#78c8ff", 2 * k, null);
    }

    private void cloud(Pen pen, PlotArea f, boolean two, boolean print, double k) {
        float[] px = s.cloud().xs();
        float[] py = s.cloud().ys();
        int n = px.length;
        if (n > MAX_DOTS) {
            if (density != null) {
                pen.image(density, f.px(), f.py(), f.pw(), f.ph());
            }
            return;
        }
        // White dots read on the heat map; on paper a 1-D curve's dots are dark.
        String dot = two || !print ? "white" : "#1d2330";
        for (int i = 0; i < n; i++) {
            double x = f.sx(px[i]);
            double y = f.sy(two ? py[i] : s.config().landscape().value(px[i], 0));
            if (f.contains(x, y)) {
                pen.circle(x, y, (n <= 300 ? 4 : 1.8) * k, dot, n <= 300 ? 0.9 : 0.6);
            }
        }
    }

    private void trails(Pen pen, PlotArea f, boolean two, double k) {
        TrailsProbe.Paths t = s.get(LiveProbes.TRAILS);
        for (int p = t.count() - 1; p >= 0; p--) {
            int m = 0;
            double[] tx = t.x()[p];
            double[] ty = t.y()[p];
            double[] xs = new double[tx.length];
            double[] ys = new double[tx.length];
            for (int i = 0; i < xs.length; i++) {
                double vy = two ? ty[i] : s.config().landscape().value(tx[i], 0);
                if (Double.isFinite(tx[i]) && Double.isFinite(vy)) {
                    xs[m] = clamp(f.sx(tx[i]), f.px(), f.px() + f.pw());
                    ys[m] = clamp(f.sy(vy), f.py(), f.py() + f.ph());
                    m++;
                }
            }
            pen.polyline(xs, ys, m, p == 0 ? "#ff503c" : "#ff8c28", (p == 0 ? 2.2 : 1.3) * k, null);
        }
    }

    private void critical(Pen pen, PlotArea f, boolean two, boolean print, double k) {
        double r = 6 * k;
        String minimum = two || !print ? "white" : "#1d2330";
        String saddle = two || !print ? "#ffe678" : "#d55e00";
        for (CriticalPoint c : s.critical().points()) {
            double x = f.sx(c.x());
            double y = f.sy(two ? c.y() : c.value());
            if (!f.contains(x, y)) {
                continue;
            }
            if (c.kind() == CriticalPoint.Kind.MINIMUM) {
                pen.line(x - r, y, x + r, y, minimum, 2 * k, null);
            } else {
                pen.line(x - r, y - r, x + r, y + r, saddle, 2 * k, null);
                pen.line(x - r, y + r, x + r, y - r, saddle, 2 * k, null);
            }
        }
    }

    private static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }
}
