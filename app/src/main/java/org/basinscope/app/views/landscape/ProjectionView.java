package org.basinscope.app.views.landscape;

import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.basinscope.app.controls.Display;
import org.basinscope.app.views.Ticks;
import org.basinscope.engine.analysis.LandscapeGrid;
import org.basinscope.engine.analysis.projection.Extent;
import org.basinscope.engine.analysis.projection.Plane;
import org.basinscope.engine.analysis.projection.ProjectedCloud;
import org.basinscope.engine.live.dimensional.DimensionalSnapshot;
import org.basinscope.engine.live.dimensional.PlaneMap;

/**
 * The landscape view of a run in d &gt; 2 dimensions (issue 16): the loss on the projection plane as filled
 * contours (the planar view's colour scale and key), the particles at their projected coordinates, each coloured
 * by its own loss f(θᵢ), and particle 0's trail. The picture is a slice — f(c + a·u + b·v) — and the particles sit
 * off it: a dot whose colour differs from the map under it is a particle whose loss differs from the slice's
 * there, and the view says so. While a new plane's map is computed the old one stays, with the progress shown.
 * Pure drawing from a {@link DimensionalSnapshot}.
 */
public final class ProjectionView extends Region {
    private static final Color BACKGROUND = Color.rgb(24, 26, 32);
    private static final Color INK = Color.rgb(220, 220, 230);
    /** The still layer: map, colour key, axes, title. */
    private final Canvas canvas = new Canvas();
    /** The moving layer: particles, trail, the own-loss key, progress. */
    private final Canvas moving = new Canvas();
    private final SurfaceLayer surface = new SurfaceLayer();
    private List<Object> stillKey;
    /** Above this many particles they are written as pixels into {@link #raster}. */
    /**
     * Above this many particles the cloud is written as pixels: 2000 ringed ovals (4000 antialiased shapes) took the
     * software renderer ~200 ms a frame (5.5 fps, measured with open on the 100-D quadratic, N = 2000).
     */
    private static final int RASTER = 250;
    private WritableImage raster;
    private int[] pixels;
    private DimensionalSnapshot snapshot;
    private double fontScale = 1;
    private int drawn;

    public ProjectionView() {
        getChildren().addAll(canvas, moving);
        moving.setMouseTransparent(true);
        getStyleClass().add("projection-view");
        setMinSize(200, 200);
    }

    public void setFontScale(double scale) {
        fontScale = scale;
        draw();
    }

    public void show(DimensionalSnapshot s) {
        snapshot = s;
        draw();
    }

    /** The still canvas (map, key, axes), for tests and export. */
    public Canvas canvas() {
        return canvas;
    }

    /** The moving canvas (particles, trail). */
    public Canvas particles() {
        return moving;
    }

    /** Particles drawn in the last frame. */
    public int drawn() {
        return drawn;
    }

    /** The plane of the map shown, or null before the first. */
    public String shownPlane() {
        DimensionalSnapshot s = snapshot;
        return s == null || s.map() == null ? null : s.map().projection().plane().spec();
    }

    @Override
    protected void layoutChildren() {
        double w = Math.floor(getWidth());
        double h = Math.floor(getHeight());
        if (canvas.getWidth() != w || canvas.getHeight() != h) {
            canvas.setWidth(w);
            canvas.setHeight(h);
            moving.setWidth(w);
            moving.setHeight(h);
            stillKey = null;
            draw();
        }
    }

