import java.awt.image.BufferedImage;
import java.io.File;
import java.util.HashMap;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * java .ci/PngCheck.java FILE.png WIDTH HEIGHT : exits 0 if the PNG has that size and is not blank
 * (many colours, no colour covering nearly all of it, luminance that varies), else prints why and exits 1.
 */
public class PngCheck {
    public static void main(String[] args) throws Exception {
        BufferedImage img = ImageIO.read(new File(args[0]));
        if (img == null) {
            fail(args[0] + " is not an image ImageIO can read");
        }
        int w = Integer.parseInt(args[1]);
        int h = Integer.parseInt(args[2]);
        if (img.getWidth() != w || img.getHeight() != h) {
            fail(args[0] + " is " + img.getWidth() + "x" + img.getHeight() + ", not " + w + "x" + h);
        }
        Map<Integer, Integer> counts = new HashMap<>();
        double sum = 0;
        double sumSq = 0;
        long n = (long) w * h;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int rgb = img.getRGB(x, y) & 0xffffff;
                counts.merge(rgb, 1, Integer::sum);
                double lum = 0.299 * ((rgb >> 16) & 255) + 0.587 * ((rgb >> 8) & 255) + 0.114 * (rgb & 255);
                sum += lum;
                sumSq += lum * lum;
            }
        }
        int commonest = counts.values().stream().max(Integer::compare).orElse(0);
        double sd = Math.sqrt(Math.max(0, sumSq / n - (sum / n) * (sum / n)));
        String summary = String.format("%s: %dx%d, %d colours, commonest colour %.1f%% of the pixels, luminance sd %.1f",
                args[0], w, h, counts.size(), 100.0 * commonest / n, sd);
        if (counts.size() < 64 || commonest > 0.9 * n || sd < 10) {
            fail("blank or nearly blank: " + summary);
        }
        System.out.println(summary);
    }

    private static void fail(String why) {
        System.err.println("PngCheck: " + why);
        System.exit(1);
    }
}
