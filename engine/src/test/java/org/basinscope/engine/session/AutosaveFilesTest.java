package org.basinscope.engine.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.basinscope.engine.dynamics.Params;
import org.basinscope.engine.live.ParamChange;
import org.basinscope.engine.spec.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AutosaveFilesTest {
    private static final Session A = new Session(Session.VERSION, "double-well:dim=2,tilt=0.05", "langevin", 0.02, 2,
            0.3, 0.7, 0.8, 3000, 42, new double[] {-1, 0.25}, 250, 10, Map.of("histogramAxis", "y"), 0, "constant",
            "exact", List.of(ParamChange.of(0, new Params(0.02, 2, 0.3, 0.7, 0.8)),
                    ParamChange.of(120, new Params(0.03, 2, 0.2, 0.7, 0.8))));
    private static final Session B = new Session(Session.VERSION, "quadratic:h1=1,h2=10", "momentum", 0.01, 1, 0.1,
            1, 0.5, 100, 7, null, 250, 10, Map.of());
    private static final Autosave FULL = new Autosave(Instant.parse("2026-12-02T14:40:05.123Z"), false, A, B,
            "double-well-temperature", 2, true);

    @Test
    void aSetUpRoundTripsBitForBit(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("autosave.json");
        AutosaveFiles.write(FULL, file);
        Autosave back = AutosaveFiles.read(file);
        assertEquals(AutosaveFiles.toJson(FULL), AutosaveFiles.toJson(back));
        assertEquals(SessionFiles.toJson(A), SessionFiles.toJson(back.a()), "run A with its parameter history");
        assertEquals(SessionFiles.toJson(B), SessionFiles.toJson(back.b()));
        assertEquals(FULL.savedAt(), back.savedAt());
        assertEquals("double-well-temperature", back.lesson());
        assertEquals(2, back.lessonStep());
        assertTrue(back.presentation());
        assertFalse(back.clean());
        assertTrue(FULL.sameSetup(back.at(Instant.now()).withClean(true)), "time and clean mark aside, the same set-up");

        Autosave alone = new Autosave(Instant.EPOCH, true, A, null, null, 0, false);
        Autosave read = AutosaveFiles.fromJson(AutosaveFiles.toJson(alone));
        assertNull(read.b());
        assertNull(read.lesson());
        assertFalse(FULL.sameSetup(read));
    }

    @Test
    void brokenAutosavesAreRefusedWithOneLine() {
        String good = AutosaveFiles.toJson(FULL);
        List<String> broken = List.of(good.substring(0, good.length() / 2), "[]", "",
                good.replace("\"autosave\" : 1", "\"autosave\" : 2"),
                good.replace("\"clean\" : false", "\"clean\" : \"no\""),
                good.replace("\"lessonStep\" : 2", "\"lessonStep\" : -1"),
                good.replace("\"lessonStep\" : 2", "\"lessonStep\" : 1001"),
                good.replace("\"lesson\" : \"double-well-temperature\"", "\"lesson\" : \"../../etc\""),
                good.replace("\"lesson\" : \"double-well-temperature\"", "\"lesson\" : null"),
                good.replace("\"savedAt\" : \"2026-12-02T14:40:05.123Z\"", "\"savedAt\" : \"yesterday\""),
                good.replace("\"presentation\" : true", "\"presentation\" : true, \"extra\" : 1"),
                good.replace("\"eta\" : 0.02", "\"eta\" : -5"));
        for (String text : broken) {
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> AutosaveFiles.fromJson(text), text);
            assertFalse(e.getMessage().contains("\n"), "one line: " + e.getMessage());
        }
        assertTrue(assertThrows(InvalidInputException.class, () -> AutosaveFiles.fromJson(
                good.replace("\"eta\" : 0.02", "\"eta\" : -5"))).getMessage().startsWith("invalid autosave, run A"));
    }

    /** Truncated, bit-flipped and spliced texts: a valid set-up or a one-line message, never another exception. */
    @Test
    void mutatedAutosavesGiveAMessageOrASetUp() {
        String good = AutosaveFiles.toJson(FULL);
        Random r = new Random(20261202L);
        int valid = 0;
        for (int i = 0; i < 3000; i++) {
            char[] c = good.toCharArray();
            String text;
            switch (i % 3) {
                case 0 -> text = good.substring(0, r.nextInt(good.length()));
                case 1 -> {
                    for (int k = 0; k < 1 + r.nextInt(4); k++) {
                        int p = r.nextInt(c.length);
                        c[p] = (char) (c[p] ^ (1 << r.nextInt(7)));
                    }
                    text = new String(c);
                }
                default -> {
                    int p = r.nextInt(good.length());
                    text = good.substring(0, p) + good.substring(r.nextInt(good.length()));
                }
            }
            try {
                AutosaveFiles.fromJson(text);
                valid++;
            } catch (InvalidInputException e) {
                assertFalse(e.getMessage().contains("\n"), e.getMessage());
            }
        }
        assertTrue(valid < 3000, "most mutations are refused (" + valid + " read)");
    }

    @Test
    void aMissingOrOversizedFileSaysSo(@TempDir Path dir) throws Exception {
        assertTrue(assertThrows(InvalidInputException.class, () -> AutosaveFiles.read(dir.resolve("none.json")))
                .getMessage().startsWith("no autosave at"));
        Path big = dir.resolve("big.json");
        Files.writeString(big, "x".repeat(AutosaveFiles.MAX_BYTES + 1));
        assertTrue(assertThrows(InvalidInputException.class, () -> AutosaveFiles.read(big)).getMessage()
                .contains("too large"));
    }
}