    private void draw() {
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        GraphicsContext g = canvas.getGraphicsContext2D();
        GraphicsContext top = moving.getGraphicsContext2D();
        top.clearRect(0, 0, w, h);
        drawn = 0;
        DimensionalSnapshot s = snapshot;
        if (s == null || s.cloud() == null) {
            g.setFill(BACKGROUND);
            g.fillRect(0, 0, w, h);
            stillKey = null;
            centred(top, w, h, s == null ? "starting the run…" : "choosing the plane…");
            return;
        }
        PlaneMap map = s.map();
        double[] box = map != null ? map.extent().box() : Extent.around(s.cloud()).box();
        PlotArea f = PlotArea.equalAspect(box, w, h, 26 + 28 * fontScale, 10 + 32 * fontScale);
        if (f == null) {
            return;
        }
        // The still layer (map, key, axes, title) is redrawn only when the map, the size or the font change: in
        // software rendering a 700-pixel map redrawn every frame cost the FX thread most of its time.
        List<Object> key = java.util.Arrays.asList(map, w, h, fontScale);
        if (map == null || !key.equals(stillKey)) {
            drawStill(g, s, f, w, h);
            stillKey = map == null ? null : key;
        }
        // The particles' own losses are off the slice (in d = 100 at T = 0.1 they are all above the slice's top
        // colour): their own white-to-red scale, with its own key, tells them apart.
        double[] own = finiteRange(s.cloud().loss());
        drawTrail(top, f, s);
        drawCloud(top, f, s.cloud(), own[0], own[1]);
        drawOwnKey(top, own);
        if (map == null) {
            centred(top, w, h, s.planeError() != null ? s.planeError()
                    : "computing the loss on the plane… " + percent(s.mapProgress()));
        } else if (Double.isFinite(s.mapProgress())) {
            top.setFont(Font.font("System", 11 * fontScale));
            top.setFill(INK);
            top.setTextAlign(TextAlignment.RIGHT);
            top.setTextBaseline(VPos.BOTTOM);
            top.fillText("new slice " + percent(s.mapProgress()), f.px() + f.pw() - 4, f.py() + f.ph() - 4);
        }
    }

    private void drawStill(GraphicsContext g, DimensionalSnapshot s, PlotArea f, double w, double h) {
        g.setFill(BACKGROUND);
        g.fillRect(0, 0, w, h);
        PlaneMap map = s.map();
        if (map != null) {
            LandscapeGrid grid = map.grid();
            g.setImageSmoothing(false);
            g.drawImage(surface.heat(grid), f.px(), f.py(), f.pw(), f.ph());
            ColourKey.draw(g, ColourKey.layout(grid, f), fontScale);
        } else {
            g.setFill(Color.rgb(34, 38, 48));
            g.fillRect(f.px(), f.py(), f.pw(), f.ph());
        }
        drawAxes(g, f, h, s);
        drawTitle(g, s);
    }

    private static String percent(double p) {
        return Double.isFinite(p) ? Math.round(100 * p) + " %" : "";
    }

    private void drawCloud(GraphicsContext g, PlotArea f, ProjectedCloud c, double lo, double hi) {
        int n = c.size();
        if (n > RASTER) {
            rasterCloud(g, f, c, lo, hi);
            return;
        }
        boolean few = n <= 3000;
        double r = (few ? 3.5 : n <= 20_000 ? 1.6 : 1.0) * fontScale;
        g.setLineWidth(1);
        g.setStroke(Color.rgb(10, 10, 14));
        for (int i = n - 1; i >= 0; i--) {
            double a = c.a()[i];
            double b = c.b()[i];
            if (!Double.isFinite(a) || !Double.isFinite(b)) {
                continue;
            }
            g.setFill(ownColour(hi > lo ? (c.loss()[i] - lo) / (hi - lo) : 0));
            double x = f.sx(a);
            double y = f.sy(b);
            if (!f.contains(x, y)) {
                // No clip path (the software renderer masks the whole canvas for one, every frame).
                continue;
            }
            boolean first = i == 0;
            double ri = first ? 1.8 * Math.max(r, 3 * fontScale) : r;
            g.fillOval(x - ri, y - ri, 2 * ri, 2 * ri);
            if (few || first) {
                g.setStroke(first ? Color.WHITE : Color.rgb(10, 10, 14));
                g.setLineWidth(first ? 2 * fontScale : 1);
                g.strokeOval(x - ri, y - ri, 2 * ri, 2 * ri);
            }
            drawn++;
        }
    }

