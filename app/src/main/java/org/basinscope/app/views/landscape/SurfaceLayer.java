package org.basinscope.app.views.landscape;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import org.basinscope.app.controls.Display;
import org.basinscope.app.views.Colormap;
import org.basinscope.app.views.Ticks;
import org.basinscope.engine.analysis.CriticalPoint;
import org.basinscope.engine.analysis.LandscapeGrid;
import org.basinscope.engine.live.Snapshot;

/**
 * The still layer of the landscape: filled contours of f (2-D) or the curve f(x) (1-D), the minima and
 * saddles marked, the axes and the title. Redrawn only when the landscape, the size or the font change.
 */
final class SurfaceLayer {
    /** The title's top edge in the view. */
    private static final double TITLE_TOP = 6;
    private LandscapeGrid heatFor;
    private WritableImage heat;
    private double fontScale = 1;

    void setFontScale(double scale) {
        fontScale = scale;
    }

    /** The heat map of a 2-D landscape as an image of its grid (made once per grid). */
    WritableImage heat(LandscapeGrid grid) {
        if (heatFor != grid) {
            heat = new WritableImage(grid.nx(), grid.ny());
            int[] argb = new int[grid.nx() * grid.ny()];
            double lo = grid.min();
            double hi = Math.max(grid.high(), lo + 1e-12);
            for (int j = 0; j < grid.ny(); j++) {
                for (int i = 0; i < grid.nx(); i++) {
                    // √ stretches the low end, where the wells are; bands make level sets visible.
                    argb[(grid.ny() - 1 - j) * grid.nx() + i] = Colormap.argb(ColourKey.level(grid.value(i, j), lo, hi));
                }
            }
            heat.getPixelWriter().setPixels(0, 0, grid.nx(), grid.ny(), PixelFormat.getIntArgbInstance(), argb, 0,
                    grid.nx());
            heatFor = grid;
        }
        return heat;
    }

    void draw(GraphicsContext g, Snapshot s, PlotArea f, double w, double h) {
        g.setFill(Color.rgb(24, 26, 32));
        g.fillRect(0, 0, w, h);
        if (s.grid().ny() > 1) {
            g.setImageSmoothing(false);
            g.drawImage(heat(s.grid()), f.px(), f.py(), f.pw(), f.ph());
            ColourKey.draw(g, ColourKey.layout(s.grid(), f), fontScale);
        } else {
            drawCurve(g, s.grid(), f);
        }
        drawCritical(g, s, f);
        drawAxes(g, s, f, h);
        drawTitle(g, s, w);
    }

    private void drawCurve(GraphicsContext g, LandscapeGrid grid, PlotArea f) {
        g.setFill(Color.rgb(34, 38, 48));
        g.fillRect(f.px(), f.py(), f.pw(), f.ph());
        int n = grid.nx();
        double[] xs = new double[n];
        double[] ys = new double[n];
        for (int i = 0; i < n; i++) {
            xs[i] = f.sx(grid.x(i));
            double v = grid.value(i, 0);
            ys[i] = Double.isFinite(v) ? Math.max(f.py() - 5, Math.min(f.py() + f.ph() + 5, f.sy(v))) : f.py();
        }
        g.save();
        g.beginPath();
        g.rect(f.px(), f.py(), f.pw(), f.ph());
        g.clip();
        g.setStroke(Color.rgb(120, 200, 255));
        g.setLineWidth(2 * fontScale);
        g.strokePolyline(xs, ys, n);
        g.restore();
    }

    private void drawCritical(GraphicsContext g, Snapshot s, PlotArea f) {
        boolean two = s.grid().ny() > 1;
        double r = 6 * fontScale;
        g.setLineWidth(2 * fontScale);
        if (s.critical().truncated()) {
            // Too many stationary points to mark (the multiscale loss has thousands): mark none.
            return;
        }
        for (CriticalPoint c : s.critical().points()) {
            double x = f.sx(c.x());
            double y = f.sy(two ? c.y() : c.value());
            if (c.kind() == CriticalPoint.Kind.MINIMUM) {
                g.setStroke(Color.WHITE);
                g.strokeOval(x - r, y - r, 2 * r, 2 * r);
            } else if (c.kind() == CriticalPoint.Kind.SADDLE || !two) {
                // In 1-D a maximum is the barrier between wells: marked like a 2-D saddle.
                g.setStroke(Color.rgb(255, 230, 120));
                g.strokeLine(x - r, y - r, x + r, y + r);
                g.strokeLine(x - r, y + r, x + r, y - r);
            } else {
                g.setStroke(Color.rgb(255, 120, 120));
                g.strokeRect(x - r, y - r, 2 * r, 2 * r);
            }
        }
    }

