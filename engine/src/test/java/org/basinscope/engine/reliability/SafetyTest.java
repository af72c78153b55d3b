package org.basinscope.engine.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.basinscope.engine.session.Lessons;
import org.basinscope.engine.session.SessionFiles;
import org.basinscope.engine.spec.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * User input never runs code and never reaches the network or the file system beyond the file the
 * user chose: the main sources use no script engine, no Java deserialisation, no process launching,
 * no sockets or URL connections, no polymorphic JSON typing; presets resolve only to indexed names.
 */
class SafetyTest {
    private static final String[] FORBIDDEN = {"ScriptEngine", "ObjectInputStream", "readObject(", "Runtime.getRuntime().exec",
        "ProcessBuilder", "java.net.Socket", "ServerSocket", "URLConnection", "java.net.http", "HttpClient",
        "enableDefaultTyping", "activateDefaultTyping", "JsonTypeInfo", "Class.forName", "URLClassLoader",
        "javax.tools", "MethodHandles.Lookup.defineClass", "Nashorn", "GraalJS"};

    private static List<Path> mainSources() throws IOException {
        Path root = Path.of("..").toAbsolutePath().normalize();
        List<Path> out = new ArrayList<>();
        for (String module : new String[] {"engine", "app"}) {
            Path src = root.resolve(module).resolve("src/main/java");
            if (Files.isDirectory(src)) {
                try (Stream<Path> files = Files.walk(src)) {
                    files.filter(p -> p.toString().endsWith(".java")).forEach(out::add);
                }
            }
        }
        return out;
    }

    @Test
    void noMainSourceUsesAnApiThatRunsCodeOrTalksToTheNetwork() throws IOException {
        List<Path> sources = mainSources();
        assertTrue(sources.size() > 50, "found the sources: " + sources.size());
        List<String> hits = new ArrayList<>();
        for (Path p : sources) {
            String text = Files.readString(p);
            for (String f : FORBIDDEN) {
                if (text.contains(f)) {
                    hits.add(p.getFileName() + ": " + f);
                }
            }
        }
        assertEquals(List.of(), hits);
    }

    @Test
    void presetNamesCannotReachOutsideTheLessonFolder() {
        for (String id : new String[] {"../../../etc/passwd", "/etc/passwd", "..", "index", "double-well-temperature/../x",
            "double-well-temperature.json"}) {
            var e = assertThrows(InvalidInputException.class, () -> Lessons.load(id), id);
            assertTrue(e.getMessage().startsWith("unknown preset"), e.getMessage());
        }
    }

    @Test
    void aSessionHasNoFieldThatNamesAFileOrAClass(@TempDir Path dir) throws IOException {
        String sneaky = "{\"version\": 1, \"@class\": \"java.lang.Runtime\", \"landscape\": \"double-well\"}";
        var e = assertThrows(InvalidInputException.class, () -> SessionFiles.fromJson(sneaky));
        assertTrue(e.getMessage().contains("unknown field \"@class\""), e.getMessage());
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(0, files.count(), "reading wrote nothing");
        }
    }
}
