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

    @Test
    void theFrictionSweepPrintsOnePointPerGammaWithBothPredictions() {
        CliRunner r = CliRunner.run("escape", "--landscape", "double-well", "--dynamics", "underdamped", "--eta", "0.05",
                "--temperature", "0.1", "--from", "-1", "--to", "1", "--particles", "200", "--friction-sweep",
                "0.05:5:3", "--threads", "1");
        assertEquals(0, r.code(), r.err());
        JsonNode j = r.json();
        JsonNode points = j.get("frictionSweep");
        assertEquals(3, points.size());
        double[] gammas = {0.05, 0.5, 5};
        for (int k = 0; k < 3; k++) {
            JsonNode p = points.get(k);
            assertEquals(gammas[k], p.get("gamma").asDouble(), 1e-12);
            assertTrue(p.get("mfpt").asDouble() > 0 && p.get("stderr").asDouble() > 0, p.toString());
            assertEquals(1, p.get("escaped").asDouble(), 0.0);
            // γ × the exact overdamped time at T = 0.1 (331.343/5 per unit γ, EscapeTheoryTest's numbers).
            assertEquals(gammas[k] * 331.343 / 5, p.get("smoluchowski").asDouble(), 1e-3 * gammas[k]);
        }
        // γ = 0.05: γI/T = 0.67 < 1, energy diffusion: no KGH number. γ = 5: 2π/(κ√2)·e^{2.5}, κ = 1/(√7.25 + 2.5).
        assertTrue(points.get(0).get("lowFriction").asBoolean());
        assertTrue(points.get(0).get("kgh").isNull());
        double kgh = 2 * Math.PI * (Math.sqrt(7.25) + 2.5) / Math.sqrt(2) * Math.exp(2.5);
        assertEquals(kgh, points.get(2).get("kgh").asDouble(), 1e-6 * kgh);
        assertEquals(0.25, j.get("barrierHeight").asDouble(), 1e-6);
        assertEquals(0.1, j.get("temperature").asDouble(), 0.0);
        assertEquals(0.5, j.get("fastestGamma").asDouble(), 1e-12);
        assertTrue(r.err().contains("3/3 points"), r.err());
    }

    @Test
    void theFrictionSweepRefusesOtherDynamicsAndBadRangesInOneLine() {
        String[][] bad = {{"langevin", "0.1:10:5", "underdamped"}, {"underdamped", "10:1:5", "TO"},
            {"underdamped", "0:1:5", "FROM"}, {"underdamped", "-1:1:5", "FROM"}, {"underdamped", "1:1:5", "TO"},
            {"underdamped", "0.1:10:1", "POINTS"}, {"underdamped", "0.1:10:101", "POINTS"},
            {"underdamped", "0.1:10", "FROM:TO:POINTS"}, {"underdamped", "0.1:10:x", "whole number"}};
        for (String[] b : bad) {
            CliRunner r = CliRunner.run("escape", "--landscape", "double-well", "--dynamics", b[0], "--from", "-1",
                    "--to", "1", "--friction-sweep", b[1]);
            assertEquals(2, r.code(), String.join(" ", b) + ": " + r.err());
            assertTrue(r.err().contains(b[2]), r.err());
            assertEquals(1, r.err().strip().lines().count(), r.err());
            assertTrue(r.out().isEmpty(), r.out());
        }
        CliRunner both = CliRunner.run("escape", "--landscape", "double-well", "--dynamics", "underdamped", "--from", "-1",
                "--to", "1", "--friction-sweep", "0.1:10:3", "--friction", "2");
        assertEquals(2, both.code());
        assertTrue(both.err().contains("--friction does not apply"), both.err());
    }
}
