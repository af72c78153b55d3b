package org.basinscope.app.views;

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
import org.basinscope.engine.analysis.CriticalPoint;
import org.basinscope.engine.analysis.LandscapeGrid;
import org.basinscope.engine.live.Snapshot;

/**
 * The loss surface with the particle cloud on top: filled contours of f (2-D) or the curve f(x)
 * (1-D), the particles (drawn as dots when few, as a density image when many — up to 10⁵ per frame),
 * trails of the first few particles, and the minima and saddles marked. Pure drawing on a canvas
 * from a {@link Snapshot}; it holds no simulation state.
 */
public final class LandscapeView extends Region implements org.basinscope.app.export.Exportable {
    private static final int LEFT = 56;
    private static final int RIGHT = 14;
    private static final int TOP = 30;
    private static final int BOTTOM = 36;
    /** Number of filled contour bands. */
    private static final int BANDS = 18;
    private static final Color TRAIL = Color.rgb(255, 140, 40, 0.85);
    private static final Color HIGHLIGHT = Color.rgb(255, 80, 60);
    /** Steps of particle 0's trail drawn on a 1-D curve. */
    private static final int ONE_D_TRAIL = 30;

    /** The still part (contours or curve, critical points, axes, title), redrawn only when it changes. */
    private final Canvas canvas = new Canvas();
    /** An analysis laid over the landscape (basins, FTLE ridges), stretched to the plot area. */
    private final javafx.scene.image.ImageView analysisView = new javafx.scene.image.ImageView();
    /** The particle density image, written pixel by pixel when there are many particles. */
    private final PixelLayer cloud = new PixelLayer();
    /** The trails, drawn pixel by pixel over the cloud (see {@link PolylineRaster}). */
    private final PixelLayer trails = new PixelLayer();
    private PolylineRaster trailRaster;
    /** The moving part (few particles as dots, trails), redrawn every frame over the still part. */
    private final Canvas overlay = new Canvas();
    private final javafx.scene.shape.Rectangle overlayClip = new javafx.scene.shape.Rectangle();
    private Snapshot snapshot;
    private Object baseKey;
    private LandscapeGrid heatFor;
    private WritableImage heat;
    /** Up to this many particles are drawn as dots; more as a density image. */
    private static final int FEW = 300;
    private double fontScale = 1;
    /** A minimum-energy path {x[], y[]} to draw, or null. */
    private double[][] path;

    public LandscapeView() {
        getChildren().addAll(canvas, analysisView, cloud.view(), trails.view(), overlay);
        analysisView.setMouseTransparent(true);
        analysisView.setSmooth(false);
        overlay.setMouseTransparent(true);
        overlay.setClip(overlayClip);
        getStyleClass().add("landscape-view");
        setMinSize(200, 200);
    }

    /** Draws a path (the string method's minimum-energy path) over the landscape; null removes it. */
    public void setPath(double[][] p) {
        path = p == null ? null : new double[][] {p[0].clone(), p[1].clone()};
        draw();
    }

    /** Larger text and markers (presentation mode). */
    public void setFontScale(double scale) {
        fontScale = scale;
        draw();
    }

    public void show(Snapshot s) {
        snapshot = s;
        draw();
    }

    /**
     * Lays an analysis picture over the plot area (its grid must cover the landscape's view box), or
     * removes it with null. In 1-D the picture is a strip along the bottom of the plot.
     */
    public void setAnalysis(javafx.scene.image.Image image) {
        analysisView.setImage(image);
        analysisView.setVisible(image != null);
        placeAnalysis();
    }

    private void placeAnalysis() {
        Snapshot s = snapshot;
        if (s == null || analysisView.getImage() == null) {
            return;
        }
        Frame f = frame(s, canvas.getWidth(), canvas.getHeight());
        boolean two = s.grid().ny() > 1;
        double h = two ? f.ph() : Math.max(10, 0.08 * f.ph());
        analysisView.setLayoutX(f.px());
        analysisView.setLayoutY(two ? f.py() : f.py() + f.ph() - h);
        analysisView.setFitWidth(f.pw());
        analysisView.setFitHeight(h);
    }

