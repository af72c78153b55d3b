package org.basinscope.engine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** The bench command's contract (its keys and validation); its speed is measured, not tested. */
class BenchCommandTest {

    @Test
    void printsTheSameKeysAsTheNumPyScript() {
        CliRunner r = CliRunner.run("bench", "--particles", "300", "--steps", "50", "--threads", "2");
        assertEquals(0, r.code(), r.err());
        JsonNode j = r.json();
        for (String key : new String[] {"particles", "steps", "threads", "seconds", "particleStepsPerSecond", "meanX"}) {
            assertTrue(j.has(key), key + " in " + r.out());
        }
        assertEquals(300, j.get("particles").asInt());
        assertEquals(50, j.get("steps").asInt());
        assertEquals(2, j.get("threads").asInt());
        // Particles start at x = −1 in the left well of the double well: after 50 small steps they are still there.
        assertEquals(-1, j.get("meanX").asDouble(), 0.2);
    }

    @Test
    void badOptionsAreRefused() {
        CliRunner r = CliRunner.run("bench", "--particles", "0");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--particles 0 is outside the allowed range"), r.err());
        CliRunner t = CliRunner.run("bench", "--threads", "0", "--particles", "10", "--steps", "1");
        assertEquals(2, t.code());
        assertTrue(t.err().contains("--threads"), t.err());
    }
}
