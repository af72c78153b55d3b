package org.basinscope.app.export;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;
import org.apache.pdfbox.util.Matrix;

/**
 * The {@link Pen} for PDF (Apache PDFBox): one page of the figure's size in pt, every line, shape and glyph as
 * vectors, the figure font embedded (as a subset of the glyphs used), a heat map as a lossless image. PDF's y
 * axis points up, so every y is flipped here. Close it to finish the page; {@link #save} writes the document.
 */
public final class PdfPen implements Pen, AutoCloseable {
    private final PDDocument doc = new PDDocument();
    private final PDPageContentStream out;
    private final PDType0Font regular;
    private final PDType0Font bold;
    private final double height;
    private final Map<Double, PDExtendedGraphicsState> alphas = new HashMap<>();

    public PdfPen(double widthPt, double heightPt) throws IOException {
        this.height = heightPt;
        PDPage page = new PDPage(new PDRectangle((float) widthPt, (float) heightPt));
        doc.addPage(page);
        try (var r = FigureFont.stream(false); var b = FigureFont.stream(true)) {
            regular = PDType0Font.load(doc, r, true);
            bold = PDType0Font.load(doc, b, true);
        }
        out = new PDPageContentStream(doc, page);
        out.setLineCapStyle(0);
        out.setLineJoinStyle(1);
    }

    @Override
    public Pen rect(double x, double y, double w, double h, String fill, String stroke) {
        return io(() -> {
            CssColor f = CssColor.of(fill);
            CssColor s = CssColor.of(stroke);
            if (!f.none()) {
                fill(f, 1);
                out.addRect((float) x, (float) (height - y - h), (float) w, (float) h);
                out.fill();
            }
            if (!s.none()) {
                stroke(s, 1, 1, null);
                out.addRect((float) x, (float) (height - y - h), (float) w, (float) h);
                out.stroke();
            }
        });
    }

    @Override
    public Pen line(double x1, double y1, double x2, double y2, String stroke, double width, String dash) {
        return polyline(new double[] {x1, x2}, new double[] {y1, y2}, 2, stroke, width, dash);
    }

    @Override
    public Pen polyline(double[] xs, double[] ys, int n, String stroke, double width, String dash) {
        CssColor s = CssColor.of(stroke);
        if (n < 2 || s.none()) {
            return this;
        }
        return io(() -> {
            stroke(s, 1, width, dash);
            path(xs, ys, n);
            out.stroke();
        });
    }

    @Override
    public Pen polygon(double[] xs, double[] ys, int n, String fill, double opacity) {
        CssColor f = CssColor.of(fill);
        if (n < 3 || f.none()) {
            return this;
        }
        return io(() -> {
            fill(f, opacity);
            path(xs, ys, n);
            out.closePath();
            out.fill();
        });
    }

    @Override
    public Pen circle(double x, double y, double r, String fill, double opacity) {
        CssColor f = CssColor.of(fill);
        if (f.none()) {
            return this;
        }
        return io(() -> {
            fill(f, opacity);
            // Four Bézier quarters; k places the control points on the tangents.
            float k = (float) (0.5523 * r);
            float cx = (float) x;
            float cy = (float) (height - y);
            float rr = (float) r;
            out.moveTo(cx + rr, cy);
            out.curveTo(cx + rr, cy + k, cx + k, cy + rr, cx, cy + rr);
            out.curveTo(cx - k, cy + rr, cx - rr, cy + k, cx - rr, cy);
            out.curveTo(cx - rr, cy - k, cx - k, cy - rr, cx, cy - rr);
            out.curveTo(cx + k, cy - rr, cx + rr, cy - k, cx + rr, cy);
            out.fill();
        });
    }

    @Override
    public Pen text(double x, double y, String text, double size, String anchor, String fill, boolean isBold) {
        String t = FigureFont.printable(text, isBold);
        double w = textWidth(t, size, isBold);
        double left = switch (anchor) {
            case "middle" -> x - w / 2;
            case "end" -> x - w;
            default -> x;
        };
        return show(t, size, isBold, fill, Matrix.getTranslateInstance((float) left, (float) (height - y)));
    }

    @Override
    public Pen verticalText(double x, double y, String text, double size, String fill) {
        String t = FigureFont.printable(text, false);
        double w = textWidth(t, size, false);
        Matrix m = Matrix.getTranslateInstance((float) x, (float) (height - y));
        m.rotate(Math.PI / 2);
        m.translate((float) (-w / 2), 0);
        return show(t, size, false, fill, m);
    }

    private Pen show(String t, double size, boolean isBold, String fill, Matrix at) {
        CssColor f = CssColor.of(fill);
        if (t.isEmpty() || f.none()) {
            return this;
        }
        return io(() -> {
            fill(f, 1);
            out.beginText();
            out.setFont(isBold ? bold : regular, (float) size);
            out.setTextMatrix(at);
            out.showText(t);
            out.endText();
        });
    }

    @Override
    public Pen image(BufferedImage image, double x, double y, double w, double h) {
        return io(() -> {
            PDImageXObject picture = LosslessFactory.createFromImage(doc, image);
            // Each cell a sharp square, as on screen (viewers smooth an interpolated image).
            picture.setInterpolate(false);
            out.drawImage(picture, (float) x, (float) (height - y - h), (float) w, (float) h);
        });
    }

    /** Ends the page and writes the document. */
    public void save(java.nio.file.Path file) throws IOException {
        out.close();
        doc.save(file.toFile());
    }

    @Override
    public void close() throws IOException {
        doc.close();
    }

    private void path(double[] xs, double[] ys, int n) throws IOException {
        out.moveTo((float) xs[0], (float) (height - ys[0]));
        for (int i = 1; i < n; i++) {
            out.lineTo((float) xs[i], (float) (height - ys[i]));
        }
    }

    private void fill(CssColor c, double opacity) throws IOException {
        out.setNonStrokingColor(c.red() / 255f, c.green() / 255f, c.blue() / 255f);
        alpha(c.alpha() * opacity, false);
    }

    private void stroke(CssColor c, double opacity, double width, String dash) throws IOException {
        out.setStrokingColor(c.red() / 255f, c.green() / 255f, c.blue() / 255f);
        alpha(c.alpha() * opacity, true);
        out.setLineWidth((float) width);
        out.setLineDashPattern(dash == null ? new float[0] : Pen.dashArray(dash), 0);
    }

    /** Transparency through a shared graphics state per alpha (opaque drawing sets it back to 1). */
    private void alpha(double a, boolean stroking) throws IOException {
        double key = Math.round(a * 100) / 100.0 + (stroking ? 10 : 0);
        PDExtendedGraphicsState g = alphas.computeIfAbsent(key, k -> {
            PDExtendedGraphicsState s = new PDExtendedGraphicsState();
            if (stroking) {
                s.setStrokingAlphaConstant((float) (k - 10));
            } else {
                s.setNonStrokingAlphaConstant((float) (double) k);
            }
            return s;
        });
        out.setGraphicsStateParameters(g);
    }

    @FunctionalInterface
    private interface Io {
        void run() throws IOException;
    }

    private Pen io(Io work) {
        try {
            work.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }
}