    @Override
    protected void layoutChildren() {
        double w = Math.floor(getWidth());
        double h = Math.floor(getHeight());
        if (canvas.getWidth() != w || canvas.getHeight() != h) {
            canvas.setWidth(w);
            canvas.setHeight(h);
            overlay.setWidth(w);
            overlay.setHeight(h);
            cloud.invalidate();
            trails.invalidate();
            baseKey = null;
            draw();
        }
    }

    private void draw() {
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        Snapshot s = snapshot;
        GraphicsContext top = overlay.getGraphicsContext2D();
        top.clearRect(0, 0, w, h);
        if (s == null || w < LEFT + RIGHT + 20 || h < TOP + BOTTOM + 20) {
            GraphicsContext g = canvas.getGraphicsContext2D();
            g.setFill(Color.rgb(24, 26, 32));
            g.fillRect(0, 0, w, h);
            baseKey = null;
            cloud.hide();
            trails.hide();
            return;
        }
        Frame f = frame(s, w, h);
        // The still layer depends on the landscape, the critical points and the font size only.
        java.util.List<Object> key = java.util.List.of(s.grid(), s.critical(), fontScale, w, h,
                s.config().landscape().describe());
        if (!key.equals(baseKey)) {
            drawBase(canvas.getGraphicsContext2D(), s, f, w, h);
            baseKey = key;
        }
        placeAnalysis();
        // The moving layers stay inside the plot area by a rectangular clip of the node: a clip path on
        // the canvas would be rasterised into a mask of the whole canvas on every frame by the software
        // renderer (measured: about 3 ms a frame, half of the picture's cost).
        overlayClip.setX(f.px());
        overlayClip.setY(f.py());
        overlayClip.setWidth(f.pw());
        overlayClip.setHeight(f.ph());
        drawCloud(top, s, f);
        drawTrails(top, s, f);
        drawCovariance(top, s, f);
        drawPath(top, s, f);
    }

    private void drawBase(GraphicsContext g, Snapshot s, Frame f, double w, double h) {
        g.setFill(Color.rgb(24, 26, 32));
        g.fillRect(0, 0, w, h);
        if (s.grid().ny() > 1) {
            drawHeat(g, s.grid(), f);
        } else {
            drawCurve(g, s.grid(), f);
        }
        drawCritical(g, s, f);
        drawAxes(g, s, f);
        drawTitle(g, s, w);
    }

    /** The data-to-pixel mapping of the plot area. */
    private record Frame(double x0, double x1, double y0, double y1, double px, double py, double pw, double ph) {
        double sx(double x) {
            return px + (x - x0) / (x1 - x0) * pw;
        }

        double sy(double y) {
            return py + ph - (y - y0) / (y1 - y0) * ph;
        }
    }

    private Frame frame(Snapshot s, double w, double h) {
        LandscapeGrid grid = s.grid();
        double[] box = grid.box();
        double pw = w - LEFT - RIGHT;
        double ph = h - TOP - BOTTOM;
        if (grid.ny() > 1) {
            return new Frame(box[0], box[1], box[2], box[3], LEFT, TOP, pw, ph);
        }
        // 1-D: y is the loss, from the minimum to a level that shows the wells.
        double lo = grid.min();
        double hi = Math.max(grid.high(), lo + 1e-9);
        double pad = 0.08 * (hi - lo);
        return new Frame(box[0], box[1], lo - pad, hi + pad, LEFT, TOP, pw, ph);
    }

