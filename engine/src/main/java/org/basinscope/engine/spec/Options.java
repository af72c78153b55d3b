package org.basinscope.engine.spec;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Typed, range-checked reading of a {@link Spec}'s options. Each getter names the key, its default and
 * its allowed range; {@link #finish()} rejects keys nobody asked for, listing the valid ones.
 */
public final class Options {
    private final String owner;
    private final Map<String, String> values;
    private final Set<String> known = new LinkedHashSet<>();

    public Options(String owner, Map<String, String> values) {
        this.owner = owner;
        this.values = values;
    }

    public static Options of(Spec spec) {
        return new Options(spec.name(), spec.options());
    }

    /** True if the spec sets {@code key} (the key is not yet counted as read). */
    public boolean given(String key) {
        return values.containsKey(key);
    }

    /** A real number in [min, max]. */
    public double real(String key, double fallback, double min, double max) {
        known.add(key);
        String text = values.get(key);
        if (text == null) {
            return fallback;
        }
        double v = Numbers.parse(owner + " option " + key, text);
        return Numbers.checkRange(owner + " option " + key, v, min, max);
    }

    /** An integer in [min, max]. */
    public int integer(String key, int fallback, int min, int max) {
        known.add(key);
        String text = values.get(key);
        if (text == null) {
            return fallback;
        }
        int v;
        try {
            v = Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(owner + " option " + key + ": '" + text + "' is not a whole number");
        }
        if (v < min || v > max) {
            throw new InvalidInputException(owner + " option " + key + " = " + v + " is outside the allowed range ["
                    + min + ", " + max + "]");
        }
        return v;
    }

    /**
     * A list of 1 … {@code maxCount} integers, each in [min, max], written {@code k=a,b,c} (see {@link Spec}).
     */
    public int[] integers(String key, int[] fallback, int min, int max, int maxCount) {
        known.add(key);
        String text = values.get(key);
        if (text == null) {
            return fallback.clone();
        }
        String[] parts = text.split(",", -1);
        if (parts.length > maxCount) {
            throw new InvalidInputException(owner + " option " + key + " has " + parts.length
                    + " values; at most " + maxCount + " are allowed");
        }
        int[] v = new int[parts.length];
        for (int k = 0; k < parts.length; k++) {
            try {
                v[k] = Integer.parseInt(parts[k].strip());
            } catch (NumberFormatException e) {
                throw new InvalidInputException(owner + " option " + key + ": '" + parts[k].strip()
                        + "' is not a whole number");
            }
            if (v[k] < min || v[k] > max) {
                throw new InvalidInputException(owner + " option " + key + " value " + v[k]
                        + " is outside the allowed range [" + min + ", " + max + "]");
            }
        }
        return v;
    }

    /** One of a fixed set of words. */
    public String choice(String key, String fallback, Set<String> allowed) {
        known.add(key);
        String text = values.get(key);
        if (text == null) {
            return fallback;
        }
        String v = text.strip().toLowerCase(java.util.Locale.ROOT);
        if (!allowed.contains(v)) {
            throw new InvalidInputException(owner + " option " + key + " = '" + text + "' is not valid; valid: "
                    + String.join(", ", new TreeSet<>(allowed)));
        }
        return v;
    }

    /** Fails if the spec had keys that no getter asked for. */
    public void finish() {
        for (String key : values.keySet()) {
            if (!known.contains(key)) {
                throw new InvalidInputException("unknown option '" + key + "' for " + owner
                        + (known.isEmpty() ? ": it takes no options" : "; valid options: " + String.join(", ", known)));
            }
        }
    }
}
