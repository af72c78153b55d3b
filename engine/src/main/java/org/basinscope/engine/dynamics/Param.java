package org.basinscope.engine.dynamics;

/** The names of {@link Params}' fields, so a dynamics can say which of them it reads. */
public enum Param {
    ETA("learning rate η"),
    BATCH("batch size B"),
    TEMPERATURE("temperature T"),
    FRICTION("friction γ"),
    MOMENTUM("momentum β");

    private final String label;

    Param(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
