package org.basinscope.app.views.landscape;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import org.basinscope.app.export.Exportable;
import org.basinscope.app.export.Exporter;
import org.basinscope.app.export.Drawing;
import org.basinscope.engine.live.Snapshot;

/**
 * The loss surface with the particle cloud on top, in layers: the still surface (filled contours of f in
 * 2-D, the curve f(x) in 1-D, minima and saddles, axes, title), an analysis picture laid over it (basins,
 * FTLE ridges), the cloud (dots when few, a density image when many — up to 10⁵ per frame), the trails of
 * the first particles, and on a moving canvas the covariance ellipses and a minimum-energy path. Pure
 * drawing from a {@link Snapshot}; it holds no simulation state.
 */
public final class LandscapeView extends Region implements Exportable {
    /** The still part, redrawn only when it changes. */
    private final Canvas canvas = new Canvas();
    /** An analysis laid over the landscape (basins, FTLE ridges), stretched to the plot area. */
    private final ImageView analysisView = new ImageView();
    /** The moving part (few particles as dots, trail ends, ellipses, path), redrawn every frame. */
    private final Canvas overlay = new Canvas();
    private final Rectangle overlayClip = new Rectangle();
    private final SurfaceLayer surface = new SurfaceLayer();
    private final CloudLayer cloud = new CloudLayer();
    private final TrailLayer trails = new TrailLayer();
    private final EllipseLayer ellipses = new EllipseLayer();
    private final PathLayer path = new PathLayer();
    private final HoverReadout hover = new HoverReadout(this, () -> this.snapshot);
    private Snapshot snapshot;
    private Object surfaceKey;
    private double fontScale = 1;
    private boolean holdSize;
    private final String exportName;

    public LandscapeView() {
        this("landscape");
    }

    /** A view whose exported files are called {@code exportName} (the two sides of a comparison). */
    public LandscapeView(String exportName) {
        this.exportName = exportName;
        getChildren().addAll(canvas, analysisView, cloud.view(), trails.view(), overlay, hover.label());
        analysisView.setMouseTransparent(true);
        analysisView.setSmooth(false);
        overlay.setMouseTransparent(true);
        overlay.setClip(overlayClip);
        getStyleClass().add("landscape-view");
        setMinSize(200, 200);
    }

    /** Draws a path (the string method's minimum-energy path) over the landscape; null removes it. */
    public void setPath(double[][] p) {
        path.set(p);
        draw();
    }

    /** Larger text and markers (presentation mode). */
    public void setFontScale(double scale) {
        fontScale = scale;
        surface.setFontScale(scale);
        cloud.setFontScale(scale);
        trails.setFontScale(scale);
        ellipses.setFontScale(scale);
        path.setFontScale(scale);
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
    public void setAnalysis(Image image) {
        analysisView.setImage(image);
        analysisView.setVisible(image != null);
        placeAnalysis();
    }

    private void placeAnalysis() {
        Snapshot s = snapshot;
        PlotArea f = PlotArea.of(s, canvas.getWidth(), canvas.getHeight());
        if (f == null || analysisView.getImage() == null) {
            return;
        }
        boolean two = s.grid().ny() > 1;
        double h = two ? f.ph() : Math.max(10, 0.08 * f.ph());
        analysisView.setLayoutX(f.px());
        analysisView.setLayoutY(two ? f.py() : f.py() + f.ph() - h);
        analysisView.setFitWidth(f.pw());
        analysisView.setFitHeight(h);
    }

    /**
     * Holds the pictures at their size while the window is rearranged over several pulses (presentation mode): each
     * new size reallocates the canvases and the cloud and trail images, and in software rendering every one of those
     * repaints cost the FX thread 100 ms. Released, the view takes its final size once.
     */
    public void holdSize(boolean hold) {
        holdSize = hold;
        if (!hold) {
            requestLayout();
        }
    }

    @Override
    protected void layoutChildren() {
        double w = Math.floor(getWidth());
        double h = Math.floor(getHeight());
        if (!holdSize && (canvas.getWidth() != w || canvas.getHeight() != h)) {
            canvas.setWidth(w);
            canvas.setHeight(h);
            overlay.setWidth(w);
            overlay.setHeight(h);
            cloud.invalidate();
            trails.invalidate();
            surfaceKey = null;
            draw();
        }
    }

    private void draw() {
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        Snapshot s = snapshot;
        GraphicsContext top = overlay.getGraphicsContext2D();
        top.clearRect(0, 0, w, h);
        PlotArea f = PlotArea.of(s, w, h);
        if (f == null) {
            GraphicsContext g = canvas.getGraphicsContext2D();
            g.setFill(Color.rgb(24, 26, 32));
            g.fillRect(0, 0, w, h);
            surfaceKey = null;
            cloud.hide();
            trails.hide();
            return;
        }
        // The still layer depends on the landscape, the critical points and the font size only.
        List<Object> key = List.of(s.grid(), s.critical(), fontScale, w, h, s.config().landscape().describe());
        if (!key.equals(surfaceKey)) {
            surface.draw(canvas.getGraphicsContext2D(), s, f, w, h);
            surfaceKey = key;
            // A new landscape under a still mouse: the readout names the new f.
            hover.refresh();
        }
        placeAnalysis();
        // The moving layers stay inside the plot area by a rectangular clip of the node: a clip path on
        // the canvas would be rasterised into a mask of the whole canvas on every frame by the software
        // renderer (measured: about 3 ms a frame, half of the picture's cost).
        overlayClip.setX(f.px());
        overlayClip.setY(f.py());
        overlayClip.setWidth(f.pw());
        overlayClip.setHeight(f.ph());
        cloud.draw(top, s, f);
        trails.draw(top, s, f);
        ellipses.draw(top, s, f);
        path.draw(top, s, f);
    }

    /** The hover readout's text (x, y, f under the mouse), or null when it is hidden. */
    public String hoverText() {
        return hover.text();
    }

    /** The canvas, for tests and export. */
    public Canvas canvas() {
        return canvas;
    }

    @Override
    public String exportName() {
        return exportName;
    }

    @Override
    public Node exportNode() {
        return this;
    }

    /** Drawn particles, trails and critical points: {@code series,x,y} (y is f(x) for a 1-D landscape's points). */
    @Override
    public Supplier<String> csvLater() {
        Snapshot s = snapshot;
        return () -> LandscapeExport.csv(s);
    }

    /**
     * The view as a drawing: the contours (or curve) and density as pictures where they are pictures on screen,
     * and particles (up to 5000), trails, critical points, axes and labels as vectors.
     */
    @Override
    public Drawing drawing() {
        Snapshot s = snapshot;
        PlotArea f = PlotArea.of(s, getWidth(), getHeight());
        if (f == null) {
            return new LandscapeDrawing(null, null, null, null);
        }
        // The pictures are read now (the images belong to the FX thread).
        BufferedImage heat = s.grid().ny() > 1 ? Exporter.toAwt(surface.heat(s.grid())) : null;
        BufferedImage density = s.drawn() > 5000 && cloud.image() != null ? Exporter.toAwt(cloud.image()) : null;
        return new LandscapeDrawing(s, f, heat, density);
    }
}
