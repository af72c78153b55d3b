package org.basinscope.engine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code sweep}: the grid's JSON and CSV, the one-axis form, and its refusals. */
class SweepCommandTest {
    private static final String[] SGD = {"sweep", "--formula", "x^2/2", "--dynamics", "sgd:sigma=1", "--x0", "0",
        "--particles", "300", "--steps", "40"};

    private static CliRunner sweep(String... more) {
        List<String> args = new ArrayList<>(List.of(SGD));
        args.addAll(List.of(more));
        if (!args.contains("--readout")) {
            args.addAll(List.of("--readout", "variance"));
        }
        return CliRunner.run(args.toArray(String[]::new));
    }

    @Test
    void aGridPrintsNestedArraysIndexedLikeTheAxes() {
        CliRunner r = sweep("--grid", "eta=0.1:0.4:3,batch=1:4:2:log", "--seeds", "2");
        assertEquals(0, r.code(), r.err());
        JsonNode j = r.json();
        assertEquals("eta", j.get("axes").get(0).get("param").asText());
        assertEquals(2, j.get("axes").get(1).get("values").size());
        assertTrue(j.get("axes").get(1).get("log").asBoolean());
        assertEquals(3, j.get("readout").size());
        assertEquals(2, j.get("readout").get(2).size());
        assertEquals(2, j.get("stderr").get(2).size());
        assertTrue(j.get("stderr").get(2).get(1).asDouble() > 0);
        assertEquals(2, j.get("seeds").asInt());
        assertEquals("local", j.get("engine").asText());
        assertEquals("variance", j.get("quantity").asText());
        // B = 4 has a quarter of B = 1's variance (ησ²/(B(2 − η))), well outside the noise of 300 particles.
        double ratio = j.get("readout").get(2).get(1).asDouble() / j.get("readout").get(2).get(0).asDouble();
        assertEquals(0.25, ratio, 0.08);
        assertTrue(r.err().startsWith("sweep: 6 points × 2 seeds × 300 particles × 40 steps = 1.44e+05 particle-steps"),
                r.err());
    }

    @Test
    void oneSeedHasNoStandardError() {
        CliRunner r = sweep("--grid", "temperature=0:1:2");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.json().get("stderr").get(0).isNull());
    }

    @Test
    void theOneAxisFormIsTheOneAxisGrid() {
        CliRunner one = sweep("--param", "eta", "--from", "0.1", "--to", "0.4", "--points", "4");
        CliRunner grid = sweep("--grid", "eta=0.1:0.4:4");
        assertEquals(0, one.code(), one.err());
        assertEquals(grid.json().get("readout"), one.json().get("readoutValues"));
        assertEquals(grid.json().get("axes").get(0).get("values"), one.json().get("values"));
        assertEquals("variance", one.json().get("readout").asText());
        assertEquals(4, one.json().get("batch").size());
    }

    @Test
    void outWritesTheGridAsCsvAndNoPartialFile(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("grid.csv");
        CliRunner r = sweep("--grid", "eta=0.1:0.4:3,batch=1:2:2", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        List<String> lines = Files.readAllLines(out);
        assertEquals("point,eta,batch,variance,stderr", lines.get(0));
        assertEquals(7, lines.size());
        assertTrue(lines.get(6).startsWith("5,0.4,2," + r.json().get("readout").get(2).get(1).asDouble() + ","), lines.get(6));
        assertFalse(Files.exists(dir.resolve("grid.csv.partial")));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--grid|eta=1:0:5|grid axis 'eta=1:0:5': need FROM < TO, got 1 ≥ 0",
        "--grid|batch=0:4:3:log|grid axis 'batch=0:4:3:log': a log axis needs 0 < FROM",
        "--grid|speed=0:4:3|unknown grid parameter 'speed'; valid: eta, batch",
        "--grid|eta=0.1:1:1000,batch=1:1000:1000|the grid has more than 100000 points",
        "--engine|spark|the spark engine is not on the class path; build the cluster module with 'mvn -q -pl cluster -am",
        "--engine|hadoop|unknown engine 'hadoop'; valid: local",
        "--master|local[2]|--master is for --engine spark",
        "--seeds|0|--seeds 0 is outside the allowed range [1, 10000]",
        "--readout|accuracy|accuracy needs a classification landscape; formula:x^2/2 is not one"})
    void badInputIsOneLineAndExitTwo(String option, String value, String message, @TempDir Path dir) {
        Path out = dir.resolve("g.csv");
        List<String> args = new ArrayList<>(List.of(option, value, "--out", out.toString()));
        if (!option.equals("--grid")) {
            args.addAll(List.of("--grid", "eta=0.1:0.2:2"));
        }
        CliRunner r = sweep(args.toArray(String[]::new));
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().startsWith("error: " + message), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertEquals("", r.out());
        assertFalse(Files.exists(out) || Files.exists(dir.resolve("g.csv.partial")), "nothing written");
    }

    @Test
    void aSweepAboveTheBudgetIsRefusedUnlessYes(@TempDir Path dir) {
        Path out = dir.resolve("big.csv");
        CliRunner r = CliRunner.run("sweep", "--formula", "x^2/2", "--dynamics", "gd", "--particles", "1000000",
                "--steps", "1000000", "--grid", "eta=0.1:0.2:2", "--out", out.toString());
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().startsWith("error: the sweep needs 2.00e+12 particle-steps (2 points × 1 seed × 1000000 "
                + "particles × 1000000 steps), above the budget of 1e+12; about "), r.err());
        assertTrue(r.err().strip().endsWith("give --yes to run it anyway"), r.err());
        assertFalse(Files.exists(out) || Files.exists(dir.resolve("big.csv.partial")), "nothing written");
    }

    @Test
    void aPartialFileOfAnotherSweepIsRefused(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("g.csv");
        Files.writeString(dir.resolve("g.csv.partial"), "# basinscope grid sweep {\"seeds\": 3}\npoint,eta,variance,stderr\n");
        CliRunner r = sweep("--grid", "eta=0.1:0.2:2", "--out", out.toString());
        assertEquals(2, r.code(), r.err());
        assertEquals("error: g.csv.partial holds an unfinished sweep with other settings (they differ in session, axes, "
                + "readout, seeds); give the same options to resume it, or delete it to start this one", r.err().strip());
    }

    @Test
    void aFolderIsNotAnOutputFile(@TempDir Path dir) {
        CliRunner r = sweep("--grid", "eta=0.1:0.2:2", "--out", dir.toString());
        assertEquals(2, r.code());
        assertEquals("error: --out " + dir + " is a folder; give the CSV file to write", r.err().strip());
    }

    @Test
    void gridAndParamExcludeEachOther() {
        CliRunner r = sweep("--grid", "eta=0.1:0.2:2", "--param", "eta", "--from", "0.1", "--to", "0.2");
        assertEquals(2, r.code());
        assertEquals("error: give either --grid or --param (one axis), not both", r.err().strip());
    }
}
