package org.basinscope.engine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** The escape command's JSON contract and its refusals. */
class EscapeCommandTest {

    @Test
    void escapePrintsTheMeanBesideBothPredictions() {
        // T = 0.1 (ΔU/T = 2.5): quick, and the exact integral still matches to a few standard errors.
        CliRunner r = CliRunner.run("escape", "--landscape", "double-well", "--dynamics", "langevin", "--eta", "0.005",
                "--temperature", "0.1", "--from", "-1", "--to", "1", "--particles", "2000", "--seed", "4");
        assertEquals(0, r.code(), r.err());
        JsonNode j = r.json();
        double mfpt = j.get("mfpt").asDouble();
        double se = j.get("stderr").asDouble();
        double exact = j.get("exact").asDouble();
        double kramers = j.get("kramers").asDouble();
        assertEquals(1.0, j.get("escaped").asDouble(), 0.0);
        assertEquals(2 * Math.PI / Math.sqrt(2) * Math.exp(2.5), kramers, 1e-6 * kramers);
        // 4.5 standard errors plus 3% for the step's bias.
        assertEquals(exact, mfpt, 4.5 * se + 0.03 * exact, "mfpt " + mfpt + " ± " + se + " vs exact " + exact);
        assertEquals(0, j.get("barrier").asDouble(), 1e-4);
        assertEquals(0.25, j.get("barrierHeight").asDouble(), 1e-6);
        assertTrue(j.get("note").isNull());
    }

    @Test
    void twoDimensionalEscapeIsComparedWithEyringKramers() {
        // U = (x²−1)²/4 + y²/2: det H = 2 at the minimum (−1, 0), Hessian eigenvalues −1 and 1 at the saddle (0, 0),
        // so τ = 2π/|λ_b| · √(|det H_b| / det H_m) · e^{ΔU/T} = 2π/√2 · e^{0.25/0.15} ≈ 23.52 (no exact integral in 2-D).
        CliRunner r = CliRunner.run("escape", "--landscape", "double-well:dim=2", "--temperature", "0.15", "--eta", "0.01",
                "--from", "-1,0", "--to", "0.5,0", "--particles", "300", "--max-steps", "2000000");
        assertEquals(0, r.code(), r.err());
        JsonNode j = r.json();
        assertTrue(j.get("exact").isNull());
        assertEquals("eyring-kramers", j.get("theory").asText());
        double eyringKramers = 2 * Math.PI / Math.sqrt(2) * Math.exp(0.25 / 0.15);
        assertEquals(eyringKramers, j.get("kramers").asDouble(), 1e-6 * eyringKramers);
        double mfpt = j.get("mfpt").asDouble();
        double se = j.get("stderr").asDouble();
        // 4.5 standard errors plus 15%: the law is asymptotic in T/ΔU and ΔU/T is only 1.7 here.
        assertEquals(eyringKramers, mfpt, 4.5 * se + 0.15 * eyringKramers, "mfpt " + mfpt + " ± " + se);
        assertTrue(j.get("note").asText().contains("Eyring"), j.toString());
    }

    @Test
    void censoredRunsSayTheMeanIsBiased() {
        CliRunner r = CliRunner.run("escape", "--landscape", "double-well", "--temperature", "0.05", "--from", "-1",
                "--to", "1", "--particles", "100", "--max-steps", "1000");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.json().get("escaped").asDouble() < 0.5);
        assertTrue(r.json().get("note").asText().contains("biased low"), r.json().toString());
    }

    @Test
    void badArgumentsAreRefusedWithAReason() {
        CliRunner steps = CliRunner.run("escape", "--landscape", "double-well", "--from", "-1", "--to", "1", "--steps", "10");
        assertEquals(2, steps.code());
        assertTrue(steps.err().contains("--max-steps"), steps.err());
        CliRunner same = CliRunner.run("escape", "--landscape", "double-well", "--from", "1", "--to", "1");
        assertEquals(2, same.code());
        assertTrue(same.err().contains("different"), same.err());
        CliRunner flat = CliRunner.run("escape", "--formula", "x", "--from", "0", "--to", "1", "--temperature", "0.1");
        assertEquals(2, flat.code());
        assertTrue(flat.err().contains("reflecting"), flat.err());
    }
}
