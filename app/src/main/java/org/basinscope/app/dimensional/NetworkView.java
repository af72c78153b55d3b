package org.basinscope.app.dimensional;

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
import org.basinscope.engine.analysis.network.NetworkPicture;
import org.basinscope.engine.data.DataSet;
import org.basinscope.engine.live.dimensional.DimensionalSnapshot;

/**
 * Particle 0's network, or the ensemble's vote (issue 16; the picture TensorFlow Playground made familiar): for data
 * of two input features, its decision regions — each cell in the colour of the class it predicts, paler where its softmax
 * probability is lower — with the training points on top; for other data (digits: 8 × 8 images), the confusion
 * matrix over the training set and the first misclassified examples with their true and predicted labels.
 * Redrawn when a new picture arrives (the run draws one at most ten times a second). Pure drawing.
 */
public final class NetworkView extends Region {
    /** Okabe–Ito colours, distinguishable with the common colour-vision deficiencies. */
    private static final int[] CLASS_RGB = {0xe69f00, 0x56b4e9, 0x009e73, 0xf0e442, 0x0072b2, 0xd55e00, 0xcc79a7,
        0x999999, 0x000000, 0x8c564b};
    private static final Color BACKGROUND = Color.rgb(24, 26, 32);
    private static final Color INK = Color.rgb(220, 220, 230);
    private final Canvas canvas = new Canvas();
    private NetworkPicture shown;
    private double fontScale = 1;
    private long redraws;

    public NetworkView() {
        getChildren().add(canvas);
        setMinSize(200, 200);
    }

    public void setFontScale(double scale) {
        fontScale = scale;
        draw();
    }

    /** Draws the snapshot's network picture if it is a new one. */
    public void show(DimensionalSnapshot s) {
        NetworkPicture next = s.network();
        if (next != shown) {
            shown = next;
            draw();
        }
    }

    /** The picture drawn last, or null (for tests). */
    public NetworkPicture picture() {
        return shown;
    }

    /** How many times a new picture was drawn (for tests). */
    public long redraws() {
        return redraws;
    }

    public Canvas canvas() {
        return canvas;
    }

    @Override
    protected void layoutChildren() {
        double w = Math.floor(getWidth());
        double h = Math.floor(getHeight());
        if (canvas.getWidth() != w || canvas.getHeight() != h) {
            canvas.setWidth(w);
            canvas.setHeight(h);
            draw();
        }
    }

