package org.basinscope.engine.live.probe;

import java.util.IdentityHashMap;
import java.util.Map;

/** The probes' results carried by one snapshot: immutable, looked up by key. */
public final class ProbeResults {
    public static final ProbeResults NONE = new ProbeResults(new IdentityHashMap<>());
    private final Map<LiveProbe.Key<?>, Object> results;

    private ProbeResults(Map<LiveProbe.Key<?>, Object> results) {
        this.results = results;
    }

    /** The result of the probe, or null when it had none (or the snapshot was built without it). */
    @SuppressWarnings("unchecked")
    public <T> T get(LiveProbe.Key<T> key) {
        return (T) results.get(key);
    }

    /** Results for a snapshot built by hand (tests, a view fed without a simulation). */
    public static Builder builder() {
        return new Builder();
    }

    /** Collects results, then {@link #build}s the immutable set. */
    public static final class Builder {
        private final Map<LiveProbe.Key<?>, Object> results = new IdentityHashMap<>();

        public <T> Builder put(LiveProbe.Key<T> key, T result) {
            if (result != null) {
                results.put(key, result);
            }
            return this;
        }

        public ProbeResults build() {
            return new ProbeResults(new IdentityHashMap<>(results));
        }
    }
}
