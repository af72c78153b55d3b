package org.basinscope.app.plots.heatmap;

import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * The key of a heat map: a vertical strip of the colour scale, low at the bottom, with tick labels on its right
 * and the readout's name above. Redrawn whenever its size or scale changes (FX thread).
 */
public final class ColorBar extends Region {
    private static final double STRIP = 16;
    private static final double TOP = 22;
    // About the height of the chart's x axis, so the strip spans roughly the plot area.
    private static final double BOTTOM = 44;
    private final Canvas canvas = new Canvas();
    private ColorScale scale = new ColorScale(0, 1, false);
    private String title = "";
    private double fontSize = 12;

    public ColorBar() {
        setId("heatmap-colorbar");
        getChildren().add(canvas);
        setMinWidth(86);
        setPrefWidth(86);
    }

    /** Shows {@code next} under the title {@code name}. */
    public void setScale(ColorScale next, String name) {
        scale = next;
        title = name;
        draw();
    }

    public ColorScale scale() {
        return scale;
    }

    /** Larger labels for a projector. */
    public void setFontSize(double size) {
        fontSize = size;
        setPrefWidth(size * 7.5);
        setMinWidth(size * 7.5);
        draw();
    }

    @Override
    protected void layoutChildren() {
        canvas.setWidth(getWidth());
        canvas.setHeight(getHeight());
        draw();
    }

    private void draw() {
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, w, h);
        double strip = h - TOP - BOTTOM;
        if (strip <= 4) {
            return;
        }
        double left = 6;
        for (int row = 0; row < (int) Math.ceil(strip); row++) {
            int argb = org.basinscope.app.views.Colormap.argb(1 - row / strip);
            g.setFill(Color.rgb((argb >> 16) & 0xff, (argb >> 8) & 0xff, argb & 0xff));
            g.fillRect(left, TOP + row, STRIP, 1);
        }
        g.setStroke(Color.web("#888"));
        g.setLineWidth(1);
        g.strokeRect(left + 0.5, TOP + 0.5, STRIP - 1, strip - 1);
        g.setFill(Color.web("#1d2330"));
        g.setFont(Font.font(fontSize));
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.LEFT);
        for (double t : scale.ticks()) {
            double y = TOP + (1 - scale.position(t)) * strip;
            g.strokeLine(left + STRIP, y, left + STRIP + 4, y);
            g.fillText(scale.label(t), left + STRIP + 6, y);
        }
        g.setTextBaseline(VPos.TOP);
        g.fillText(title, 2, 2, w - 4);
    }
}
