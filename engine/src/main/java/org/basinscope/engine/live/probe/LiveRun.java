package org.basinscope.engine.live.probe;

import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.basinscope.engine.analysis.CriticalPoints;
import org.basinscope.engine.dynamics.ParticleArrays;
import org.basinscope.engine.dynamics.Params;
import org.basinscope.engine.ensemble.Ensemble;
import org.basinscope.engine.ensemble.EnsembleStats;
import org.basinscope.engine.live.RunConfig;

/**
 * What a probe sees of the running simulation at one moment (simulation thread only): the run's
 * configuration and ensemble, the parameters, and the other probes' results at the same moment
 * (computed on first request, once per moment; a probe may depend on another, not on itself).
 */
public final class LiveRun {
    private static final Object NONE = new Object();
    private final Map<LiveProbe.Key<?>, LiveProbe<?>> probes = new LinkedHashMap<>();
    private final Map<LiveProbe.Key<?>, Object> memo = new IdentityHashMap<>();
    private final Map<LiveProbe.Key<?>, Boolean> computing = new IdentityHashMap<>();
    private RunConfig config;
    private Ensemble ensemble;
    private Params params;
    private Params now;
    private Params startParams;
    private EnsembleStats stats;
    private CriticalPoints.Result critical;

    /** A run observed by every probe of the registry, each its own instance. */
    public LiveRun() {
        for (LiveProbe.Key<?> key : LiveProbes.all()) {
            probes.put(key, key.factory().get());
        }
    }

    /**
     * A new configuration, its ensemble and its landscape's critical points; every probe is configured and
     * restarted with {@code base}.
     */
    public void configure(RunConfig c, Ensemble e, CriticalPoints.Result points, Params base) {
        config = c;
        ensemble = e;
        critical = points;
        at(base);
        probes.values().forEach(p -> p.configure(this));
        restart(base);
    }

    /** Back to the start: every probe restarts; {@code base} becomes the parameters the run started with. */
    public void restart(Params base) {
        at(base);
        startParams = base;
        probes.values().forEach(p -> p.restart(this));
    }

    /** After a frame of {@code steps} steps, with the sliders at {@code base}. */
    public void afterSteps(Params base, int steps) {
        at(base);
        probes.values().forEach(p -> p.afterSteps(this, steps));
    }

    /** Every probe's result at this moment, with the sliders at {@code base}. */
    public ProbeResults results(Params base) {
        at(base);
        ProbeResults.Builder b = ProbeResults.builder();
        for (LiveProbe.Key<?> key : probes.keySet()) {
            put(b, key);
        }
        return b.build();
    }

    private <T> void put(ProbeResults.Builder b, LiveProbe.Key<T> key) {
        b.put(key, result(key));
    }

    /** A new moment: the memo of results and statistics is forgotten. */
    private void at(Params base) {
        params = base;
        now = config.schedule().at(base, Math.max(1, ensemble.step()));
        stats = null;
        memo.clear();
    }

    /** The result of another probe at this moment. */
    @SuppressWarnings("unchecked")
    public <T> T result(LiveProbe.Key<T> key) {
        Object r = memo.get(key);
        if (r == null) {
            LiveProbe<T> probe = (LiveProbe<T>) probes.get(key);
            if (probe == null) {
                throw new IllegalArgumentException("no probe " + key + " in this run");
            }
            if (computing.put(key, Boolean.TRUE) != null) {
                throw new IllegalStateException("probe " + key + " depends on itself");
            }
            try {
                T value = probe.result(this);
                r = value == null ? NONE : value;
                memo.put(key, r);
            } finally {
                computing.remove(key);
            }
        }
        return r == NONE ? null : (T) r;
    }

    public RunConfig config() {
        return config;
    }

    public Ensemble ensemble() {
        return ensemble;
    }

    /** The landscape's minima and saddles in its view box. */
    public CriticalPoints.Result critical() {
        return critical;
    }

    /** The live particle arrays (read only, on the simulation thread). */
    public ParticleArrays particles() {
        return ensemble.particles();
    }

    public long step() {
        return ensemble.step();
    }

    /** The sliders' values. */
    public Params params() {
        return params;
    }

    /** The parameters in effect at this step: the sliders' values scaled by the run's schedule. */
    public Params now() {
        return now;
    }

    /** The sliders' values when the run last (re)started. */
    public Params startParams() {
        return startParams;
    }

    /** The ensemble's statistics now (computed once per moment). */
    public EnsembleStats stats() {
        if (stats == null) {
            stats = ensemble.stats();
        }
        return stats;
    }
}
