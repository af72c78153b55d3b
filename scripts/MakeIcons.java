import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import javax.imageio.ImageIO;

/**
 * Draws the Basinscope icon (a double well with a particle cloud settled in its basins, particle 0 in
 * red climbing the barrier) and writes it in the formats the packagers take:
 * assets/icons/basinscope.png (256 px, Linux and the window), app/src/package/basinscope.ico (Windows:
 * 16-256 px PNG entries) and app/src/package/basinscope.icns (macOS: 128-1024 px PNG entries).
 * Run from the repository root: java scripts/MakeIcons.java
 * (No icon tool is needed: .ico and .icns both hold PNG images behind a small index.)
 */
public class MakeIcons {
    public static void main(String[] args) throws IOException {
        Path root = Path.of(args.length > 0 ? args[0] : ".");
        Files.createDirectories(root.resolve("assets/icons"));
        Files.createDirectories(root.resolve("app/src/package"));
        Files.write(root.resolve("assets/icons/basinscope.png"), png(draw(256)));
        int[] icoSizes = {16, 24, 32, 48, 64, 128, 256};
        byte[][] ico = new byte[icoSizes.length][];
        for (int i = 0; i < icoSizes.length; i++) {
            ico[i] = png(draw(icoSizes[i]));
        }
        Files.write(root.resolve("app/src/package/basinscope.ico"), ico(icoSizes, ico));
        Files.write(root.resolve("app/src/package/basinscope.icns"), icns());
    }

    static BufferedImage draw(int size) {
        BufferedImage img = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.scale(size / 256.0, size / 256.0);
        RoundRectangle2D tile = new RoundRectangle2D.Double(8, 8, 240, 240, 56, 56);
        g.setPaint(new GradientPaint(0, 8, new Color(0x24, 0x3b, 0x6b), 0, 248, new Color(0x0d, 0x15, 0x2b)));
        g.fill(tile);
        g.setClip(tile);
        // f(x) = (x^2 - 1)^2 / 4 on [-1.55, 1.55], minima at x = +-1, drawn into [24, 232] x [64, 196].
        Path2D curve = new Path2D.Double();
        Path2D area = new Path2D.Double();
        area.moveTo(24, 256);
        for (int i = 0; i <= 200; i++) {
            double x = -1.55 + 3.1 * i / 200;
            double px = 24 + 208 * i / 200.0;
            double py = py(x);
            if (i == 0) {
                curve.moveTo(px, py);
            } else {
                curve.lineTo(px, py);
            }
            area.lineTo(px, py);
        }
        area.lineTo(232, 256);
        area.closePath();
        g.setPaint(new GradientPaint(0, 120, new Color(0x2a, 0x9d, 0x8f, 150), 0, 250, new Color(0x44, 0x01, 0x54, 40)));
        g.fill(area);
        // The cloud: most particles in the left basin, some in the right (they hop the barrier).
        Random r = new Random(7);
        for (int i = 0; i < 70; i++) {
            double center = i < 48 ? -1 : 1;
            double x = center + Math.max(-0.3, Math.min(0.3, 0.16 * r.nextGaussian()));
            double y = py(x) - 8 - Math.abs(r.nextGaussian()) * 16;
            double px = 24 + 208 * (x + 1.55) / 3.1;
            Color c = i % 3 == 0 ? new Color(0xfd, 0xe7, 0x25) : new Color(0xf8, 0x96, 0x1e);
            g.setColor(new Color(c.getRed(), c.getGreen(), c.getBlue(), 220));
            double d = 9;
            g.fill(new Ellipse2D.Double(px - d / 2, y - d / 2, d, d));
        }
        g.setStroke(new BasicStroke(9, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.setColor(new Color(0xee, 0xf3, 0xff));
        g.draw(curve);
        // Particle 0, red, with its trail up the barrier.
        g.setStroke(new BasicStroke(4, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.setColor(new Color(0xff, 0x5a, 0x5a, 170));
        Path2D trail = new Path2D.Double();
        for (int i = 0; i <= 20; i++) {
            double x = -1.0 + 0.86 * i / 20;
            double px = 24 + 208 * (x + 1.55) / 3.1;
            double py = py(x) - 14 + 5 * Math.sin(i * 1.7);
            if (i == 0) {
                trail.moveTo(px, py);
            } else {
                trail.lineTo(px, py);
            }
        }
        g.draw(trail);
        double x0 = -0.12;
        double px0 = 24 + 208 * (x0 + 1.55) / 3.1;
        g.setColor(new Color(0xe6, 0x1e, 0x2a));
        g.fill(new Ellipse2D.Double(px0 - 13, py(x0) - 30, 26, 26));
        g.setColor(Color.WHITE);
        g.setStroke(new BasicStroke(3));
        g.draw(new Ellipse2D.Double(px0 - 13, py(x0) - 30, 26, 26));
        g.dispose();
        return img;
    }

    private static double py(double x) {
        double f = (x * x - 1) * (x * x - 1) / 4;   // 0 at the minima, 1/4 at the barrier, 0.49 at the ends
        return 196 - 268 * f;
    }

    static byte[] png(BufferedImage img) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, "png", out);
        return out.toByteArray();
    }

    /** ICO: a 6-byte header, a 16-byte entry per image, then the images (PNG data is allowed since Vista). */
    static byte[] ico(int[] sizes, byte[][] images) {
        int offset = 6 + 16 * sizes.length;
        int total = offset;
        for (byte[] b : images) {
            total += b.length;
        }
        ByteBuffer buf = ByteBuffer.allocate(total).order(ByteOrder.LITTLE_ENDIAN);
        buf.putShort((short) 0).putShort((short) 1).putShort((short) sizes.length);
        for (int i = 0; i < sizes.length; i++) {
            buf.put((byte) (sizes[i] >= 256 ? 0 : sizes[i])).put((byte) (sizes[i] >= 256 ? 0 : sizes[i]));
            buf.put((byte) 0).put((byte) 0).putShort((short) 1).putShort((short) 32);
            buf.putInt(images[i].length).putInt(offset);
            offset += images[i].length;
        }
        for (byte[] b : images) {
            buf.put(b);
        }
        return buf.array();
    }

    /** ICNS: 'icns' + total length, then per image a 4-letter type + length + PNG data (big-endian). */
    static byte[] icns() throws IOException {
        String[] types = {"ic07", "ic08", "ic09", "ic10"};
        int[] sizes = {128, 256, 512, 1024};
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (int i = 0; i < types.length; i++) {
            byte[] data = png(draw(sizes[i]));
            body.write(types[i].getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            body.write(ByteBuffer.allocate(4).putInt(8 + data.length).array());
            body.write(data);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write("icns".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        out.write(ByteBuffer.allocate(4).putInt(8 + body.size()).array());
        body.writeTo(out);
        return out.toByteArray();
    }
}
