package org.basinscope.app.views.landscape;

import java.awt.image.BufferedImage;
import java.util.Locale;
import org.basinscope.app.controls.Display;
import org.basinscope.app.export.Svg;
import org.basinscope.app.views.Ticks;
import org.basinscope.engine.analysis.CriticalPoint;
import org.basinscope.engine.analysis.LandscapeGrid;
import org.basinscope.engine.live.Snapshot;
import org.basinscope.engine.live.probe.LiveProbes;
import org.basinscope.engine.live.probe.TrailsProbe;

/**
 * The landscape view's data for export, made off the FX thread from a snapshot (immutable) and the
 * pictures copied out beforehand: CSV of the drawn particles, trails and critical points; SVG with the
 * contours and a dense cloud as embedded raster (they are raster on screen) and the rest as vectors.
 */
final class LandscapeExport {
    private LandscapeExport() {
    }

    static String csv(Snapshot s) {
        StringBuilder b = new StringBuilder("# landscape f = ").append(s == null ? "" : s.config().landscape().describe())
                .append("\nseries,x,y\n");
        if (s == null) {
            return b.toString();
        }
        float[] xs = s.cloud().xs();
        float[] ys = s.cloud().ys();
        for (int i = 0; i < xs.length; i++) {
            b.append("particle,").append((double) xs[i]).append(',').append((double) ys[i]).append('\n');
        }
        TrailsProbe.Paths t = s.get(LiveProbes.TRAILS);
        for (int p = 0; p < t.count(); p++) {
            for (int k = 0; k < t.x()[p].length; k++) {
                if (Double.isFinite(t.x()[p][k])) {
                    b.append("trail ").append(p).append(',').append(t.x()[p][k]).append(',').append(t.y()[p][k]).append('\n');
                }
            }
        }
        for (CriticalPoint c : s.critical().points()) {
            b.append(c.kind().name().toLowerCase(Locale.ROOT)).append(',').append(c.x()).append(',')
                    .append(c.y()).append('\n');
        }
        return b.toString();
    }

    static Svg background(double width, double height) {
        var svg = new Svg(width, height);
        svg.rect(0, 0, width, height, "#181a20", "none");
        return svg;
    }

    static Svg svg(Snapshot s, PlotArea f, double width, double height, BufferedImage heatPicture,
            BufferedImage cloudPicture) {
        var svg = background(width, height);
        boolean two = s.grid().ny() > 1;
        if (two) {
            svg.image(heatPicture, f.px(), f.py(), f.pw(), f.ph());
            ColourKey.svg(svg, ColourKey.layout(s.grid(), f));
        } else {
            LandscapeGrid grid = s.grid();
            double[] xs = new double[grid.nx()];
            double[] ys = new double[grid.nx()];
            for (int i = 0; i < grid.nx(); i++) {
                xs[i] = f.sx(grid.x(i));
                ys[i] = Math.max(f.py(), Math.min(f.py() + f.ph(), f.sy(grid.value(i, 0))));
            }
            svg.rect(f.px(), f.py(), f.pw(), f.ph(), "#222630", "none");
            svg.polyline(xs, ys, xs.length, "#78c8ff", 2, null);
        }
        float[] px = s.cloud().xs();
        float[] py = s.cloud().ys();
        int n = px.length;
        if (n <= 5000) {
            for (int i = 0; i < n; i++) {
                double x = f.sx(px[i]);
                double y = f.sy(two ? py[i] : s.config().landscape().value(px[i], 0));
                if (x >= f.px() && x <= f.px() + f.pw() && y >= f.py() && y <= f.py() + f.ph()) {
                    svg.circle(x, y, n <= 300 ? 4 : 1.8, "white", n <= 300 ? 0.9 : 0.6);
                }
            }
        } else if (cloudPicture != null) {
            svg.image(cloudPicture, f.px(), f.py(), f.pw(), f.ph());
        }
        TrailsProbe.Paths t = s.get(LiveProbes.TRAILS);
        for (int p = t.count() - 1; p >= 0; p--) {
            int m = 0;
            double[] tx = t.x()[p];
            double[] ty = t.y()[p];
            double[] xs = new double[tx.length];
            double[] ys = new double[tx.length];
            for (int k = 0; k < xs.length; k++) {
                double vy = two ? ty[k] : s.config().landscape().value(tx[k], 0);
                if (Double.isFinite(tx[k]) && Double.isFinite(vy)) {
                    xs[m] = Math.max(f.px(), Math.min(f.px() + f.pw(), f.sx(tx[k])));
                    ys[m] = Math.max(f.py(), Math.min(f.py() + f.ph(), f.sy(vy)));
                    m++;
                }
            }
            svg.polyline(xs, ys, m, p == 0 ? "#ff503c" : "#ff8c28", p == 0 ? 2.2 : 1.3, null);
        }
        for (CriticalPoint c : s.critical().points()) {
            double x = f.sx(c.x());
            double y = f.sy(two ? c.y() : c.value());
            if (c.kind() == CriticalPoint.Kind.MINIMUM) {
                svg.circle(x, y, 6, "none", 1);
                svg.line(x - 6, y, x + 6, y, "white", 2, null);
            } else {
                svg.line(x - 6, y - 6, x + 6, y + 6, "#ffe678", 2, null);
                svg.line(x - 6, y + 6, x + 6, y - 6, "#ffe678", 2, null);
            }
        }
        svg.rect(f.px(), f.py(), f.pw(), f.ph(), "none", "#c8c8d2");
        for (double x : Ticks.nice(f.x0(), f.x1(), 8)) {
            svg.text(f.sx(x), f.py() + f.ph() + 18, Display.number(x), 12, "middle", "#dcdce6", false);
        }
        for (double y : Ticks.nice(f.y0(), f.y1(), 7)) {
            svg.text(f.px() - 6, f.sy(y) + 4, Display.number(y), 12, "end", "#dcdce6", false);
        }
        svg.text(PlotArea.LEFT, 20, "f = " + s.config().landscape().describe(), 13, "start", "#ebebf0", true);
        return svg;
    }
}