    private void drawHeat(GraphicsContext g, LandscapeGrid grid, Frame f) {
        if (heatFor != grid) {
            heat = new WritableImage(grid.nx(), grid.ny());
            int[] argb = new int[grid.nx() * grid.ny()];
            double lo = grid.min();
            double span = Math.max(grid.high() - lo, 1e-12);
            for (int j = 0; j < grid.ny(); j++) {
                for (int i = 0; i < grid.nx(); i++) {
                    double v = grid.value(i, j);
                    // √ stretches the low end, where the wells are; bands make level sets visible.
                    double t = Double.isFinite(v) ? Math.sqrt(Math.max(0, (v - lo) / span)) : 1;
                    t = Math.min(1, Math.floor(t * BANDS) / (BANDS - 1));
                    argb[(grid.ny() - 1 - j) * grid.nx() + i] = Colormap.argb(t);
                }
            }
            heat.getPixelWriter().setPixels(0, 0, grid.nx(), grid.ny(), PixelFormat.getIntArgbInstance(), argb, 0,
                    grid.nx());
            heatFor = grid;
        }
        g.setImageSmoothing(false);
        g.drawImage(heat, f.px(), f.py(), f.pw(), f.ph());
    }

    private void drawCurve(GraphicsContext g, LandscapeGrid grid, Frame f) {
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

    private void drawCritical(GraphicsContext g, Snapshot s, Frame f) {
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

    private void drawCloud(GraphicsContext g, Snapshot s, Frame f) {
        float[] xs = s.xs();
        float[] ys = s.ys();
        int n = xs.length;
        boolean two = s.grid().ny() > 1;
        if (n <= FEW) {
            cloud.hide();
            double r = 4.5 * fontScale;
            g.setFill(Color.rgb(255, 255, 255, 0.9));
            for (int i = 0; i < n; i++) {
                double x = f.sx(xs[i]);
                double y = f.sy(two ? ys[i] : s.config().landscape().value(xs[i], 0));
                if (x >= f.px() && x <= f.px() + f.pw() && y >= f.py() && y <= f.py() + f.ph()) {
                    g.fillOval(x - r, y - r, 2 * r, 2 * r);
                }
            }
            return;
        }
        // Many particles: a density image written in place. Canvas dots would be rasterised one by
        // one as curved shapes on the render thread (slow in software rendering, where a projector
        // laptop without a GPU ends up); the image is one texture upload of the touched rows.
        int w = (int) f.pw();
        int h = (int) f.ph();
        int[] counts = cloud.begin(w, h, f.px(), f.py());
        int splat = n <= 3000 ? 3 : 2;
        int rowLo = h;
        int rowHi = 0;
        for (int i = 0; i < n; i++) {
            double vy = two ? ys[i] : s.config().landscape().value(xs[i], 0);
            int px = (int) (f.sx(xs[i]) - f.px());
            int py = (int) (f.sy(vy) - f.py());
            if (px >= 0 && px <= w - splat && py >= 0 && py <= h - splat) {
                // A small square splat so single particles stay visible.
                for (int dy = 0; dy < splat; dy++) {
                    int row = (py + dy) * w + px;
                    for (int dx = 0; dx < splat; dx++) {
                        counts[row + dx]++;
                    }
                }
                rowLo = Math.min(rowLo, py);
                rowHi = Math.max(rowHi, py + splat);
            }
        }
        for (int k = rowLo * w; k < rowHi * w; k++) {
            int c = counts[k];
            if (c != 0) {
                // Opacity grows with the count on a log scale: 1 particle faint, hundreds opaque.
                // Premultiplied white: every channel equals the alpha.
                int a = (int) Math.min(255, 110 + 40 * Math.log(c));
                counts[k] = (a << 24) | (a << 16) | (a << 8) | a;
            }
        }
        cloud.end(rowLo, rowHi);
    }

    /**
     * The first particles' recent paths into the trail layer (particle 0 last, on top), and a dot at
     * each live end on the canvas.
     */
    private void drawTrails(GraphicsContext g, Snapshot s, Frame f) {
        double[][][] t = s.trails();
        boolean two = s.grid().ny() > 1;
        int w = (int) f.pw();
        int h = (int) f.ph();
        int[] pixels = trails.begin(w, h, f.px(), f.py());
        if (trailRaster == null || !trailRaster.drawsInto(pixels)) {
            trailRaster = new PolylineRaster(pixels, w, h);
        }
        trailRaster.resetRows();
        // In 1-D a trail runs back and forth along the curve: only particle 0's recent steps are worth drawing.
        int count = two ? t[0].length : Math.min(1, t[0].length);
        for (int p = count - 1; p >= 0; p--) {
            double[] tx = t[0][p];
            double[] ty = t[1][p];
            if (!two && tx.length > ONE_D_TRAIL) {
                tx = java.util.Arrays.copyOfRange(tx, tx.length - ONE_D_TRAIL, tx.length);
            }
            int n = tx.length;
            if (n == 0 || s.stats().step() == 0 && p > 0) {
                continue;
            }
            double[] xs = new double[n];
            double[] ys = new double[n];
            int m = 0;
            double lastX = Double.NaN;
            double lastY = Double.NaN;
            Color color = p == 0 ? HIGHLIGHT : TRAIL;
            double width = (p == 0 ? 2.2 : 1.3) * fontScale;
            for (int k = 0; k <= n; k++) {
                double vy = k < n ? (two ? ty[k] : s.config().landscape().value(tx[k], 0)) : Double.NaN;
                boolean ok = k < n && Double.isFinite(tx[k]) && Double.isFinite(vy);
                if (ok) {
                    xs[m] = f.sx(tx[k]) - f.px();
                    ys[m] = f.sy(vy) - f.py();
                    lastX = xs[m];
                    lastY = ys[m];
                    m++;
                } else if (m > 0) {
                    // A NaN (diverged) or the end closes the current piece of the trail.
                    trailRaster.polyline(xs, ys, m, width, rgb(color), color.getOpacity());
                    m = 0;
                }
            }
            if (Double.isFinite(lastX) && k0Alive(tx)) {
                double r = (p == 0 ? 6 : 4) * fontScale;
                g.setFill(color);
                g.fillOval(f.px() + lastX - r, f.py() + lastY - r, 2 * r, 2 * r);
            }
        }
        trails.end(trailRaster.rowLo(), trailRaster.rowHi());
    }

    private static int rgb(Color c) {
        return ((int) Math.round(c.getRed() * 255) << 16) | ((int) Math.round(c.getGreen() * 255) << 8)
                | (int) Math.round(c.getBlue() * 255);
    }

    /**
     * The 2σ ellipses of the cloud's covariance at its mean: measured (white, dashed) and predicted by
     * the linearised dynamics (cyan; the Lyapunov equation for anisotropic noise, seed 001 Theorem 5),
     * drawn when there is a prediction; and the covariance of one step's noise there (orange), magnified
     * by a stated power of ten, whose shape is what the cloud is made of (isotropic, Σ ∝ H, data-shaped).
     * Drawn in data coordinates, so the axes' different scales are respected.
     */
    private void drawCovariance(GraphicsContext g, Snapshot s, Frame f) {
        if (s.grid().ny() <= 1 || s.stats().alive() < 10 || s.stats().step() == 0) {
            return;
        }
        double[] mean = s.stats().mean();
        java.util.List<String> labels = new java.util.ArrayList<>();
        double[] predicted = s.readouts().predictedCovariance();
        double[] continuous = s.readouts().continuousCovariance();
        // Only beside a prediction, i.e. with the cloud around a minimum: a cloud spread over several
        // wells has a covariance too, but its ellipse says nothing the picture does not.
        if (predicted != null || continuous != null) {
            double[] var = s.stats().variance();
            g.setLineWidth(1.6 * fontScale);
            g.setLineDashes(6 * fontScale, 4 * fontScale);
            g.setStroke(Color.rgb(255, 255, 255, 0.9));
            ellipse(g, f, mean, new double[] {var[0], s.stats().covariance(), var[1]});
            String label = "2σ: measured (dashed)";
            if (predicted != null) {
                g.setLineDashes();
                g.setStroke(Color.rgb(90, 220, 255));
                ellipse(g, f, mean, predicted);
                label += ", exact discrete-time (cyan)";
            }
            if (continuous != null) {
                g.setLineDashes(2 * fontScale, 3 * fontScale);
                g.setStroke(Color.rgb(200, 255, 120));
                ellipse(g, f, mean, continuous);
                label += ", continuous-time Lyapunov (dotted)";
            }
            labels.add(label);
        }
        double[] noise = s.readouts().stepNoise();
        double magnification = noise == null ? Double.NaN : noiseMagnification(noise, s.grid());
        if (Double.isFinite(magnification)) {
            double m2 = magnification * magnification;
            g.setLineDashes();
            g.setLineWidth(1.6 * fontScale);
            g.setStroke(Color.rgb(255, 150, 40));
            ellipse(g, f, mean, new double[] {m2 * noise[0], m2 * noise[1], m2 * noise[2]});
            labels.add("noise of one step, 2σ ×" + Display.powerOfTen(magnification) + " (orange)");
        }
        double size = 11 * fontScale;
        g.setFont(Font.font("System", size));
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.BOTTOM);
        for (int k = 0; k < labels.size(); k++) {
            String label = labels.get(k);
            double bottom = f.py() + f.ph() - 4 - k * (size + 8);
            // On a dark chip: the contours under the corner may be any colour.
            double width = label.length() * size * 0.55;
            g.setFill(Color.rgb(24, 26, 32, 0.75));
            g.fillRect(f.px() + f.pw() - width - 10, bottom - size - 4, width + 8, size + 6);
            g.setFill(Color.rgb(235, 235, 240));
            g.fillText(label, f.px() + f.pw() - 6, bottom);
        }
    }

    /**
     * The power of ten that draws a step's 2σ noise ellipse about a tenth of the view wide (one step's
     * noise is far smaller than the cloud it builds); NaN when there is no noise.
     */
    static double noiseMagnification(double[] c, org.basinscope.engine.analysis.LandscapeGrid grid) {
        double major = 2 * Math.sqrt(0.5 * (c[0] + c[2]) + Math.hypot(0.5 * (c[0] - c[2]), c[1]));
        if (!(major > 0) || !Double.isFinite(major)) {
            return Double.NaN;
        }
        double target = 0.1 * (grid.box()[1] - grid.box()[0]);
        return Math.pow(10, Math.max(0, Math.round(Math.log10(target / major))));
    }

    private void drawPath(GraphicsContext g, Snapshot s, Frame f) {
        double[][] p = path;
        if (p == null || s.grid().ny() <= 1) {
            return;
        }
        int n = p[0].length;
        double[] xs = new double[n];
        double[] ys = new double[n];
        for (int k = 0; k < n; k++) {
            xs[k] = f.sx(p[0][k]);
            ys[k] = f.sy(p[1][k]);
        }
        g.setLineDashes();
        g.setStroke(Color.rgb(255, 230, 120));
        g.setLineWidth(2.5 * fontScale);
        g.strokePolyline(xs, ys, n);
        g.setFill(Color.rgb(255, 230, 120));
        double r = 2.5 * fontScale;
        for (int k = 0; k < n; k += 5) {
            g.fillOval(xs[k] - r, ys[k] - r, 2 * r, 2 * r);
        }
    }

    private static void ellipse(GraphicsContext g, Frame f, double[] mean, double[] c) {
        double a = c[0];
        double b = c[1];
        double d = c[2];
        double half = 0.5 * (a + d);
        double r = Math.hypot(0.5 * (a - d), b);
        double l1 = half + r;
        double l2 = half - r;
        if (!(l1 > 0) || !(l2 >= 0) || !Double.isFinite(l1)) {
            return;
        }
        double angle = 0.5 * Math.atan2(2 * b, a - d);
        double ca = Math.cos(angle);
        double sa = Math.sin(angle);
        double r1 = 2 * Math.sqrt(l1);
        double r2 = 2 * Math.sqrt(l2);
        int n = 72;
        double[] xs = new double[n + 1];
        double[] ys = new double[n + 1];
        for (int k = 0; k <= n; k++) {
            double t = 2 * Math.PI * k / n;
            double u = r1 * Math.cos(t);
            double v = r2 * Math.sin(t);
            xs[k] = f.sx(mean[0] + u * ca - v * sa);
            ys[k] = f.sy(mean[1] + u * sa + v * ca);
        }
        g.strokePolyline(xs, ys, n + 1);
    }

    /** Whether the trail's newest point is a live position (not the NaN of a diverged particle). */
    private static boolean k0Alive(double[] tx) {
        return tx.length > 0 && Double.isFinite(tx[tx.length - 1]);
    }

    private void drawAxes(GraphicsContext g, Snapshot s, Frame f) {
        boolean two = s.grid().ny() > 1;
        Font font = Font.font("System", 12 * fontScale);
        g.setFont(font);
        g.setStroke(Color.rgb(200, 200, 210));
        g.setFill(Color.rgb(220, 220, 230));
        g.setLineWidth(1);
        g.strokeRect(f.px(), f.py(), f.pw(), f.ph());
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        for (double x : Ticks.nice(f.x0(), f.x1(), 8)) {
            double sx = f.sx(x);
            g.strokeLine(sx, f.py() + f.ph(), sx, f.py() + f.ph() + 4);
            g.fillText(Display.number(x), sx, f.py() + f.ph() + 6);
        }
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.CENTER);
        for (double y : Ticks.nice(f.y0(), f.y1(), 7)) {
            double sy = f.sy(y);
            g.strokeLine(f.px() - 4, sy, f.px(), sy);
            g.fillText(Display.number(y), f.px() - 6, sy);
        }
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.BOTTOM);
        g.fillText(two ? "x" : "x", f.px() + f.pw(), canvas.getHeight() - 2);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.TOP);
        g.fillText(two ? "y" : "f(x)", 4, f.py() - 2 - 14 * fontScale > 0 ? f.py() : f.py());
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
        g.fillText(title, LEFT, 6);
        Font small = Font.font("System", 11 * fontScale);
        g.setFont(small);
        g.setTextAlign(TextAlignment.RIGHT);
        double room = w - RIGHT - LEFT - textWidth(title, bold);
        if (room > textWidth(legend, small) + 12) {
            g.fillText(legend, w - RIGHT, 8);
        } else {
            // A long formula: the legend moves into the picture's top corner, on a dark chip.
            double width = textWidth(legend, small);
            double top = TOP + 4;
            g.setFill(Color.rgb(24, 26, 32, 0.75));
            g.fillRect(w - RIGHT - width - 8, top - 2, width + 8, 11 * fontScale + 6);
            g.setFill(Color.rgb(235, 235, 240));
            g.fillText(legend, w - RIGHT - 4, top);
        }
    }

    /** Width of a text in a font (the title is drawn with the still layer only, not every frame). */
    private static double textWidth(String text, Font font) {
        javafx.scene.text.Text t = new javafx.scene.text.Text(text);
        t.setFont(font);
        return t.getLayoutBounds().getWidth();
    }

    /** The canvas, for tests and export. */
    public Canvas canvas() {
        return canvas;
    }

    @Override
    public String exportName() {
        return "landscape";
    }

    @Override
    public javafx.scene.Node exportNode() {
        return this;
    }

    /** Drawn particles, trails and critical points: {@code series,x,y} (y is f(x) for a 1-D landscape's points). */
    @Override
    public java.util.function.Supplier<String> csvLater() {
        Snapshot s = snapshot;
        return () -> csv(s);
    }

    private static String csv(Snapshot s) {
        StringBuilder b = new StringBuilder("# landscape f = ").append(s == null ? "" : s.config().landscape().describe())
                .append("\nseries,x,y\n");
        if (s == null) {
            return b.toString();
        }
        for (int i = 0; i < s.xs().length; i++) {
            b.append("particle,").append((double) s.xs()[i]).append(',').append((double) s.ys()[i]).append('\n');
        }
        double[][][] t = s.trails();
        for (int p = 0; p < t[0].length; p++) {
            for (int k = 0; k < t[0][p].length; k++) {
                if (Double.isFinite(t[0][p][k])) {
                    b.append("trail ").append(p).append(',').append(t[0][p][k]).append(',').append(t[1][p][k]).append('\n');
                }
            }
        }
        for (CriticalPoint c : s.critical().points()) {
            b.append(c.kind().name().toLowerCase(java.util.Locale.ROOT)).append(',').append(c.x()).append(',')
                    .append(c.y()).append('\n');
        }
        return b.toString();
    }

    /**
     * The view as SVG: the contours (or curve) and density as embedded raster where they are raster on
     * screen, and particles (up to 5000), trails, critical points, axes and labels as vectors.
     */
    @Override
    public java.util.function.Supplier<org.basinscope.app.export.Svg> svgLater(double width, double height) {
        Snapshot s = snapshot;
        if (s == null || width < LEFT + RIGHT + 20 || height < TOP + BOTTOM + 20) {
            return () -> background(width, height);
        }
        Frame f = frame(s, width, height);
        boolean two = s.grid().ny() > 1;
        // The pictures are read now (the canvas and images belong to the FX thread); the rest is text.
        java.awt.image.BufferedImage heatPicture = null;
        if (two) {
            drawHeat(canvas.getGraphicsContext2D(), s.grid(), f);
            heatPicture = org.basinscope.app.export.Exporter.toAwt(heat);
        }
        java.awt.image.BufferedImage cloudPicture = s.xs().length > 5000 && cloud.image() != null
                ? org.basinscope.app.export.Exporter.toAwt(cloud.image()) : null;
        java.awt.image.BufferedImage heatImage = heatPicture;
        return () -> svg(s, f, width, height, heatImage, cloudPicture);
    }

    private static org.basinscope.app.export.Svg background(double width, double height) {
        var svg = new org.basinscope.app.export.Svg(width, height);
        svg.rect(0, 0, width, height, "#181a20", "none");
        return svg;
    }

    private static org.basinscope.app.export.Svg svg(Snapshot s, Frame f, double width, double height,
            java.awt.image.BufferedImage heatPicture, java.awt.image.BufferedImage cloudPicture) {
        var svg = background(width, height);
        boolean two = s.grid().ny() > 1;
        if (two) {
            svg.image(heatPicture, f.px(), f.py(), f.pw(), f.ph());
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
        int n = s.xs().length;
        if (n <= 5000) {
            for (int i = 0; i < n; i++) {
                double x = f.sx(s.xs()[i]);
                double y = f.sy(two ? s.ys()[i] : s.config().landscape().value(s.xs()[i], 0));
                if (x >= f.px() && x <= f.px() + f.pw() && y >= f.py() && y <= f.py() + f.ph()) {
                    svg.circle(x, y, n <= 300 ? 4 : 1.8, "white", n <= 300 ? 0.9 : 0.6);
                }
            }
        } else if (cloudPicture != null) {
            svg.image(cloudPicture, f.px(), f.py(), f.pw(), f.ph());
        }
        double[][][] t = s.trails();
        for (int p = t[0].length - 1; p >= 0; p--) {
            int m = 0;
            double[] xs = new double[t[0][p].length];
            double[] ys = new double[t[0][p].length];
            for (int k = 0; k < xs.length; k++) {
                double vy = two ? t[1][p][k] : s.config().landscape().value(t[0][p][k], 0);
                if (Double.isFinite(t[0][p][k]) && Double.isFinite(vy)) {
                    xs[m] = Math.max(f.px(), Math.min(f.px() + f.pw(), f.sx(t[0][p][k])));
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
        svg.text(LEFT, 20, "f = " + s.config().landscape().describe(), 13, "start", "#ebebf0", true);
        return svg;
    }
}
