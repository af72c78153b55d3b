package org.basinscope.engine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** {@code simulate --basins}: the basins of the final cloud on a mixture whose basins are known. */
class SimulateBasinsTest {

    /**
     * Three wells at θ₁ = −4, 0, 4 (mixture:dim=8,modes=3), N = 3000 scattered uniformly within ±6 of the start
     * (0.5, …), so θ₁ is uniform on [−5.5, 6.5]; the basin boundaries are θ₁ = ±2 (EndPointBasinsTest), and 20
     * GD steps of η = 0.1 stay inside a basin. Fractions 3.5/12, 4/12, 4.5/12 within 4 binomial standard errors.
     */
    @Test
    void theFractionsAreTheBasinsShareOfTheStartBox() {
        CliRunner r = CliRunner.run("simulate", "--landscape", "mixture:dim=8,modes=3", "--dynamics", "gd", "--eta",
                "0.1", "--particles", "3000", "--steps", "20", "--spread", "6", "--basins");
        assertEquals(0, r.code(), r.err());
        JsonNode b = r.json().get("basins");
        assertEquals(0, b.get("unconverged").asInt());
        assertEquals(3, b.get("found").size(), b.toString());
        double[] expected = {3.5 / 12, 4.0 / 12, 4.5 / 12};
        double total = 0;
        for (JsonNode basin : b.get("found")) {
            int k = (int) Math.round(basin.get("minimum").get(0).asDouble() / 4) + 1;
            double p = expected[k];
            double fraction = basin.get("fraction").asDouble();
            assertEquals(p, fraction, 4 * Math.sqrt(p * (1 - p) / 3000), "mode " + k);
            assertEquals(8, basin.get("minimum").size());
            total += fraction;
        }
        assertEquals(1, total, 1e-12);
    }

    @Test
    void planarLandscapesAreRefusedInOneLine() {
        CliRunner r = CliRunner.run("simulate", "--landscape", "double-well", "--steps", "2", "--basins");
        assertEquals(2, r.code(), r.out());
        assertTrue(r.err().contains("more than two dimensions"), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
    }
}
