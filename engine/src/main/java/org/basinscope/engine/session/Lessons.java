package org.basinscope.engine.session;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.basinscope.engine.dynamics.Params;
import org.basinscope.engine.dynamics.Schedule;
import org.basinscope.engine.spec.InvalidInputException;
import org.basinscope.engine.spec.Numbers;

/**
 * The lesson library: JSON files under {@code /assets/lessons/} on the class path (the project's
 * {@code assets/lessons/} folder), listed in order in {@code index.txt}. To add a lesson, write its
 * JSON file and add its name to the index. Every lesson is validated when loaded: a broken one is
 * reported by name, never half-applied.
 */
public final class Lessons {
    public static final String FOLDER = "/assets/lessons/";
    private static final Set<String> STEP_KEYS = Set.of("eta", "batch", "temperature", "friction", "momentum",
            "landscape", "dynamics", "gradient", "reset", "particles", "schedule");
    private static final Set<String> SLIDERS = Set.of("eta", "batch", "temperature", "friction", "momentum");

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private Lessons() {
    }

    /** Every lesson of the index, in order. */
    public static List<Lesson> all() {
        List<Lesson> out = new ArrayList<>();
        for (String id : index()) {
            out.add(load(id));
        }
        return out;
    }

    /** The lesson names in the index. */
    public static List<String> index() {
        String text = resource("index.txt");
        List<String> ids = new ArrayList<>();
        for (String line : text.split("\n")) {
            String id = line.strip();
            if (!id.isEmpty() && !id.startsWith("#")) {
                ids.add(id);
            }
        }
        return ids;
    }

    /** One lesson by name; unknown names fail with the list of valid ones. */
    public static Lesson load(String id) {
        if (!index().contains(id)) {
            throw new InvalidInputException("unknown preset '" + id + "'; valid: " + String.join(", ", index()));
        }
        return parse(id, resource(id + ".json"));
    }

    static Lesson parse(String id, String json) {
        Lesson raw;
        try {
            JsonNode tree = MAPPER.readTree(json);
            // The settings block is a session without version/steps: validate it as one.
            if (tree.has("settings") && tree.get("settings").isObject()) {
                var settings = (com.fasterxml.jackson.databind.node.ObjectNode) tree.get("settings");
                settings.put("version", Session.VERSION);
                if (!settings.has("steps")) {
                    settings.put("steps", 0);
                }
                if (!settings.has("stepsPerFrame")) {
                    settings.put("stepsPerFrame", 10);
                }
                SessionFiles.fromJson(settings.toString());
            }
            raw = MAPPER.treeToValue(tree, Lesson.class);
        } catch (JsonProcessingException e) {
            throw new InvalidInputException("lesson " + id + ": " + e.getOriginalMessage());
        } catch (InvalidInputException e) {
            throw new InvalidInputException("lesson " + id + ": " + e.getMessage());
        }
        if (raw.settings() == null || raw.title() == null) {
            throw new InvalidInputException("lesson " + id + ": needs a title and settings");
        }
        for (String s : raw.sliders()) {
            if (!SLIDERS.contains(s)) {
                throw new InvalidInputException("lesson " + id + ": unknown slider '" + s + "'; valid: " + SLIDERS);
            }
        }
        for (Lesson.Step step : raw.steps()) {
            for (var e : step.set().entrySet()) {
                if (!STEP_KEYS.contains(e.getKey())) {
                    throw new InvalidInputException("lesson " + id + ": unknown step setting '" + e.getKey()
                            + "'; valid: " + STEP_KEYS);
                }
            }
            apply(raw.settings().params(), step);
            if (step.set().containsKey("schedule")) {
                Schedule.parse(step.set().get("schedule"));
            }
        }
        Session settings = raw.settings();
        if (raw.grid() != null) {
            try {
                raw.grid().job(settings);
            } catch (InvalidInputException e) {
                throw new InvalidInputException("lesson " + id + ": " + e.getMessage());
            }
            // The grid reaches the Sweeps tab as view settings, as a saved session's sweep form does.
            Map<String, String> view = new LinkedHashMap<>(settings.view());
            view.putAll(raw.grid().view());
            settings = settings.withView(view);
        }
        return new Lesson(id, raw.title(), raw.text(), raw.formula(), raw.source(), settings, raw.sliders(),
                raw.steps(), raw.grid());
    }

    /** The parameters after a step's numeric changes (validated like slider input). */
    public static Params apply(Params p, Lesson.Step step) {
        Params q = p;
        for (var e : step.set().entrySet()) {
            String v = e.getValue();
            switch (e.getKey()) {
                case "eta" -> q = q.withEta(Numbers.parse("eta", v));
                case "batch" -> q = q.withBatch((int) Numbers.checkRange("batch", Numbers.parse("batch", v), 1,
                        Params.MAX_BATCH));
                case "temperature" -> q = q.withTemperature(Numbers.parse("temperature", v));
                case "friction" -> q = q.withFriction(Numbers.parse("friction", v));
                case "momentum" -> q = q.withMomentum(Numbers.parse("momentum", v));
                default -> {
                    // landscape, dynamics, particles, schedule and reset are applied by whoever runs the lesson.
                }
            }
        }
        return q;
    }

    private static String resource(String name) {
        try (InputStream in = Lessons.class.getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                throw new InvalidInputException("missing lesson resource " + FOLDER + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InvalidInputException("cannot read " + FOLDER + name + ": " + e.getMessage());
        }
    }
}
