package org.basinscope.engine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** {@code simulate --losses} in d dimensions: the distribution of the particles' own final loss, and its refusal in the plane. */
class SimulateLossesTest {

    @Test
    void gradientFlowOnAQuadraticShrinksEveryLossByTheSameFactor() {
        // GD on f = ½ Σ θᵢ² (lmin = lmax = 1) multiplies every θ by (1 − η) a step, so every particle's loss by
        // (1 − η)²ᵏ: the distribution keeps its shape, scaled exactly.
        String[] common = {"simulate", "--landscape", "quadratic:dim=4,lmin=1,lmax=1", "--dynamics", "gd", "--eta",
            "0.1", "--particles", "101", "--spread", "1", "--losses"};
        JsonNode start = run(common, "1");
        JsonNode later = run(common, "11");
        double factor = Math.pow(0.9, 20);
        JsonNode a = start.get("losses");
        JsonNode b = later.get("losses");
        assertEquals(101, b.get("count").asInt());
        assertEquals(later.get("meanLoss").asDouble(), b.get("mean").asDouble(), 1e-15);
        assertEquals(a.get("sd").asDouble() * factor, b.get("sd").asDouble(), 1e-12 * a.get("sd").asDouble());
        JsonNode qa = a.get("quantiles");
        JsonNode qb = b.get("quantiles");
        assertEquals(7, qb.size());
        for (int k = 0; k < 7; k++) {
            assertEquals(qa.get(k).asDouble() * factor, qb.get(k).asDouble(), 1e-12 * qa.get(6).asDouble());
            assertTrue(k == 0 || qb.get(k).asDouble() >= qb.get(k - 1).asDouble(), "sorted");
        }
        assertEquals(0.5, b.get("probabilities").get(3).asDouble(), 0);
    }

    private static JsonNode run(String[] common, String steps) {
        String[] args = java.util.Arrays.copyOf(common, common.length + 2);
        args[common.length] = "--steps";
        args[common.length + 1] = steps;
        CliRunner r = CliRunner.run(args);
        assertEquals(0, r.code(), r.err());
        return r.json();
    }

    @Test
    void inThePlaneItSaysWhereTheLossesAre() {
        CliRunner r = CliRunner.run("simulate", "--landscape", "double-well", "--particles", "2", "--steps", "2",
                "--losses");
        assertEquals(2, r.code(), r.out() + r.err());
        assertTrue(r.err().contains("more than two dimensions"), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
    }
}
