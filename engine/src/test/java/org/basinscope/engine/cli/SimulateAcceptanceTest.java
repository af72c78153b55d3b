package org.basinscope.engine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code simulate} prints the acceptance rates of a rule that accepts or rejects, in the plane and in d dimensions. */
class SimulateAcceptanceTest {

    private static JsonNode run(String landscape, String dynamics, String eta) {
        CliRunner r = CliRunner.run("simulate", "--landscape", landscape, "--dynamics", dynamics, "--eta", eta,
                "--temperature", "1", "--particles", "400", "--steps", "200");
        assertEquals(0, r.code(), r.err());
        return r.json();
    }

    @ParameterizedTest
    @ValueSource(strings = {"quadratic:dim=2", "quadratic:dim=8,lmin=1,lmax=1"})
    void malaAcceptsFewerProposalsAtALargerStep(String landscape) {
        // On a Gaussian target MALA's rejections grow with η: at η = 0.01 nearly every proposal is taken.
        JsonNode small = run(landscape, "mala", "0.01");
        JsonNode large = run(landscape, "mala", "1.5");
        double a = small.get("acceptance").get(0).asDouble();
        double b = large.get("acceptance").get(0).asDouble();
        assertTrue(a > 0.99 && a <= 1, "small steps: " + a);
        assertTrue(b < a && b > 0, "a large step: " + b);
        assertEquals("proposals accepted", large.get("acceptanceLabel").asText());
    }

    @ParameterizedTest
    @ValueSource(strings = {"quadratic:dim=2", "quadratic:dim=8"})
    void aRuleWithoutDecisionsPrintsNone(String landscape) {
        assertFalse(run(landscape, "langevin", "0.1").has("acceptance"));
    }
}