    private void drawAxes(GraphicsContext g, Snapshot s, PlotArea f, double h) {
        boolean two = s.grid().ny() > 1;
        Font font = Font.font("System", 12 * fontScale);
        g.setFont(font);
        g.setStroke(Color.rgb(200, 200, 210));
        g.setFill(Color.rgb(220, 220, 230));
        g.setLineWidth(1);
        g.strokeRect(f.px(), f.py(), f.pw(), f.ph());
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        double[] xTicks = drawXTicks(g, f, fontScale);
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.CENTER);
        for (double y : Ticks.nice(f.y0(), f.y1(), (int) Math.max(3, Math.min(7, f.ph() / (30 * fontScale))))) {
            double sy = f.sy(y);
            g.strokeLine(f.px() - 4, sy, f.px(), sy);
            // Not up into the title's row (in presentation mode the top tick's label ran into the formula).
            g.fillText(Display.number(y), f.px() - 6, Math.max(sy, TITLE_TOP + 16 * fontScale + 7 * fontScale));
        }
        g.setTextBaseline(VPos.TOP);
        double line = 15 * fontScale;
        double below = f.py() + f.ph() + 6 + line;
        if (h - below >= line) {
            // Room under the tick labels: the axis name centred under the axis.
            g.setTextAlign(TextAlignment.CENTER);
            g.fillText("x", f.px() + f.pw() / 2, below);
        } else {
            // A tight letter box: on the tick row, half-way between the last two ticks (at the right edge it sat
            // on the last tick's label, "2").
            double at = xTicks.length >= 2 ? (f.sx(xTicks[xTicks.length - 1]) + f.sx(xTicks[xTicks.length - 2])) / 2
                    : f.px() + f.pw() / 2;
            g.setTextAlign(TextAlignment.CENTER);
            g.fillText("x", at, f.py() + f.ph() + 6);
        }
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.TOP);
        g.fillText(two ? "y" : "f(x)", 4, f.py() - 2 - 14 * fontScale > 0 ? f.py() : f.py());
    }

    /**
     * The ticks and labels under a plot area (text centred, top baseline set by the caller), as many as fit: a
     * letter-boxed area may be narrow. Returns the ticks drawn. Shared with the d-dimensional projection view.
     */
    static double[] drawXTicks(GraphicsContext g, PlotArea f, double fontScale) {
        double[] xTicks = Ticks.nice(f.x0(), f.x1(), (int) Math.max(3, Math.min(8, f.pw() / (55 * fontScale))));
        for (double x : xTicks) {
            double sx = f.sx(x);
            g.strokeLine(sx, f.py() + f.ph(), sx, f.py() + f.ph() + 4);
            g.fillText(Display.number(x), sx, f.py() + f.ph() + 6);
        }
        return xTicks;
    }

    private void drawTitle(GraphicsContext g, Snapshot s, double w) {
        boolean two = s.grid().ny() > 1;
        Font bold = Font.font("System", FontWeight.BOLD, 13 * fontScale);
        g.setFont(bold);
        g.setFill(Color.rgb(235, 235, 240));
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.TOP);
        String legend = "○ minimum   × " + (two ? "saddle" : "barrier") + "   ● particle 0 (trail)";
        String title = "f = " + s.config().landscape().describe();
        g.fillText(title, PlotArea.LEFT, TITLE_TOP);
        Font small = Font.font("System", 11 * fontScale);
        g.setFont(small);
        g.setTextAlign(TextAlignment.RIGHT);
        double room = w - PlotArea.RIGHT - PlotArea.LEFT - textWidth(title, bold);
        if (room > textWidth(legend, small) + 12) {
            g.fillText(legend, w - PlotArea.RIGHT, 8);
        } else {
            // A long formula: the legend moves into the picture's top corner, on a dark chip.
            double width = textWidth(legend, small);
            double top = PlotArea.TOP + 4;
            g.setFill(Color.rgb(24, 26, 32, 0.75));
            g.fillRect(w - PlotArea.RIGHT - width - 8, top - 2, width + 8, 11 * fontScale + 6);
            g.setFill(Color.rgb(235, 235, 240));
            g.fillText(legend, w - PlotArea.RIGHT - 4, top);
        }
    }

    /** Width of a text in a font (the title is drawn with the still layer only, not every frame). */
    static double textWidth(String text, Font font) {
        Text t = new Text(text);
        t.setFont(font);
        return t.getLayoutBounds().getWidth();
    }
}
