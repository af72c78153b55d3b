package org.basinscope.engine.session;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.basinscope.engine.io.AtomicFiles;
import org.basinscope.engine.spec.InvalidInputException;

/**
 * Reads and writes session files: plain JSON, nothing else (no Java serialisation, no polymorphic
 * types, so a file can only ever become a {@link Session} record). Writing is atomic — a temporary file
 * in the same folder, then a rename — so the previous file survives a crash. Reading refuses files
 * over {@value #MAX_BYTES} bytes, unknown fields, wrong types, newer format versions and invalid values,
 * each with a message that says what is wrong; a refused file changes nothing.
 */
public final class SessionFiles {
    public static final int MAX_BYTES = 1 << 20;

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    static {
        MAPPER.getFactory().setStreamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(16)
                .maxStringLength(100_000).maxNumberLength(100).build());
    }

    private SessionFiles() {
    }

    public static String toJson(Session s) {
        try {
            return MAPPER.writeValueAsString(s);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a session: " + e.getMessage(), e);
        }
    }

    /** Parses and validates session text. */
    public static Session fromJson(String text) {
        if (text.length() > MAX_BYTES) {
            throw new InvalidInputException("session is too large (" + text.length() + " characters; the limit is "
                    + MAX_BYTES + ")");
        }
        JsonNode tree;
        try {
            tree = MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw new InvalidInputException("not a valid session file: " + firstLine(e.getOriginalMessage())
                    + location(e));
        }
        if (tree == null || !tree.isObject()) {
            throw new InvalidInputException("not a valid session file: expected a JSON object");
        }
        JsonNode version = tree.get("version");
        if (version == null || !version.isInt()) {
            throw new InvalidInputException("not a valid session file: missing a whole-number \"version\"");
        }
        if (version.asInt() > Session.VERSION) {
            throw new InvalidInputException("this session was written by a newer Basinscope (format version "
                    + version.asInt() + "); this version reads format " + Session.VERSION + " and earlier");
        }
        if (version.asInt() < 1) {
            throw new InvalidInputException("not a valid session file: version " + version.asInt());
        }
        checkFields(tree);
        Session s;
        try {
            s = MAPPER.treeToValue(tree, Session.class);
        } catch (JsonProcessingException e) {
            throw new InvalidInputException("not a valid session file: " + firstLine(e.getOriginalMessage()));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("invalid session: " + firstLine(e.getMessage()));
        }
        validate(s);
        return s;
    }

    private static final java.util.List<String> FIELDS = java.util.Arrays.stream(Session.class.getRecordComponents())
            .map(java.lang.reflect.RecordComponent::getName).toList();
    private static final java.util.List<String> REQUIRED = java.util.List.of("landscape", "dynamics", "eta", "batch",
            "temperature", "friction", "momentum", "particles", "seed");

    /** Unknown and missing fields are named, so a hand-edited file can be fixed. */
    private static void checkFields(JsonNode tree) {
        for (var it = tree.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (!FIELDS.contains(name)) {
                throw new InvalidInputException("not a valid session file: unknown field \"" + name + "\"; valid: "
                        + String.join(", ", FIELDS));
            }
        }
        for (String name : REQUIRED) {
            if (!tree.hasNonNull(name)) {
                throw new InvalidInputException("not a valid session file: missing field \"" + name + "\"");
            }
        }
    }

    /** Checks everything a run needs (builds the landscape and dynamics, range-checks every number). */
    private static void validate(Session s) {
        try {
            s.checkAnyDimension();
        } catch (InvalidInputException e) {
            throw new InvalidInputException("invalid session: " + e.getMessage());
        }
        if (s.steps() < 0 || s.steps() > 1_000_000_000L) {
            throw new InvalidInputException("invalid session: steps = " + s.steps() + " is outside [0, 10⁹]");
        }
        try {
            s.checkHistory();
        } catch (InvalidInputException e) {
            throw new InvalidInputException("invalid session: " + e.getMessage());
        }
        if (s.stepsPerFrame() < 1 || s.stepsPerFrame() > 100_000) {
            throw new InvalidInputException("invalid session: stepsPerFrame = " + s.stepsPerFrame()
                    + " is outside [1, 100000]");
        }
    }

    public static Session read(Path file) throws IOException {
        long size;
        try {
            size = Files.size(file);
        } catch (NoSuchFileException e) {
            throw new InvalidInputException("no such file: " + file);
        }
        if (size > MAX_BYTES) {
            throw new InvalidInputException("session file " + file.getFileName() + " is too large (" + size
                    + " bytes; the limit is " + MAX_BYTES + ")");
        }
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (java.nio.charset.MalformedInputException e) {
            throw new InvalidInputException("session file " + file.getFileName() + " is not UTF-8 text");
        }
        return fromJson(text);
    }

    /** Writes atomically: the old file is replaced only once the new one is complete on disk. */
    public static void write(Session s, Path file) throws IOException {
        AtomicFiles.writeString(file, toJson(s) + "\n");
    }

    private static String location(JsonProcessingException e) {
        return e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ", column "
                + e.getLocation().getColumnNr() + ")";
    }

    static String firstLine(String m) {
        if (m == null) {
            return "";
        }
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }
}
