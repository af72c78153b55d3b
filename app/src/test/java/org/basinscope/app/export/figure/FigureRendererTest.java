package org.basinscope.app.export.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.basinscope.app.export.PlotData;
import org.basinscope.app.export.PlotDrawing;
import org.basinscope.app.export.Series;
import org.basinscope.engine.spec.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Figures drawn from plot data on each pen: sizes in mm, vector SVG, PDF with its font embedded, PNG at a DPI. */
class FigureRendererTest {
    private static final double PT_PER_MM = 72 / 25.4;

    private static List<FigurePanel> panels() {
        double[] x = {-1, -0.5, 0, 0.5, 1};
        double[] y = {0.1, 0.6, 0.9, 0.6, 0.1};
        PlotData histogram = new PlotData("Histogram vs Gibbs", "x", "density", new double[] {-1.5, 1.5, 0, 1},
                List.of(Series.of("particles", Series.Kind.STEPS, "#1f77b4", x, y),
                        Series.of("Gibbs η·σ²", Series.Kind.LINE, "#d62728", x, y)));
        double[] steps = {0, 100, 200, 300};
        double[] mean = {2, 1, 0.5, 0.4};
        double[] spread = {0.2, 0.1, 0.05, 0.04};
        PlotData loss = new PlotData("Loss vs step", "step", "loss f", new double[] {0, 300, 0.1, 10},
                List.of(new Series("mean f", Series.Kind.BAND, "#0072b2", steps, mean, spread, spread)), false, true);
        return List.of(panel("histogram", histogram), panel("loss", loss));
    }

    private static FigurePanel panel(String name, PlotData d) {
        return new FigurePanel(name, (pen, box, style) -> PlotDrawing.draw(pen, d, box, style), () -> "csv");
    }

    private static FigureSpec spec(FigureFormat f) {
        return new FigureSpec(List.of("histogram", "loss"), 170, 0, 9, f, 300);
    }

    @Test
    void anSvgFigureIsAllVectorsAtThePrintedSize(@TempDir Path dir) throws Exception {
        Path svg = dir.resolve("f.svg");
        FigureRenderer.write(panels(), spec(FigureFormat.SVG), svg);
        String text = Files.readString(svg);
        assertFalse(text.contains("<image"), "no picture in a figure of plots");
        assertTrue(text.contains("<text") && text.contains("<path"), text);
        assertTrue(text.contains("width=\"170.00mm\""), text);
        assertTrue(text.contains(">Gibbs η·σ²</text>"), "legend text as text");
    }

    @Test
    void aPdfFigureIsThePrintedSizeWithEveryFontEmbedded(@TempDir Path dir) throws Exception {
        Path pdf = dir.resolve("f.pdf");
        FigureSpec spec = spec(FigureFormat.PDF);
        FigureRenderer.write(panels(), spec, pdf);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertEquals(1, doc.getNumberOfPages());
            PDPage page = doc.getPage(0);
            assertEquals(170 * PT_PER_MM, page.getMediaBox().getWidth(), 0.01);
            assertEquals(spec.layout().heightMm() * PT_PER_MM, page.getMediaBox().getHeight(), 0.01);
            int fonts = 0;
            for (COSName name : page.getResources().getFontNames()) {
                assertTrue(page.getResources().getFont(name).isEmbedded(), name.getName());
                fonts++;
            }
            assertEquals(2, fonts, "regular and bold");
            String words = new PDFTextStripper().getText(doc);
            assertTrue(words.contains("Histogram vs Gibbs") && words.contains("step") && words.contains("η"), words);
        }
    }

    @Test
    void aPngFigureHasTheWidthOfItsMillimetresAtItsDpi(@TempDir Path dir) throws Exception {
        Path png = dir.resolve("f.png");
        FigureSpec spec = spec(FigureFormat.PNG);
        FigureRenderer.write(panels(), spec, png);
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(2008, image.getWidth(), "round(170 / 25.4 · 300)");
        assertEquals(Math.round(spec.layout().heightMm() / 25.4 * 300), image.getHeight());
        int dark = 0;
        for (int y = 0; y < image.getHeight(); y += 3) {
            for (int x = 0; x < image.getWidth(); x += 3) {
                dark += (image.getRGB(x, y) & 0xff) < 100 ? 1 : 0;
            }
        }
        assertTrue(dark > 1000, "drawn, not blank: " + dark);
    }

    @Test
    void twoPanelsSitSideBySideInADoubleColumnAndStackInASingleOne() {
        FigureLayout wide = FigureLayout.of(2, 170, 0);
        assertEquals(2, wide.columns());
        assertEquals(1, wide.rows());
        assertEquals(61.2, wide.heightMm(), 1e-9, "85 mm panels 0.72 as tall");
        FigureLayout narrow = FigureLayout.of(2, 85, 0);
        assertEquals(1, narrow.columns());
        assertEquals(2, narrow.rows());
        FigureLayout four = FigureLayout.of(4, 170, 100);
        assertEquals(2, four.columns(), "2 × 2, not 3 + 1");
        assertEquals(100, four.heightMm());
    }

    @Test
    void badSizesAndFilesAreRefusedNamingWhatIsAllowed() {
        assertEquals("figure width 600 mm is outside 20–500 mm", refused(() -> new FigureSpec(List.of("loss"), 600, 0,
                9, FigureFormat.PDF, 300)));
        assertEquals("figure height 10 mm is outside 20–500 mm", refused(() -> new FigureSpec(List.of("loss"), 170,
                10, 9, FigureFormat.PDF, 300)));
        assertEquals("font size 2 pt is outside 4–36 pt", refused(() -> new FigureSpec(List.of("loss"), 170, 0, 2,
                FigureFormat.PDF, 300)));
        assertEquals("dpi 10 is outside 30–1200", refused(() -> new FigureSpec(List.of("loss"), 170, 0, 9,
                FigureFormat.PNG, 10)));
        assertTrue(refused(() -> new FigureSpec(List.of("loss"), 500, 500, 9, FigureFormat.PNG, 1200))
                .contains("million pixels"));
        assertEquals("choose at least one plot for the figure", refused(() -> new FigureSpec(List.of(), 170, 0, 9,
                FigureFormat.PDF, 300)));
        assertEquals("format 'gif' is not valid; valid: pdf, svg, png", refused(() -> FigureFormat.of("gif")));
        assertTrue(refused(() -> spec(FigureFormat.PDF).checkFile(Path.of("a.png"))).contains("does not end in .pdf"));
    }

    private static String refused(Runnable r) {
        return assertThrows(InvalidInputException.class, r::run).getMessage();
    }
}
