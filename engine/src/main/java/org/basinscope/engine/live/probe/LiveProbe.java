package org.basinscope.engine.live.probe;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * A live measurement of a running simulation, on the model of an ODE step handler (Hipparchus'
 * {@code ODEStepHandler}: {@code init}, then {@code handleStep}): restarted with the run, called after each
 * frame of steps, asked for an immutable result whenever a snapshot is published. Everything happens
 * on the simulation thread, so a probe needs no locks; what it hands out in {@link #result} must be
 * fresh copies that nobody writes again (the FX thread reads them while the run goes on).
 *
 * <p><b>Extension contract.</b> Write one class implementing this interface (its result a record, often
 * nested in it) and add one line to {@link LiveProbes}; every snapshot then carries its result, read
 * with {@code snapshot.get(LiveProbes.YOURS)}, and a view or a test reads it from there.
 *
 * @param <T> the result type (a record; null means "nothing to show now")
 */
public interface LiveProbe<T> {

    /** The typed name of a probe, under which snapshots carry its result. */
    record Key<T>(String name, Supplier<? extends LiveProbe<T>> factory) {
        public Key {
            Objects.requireNonNull(name);
            Objects.requireNonNull(factory);
        }

        @Override
        public boolean equals(Object o) {
            return this == o;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(this);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /**
     * A new run: the landscape, dynamics, N, seed, start or schedule changed (also the first call).
     * Build what depends on them; {@link #restart} follows at once.
     */
    default void configure(LiveRun run) {
    }

    /** Back to the run's start (after {@link #configure}, and on every reset): forget what was measured. */
    void restart(LiveRun run);

    /** After a frame of {@code steps} steps, with the parameters in effect now ({@link LiveRun#now}). */
    default void afterSteps(LiveRun run, int steps) {
    }

    /** The measurement now, immutable, or null when there is nothing to show. */
    T result(LiveRun run);
}
