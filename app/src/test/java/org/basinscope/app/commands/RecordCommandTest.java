package org.basinscope.app.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadataNode;
import org.basinscope.engine.cli.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code basinscope record} writes an animated GIF with no display: one frame per --every steps, looping. */
class RecordCommandTest {
    private static String out;
    private static String err;

    private static int run(String... args) {
        CommandLine cl = Cli.commandLine(List.of(new RecordCommand()));
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        cl.setOut(new PrintWriter(o));
        cl.setErr(new PrintWriter(e));
        int code = cl.execute(args);
        out = o.toString();
        err = e.toString();
        return code;
    }

    @Test
    void framesOfTheRunAsALoopingGif(@TempDir Path dir) throws Exception {
        Path gif = dir.resolve("run.gif");
        int code = run("record", "--landscape", "double-well:dim=2", "--dynamics", "langevin", "--temperature", "0.3",
                "--particles", "500", "--steps", "100", "--frames", "5", "--every", "50", "--fps", "20",
                "--width", "1200", "--height", "800", "--out", gif.toString());
        assertEquals(0, code, err);
        JsonNode j = new ObjectMapper().readTree(out);
        assertEquals(5, j.get("frames").asInt());
        assertEquals(100 + 4 * 50, j.get("lastStep").asLong());
        assertEquals("landscape", j.get("view").asText());
        ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
        reader.setInput(ImageIO.createImageInputStream(gif.toFile()));
        assertEquals(5, reader.getNumImages(true));
        IIOMetadataNode meta = (IIOMetadataNode) reader.getImageMetadata(0).getAsTree("javax_imageio_gif_image_1.0");
        assertEquals("5", ((IIOMetadataNode) meta.getElementsByTagName("GraphicControlExtension").item(0))
                .getAttribute("delayTime"), "1/20 s a frame");
        assertEquals(1, meta.getElementsByTagName("ApplicationExtension").getLength(), "loops");
        BufferedImage first = reader.read(0);
        BufferedImage last = reader.read(4);
        assertEquals(j.get("width").asInt(), first.getWidth());
        assertNotEquals(Arrays.hashCode(pixels(first)), Arrays.hashCode(pixels(last)), "the cloud moved");
        assertFalse(Files.exists(dir.resolve("run.gif.partial")));
    }

    @Test
    void badRequestsAreOneLineAndExitTwo(@TempDir Path dir) {
        assertEquals(2, run("record", "--frames", "5", "--out", dir.resolve("a.mp4").toString()));
        assertTrue(err.strip().lines().count() == 1 && err.contains("MP4"), err);
        assertEquals(2, run("record", "--frames", "0", "--out", dir.resolve("a.gif").toString()));
        assertTrue(err.contains("--frames"), err);
        assertEquals(2, run("record", "--view", "nope", "--frames", "2", "--width", "1200", "--height", "800", "--out",
                dir.resolve("b.gif").toString()));
        assertTrue(err.contains("--view 'nope'") && err.contains("landscape"), err);
        assertFalse(Files.exists(dir.resolve("b.gif")) || Files.exists(dir.resolve("b.gif.partial")));
    }

    private static int[] pixels(BufferedImage image) {
        return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    }
}
