package org.basinscope.app.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.basinscope.engine.cli.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code basinscope render} works with no display: the PNG has the requested size and is not blank. */
class RenderCommandTest {

    private static int[] run(String... args) {
        CommandLine cl = Cli.commandLine(List.of(new RenderCommand()));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        LAST_OUT = out.toString();
        LAST_ERR = err.toString();
        return new int[] {code};
    }

    private static String LAST_OUT;
    private static String LAST_ERR;

    @Test
    void rendersTheWindowAtTheRequestedSize(@TempDir Path dir) throws Exception {
        Path png = dir.resolve("window.png");
        int code = run("render", "--landscape", "double-well:dim=2", "--dynamics", "langevin", "--temperature", "0.3",
                "--particles", "2000", "--steps", "200", "--out", png.toString(), "--width", "1200", "--height", "800")[0];
        assertEquals(0, code, LAST_ERR);
        JsonNode json = new ObjectMapper().readTree(LAST_OUT);
        assertEquals(png.toAbsolutePath().toString(), json.get("file").asText());
        assertEquals(1200, json.get("width").asInt());
        assertEquals(800, json.get("height").asInt());
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(1200, image.getWidth());
        assertEquals(800, image.getHeight());
        // Not blank: the luminance varies across the picture (a one-colour image has variance 0).
        double sum = 0;
        double sumSq = 0;
        int n = 0;
        for (int y = 0; y < image.getHeight(); y += 3) {
            for (int x = 0; x < image.getWidth(); x += 3) {
                int rgb = image.getRGB(x, y);
                double lum = 0.299 * ((rgb >> 16) & 255) + 0.587 * ((rgb >> 8) & 255) + 0.114 * (rgb & 255);
                sum += lum;
                sumSq += lum * lum;
                n++;
            }
        }
        double variance = sumSq / n - (sum / n) * (sum / n);
        assertTrue(variance > 500, "pixel luminance variance " + variance);
    }

    @Test
    void aSetUpTextRendersItsRunAndADamagedOneIsRefused(@TempDir Path dir) throws Exception {
        var lesson = org.basinscope.engine.session.Lessons.load("momentum-with-noise").settings().withSteps(300);
        String text = org.basinscope.engine.session.SetupText.encode(lesson);
        Path png = dir.resolve("setup.png");
        int code = run("render", "--setup", text, "--width", "1200", "--height", "800", "--out", png.toString())[0];
        assertEquals(0, code, LAST_ERR);
        assertEquals(300, new ObjectMapper().readTree(LAST_OUT).get("steps").asInt(), "the set-up's steps replayed");
        code = run("render", "--setup", text.substring(0, text.length() - 5), "--out", dir.resolve("x.png").toString())[0];
        assertEquals(2, code);
        assertTrue(LAST_ERR.strip().lines().count() == 1 && LAST_ERR.contains("set-up text"), LAST_ERR);
        code = run("render", "--setup", text, "--preset", "kong-tao", "--out", dir.resolve("x.png").toString())[0];
        assertEquals(2, code);
        assertTrue(LAST_ERR.contains("not several"), LAST_ERR);
    }

    @Test
    void badOptionsFailWithOneLineAndExitTwo(@TempDir Path dir) {
        int code = run("render", "--formula", "x^", "--out", dir.resolve("x.png").toString())[0];
        assertEquals(2, code);
        assertTrue(LAST_ERR.strip().lines().count() == 1 && LAST_ERR.contains("formula error"), LAST_ERR);
        code = run("render", "--width", "10", "--out", dir.resolve("x.png").toString())[0];
        assertEquals(2, code, LAST_ERR);
        assertTrue(LAST_ERR.contains("--width"), LAST_ERR);
    }

    @Test
    void rendersADimensionalRunOnTheChosenPlaneAndRefusesAProjectionOfAPlanarOne(@TempDir Path dir) throws Exception {
        Path png = dir.resolve("quadratic.png");
        int code = run("render", "--landscape", "quadratic:dim=50,lmin=0.1,lmax=1", "--dynamics", "langevin",
                "--particles", "500", "--steps", "40", "--projection", "coords:3,7", "--centre", "particle:0",
                "--out", png.toString(), "--width", "1280", "--height", "720")[0];
        assertEquals(0, code, LAST_ERR);
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(1280, image.getWidth());
        assertEquals(720, image.getHeight());
        int refused = run("render", "--landscape", "double-well", "--projection", "hessian", "--out",
                dir.resolve("no.png").toString())[0];
        assertEquals(2, refused, LAST_ERR);
        assertTrue(LAST_ERR.contains("apply to landscapes of more than two dimensions"), LAST_ERR);
        assertEquals(1, LAST_ERR.strip().lines().count(), LAST_ERR);
        int badPlane = run("render", "--landscape", "quadratic:dim=5", "--projection", "coords:1,9", "--out",
                dir.resolve("no.png").toString())[0];
        assertEquals(0, badPlane, "a plane the landscape does not have is said on the picture, not a failure: " + LAST_ERR);
    }
}
