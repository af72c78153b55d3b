package org.basinscope.app.views.landscape;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.basinscope.app.controls.Display;
import org.basinscope.engine.analysis.LandscapeGrid;
import org.basinscope.engine.analysis.Readouts;
import org.basinscope.engine.live.Snapshot;
import org.basinscope.engine.live.probe.LiveProbes;

/** The covariance ellipses over a 2-D cloud (measured, predicted, continuous-time, one step's noise). */
final class EllipseLayer {
    private double fontScale = 1;

    void setFontScale(double scale) {
        fontScale = scale;
    }

    /**
     * The 2σ ellipses of the cloud's covariance at its mean: measured (white, dashed) and predicted by
     * the linearised dynamics (cyan; the Lyapunov equation for anisotropic noise, seed 001 Theorem 5),
     * drawn when there is a prediction; and the covariance of one step's noise there (orange), magnified
     * by a stated power of ten, whose shape is what the cloud is made of (isotropic, Σ ∝ H, data-shaped).
     * Drawn in data coordinates, so the axes' different scales are respected.
     */
    void draw(GraphicsContext g, Snapshot s, PlotArea f) {
        if (s.grid().ny() <= 1 || s.stats().alive() < 10 || s.stats().step() == 0) {
            return;
        }
        double[] mean = s.stats().mean();
        List<String> labels = new ArrayList<>();
        Readouts r = s.get(LiveProbes.READOUTS);
        double[] predicted = r.predictedCovariance();
        double[] continuous = r.continuousCovariance();
        // Only beside a prediction, i.e. with the cloud around a minimum: a cloud spread over several
        // wells has a covariance too, but its ellipse says nothing the picture does not.
        if (predicted != null || continuous != null) {
            double[] var = s.stats().variance();
            g.setLineWidth(1.6 * fontScale);
            g.setLineDashes(6 * fontScale, 4 * fontScale);
            g.setStroke(Color.rgb(255, 255, 255, 0.9));
            ellipse(g, f, mean, new double[] {var[0], s.stats().covariance(), var[1]});
            // One caption line per ellipse: the three on one line ran past the view's left edge in presentation
            // mode and at 1280x720 ("ured (dashed), …").
            labels.add("2σ measured (dashed)");
            if (predicted != null) {
                g.setLineDashes();
                g.setStroke(Color.rgb(90, 220, 255));
                ellipse(g, f, mean, predicted);
                labels.add("2σ exact discrete-time (cyan)");
            }
            if (continuous != null) {
                g.setLineDashes(2 * fontScale, 3 * fontScale);
                g.setStroke(Color.rgb(200, 255, 120));
                ellipse(g, f, mean, continuous);
                labels.add("2σ continuous-time Lyapunov (dotted)");
            }
        }
        double[] noise = r.stepNoise();
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
    static double noiseMagnification(double[] c, LandscapeGrid grid) {
        double major = 2 * Math.sqrt(0.5 * (c[0] + c[2]) + Math.hypot(0.5 * (c[0] - c[2]), c[1]));
        if (!(major > 0) || !Double.isFinite(major)) {
            return Double.NaN;
        }
        double target = 0.1 * (grid.box()[1] - grid.box()[0]);
        return Math.pow(10, Math.max(0, Math.round(Math.log10(target / major))));
    }

    private static void ellipse(GraphicsContext g, PlotArea f, double[] mean, double[] c) {
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
}
