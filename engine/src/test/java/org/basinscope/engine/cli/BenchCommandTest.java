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

    /** The d-dimensional workloads: their keys, the sizes asked for, and coordinate-steps = particle-steps × d. */
    @Test
    void theDimensionalWorkloadsPrintTheirThroughput() {
        CliRunner q = CliRunner.run("bench", "--dimension", "100", "--particles", "20", "--steps", "5", "--threads", "1");
        assertEquals(0, q.code(), q.err());
        JsonNode j = q.json();
        assertEquals("quadratic", j.get("workload").asText());
        assertEquals(100, j.get("dimension").asInt());
        assertEquals(20, j.get("particles").asInt());
        assertEquals(j.get("particleStepsPerSecond").asDouble() * 100, j.get("particleCoordinateStepsPerSecond").asDouble(),
                1e-9 * j.get("particleCoordinateStepsPerSecond").asDouble());
        CliRunner m = CliRunner.run("bench", "--digits-mlp", "--particles", "2", "--steps", "3");
        assertEquals(0, m.code(), m.err());
        assertEquals(2410, m.json().get("dimension").asInt());
        assertTrue(m.json().get("particleStepsPerSecond").asDouble() > 0, m.out());
    }

    @Test
    void badDimensionalRequestsAreOneLineAndExitTwo() {
        String[][] bad = {{"--dimension", "0"}, {"--dimension", "100000", "--particles", "1000"},
            {"--dimension", "10", "--digits-mlp"}};
        String[] says = {"[1, 100000]", "N·d ≤ 5·10⁷", "not both"};
        for (int i = 0; i < bad.length; i++) {
            String[] args = new String[bad[i].length + 1];
            args[0] = "bench";
            System.arraycopy(bad[i], 0, args, 1, bad[i].length);
            CliRunner r = CliRunner.run(args);
            assertEquals(2, r.code(), r.out());
            assertTrue(r.err().contains(says[i]), r.err());
            assertEquals(1, r.err().strip().lines().count(), r.err());
        }
    }
}
