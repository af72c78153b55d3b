package org.basinscope.app.views.landscape;

import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import org.basinscope.engine.live.Snapshot;

/** A minimum-energy path (the string method's) drawn over a 2-D landscape. */
final class PathLayer {
    /** The path {x[], y[]}, or null. */
    private double[][] path;
    private double fontScale = 1;

    void setFontScale(double scale) {
        fontScale = scale;
    }

    void set(double[][] p) {
        path = p == null ? null : new double[][] {p[0].clone(), p[1].clone()};
    }

    void draw(GraphicsContext g, Snapshot s, PlotArea f) {
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
}
