package org.basinscope.engine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SimulateCommandTest {

    @Test
    void theContractExampleGivesTheDiscretisedVariance() {
        // Issue 3: variance within 1.5% of T/(1 − η/2) = 0.52632. Sampling SE is √(2/N) = 0.45%.
        CliRunner r = CliRunner.run("simulate", "--formula", "x^2/2", "--dynamics", "langevin", "--eta", "0.1",
                "--temperature", "0.5", "--particles", "100000", "--steps", "3000", "--seed", "1");
        assertEquals(0, r.code(), r.err());
        JsonNode j = r.json();
        assertEquals(100000, j.get("particles").asInt());
        assertEquals(3000, j.get("steps").asInt());
        assertEquals(1, j.get("mean").size());
        assertEquals(0.526316, j.get("variance").get(0).asDouble(), 0.015 * 0.526316);
        assertEquals(0, j.get("diverged").asInt());
        assertTrue(j.has("meanLoss"));
    }

    @Test
    void twoDimensionalRunReportsTwoCoordinatesAndWritesTheCsv(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("final.csv");
        CliRunner r = CliRunner.run("simulate", "--landscape", "double-well:dim=2", "--dynamics", "underdamped",
                "--particles", "500", "--steps", "200", "--out", csv.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals(2, r.json().get("mean").size());
        List<String> lines = Files.readAllLines(csv);
        assertEquals("index,x,y,diverged", lines.get(0));
        assertEquals(501, lines.size());
    }

    @Test
    void divergenceIsCountedNotPrintedAsNaN() {
        CliRunner r = CliRunner.run("simulate", "--landscape", "quadratic:h1=1,h2=10", "--dynamics", "gd",
                "--eta", "0.21", "--particles", "10", "--steps", "500");
        assertEquals(0, r.code(), r.err());
        assertEquals(10, r.json().get("diverged").asInt());
        assertTrue(r.json().get("meanLoss").isNull());
        assertFalse(r.out().contains("NaN"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "--landscape banana|unknown landscape 'banana'; valid: quadratic, double-well",
        "--dynamics sgdd|unknown dynamics 'sgdd'; valid: gd, sgd",
        "--formula 2x|column 2",
        "--formula sin(x|expected",
        "--eta -0.1|learning rate eta = -0.1 must be positive",
        "--eta NaN|learning rate eta must be a finite number",
        "--temperature -1|temperature T = -1 is outside the allowed range",
        "--temperature Infinity|temperature T must be a finite number",
        "--batch 0|batch size B = 0 is outside the allowed range",
        "--particles -5|--particles -5 is outside the allowed range",
        "--particles 0|--particles 0 is outside the allowed range",
        "--eta abc|'abc' is not a double",
        "--x0 1,2,3|needs 1 coordinate",
        "--landscape double-well:tilt=x|'x' is not a number",
        "--landscape double-well --formula x^2|either --landscape or --formula",
        "--frobnicate 1|Unknown option",
    })
    void badInputGivesOneLineOnStandardErrorAndExitTwo(String args, String expected) {
        String[] argv = args.split(" ");
        String[] full = new String[argv.length + 3];
        full[0] = "simulate";
        System.arraycopy(argv, 0, full, 1, argv.length);
        full[argv.length + 1] = "--steps";
        full[argv.length + 2] = "10";
        CliRunner r = CliRunner.run(full);
        assertEquals(2, r.code(), "exit code; stderr: " + r.err());
        assertEquals("", r.out(), "nothing on stdout");
        String line = r.err().strip();
        assertEquals(1, line.lines().count(), "one line: " + r.err());
        assertTrue(line.contains(expected), "message '" + line + "' should contain '" + expected + "'");
        assertFalse(line.contains("Exception"), "no stack trace or exception class: " + line);
    }
}
