package org.basinscope.engine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** {@code simulate --preset NAME}: a lesson's settings, with the options typed beside it over them. */
class SimulatePresetTest {
    @Test
    void aPresetRunsTheLessonsSettingsBitForBit() {
        JsonNode preset = CliRunner.run("simulate", "--preset", "double-well-temperature", "--steps", "200",
                "--particles", "500").json();
        assertEquals("double-well-temperature", preset.get("preset").asText());
        assertEquals("double-well:dim=2", preset.get("landscape").asText());
        assertEquals(0.05, preset.get("temperature").asDouble(), 0, "the lesson's T");
        assertEquals(500, preset.get("particles").asInt(), "the typed N over the lesson's 5000");
        // The same run typed out: the lesson's landscape, dynamics, η, T and seed.
        JsonNode typed = CliRunner.run("simulate", "--landscape", "double-well:dim=2", "--dynamics", "langevin",
                "--eta", "0.01", "--temperature", "0.05", "--seed", "1", "--steps", "200", "--particles", "500").json();
        assertEquals(typed.get("meanLoss").asDouble(), preset.get("meanLoss").asDouble(), 0);
        assertEquals(typed.get("mean").toString(), preset.get("mean").toString());
    }

    @Test
    void typedOptionsReplaceThePresetsAndAnUnknownPresetIsOneLine() {
        JsonNode hot = CliRunner.run("simulate", "--preset", "double-well-temperature", "--temperature", "0.3",
                "--steps", "10", "--particles", "100").json();
        assertEquals(0.3, hot.get("temperature").asDouble(), 0);
        CliRunner r = CliRunner.run("simulate", "--preset", "no-such-lesson");
        assertEquals(2, r.code(), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().contains("no-such-lesson"), r.err());
    }
}