    /**
     * Many particles as 3 × 3 or 2 × 2 pixels written into one image of the plot area (reused frame to frame): 10⁴ ovals on
     * the software renderer took the FX thread ~50 ms a frame. Particle 0 is still drawn as a ringed dot.
     */
    private void rasterCloud(GraphicsContext g, PlotArea f, ProjectedCloud c, double lo, double hi) {
        int w = (int) Math.max(1, Math.round(f.pw()));
        int h = (int) Math.max(1, Math.round(f.ph()));
        if (raster == null || raster.getWidth() != w || raster.getHeight() != h) {
            raster = new WritableImage(w, h);
            pixels = new int[w * h];
        }
        java.util.Arrays.fill(pixels, 0);
        int side = c.size() <= 3000 ? 3 : 2;
        for (int i = c.size() - 1; i >= 0; i--) {
            double a = c.a()[i];
            double b = c.b()[i];
            if (!Double.isFinite(a) || !Double.isFinite(b)) {
                continue;
            }
            int x = (int) Math.floor(f.sx(a) - f.px());
            int y = (int) Math.floor(f.sy(b) - f.py());
            if (x < 0 || y < 0 || x >= w - 1 || y >= h - 1) {
                continue;
            }
            Color col = ownColour(hi > lo ? (c.loss()[i] - lo) / (hi - lo) : 0);
            int argb = 0xff000000 | (int) Math.round(col.getRed() * 255) << 16
                    | (int) Math.round(col.getGreen() * 255) << 8 | (int) Math.round(col.getBlue() * 255);
            // 3 × 3 pixels up to 3000 particles, 2 × 2 beyond (a dense cloud stays readable).
            for (int dy = 0; dy < side && y + dy < h; dy++) {
                for (int dx = 0; dx < side && x + dx < w; dx++) {
                    pixels[(y + dy) * w + x + dx] = argb;
                }
            }
            drawn++;
        }
        raster.getPixelWriter().setPixels(0, 0, w, h, PixelFormat.getIntArgbPreInstance(), pixels, 0, w);
        g.setImageSmoothing(false);
        g.drawImage(raster, f.px(), f.py(), w, h);
        double a0 = c.a()[0];
        double b0 = c.b()[0];
        if (Double.isFinite(a0) && Double.isFinite(b0) && f.contains(f.sx(a0), f.sy(b0))) {
            double r = 5.4 * fontScale;
            g.setFill(ownColour(hi > lo ? (c.loss()[0] - lo) / (hi - lo) : 0));
            g.fillOval(f.sx(a0) - r, f.sy(b0) - r, 2 * r, 2 * r);
            g.setStroke(Color.WHITE);
            g.setLineWidth(2 * fontScale);
            g.strokeOval(f.sx(a0) - r, f.sy(b0) - r, 2 * r, 2 * r);
        }
    }

    private void drawTrail(GraphicsContext g, PlotArea f, DimensionalSnapshot s) {
        int n = s.trailA().length;
        if (n < 2) {
            return;
        }
        double[] xs = new double[n];
        double[] ys = new double[n];
        for (int t = 0; t < n; t++) {
            // Held to the area's edges instead of clipped (see drawCloud).
            xs[t] = Math.max(f.px(), Math.min(f.px() + f.pw(), f.sx(s.trailA()[t])));
            ys[t] = Math.max(f.py(), Math.min(f.py() + f.ph(), f.sy(s.trailB()[t])));
        }
        g.setStroke(Color.rgb(255, 255, 255, 0.85));
        g.setLineWidth(1.5 * fontScale);
        g.strokePolyline(xs, ys, n);
    }

