package org.basinscope.app.export;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;

/**
 * The {@link Pen} for a PNG: Java2D on a white picture of {@code widthPx × heightPx}, drawn at {@code pixelsPerUnit}
 * (dpi / 72 for a figure in pt), antialiased, with the figure font.
 */
public final class RasterPen implements Pen {
    private final BufferedImage picture;
    private final Graphics2D g;

    public RasterPen(int widthPx, int heightPx, double pixelsPerUnit) {
        picture = new BufferedImage(widthPx, heightPx, BufferedImage.TYPE_INT_RGB);
        g = picture.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, picture.getWidth(), picture.getHeight());
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.scale(pixelsPerUnit, pixelsPerUnit);
    }

    /** The picture drawn so far. */
    public BufferedImage picture() {
        return picture;
    }

    @Override
    public Pen rect(double x, double y, double w, double h, String fill, String stroke) {
        Rectangle2D r = new Rectangle2D.Double(x, y, w, h);
        CssColor f = CssColor.of(fill);
        if (!f.none()) {
            g.setColor(f.awt(1));
            g.fill(r);
        }
        CssColor s = CssColor.of(stroke);
        if (!s.none()) {
            stroke(s, 1, null);
            g.draw(r);
        }
        return this;
    }

    @Override
    public Pen line(double x1, double y1, double x2, double y2, String stroke, double width, String dash) {
        CssColor s = CssColor.of(stroke);
        if (!s.none()) {
            stroke(s, width, dash);
            g.draw(new Line2D.Double(x1, y1, x2, y2));
        }
        return this;
    }

    @Override
    public Pen polyline(double[] xs, double[] ys, int n, String stroke, double width, String dash) {
        CssColor s = CssColor.of(stroke);
        if (n >= 2 && !s.none()) {
            stroke(s, width, dash);
            g.draw(path(xs, ys, n, false));
        }
        return this;
    }

    @Override
    public Pen polygon(double[] xs, double[] ys, int n, String fill, double opacity) {
        CssColor f = CssColor.of(fill);
        if (n >= 3 && !f.none()) {
            g.setColor(f.awt(opacity));
            g.fill(path(xs, ys, n, true));
        }
        return this;
    }

    @Override
    public Pen circle(double x, double y, double r, String fill, double opacity) {
        CssColor f = CssColor.of(fill);
        if (!f.none()) {
            g.setColor(f.awt(opacity));
            g.fill(new Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r));
        }
        return this;
    }

    @Override
    public Pen text(double x, double y, String text, double size, String anchor, String fill, boolean bold) {
        String t = FigureFont.printable(text, bold);
        double w = textWidth(t, size, bold);
        double left = switch (anchor) {
            case "middle" -> x - w / 2;
            case "end" -> x - w;
            default -> x;
        };
        g.setFont(FigureFont.awt(size, bold));
        g.setColor(CssColor.of(fill).awt(1));
        g.drawString(t, (float) left, (float) y);
        return this;
    }

    @Override
    public Pen verticalText(double x, double y, String text, double size, String fill) {
        AffineTransform saved = g.getTransform();
        g.translate(x, y);
        g.rotate(-Math.PI / 2);
        text(0, 0, text, size, "middle", fill, false);
        g.setTransform(saved);
        return this;
    }

    @Override
    public Pen image(BufferedImage image, double x, double y, double w, double h) {
        Object saved = g.getRenderingHint(RenderingHints.KEY_INTERPOLATION);
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR);
        AffineTransform at = new AffineTransform();
        at.translate(x, y);
        at.scale(w / image.getWidth(), h / image.getHeight());
        g.drawImage(image, at, null);
        if (saved != null) {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, saved);
        }
        return this;
    }

    private void stroke(CssColor c, double width, String dash) {
        g.setColor(c.awt(1));
        g.setStroke(new BasicStroke((float) width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10,
                dash == null ? null : Pen.dashArray(dash), 0));
    }

    private static Path2D path(double[] xs, double[] ys, int n, boolean closed) {
        Path2D.Double p = new Path2D.Double();
        p.moveTo(xs[0], ys[0]);
        for (int i = 1; i < n; i++) {
            p.lineTo(xs[i], ys[i]);
        }
        if (closed) {
            p.closePath();
        }
        return p;
    }
}
