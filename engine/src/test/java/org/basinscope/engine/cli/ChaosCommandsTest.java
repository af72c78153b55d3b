package org.basinscope.engine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The lyapunov, bifurcation and basins commands: their JSON contract and their refusals. */
class ChaosCommandsTest {

    @Test
    void lyapunovPrintsTheDescendingSpectrum() {
        CliRunner r = CliRunner.run("lyapunov", "--landscape", "quadratic:h1=1,h2=10", "--dynamics", "gd", "--eta", "0.15",
                "--x0", "2,2", "--steps", "1000", "--transient", "0");
        assertEquals(0, r.code(), r.err());
        JsonNode e = r.json().get("exponents");
        assertEquals(Math.log(0.85), e.get(0).asDouble(), 1e-6);
        assertEquals(Math.log(0.5), e.get(1).asDouble(), 1e-6);
        assertEquals("qr", r.json().get("method").asText());
    }

    @Test
    void lyapunovOfANoisyDynamicsUsesSharedNoise() {
        CliRunner r = CliRunner.run("lyapunov", "--landscape", "quadratic:dim=1,h1=2", "--dynamics", "langevin",
                "--eta", "0.1", "--temperature", "0.3", "--x0", "0.5", "--steps", "1000", "--transient", "0");
        assertEquals(0, r.code(), r.err());
        assertEquals("shared-noise", r.json().get("method").asText());
        assertEquals(Math.log(0.8), r.json().get("exponents").get(0).asDouble(), 1e-6);
    }

    @Test
    void bifurcationPrintsEtaPeriodAndLyapunovAndWritesThePoints(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("points.csv");
        CliRunner r = CliRunner.run("bifurcation", "--landscape", "double-well", "--dynamics", "gd", "--x0", "0.9",
                "--eta-min", "0.5", "--eta-max", "1.4", "--eta-count", "10", "--keep", "256", "--out", csv.toString());
        assertEquals(0, r.code(), r.err());
        JsonNode j = r.json();
        assertEquals(10, j.get("eta").size());
        assertEquals(10, j.get("period").size());
        assertEquals(10, j.get("lyapunov").size());
        assertEquals(1, j.get("period").get(0).asInt(), "η = 0.5 converges (multiplier 1 − 2η = 0)");
        assertEquals(2, j.get("period").get(6).asInt(), "η = 1.1: the 2-cycle");
        assertEquals(1 + 10 * 256, Files.readAllLines(csv).size());
    }

    @Test
    void basinsPrintsAttractorsWithFractions() {
        CliRunner r = CliRunner.run("basins", "--landscape", "double-well:dim=2", "--dynamics", "gd", "--eta", "0.1",
                "--x-range", "-2:1", "--y-range", "-1:1", "--grid", "90,20", "--steps", "1000");
        assertEquals(0, r.code(), r.err());
        JsonNode a = r.json().get("attractors");
        assertEquals(2, a.size());
        double total = 0;
        for (JsonNode one : a) {
            total += one.get("fraction").asDouble();
            assertEquals(2, one.get("position").size());
        }
        assertEquals(1, total, 1e-12);
        assertEquals(0, r.json().get("diverged").asDouble());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "bifurcation --eta-min 0.5 --eta-max 0.1|need 0 < eta-min < eta-max",
        "bifurcation --eta-min 0.1 --eta-max 0.5 --eta-count 0|eta-count 0 is outside the allowed range",
        "bifurcation --eta-min 0.1 --eta-max 0.5 --dynamics langevin|deterministic",
        "bifurcation --eta-min 0.1 --eta-max 0.5 --keep 10|keep",
        "basins --x-range 1:-1|needs a < b",
        "basins --x-range a:b|is not a number",
        "basins --x-range -1:1 --grid 0|--grid 0 is outside the allowed range",
        "basins --x-range -1:1 --grid 10,x|is not a whole number",
        "basins --landscape double-well:dim=2 --x-range -1:1|give --y-range",
        "basins --x-range -1:1 --y-range -1:1|1-D",
        "lyapunov --steps 5|need --steps",
        "lyapunov --transient -3|need --steps",
        "lyapunov --landscape quadratic:dim=5,lmin=1,lmax=2 --dynamics gd --exponents 0|outside the allowed range [1, 5]",
        "lyapunov --landscape quadratic:dim=5,lmin=1,lmax=2 --dynamics gd --exponents 6|outside the allowed range [1, 5]",
        "lyapunov --landscape quadratic:dim=5,lmin=1,lmax=2 --dynamics momentum --exponents 11|[1, 10]",
        "lyapunov --landscape quadratic:dim=5,lmin=1,lmax=2 --dynamics langevin|needs a deterministic rule",
        "lyapunov --landscape quadratic:dim=5,lmin=1,lmax=2 --dynamics gd --gradient noisy|needs a deterministic rule",
        "lyapunov --landscape quadratic:h1=1,h2=10 --dynamics gd --exponents 3|outside the allowed range [1, 2]",
        "lyapunov --landscape quadratic:h1=1,h2=10 --dynamics langevin --exponents 2|k must be 1",
    })
    void badRangesAndGridsAreRefused(String args, String expected) {
        CliRunner r = CliRunner.run(args.split(" "));
        assertEquals(2, r.code(), r.err());
        assertEquals("", r.out());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().contains(expected), r.err() + " should contain " + expected);
        assertFalse(r.err().contains("Exception"));
    }
}
