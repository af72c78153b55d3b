package org.basinscope.engine.session;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.basinscope.engine.dynamics.Params;
import org.basinscope.engine.dynamics.Schedule;
import org.basinscope.engine.ensemble.BlockRunner;
import org.basinscope.engine.ensemble.Ensemble;
import org.basinscope.engine.live.ParamChange;
import org.basinscope.engine.live.RunConfig;
import org.basinscope.engine.spec.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SessionFilesTest {
    private static final Session SAMPLE = new Session(1, "double-well:dim=2,tilt=0.05", "underdamped", 0.02, 2, 0.3,
            0.7, 0.8, 3000, 42, new double[] {-1, 0.25}, 250, 10, Map.of("histogramAxis", "y"));

    private static Ensemble run(Session s) {
        RunConfig c = s.toRunConfig();
        Ensemble e = new Ensemble(c.landscape(), c.dynamics(), s.params(), c.particles(), c.seed(), c.start(),
                new BlockRunner(2));
        e.advance((int) s.steps());
        return e;
    }

    @Test
    void saveThenLoadThenRunGivesIdenticalPositions(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("run.json");
        SessionFiles.write(SAMPLE, file);
        Session loaded = SessionFiles.read(file);
        assertEquals(SAMPLE.landscape(), loaded.landscape());
        assertEquals(SAMPLE.params(), loaded.params());
        assertEquals(SAMPLE.view(), loaded.view());
        Ensemble a = run(SAMPLE);
        Ensemble b = run(loaded);
        assertArrayEquals(a.particles().x, b.particles().x);
        assertArrayEquals(a.particles().y, b.particles().y);
    }

    @Test
    void aScheduleIsSavedAndFilesFromBeforeSchedulesRunWithout() {
        Session s = SAMPLE.withSchedule("cosine:period=400,floor=0.1,target=temperature");
        Session back = SessionFiles.fromJson(SessionFiles.toJson(s));
        assertEquals(s.schedule(), back.schedule());
        assertEquals(Schedule.parse(s.schedule()), back.toRunConfig().schedule());
        String old = SessionFiles.toJson(SAMPLE).replaceAll(",\\s*\"schedule\"\\s*:\\s*\"constant\"", "");
        assertTrue(!old.contains("schedule"), old);
        assertTrue(SessionFiles.fromJson(old).toRunConfig().schedule().isConstant());
        var bad = assertThrows(InvalidInputException.class,
                () -> SessionFiles.fromJson(SessionFiles.toJson(SAMPLE.withSchedule("exponential"))).toRunConfig());
        assertTrue(bad.getMessage().contains("valid: constant, step, cosine, cyclical, linear"), bad.getMessage());
    }

    @Test
    void aDimensionalSessionIsValidatedInItsDimensionAndTheWindowsPathRefusesItInOneLine() {
        Session s = new Session(1, "quadratic:dim=5", "gd", 0.1, 1, 0.1, 1, 0.9, 10, 1, null, 0, 10, null);
        Session back = SessionFiles.fromJson(SessionFiles.toJson(s));
        assertTrue(!back.planar());
        assertTrue(SAMPLE.planar());
        var planarOnly = assertThrows(InvalidInputException.class, back::toRunConfig);
        assertTrue(planarOnly.getMessage().contains("not planar"), planarOnly.getMessage());
        String wrongStart = SessionFiles.toJson(new Session(1, "quadratic:dim=5", "gd", 0.1, 1, 0.1, 1, 0.9, 10, 1,
                new double[] {1, 2}, 0, 10, null));
        var e = assertThrows(InvalidInputException.class, () -> SessionFiles.fromJson(wrongStart));
        assertEquals("invalid session: start has 2 coordinates but the landscape has 5", e.getMessage());
        String badN = SessionFiles.toJson(s).replace("\"particles\" : 10", "\"particles\" : 0")
                .replace("\"particles\":10", "\"particles\":0");
        var n = assertThrows(InvalidInputException.class, () -> SessionFiles.fromJson(badN));
        assertTrue(n.getMessage().startsWith("invalid session: particles = 0"), n.getMessage());
    }

    @Test
    void formulaLandscapesRoundTrip() {
        Session s = new Session(1, "formula:(x^2-1)^2/4 + 0.1*x", "langevin", 0.01, 1, 0.1, 1, 0.9, 10, 1, null, 5, 10,
                null);
        Session back = SessionFiles.fromJson(SessionFiles.toJson(s));
        assertEquals(1, back.toRunConfig().landscape().dimension());
        assertArrayEquals(run(s).particles().x, run(back).particles().x);
    }

    @Test
    void savingReplacesTheFileAtomicallyAndLeavesNoTemporaryFiles(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("run.json");
        SessionFiles.write(SAMPLE, file);
        SessionFiles.write(SAMPLE.withSteps(999), file);
        assertEquals(999, SessionFiles.read(file).steps());
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "only the session itself");
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "truncated|{\"version\": 1, \"landscape\": \"double-well\"|not a valid session file",
        "not json|hello|not a valid session file",
        "array|[1, 2]|expected a JSON object",
        "future version|{\"version\": 7}|newer Basinscope (format version 7)",
        "missing field|{\"version\": 1, \"landscape\": \"double-well\", \"dynamics\": \"gd\"}|missing field \"eta\"",
        "no version|{\"landscape\": \"double-well\"}|missing a whole-number \"version\"",
        "wrong type|{\"version\": 1, \"landscape\": \"double-well\", \"dynamics\": \"gd\", \"eta\": \"fast\"}|not a valid session file",
        "unknown field|{\"version\": 1, \"landscpe\": \"double-well\"}|landscpe",
        "bad landscape|{\"version\": 1, \"landscape\": \"banana\", \"dynamics\": \"gd\", \"eta\": 0.1, \"batch\": 1, \"temperature\": 0.1, \"friction\": 1, \"momentum\": 0.5, \"particles\": 10, \"seed\": 1, \"steps\": 0, \"stepsPerFrame\": 1}|unknown landscape 'banana'",
        "negative eta|{\"version\": 1, \"landscape\": \"double-well\", \"dynamics\": \"gd\", \"eta\": -1, \"batch\": 1, \"temperature\": 0.1, \"friction\": 1, \"momentum\": 0.5, \"particles\": 10, \"seed\": 1, \"steps\": 0, \"stepsPerFrame\": 1}|must be positive",
        "bad formula|{\"version\": 1, \"landscape\": \"formula:x^^2\", \"dynamics\": \"gd\", \"eta\": 0.1, \"batch\": 1, \"temperature\": 0.1, \"friction\": 1, \"momentum\": 0.5, \"particles\": 10, \"seed\": 1, \"steps\": 0, \"stepsPerFrame\": 1}|formula error",
        "huge N|{\"version\": 1, \"landscape\": \"double-well\", \"dynamics\": \"gd\", \"eta\": 0.1, \"batch\": 1, \"temperature\": 0.1, \"friction\": 1, \"momentum\": 0.5, \"particles\": 2000000000, \"seed\": 1, \"steps\": 0, \"stepsPerFrame\": 1}|particles",
        "fractional batch|{\"version\": 1, \"landscape\": \"double-well\", \"dynamics\": \"gd\", \"eta\": 0.1, \"batch\": 1.5, \"temperature\": 0.1, \"friction\": 1, \"momentum\": 0.5, \"particles\": 10, \"seed\": 1, \"steps\": 0, \"stepsPerFrame\": 1}|not a valid session file",
        "wrong start|{\"version\": 1, \"landscape\": \"double-well\", \"dynamics\": \"gd\", \"eta\": 0.1, \"batch\": 1, \"temperature\": 0.1, \"friction\": 1, \"momentum\": 0.5, \"particles\": 10, \"seed\": 1, \"start\": [1, 2], \"steps\": 0, \"stepsPerFrame\": 1}|start has 2 coordinates",
        "duplicate key|{\"version\": 1, \"version\": 1}|not a valid session file",
    })
    void brokenFilesAreRefusedWithAClearMessage(String name, String text, String expected) {
        var e = assertThrows(InvalidInputException.class, () -> SessionFiles.fromJson(text));
        assertTrue(e.getMessage().contains(expected), name + ": " + e.getMessage());
        assertEquals(1, e.getMessage().lines().count(), "one line");
    }

    @Test
    void aRefusedFileLeavesTheOldOneUntouched(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("run.json");
        SessionFiles.write(SAMPLE, file);
        String before = Files.readString(file);
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{\"version\": 1, ");
        assertThrows(InvalidInputException.class, () -> SessionFiles.read(broken));
        assertEquals(before, Files.readString(file));
    }

    @Test
    void oversizedFilesAreRefusedBeforeReading(@TempDir Path dir) throws Exception {
        Path big = dir.resolve("big.json");
        Files.write(big, new byte[SessionFiles.MAX_BYTES + 1]);
        var e = assertThrows(InvalidInputException.class, () -> SessionFiles.read(big));
        assertTrue(e.getMessage().contains("too large"), e.getMessage());
    }

    @Test
    void paramsOfASessionAreValidatedLikeSliders() {
        assertEquals(new Params(0.02, 2, 0.3, 0.7, 0.8), SAMPLE.params());
    }

    @Test
    void theGradientAndTheParameterHistoryAreSavedAndFilesWithoutThemStillOpen() {
        var history = List.of(ParamChange.of(0, Params.DEFAULT.withEta(0.05)), ParamChange.of(40,
                Params.DEFAULT.withEta(0.02).withMomentum(0.5)));
        Session s = new Session(Session.VERSION, "double-well", "momentum", 0.02, 4, 0.1, 1, 0.5, 200, 9, null, 80, 10,
                Map.of(), 0, "constant", "noisy:sigma=0.5", history);
        Session back = SessionFiles.fromJson(SessionFiles.toJson(s));
        assertEquals("noisy:sigma=0.5", back.gradient());
        assertEquals(history, back.history());
        assertEquals("noisy", back.toRunConfig().dynamics().gradient().name());
        // A file from before gradients and histories (format 1): exact gradient, constant parameters.
        String old = SessionFiles.toJson(SAMPLE).replaceAll(",\\s*\"gradient\"\\s*:\\s*\"exact\"", "")
                .replaceAll(",\\s*\"history\"\\s*:\\s*\\[\\s*\\]", "").replace("\"version\" : 2", "\"version\" : 1");
        assertTrue(!old.contains("gradient") && !old.contains("history") && old.contains("\"version\" : 1"), old);
        Session opened = SessionFiles.fromJson(old);
        assertEquals("exact", opened.gradient());
        assertTrue(opened.history().isEmpty());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "[{\"step\":5,\"eta\":0.01,\"batch\":1,\"temperature\":0.1,\"friction\":1,\"momentum\":0.9}] | must start at step 0",
        "[{\"step\":0,\"eta\":0.01,\"batch\":1,\"temperature\":0.1,\"friction\":1,\"momentum\":0.9},"
                + "{\"step\":0,\"eta\":0.02,\"batch\":1,\"temperature\":0.1,\"friction\":1,\"momentum\":0.9}] | must increase",
        "[{\"step\":0,\"eta\":-1,\"batch\":1,\"temperature\":0.1,\"friction\":1,\"momentum\":0.9}] | learning rate",
        "[{\"step\":0,\"eta\":0.01,\"batch\":1,\"temperature\":0.1,\"friction\":1,\"momentum\":0.9,\"x\":1}] | x",
        "[{\"step\":900,\"eta\":0.01,\"batch\":1,\"temperature\":0.1,\"friction\":1,\"momentum\":0.9}] | within the run"})
    void aBrokenHistoryIsRefusedWithTheReason(String history, String why) {
        String json = SessionFiles.toJson(SAMPLE).replaceFirst("\"history\"\\s*:\\s*\\[\\s*\\]", "\"history\" : " + history);
        var e = assertThrows(InvalidInputException.class, () -> SessionFiles.fromJson(json));
        assertTrue(e.getMessage().contains(why), e.getMessage());
    }

    @Test
    void aGradientThatDoesNotFitIsRefused() {
        Session s = SAMPLE.withGradient("noisy");
        var e = assertThrows(InvalidInputException.class, () -> SessionFiles.fromJson(SessionFiles.toJson(s)));
        assertTrue(e.getMessage().contains("does not fit underdamped"), e.getMessage());
    }
}