    private void drawAxes(GraphicsContext g, PlotArea f, double h, DimensionalSnapshot s) {
        g.setFont(Font.font("System", 12 * fontScale));
        g.setStroke(Color.rgb(200, 200, 210));
        g.setFill(INK);
        g.setLineWidth(1);
        g.strokeRect(f.px(), f.py(), f.pw(), f.ph());
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        SurfaceLayer.drawXTicks(g, f, fontScale);
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.CENTER);
        for (double y : Ticks.nice(f.y0(), f.y1(), (int) Math.max(3, Math.min(7, f.ph() / (30 * fontScale))))) {
            double sy = f.sy(y);
            g.strokeLine(f.px() - 4, sy, f.px(), sy);
            g.fillText(Display.number(y), f.px() - 6, sy);
        }
        String[] names = axisNames(s);
        g.setTextBaseline(VPos.TOP);
        g.setTextAlign(TextAlignment.CENTER);
        double below = f.py() + f.ph() + 6 + 15 * fontScale;
        g.fillText(names[0], f.px() + f.pw() / 2, Math.min(below, h - 15 * fontScale));
        g.save();
        g.translate(12 * fontScale, f.py() + f.ph() / 2);
        g.rotate(-90);
        g.setTextBaseline(VPos.CENTER);
        g.fillText(names[1], 0, 0);
        g.restore();
    }

    /** What the plane's two axes are, in words (before the first map: a and b). */
    private static String[] axisNames(DimensionalSnapshot s) {
        Plane p = s.map() != null ? s.map().projection().plane() : null;
        return p == null ? new String[] {"a", "b"} : new String[] {p.axisName(0), p.axisName(1)};
    }

    /** The particles' own-loss scale: white (lowest in the cloud) to red (highest). */
    private static Color ownColour(double t) {
        double u = Double.isFinite(t) ? Math.max(0, Math.min(1, t)) : 1;
        return Color.rgb(255, (int) Math.round(255 - 205 * u), (int) Math.round(255 - 215 * u));
    }

    private void drawTitle(GraphicsContext g, DimensionalSnapshot s) {
        g.setFont(Font.font("System", FontWeight.BOLD, 13 * fontScale));
        g.setFill(Color.rgb(235, 235, 240));
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.TOP);
        String centre = s.map() == null ? "" : " through the " + centreName(s.map().centre());
        String title = "A slice of f (d = " + s.dimension() + ")" + centre;
        Font bold = Font.font("System", FontWeight.BOLD, 13 * fontScale);
        if (SurfaceLayer.textWidth(title, bold) > canvas.getWidth() - PlotArea.LEFT - PlotArea.RIGHT) {
            title = "A slice of f, d = " + s.dimension();
        }
        g.fillText(title, PlotArea.LEFT, 6);
    }

    /** The second title line, every frame: what the dots' colours say, with the own-loss scale. */
    private void drawOwnKey(GraphicsContext g, double[] own) {
        g.setFill(Color.rgb(235, 235, 240));
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.TOP);
        Font small = Font.font("System", 11 * fontScale);
        g.setFont(small);
        // The second line, left to right: the words, the lowest own loss, the ramp, the highest.
        double y = 10 + 16 * fontScale;
        double x = PlotArea.LEFT;
        String words = "Dot colour: each particle's own f, not the slice's:";
        g.fillText(words, x, y);
        x += SurfaceLayer.textWidth(words, small) + 6;
        if (!(own[1] > own[0])) {
            g.fillText(Display.number(own[0]) + " (all alike).", x, y);
            legend(g, small, x + SurfaceLayer.textWidth(Display.number(own[0]) + " (all alike).", small), y);
            return;
        }
        g.fillText(Display.number(own[0]), x, y);
        x += SurfaceLayer.textWidth(Display.number(own[0]), small) + 4;
        double ramp = 70 * fontScale;
        for (int k = 0; k < ramp; k++) {
            g.setFill(ownColour(k / ramp));
            g.fillRect(x + k, y + 2, 1, 9 * fontScale);
        }
        x += ramp + 4;
        g.setFill(Color.rgb(235, 235, 240));
        g.fillText(Display.number(own[1]) + ".", x, y);
        legend(g, small, x + SurfaceLayer.textWidth(Display.number(own[1]) + ".", small), y);
    }

    /** "○ particle 0 and its trail" after the key, where the line has room for it (not in a narrow view). */
    private void legend(GraphicsContext g, Font small, double x, double y) {
        String text = "   ○ particle 0 and its trail";
        if (x + SurfaceLayer.textWidth(text, small) <= canvas.getWidth() - PlotArea.RIGHT) {
            g.fillText(text, x, y);
        }
    }

    private static String centreName(String spec) {
        return switch (spec) {
            case "mean" -> "cloud's mean";
            case "particle:0" -> "particle 0";
            case "minimum" -> "minimum";
            // The descent from the mean stopped before its gradient vanished (a cross-entropy that keeps falling).
            case "minimum:unconverged" -> "descent's end";
            default -> spec;
        };
    }

    private void centred(GraphicsContext g, double w, double h, String text) {
        g.setFont(Font.font("System", 14 * fontScale));
        g.setFill(INK);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        g.fillText(text, w / 2, h / 2);
    }

    private static double[] finiteRange(double[] xs) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double x : xs) {
            if (Double.isFinite(x)) {
                lo = Math.min(lo, x);
                hi = Math.max(hi, x);
            }
        }
        return lo <= hi ? new double[] {lo, hi} : new double[] {0, 1};
    }
}