    private void draw() {
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.setFill(BACKGROUND);
        g.fillRect(0, 0, w, h);
        NetworkPicture p = shown;
        if (p == null || w < 120 || h < 120) {
            return;
        }
        redraws++;
        g.setFill(Color.rgb(235, 235, 240));
        g.setFont(Font.font("System", FontWeight.BOLD, 13 * fontScale));
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.TOP);
        g.fillText(title(p), 12, 6);
        double top = 30 * fontScale;
        if (p.planar()) {
            drawRegions(g, p, 40, top, w - 52, h - top - 34);
        } else {
            drawConfusion(g, p, 12, top, w - 24, h - top - 8);
        }
    }

    /** The picture's title: whose network, the step, and the training accuracy of what is drawn. */
    static String title(NetworkPicture p) {
        String accuracy = ": training accuracy " + Display.number(100 * p.accuracy()) + " %";
        return p.members() > 1
                ? "Vote of " + p.members() + " networks at step " + p.step() + accuracy
                : "Particle 0's network at step " + p.step() + accuracy;
    }

    private static Color classColour(int k, double alpha) {
        int rgb = CLASS_RGB[k % CLASS_RGB.length];
        return Color.rgb((rgb >> 16) & 0xff, (rgb >> 8) & 0xff, rgb & 0xff, alpha);
    }

    /** The regions as an image (cell colour blended with the background by confidence), the points on top. */
    private void drawRegions(GraphicsContext g, NetworkPicture p, double left, double top, double width,
            double height) {
        double[] box = p.box();
        // Equal aspect: the data's shapes (moons, spirals) keep their proportions.
        double perUnit = Math.min(width / (box[1] - box[0]), height / (box[3] - box[2]));
        double pw = perUnit * (box[1] - box[0]);
        double ph = perUnit * (box[3] - box[2]);
        double px = left + (width - pw) / 2;
        double py = top + (height - ph) / 2;
        int n = p.side();
        int classes = p.data().classes();
        int[] argb = new int[n * n];
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < n; i++) {
                int rgb = CLASS_RGB[p.predicted(i, j) % CLASS_RGB.length];
                // Confidence 1/classes (a coin toss) is nearly the background, 1 the class colour at 55 % (the points, at
                // full colour, stand out on it).
                double c = (p.confidence(i, j) - 1.0 / classes) / (1 - 1.0 / classes);
                double a = 0.12 + 0.43 * Math.max(0, Math.min(1, c));
                argb[(n - 1 - j) * n + i] = 0xff000000 | blend(rgb, a);
            }
        }
        WritableImage image = new WritableImage(n, n);
        image.getPixelWriter().setPixels(0, 0, n, n, PixelFormat.getIntArgbInstance(), argb, 0, n);
        g.setImageSmoothing(true);
        g.drawImage(image, px, py, pw, ph);
        DataSet d = p.data();
        double r = 3.2 * fontScale;
        g.setLineWidth(1);
        for (int i = 0; i < d.size(); i++) {
            double x = px + (d.input(i, 0) - box[0]) / (box[1] - box[0]) * pw;
            double y = py + ph - (d.input(i, 1) - box[2]) / (box[3] - box[2]) * ph;
            g.setFill(classColour(d.label(i), 1));
            g.fillOval(x - r, y - r, 2 * r, 2 * r);
            g.setStroke(Color.WHITE);
            g.strokeOval(x - r, y - r, 2 * r, 2 * r);
        }
        g.setStroke(Color.rgb(200, 200, 210));
        g.strokeRect(px, py, pw, ph);
        g.setFill(INK);
        g.setFont(Font.font("System", 11 * fontScale));
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        for (double x : Ticks.nice(box[0], box[1], 6)) {
            g.fillText(Display.number(x), px + (x - box[0]) / (box[1] - box[0]) * pw, py + ph + 4);
        }
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.CENTER);
        for (double y : Ticks.nice(box[2], box[3], 6)) {
            g.fillText(Display.number(y), px - 4, py + ph - (y - box[2]) / (box[3] - box[2]) * ph);
        }
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.TOP);
        g.fillText(p.members() > 1 ? "regions: the vote's class, paler where the networks disagree; dots: data"
                : "regions: the predicted class, paler where less sure; dots: training data", left,
                py + ph + 18 * fontScale);
    }

    /** The background blended with an RGB colour at opacity a, as packed RGB. */
    private static int blend(int rgb, double a) {
        int r = (int) Math.round(24 + a * (((rgb >> 16) & 0xff) - 24));
        int gr = (int) Math.round(26 + a * (((rgb >> 8) & 0xff) - 26));
        int b = (int) Math.round(32 + a * ((rgb & 0xff) - 32));
        return (r << 16) | (gr << 8) | b;
    }

    /** The confusion matrix (rows: true class, columns: predicted), and misclassified images when they are 8 × 8. */
    private void drawConfusion(GraphicsContext g, NetworkPicture p, double left, double top, double width,
            double height) {
        int c = p.data().classes();
        int[][] m = p.confusion();
        boolean images = p.data().features() == 64 && p.misclassified().length > 0;
        double matrix = Math.min(images ? width * 0.6 : width, height - 24 * fontScale);
        double cell = matrix / (c + 1);
        int max = 1;
        for (int[] row : m) {
            for (int v : row) {
                max = Math.max(max, v);
            }
        }
        g.setFont(Font.font("System", Math.min(12, cell * 0.4) * fontScale));
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        for (int t = 0; t < c; t++) {
            g.setFill(INK);
            g.fillText(Integer.toString(t), left + cell / 2, top + (t + 1.5) * cell);
            g.fillText(Integer.toString(t), left + (t + 1.5) * cell, top + cell / 2);
            for (int k = 0; k < c; k++) {
                double share = (double) m[t][k] / max;
                g.setFill(t == k ? Color.rgb(0, 158, 115, 0.15 + 0.85 * share)
                        : Color.rgb(213, 94, 0, m[t][k] == 0 ? 0.05 : 0.25 + 0.75 * share));
                double x = left + (k + 1) * cell;
                double y = top + (t + 1) * cell;
                g.fillRect(x + 1, y + 1, cell - 2, cell - 2);
                if (m[t][k] > 0) {
                    g.setFill(Color.WHITE);
                    g.fillText(Integer.toString(m[t][k]), x + cell / 2, y + cell / 2);
                }
            }
        }
        g.setFill(INK);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.TOP);
        g.setFont(Font.font("System", 11 * fontScale));
        g.fillText("confusion matrix: rows the true class, columns the predicted one", left, top + matrix + 4);
        if (images) {
            drawMisclassified(g, p, left + matrix + 16, top, width - matrix - 16, height);
        }
    }

    /** The first misclassified 8 × 8 examples in grey, each with "true → predicted". */
    private void drawMisclassified(GraphicsContext g, NetworkPicture p, double left, double top, double width,
            double height) {
        int[] wrong = p.misclassified();
        int perRow = 4;
        double size = Math.min(width / perRow - 8, 64 * fontScale);
        DataSet d = p.data();
        g.setFill(INK);
        g.fillText("misclassified (true → predicted)", left, top);
        for (int k = 0; k < wrong.length; k++) {
            int i = wrong[k];
            double x = left + (k % perRow) * (size + 8);
            double y = top + 18 * fontScale + (k / perRow) * (size + 22 * fontScale);
            if (y + size > top + height) {
                break;
            }
            double px = size / 8;
            double hi = 1e-12;
            for (int f = 0; f < 64; f++) {
                hi = Math.max(hi, d.input(i, f));
            }
            for (int f = 0; f < 64; f++) {
                double v = Math.max(0, d.input(i, f)) / hi;
                g.setFill(Color.gray(v));
                g.fillRect(x + (f % 8) * px, y + (f / 8) * px, Math.ceil(px), Math.ceil(px));
            }
            g.setFill(INK);
            g.fillText(d.label(i) + " → " + p.misclassifiedAs()[k], x, y + size + 2);
        }
    }
}
