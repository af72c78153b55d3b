package org.basinscope.engine.spec;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A named choice with options, as typed on the command line: {@code NAME[:k=v,...]}, e.g.
 * {@code double-well:tilt=0.1,dim=2}. Names and keys are case-insensitive and kept lower-case.
 */
public record Spec(String name, Map<String, String> options) {

    public Spec {
        options = Map.copyOf(options);
    }

    public static Spec of(String name) {
        return new Spec(name, Map.of());
    }

    /**
     * Parses {@code NAME[:k=v,...]}; rejects empty names, malformed pairs and repeated keys. A value may be a
     * comma-separated list ({@code deep-linear:widths=4,3,2,seed=1}): a piece without '=' belongs to the value
     * before it.
     */
    public static Spec parse(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException("empty name: expected NAME or NAME:key=value,...");
        }
        String trimmed = text.strip();
        int colon = trimmed.indexOf(':');
        String name = (colon < 0 ? trimmed : trimmed.substring(0, colon)).strip().toLowerCase(Locale.ROOT);
        if (name.isEmpty()) {
            throw new InvalidInputException("missing name before ':' in '" + trimmed + "'");
        }
        Map<String, String> options = new LinkedHashMap<>();
        if (colon >= 0) {
            String rest = trimmed.substring(colon + 1);
            String last = null;
            for (String pair : rest.split(",", -1)) {
                int eq = pair.indexOf('=');
                if (eq < 0 && last != null && !pair.isBlank()) {
                    // A piece without '=' continues the previous value: a list such as widths=4,3,2.
                    options.put(last, options.get(last) + "," + pair.strip());
                    continue;
                }
                String key = eq < 0 ? "" : pair.substring(0, eq).strip().toLowerCase(Locale.ROOT);
                String value = eq < 0 ? "" : pair.substring(eq + 1).strip();
                if (key.isEmpty() || value.isEmpty()) {
                    // A blank key or value would be written back as text this parser refuses ("gd: =1").
                    throw new InvalidInputException("malformed option '" + pair.strip() + "' in '" + trimmed
                            + "': expected key=value");
                }
                if (options.put(key, value) != null) {
                    throw new InvalidInputException("option '" + key + "' given twice in '" + trimmed + "'");
                }
                last = key;
            }
        }
        return new Spec(name, options);
    }

    /** The canonical text form, which {@link #parse} reads back. */
    @Override
    public String toString() {
        if (options.isEmpty()) {
            return name;
        }
        StringBuilder b = new StringBuilder(name).append(':');
        String sep = "";
        for (Map.Entry<String, String> e : new java.util.TreeMap<>(options).entrySet()) {
            b.append(sep).append(e.getKey()).append('=').append(e.getValue());
            sep = ",";
        }
        return b.toString();
    }
}
