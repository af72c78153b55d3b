package org.basinscope.engine.session;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Set;
import java.util.regex.Pattern;
import org.basinscope.engine.io.AtomicFiles;
import org.basinscope.engine.spec.InvalidInputException;

/**
 * The autosave file: plain JSON {@code {"autosave": 1, "savedAt", "clean", "a", "b", "lesson", "lessonStep",
 * "presentation"}} with the runs as session objects, read as strictly as a session file (each run through
 * {@link SessionFiles#fromJson}). Written atomically: a kill while writing leaves the previous autosave.
 */
public final class AutosaveFiles {
    /** Two sessions and a few fields. */
    public static final int MAX_BYTES = 2 * SessionFiles.MAX_BYTES + 4096;
    private static final Set<String> FIELDS = Set.of("autosave", "savedAt", "clean", "a", "b", "lesson", "lessonStep",
            "presentation");
    private static final Pattern LESSON_ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(com.fasterxml.jackson.core.JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(com.fasterxml.jackson.databind.SerializationFeature.INDENT_OUTPUT)
            .build();

    static {
        MAPPER.getFactory().setStreamReadConstraints(com.fasterxml.jackson.core.StreamReadConstraints.builder()
                .maxNestingDepth(20).maxStringLength(100_000).maxNumberLength(100).build());
    }

    private AutosaveFiles() {
    }

    public static String toJson(Autosave s) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("autosave", Autosave.VERSION);
        o.put("savedAt", s.savedAt().toString());
        o.put("clean", s.clean());
        try {
            o.set("a", MAPPER.readTree(SessionFiles.toJson(s.a())));
            o.set("b", s.b() == null ? MAPPER.nullNode() : MAPPER.readTree(SessionFiles.toJson(s.b())));
            o.put("lesson", s.lesson());
            o.put("lessonStep", s.lessonStep());
            o.put("presentation", s.presentation());
            return MAPPER.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write an autosave: " + e.getMessage(), e);
        }
    }

    /** Parses and validates autosave text; a one-line {@link InvalidInputException} says what is wrong. */
    public static Autosave fromJson(String text) {
        if (text.length() > MAX_BYTES) {
            throw new InvalidInputException("autosave is too large (" + text.length() + " characters; the limit is "
                    + MAX_BYTES + ")");
        }
        JsonNode tree;
        try {
            tree = MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw new InvalidInputException("not a valid autosave: " + SessionFiles.firstLine(e.getOriginalMessage()));
        }
        if (tree == null || !tree.isObject()) {
            throw new InvalidInputException("not a valid autosave: expected a JSON object");
        }
        tree.fieldNames().forEachRemaining(name -> {
            if (!FIELDS.contains(name)) {
                throw new InvalidInputException("invalid autosave: unknown field \"" + name + "\"");
            }
        });
        JsonNode version = tree.get("autosave");
        if (version == null || !version.isInt() || version.intValue() != Autosave.VERSION) {
            throw new InvalidInputException("invalid autosave: \"autosave\" must be " + Autosave.VERSION
                    + " (this version reads format " + Autosave.VERSION + ")");
        }
        Instant savedAt;
        try {
            savedAt = Instant.parse(text(tree, "savedAt"));
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("invalid autosave: savedAt is not a time (" + tree.get("savedAt") + ")");
        }
        boolean clean = bool(tree, "clean");
        Session a = session(tree, "a", true);
        Session b = session(tree, "b", false);
        JsonNode lessonNode = tree.get("lesson");
        String lesson = null;
        if (lessonNode != null && !lessonNode.isNull()) {
            lesson = text(tree, "lesson");
            if (!LESSON_ID.matcher(lesson).matches()) {
                throw new InvalidInputException("invalid autosave: lesson \"" + abbreviate(lesson)
                        + "\" is not a lesson id (lower-case letters, digits and dashes, at most 64)");
            }
        }
        JsonNode stepNode = tree.get("lessonStep");
        int step = 0;
        if (stepNode != null) {
            if (!stepNode.isInt() || stepNode.intValue() < 0 || stepNode.intValue() > Autosave.MAX_LESSON_STEP) {
                throw new InvalidInputException("invalid autosave: lessonStep = " + stepNode + " is outside [0, "
                        + Autosave.MAX_LESSON_STEP + "]");
            }
            step = stepNode.intValue();
        }
        if (lesson == null && step != 0) {
            throw new InvalidInputException("invalid autosave: lessonStep = " + step + " without a lesson");
        }
        return new Autosave(savedAt, clean, a, b, lesson, step, bool(tree, "presentation"));
    }

    /** Reads an autosave; a missing, oversized, non-UTF-8 or invalid file gives a one-line message. */
    public static Autosave read(Path file) throws IOException {
        long size;
        try {
            size = Files.size(file);
        } catch (NoSuchFileException e) {
            throw new InvalidInputException("no autosave at " + file);
        }
        if (size > MAX_BYTES) {
            throw new InvalidInputException("autosave " + file.getFileName() + " is too large (" + size
                    + " bytes; the limit is " + MAX_BYTES + ")");
        }
        try {
            return fromJson(Files.readString(file, StandardCharsets.UTF_8));
        } catch (java.nio.charset.MalformedInputException e) {
            throw new InvalidInputException("autosave " + file.getFileName() + " is not UTF-8 text");
        }
    }

    /** Writes atomically: the old file is replaced only once the new one is complete on disk. */
    public static void write(Autosave s, Path file) throws IOException {
        AtomicFiles.writeString(file, toJson(s) + "\n");
    }

    private static Session session(JsonNode tree, String field, boolean required) {
        JsonNode n = tree.get(field);
        if (n == null || n.isNull()) {
            if (required) {
                throw new InvalidInputException("invalid autosave: \"" + field + "\" (the run) is missing");
            }
            return null;
        }
        if (!n.isObject()) {
            throw new InvalidInputException("invalid autosave: \"" + field + "\" must be a session object");
        }
        try {
            return SessionFiles.fromJson(MAPPER.writeValueAsString(n));
        } catch (JsonProcessingException e) {
            throw new InvalidInputException("invalid autosave: \"" + field + "\" cannot be read");
        } catch (InvalidInputException e) {
            throw new InvalidInputException("invalid autosave, run " + field.toUpperCase(java.util.Locale.ROOT) + ": "
                    + e.getMessage());
        }
    }

    private static String text(JsonNode tree, String field) {
        JsonNode n = tree.get(field);
        if (n == null || !n.isTextual()) {
            throw new InvalidInputException("invalid autosave: \"" + field + "\" must be a string");
        }
        return n.textValue();
    }

    private static boolean bool(JsonNode tree, String field) {
        JsonNode n = tree.get(field);
        if (n == null || !n.isBoolean()) {
            throw new InvalidInputException("invalid autosave: \"" + field + "\" must be true or false");
        }
        return n.booleanValue();
    }

    private static String abbreviate(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
