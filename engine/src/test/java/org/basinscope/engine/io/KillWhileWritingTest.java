package org.basinscope.engine.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.basinscope.engine.session.AutosaveFiles;
import org.basinscope.engine.session.Session;
import org.basinscope.engine.session.SessionFiles;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * Writers killed with SIGKILL at random moments (child JVMs rewriting one file for ever): the file is always a
 * complete version, the one just written or the one before, never a mixture or a torn file; the temporary file a
 * killed writer may leave is gone after the next write.
 */
class KillWhileWritingTest {
    private static final int KILLS = 6;

    /** Version v of a session: a large parameter history, so a write takes long enough to be interrupted. */
    static Session session(int v) {
        List<org.basinscope.engine.live.ParamChange> history = new ArrayList<>();
        for (int k = 0; k < 2000; k++) {
            history.add(org.basinscope.engine.live.ParamChange.of(k,
                    new org.basinscope.engine.dynamics.Params(0.01 + 1e-6 * ((k + v) % 997), 1, 0.1, 1, 0.9)));
        }
        return new Session(Session.VERSION, "double-well", "langevin", 0.01, 1, 0.1, 1, 0.9, 100, v, null, 2000, 10,
                Map.of(), 0, "constant", "exact", history);
    }

    /** Version v of a CSV result: 2·10⁴ rows, each naming the version. */
    static String csv(int v) {
        StringBuilder b = new StringBuilder("version,row,value\n");
        for (int r = 0; r < 20_000; r++) {
            b.append(v).append(',').append(r).append(',').append(Math.sin(v + r)).append('\n');
        }
        return b.toString();
    }

    @ParameterizedTest
    @ValueSource(strings = {"session", "autosave", "csv"})
    void aKilledWriterLeavesTheOldCompleteFileOrTheNewOne(String kind, @TempDir Path dir) throws Exception {
        Random random = new Random(kind.hashCode());
        Path file = dir.resolve("target." + (kind.equals("csv") ? "csv" : "json"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        for (int k = 0; k < KILLS; k++) {
            Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                    WriterChild.class.getName(), kind, file.toString()).redirectErrorStream(true).start();
            AtomicInteger written = new AtomicInteger(-1);
            Thread reader = new Thread(() -> {
                try (BufferedReader in = new BufferedReader(new InputStreamReader(child.getInputStream(),
                        StandardCharsets.UTF_8))) {
                    for (String line; (line = in.readLine()) != null; ) {
                        written.set(Integer.parseInt(line.strip()));
                    }
                } catch (Exception e) {
                    // The pipe closes with the kill.
                }
            });
            reader.start();
            // Once it writes, at a random moment within its next few writes.
            long deadline = System.nanoTime() + 60_000_000_000L;
            while (written.get() < 0 && child.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            assertTrue(written.get() >= 0, "the child wrote a first version");
            Thread.sleep(random.nextInt(400));
            child.destroyForcibly();
            assertTrue(child.waitFor(30, TimeUnit.SECONDS));
            reader.join(5000);
            int last = written.get();
            int found = version(kind, file);
            // Printed after its rename: the file holds that version or, if killed between the rename and the
            // print, the next one.
            assertTrue(found == last || found == last + 1, kind + ": found version " + found + " after " + last);
        }
        int before = version(kind, file);
        switch (kind) {
            case "csv" -> AtomicFiles.writeString(file, csv(before + 1));
            default -> SessionFiles.write(session(before + 1), dir.resolve("other.json"));
        }
        AtomicFiles.writeString(file, Files.readString(file));
        assertEquals(List.of(), AtomicFiles.strays(file), "a killed writer's temporary file is gone after the next write");
    }

    /** Which complete version the file holds; fails for anything else (torn, mixed, missing). */
    private static int version(String kind, Path file) throws Exception {
        switch (kind) {
            case "session" -> {
                Session s = SessionFiles.read(file);
                assertEquals(SessionFiles.toJson(session((int) s.seed())), SessionFiles.toJson(s), "a complete version");
                return (int) s.seed();
            }
            case "autosave" -> {
                var a = AutosaveFiles.read(file);
                int v = (int) a.savedAt().getEpochSecond();
                assertEquals(SessionFiles.toJson(session(v)), SessionFiles.toJson(a.a()));
                assertEquals(SessionFiles.toJson(session(v + 1)), SessionFiles.toJson(a.b()));
                return v;
            }
            case "csv" -> {
                String text = Files.readString(file);
                int v = Integer.parseInt(text.substring(text.indexOf('\n') + 1, text.indexOf(',', text.indexOf('\n'))));
                assertEquals(csv(v), text, "a complete version");
                return v;
            }
            default -> {
                fail(kind);
                return -1;
            }
        }
    }
}
