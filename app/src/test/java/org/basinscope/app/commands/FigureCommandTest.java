package org.basinscope.app.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.basinscope.engine.cli.Cli;
import org.basinscope.engine.session.Session;
import org.basinscope.engine.session.SessionFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code basinscope figure}: the chosen plots of a replayed run, redrawn at a printed size, with no display. */
class FigureCommandTest {
    private static final String[] RUN = {"--landscape", "double-well:dim=2", "--dynamics", "langevin", "--temperature",
        "0.2", "--particles", "400", "--steps", "200"};
    private String out;
    private String err;

    private int run(String... args) {
        CommandLine cl = Cli.commandLine(List.of(new FigureCommand()));
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        cl.setOut(new PrintWriter(o));
        cl.setErr(new PrintWriter(e));
        int code = cl.execute(args);
        out = o.toString();
        err = e.toString();
        return code;
    }

    private int figure(String... args) {
        String[] all = new String[1 + RUN.length + args.length];
        all[0] = "figure";
        System.arraycopy(RUN, 0, all, 1, RUN.length);
        System.arraycopy(args, 0, all, 1 + RUN.length, args.length);
        return run(all);
    }

    @Test
    void anSvgOfHistogramAndLossIsAllVectorsWithItsCaptionAndSession(@TempDir Path dir) throws Exception {
        Path svg = dir.resolve("fig.svg");
        assertEquals(0, figure("--plots", "histogram,loss", "--width-mm", "170", "--font-pt", "8", "--out",
                svg.toString()), err);
        JsonNode j = new ObjectMapper().readTree(out);
        assertEquals(svg.toString(), j.get("file").asText());
        assertEquals("svg", j.get("format").asText());
        assertEquals(List.of("histogram", "loss"), List.of(j.get("plots").get(0).asText(), j.get("plots").get(1).asText()));
        assertEquals(170, j.get("widthMm").asDouble());
        assertEquals(61.2, j.get("heightMm").asDouble(), 1e-9, "two 85 mm panels, 0.72 as tall");
        String text = Files.readString(svg);
        assertFalse(text.contains("<image"), "no embedded picture");
        assertTrue(Pattern.compile("<text[^>]*>Histogram vs Gibbs</text>").matcher(text).find(), "titles as text");
        assertTrue(text.contains("<text") && text.contains("<path"), "text and path elements");
        assertFalse(text.contains("Run") || text.contains("Learning rate"), "no controls in the figure");
        Session s = SessionFiles.read(dir.resolve("fig.session.json"));
        assertEquals(200, s.steps());
        String caption = Files.readString(dir.resolve("fig.caption.txt"));
        assertTrue(Pattern.compile("temperature T +0.2\n").matcher(caption).find()
                && Pattern.compile("particles N +400\n").matcher(caption).find()
                && caption.contains("--plots histogram,loss"), caption);
        assertTrue(Files.readString(dir.resolve("fig-histogram.csv")).startsWith("# Histogram vs Gibbs"));
    }

    @Test
    void aPdfHasItsFontsEmbeddedAndThePageIsTheSizeInMillimetres(@TempDir Path dir) throws Exception {
        Path pdf = dir.resolve("fig.pdf");
        assertEquals(0, figure("--plots", "landscape,loss", "--width-mm", "85",
                "--height-mm", "120", "--out", pdf.toString()), err);
        JsonNode j = new ObjectMapper().readTree(out);
        assertEquals("pdf", j.get("format").asText());
        assertEquals(120, j.get("heightMm").asDouble());
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDPage page = doc.getPage(0);
            assertEquals(85 / 25.4 * 72, page.getMediaBox().getWidth(), 0.01);
            assertEquals(120 / 25.4 * 72, page.getMediaBox().getHeight(), 0.01);
            int fonts = 0;
            for (COSName name : page.getResources().getFontNames()) {
                assertTrue(page.getResources().getFont(name).isEmbedded(), name.getName() + " embedded");
                fonts++;
            }
            assertTrue(fonts >= 1);
            // The landscape's heat map is the one picture.
            int images = 0;
            for (COSName name : page.getResources().getXObjectNames()) {
                images++;
            }
            assertEquals(1, images);
        }
    }

    @Test
    void aPngAt300DpiAnd170MillimetresIs2008PixelsWide(@TempDir Path dir) throws Exception {
        Path png = dir.resolve("fig.png");
        assertEquals(0, figure("--plots", "histogram", "--format", "png", "--dpi", "300", "--width-mm", "170", "--out",
                png.toString()), err);
        assertEquals(2008, ImageIO.read(png.toFile()).getWidth());
        assertEquals(2008, new ObjectMapper().readTree(out).get("widthPx").asInt());
    }

    @Test
    void badRequestsAreOneLineNamingWhatIsAllowedAndExitTwo(@TempDir Path dir) {
        Path pdf = dir.resolve("bad.pdf");
        assertEquals(2, figure("--plots", "histogram,nope", "--out", pdf.toString()));
        assertOneLine("'nope' is not a plot; valid: ", "histogram", "loss", "landscape");
        assertEquals(2, figure("--plots", "histogram,lyapunov", "--out", pdf.toString()));
        assertOneLine("the plots of one tab");
        assertEquals(2, figure("--plots", "loss", "--width-mm", "600", "--out", pdf.toString()));
        assertOneLine("figure width 600 mm is outside 20–500 mm");
        assertEquals(2, figure("--plots", "loss", "--dpi", "5", "--out", pdf.toString()));
        assertOneLine("dpi 5 is outside 30–1200");
        assertEquals(2, figure("--plots", "loss", "--font-pt", "50", "--out", pdf.toString()));
        assertOneLine("font size 50 pt is outside 4–36 pt");
        assertEquals(2, figure("--plots", "loss", "--format", "png", "--out", pdf.toString()));
        assertOneLine("does not end in .png");
        assertEquals(2, figure("--plots", "loss", "--out", dir.resolve("bad.gif").toString()));
        assertOneLine("format 'gif' is not valid; valid: pdf, svg, png");
        assertFalse(Files.exists(pdf));
    }

    private void assertOneLine(String... parts) {
        assertEquals(1, err.strip().lines().count(), err);
        for (String p : parts) {
            assertTrue(err.contains(p), p + " in: " + err);
        }
    }
}
