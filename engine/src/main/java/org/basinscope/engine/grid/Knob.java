package org.basinscope.engine.grid;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.basinscope.engine.dynamics.Params;
import org.basinscope.engine.spec.InvalidInputException;

/**
 * A parameter a grid axis varies: one of the {@link Params} fields, or η along the linear scaling rule
 * ({@code eta/b}: η varies and B follows it, B = η/ratio with the base run's ratio η/B, seed 001's linear
 * scaling rule C.12). Each knob knows its name on the command line and the range {@link Params} allows.
 */
public enum Knob {
    ETA("eta", "learning rate η", Double.MIN_VALUE, Params.MAX_ETA),
    BATCH("batch", "batch size B", 1, Params.MAX_BATCH),
    TEMPERATURE("temperature", "temperature T", 0, Params.MAX_TEMPERATURE),
    FRICTION("friction", "friction γ", 0, Params.MAX_FRICTION),
    MOMENTUM("momentum", "momentum β", 0, Params.MAX_MOMENTUM),
    ETA_OVER_B("eta/b", "η with B = η/ratio (η/B fixed)", Double.MIN_VALUE, Params.MAX_ETA);

    private final String key;
    private final String label;
    private final double min;
    private final double max;

    Knob(String key, String label, double min, double max) {
        this.key = key;
        this.label = label;
        this.min = min;
        this.max = max;
    }

    /** The name on the command line and in output, e.g. {@code eta}. */
    public String key() {
        return key;
    }

    /** For axis titles, e.g. {@code learning rate η}. */
    public String label() {
        return label;
    }

    public double min() {
        return min;
    }

    public double max() {
        return max;
    }

    public static Knob parse(String s) {
        String k = s.strip().toLowerCase(Locale.ROOT);
        for (Knob knob : values()) {
            if (knob.key.equals(k)) {
                return knob;
            }
        }
        if (k.equals("lsr")) {
            return ETA_OVER_B;
        }
        throw new InvalidInputException("unknown grid parameter '" + s + "'; valid: " + names());
    }

    static String names() {
        return Arrays.stream(values()).map(Knob::key).collect(Collectors.joining(", "));
    }

    /** The value this knob actually runs with: batch sizes are whole numbers (rounded, at least 1). */
    public double used(double v) {
        return this == BATCH ? Math.max(1, Math.round(v)) : v;
    }

    /**
     * {@code base} with this knob set to {@code v}. Along {@link #ETA_OVER_B} the batch becomes
     * round(v / ratio), at least 1, where ratio = η/B of {@code ratioOf} (the run the sweep started from).
     */
    public Params apply(Params base, Params ratioOf, double v) {
        return switch (this) {
            case ETA -> base.withEta(v);
            case BATCH -> base.withBatch((int) used(v));
            case TEMPERATURE -> base.withTemperature(v);
            case FRICTION -> base.withFriction(v);
            case MOMENTUM -> base.withMomentum(v);
            case ETA_OVER_B -> base.withEta(v)
                    .withBatch((int) Math.max(1, Math.round(v / (ratioOf.eta() / ratioOf.batch()))));
        };
    }
}
