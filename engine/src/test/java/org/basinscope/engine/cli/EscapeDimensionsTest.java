package org.basinscope.engine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** {@code escape} on a d-dimensional landscape: the measured fields (VectorFirstPassageTest has the physics). */
class EscapeDimensionsTest {

    /** 50 particles at T = 0.5 all arrive; Eyring–Kramers beside them, the saddle at θ = 0 (VectorFirstPassageTest). */
    @Test
    void measuresFirstPassageInFiveDimensions() {
        CliRunner r = CliRunner.run("escape", "--landscape", "mixture:dim=5,modes=2", "--dynamics", "langevin",
                "--temperature", "0.5", "--eta", "0.005", "--particles", "50", "--from", "-2,0,0,0,0", "--to",
                "2,0,0,0,0", "--max-steps", "200000");
        assertEquals(0, r.code(), r.err());
        JsonNode j = r.json();
        assertEquals(5, j.get("dimension").asInt());
        assertEquals(1.0, j.get("escaped").asDouble(), 0.0);
        assertEquals("eyring-kramers", j.get("theory").asText());
        assertTrue(j.get("mfpt").asDouble() > 0 && j.get("stderr").asDouble() > 0, r.out());
        assertTrue(j.get("kramers").asDouble() > 0, r.out());
        assertEquals(0, j.get("barrier").get(0).asDouble(), 1e-9);
        assertEquals(5, j.get("barrier").size());
    }

    @Test
    void planarOptionsAndBadPointsAreOneLineAndExitTwo() {
        String base = "escape --landscape mixture:dim=5,modes=2 --particles 2 --max-steps 10 ";
        String[][] cases = {{base + "--from -2,0,0,0,0 --to 2,0,0,0,0 --reflect -5", "planar"},
            {base + "--from -2,0 --to 2,0,0,0,0", "needs 5 coordinates"},
            {base + "--from 1,1,1,1,1 --to 1,1,1,1,1", "must differ"}};
        for (String[] c : cases) {
            CliRunner r = CliRunner.run(c[0].split(" "));
            assertEquals(2, r.code(), c[0] + ": " + r.out());
            assertTrue(r.err().contains(c[1]), r.err());
            assertEquals(1, r.err().strip().lines().count(), r.err());
        }
    }
}
