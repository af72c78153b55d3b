package org.basinscope.engine.live.probe;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;
import org.basinscope.engine.analysis.Readouts;

/**
 * Every live measurement, one line each: a snapshot carries each one's result under its key, and the
 * probes are called in the order of these lines. To add a measurement, write a {@link LiveProbe} and
 * add its line here.
 */
public final class LiveProbes {
    private static final List<LiveProbe.Key<?>> ALL = new ArrayList<>();

    public static final LiveProbe.Key<Readouts> READOUTS = register("readouts", ReadoutsProbe::new);
    public static final LiveProbe.Key<OccupancyProbe.Occupancy> OCCUPANCY = register("occupancy", OccupancyProbe::new);
    public static final LiveProbe.Key<LossProbe.History> LOSS = register("loss", LossProbe::new);
    public static final LiveProbe.Key<TrailsProbe.Paths> TRAILS = register("trails", TrailsProbe::new);
    public static final LiveProbe.Key<DistributionProbe.Distribution> DISTRIBUTION =
            register("distribution", DistributionProbe::new);
    public static final LiveProbe.Key<GibbsDistanceProbe.Distance> GIBBS_DISTANCE =
            register("gibbs-distance", GibbsDistanceProbe::new);
    public static final LiveProbe.Key<ForecastProbe.Forecast> FORECAST = register("forecast", ForecastProbe::new);
    public static final LiveProbe.Key<AutocorrelationProbe.Correlation> AUTOCORRELATION =
            register("autocorrelation", AutocorrelationProbe::new);
    public static final LiveProbe.Key<LyapunovProbe.Estimate> LYAPUNOV = register("lyapunov", LyapunovProbe::new);
    public static final LiveProbe.Key<SharpnessProbe.Trace> SHARPNESS = register("sharpness", SharpnessProbe::new);
    public static final LiveProbe.Key<ScheduleProbe.Trace> SCHEDULE = register("schedule", ScheduleProbe::new);
    public static final LiveProbe.Key<AcceptanceProbe.Rates> ACCEPTANCE = register("acceptance", AcceptanceProbe::new);

    private LiveProbes() {
    }

    private static <T> LiveProbe.Key<T> register(String name, Supplier<? extends LiveProbe<T>> factory) {
        LiveProbe.Key<T> key = new LiveProbe.Key<>(name, factory);
        ALL.add(key);
        return key;
    }

    /** The keys in the order their probes are called. */
    public static List<LiveProbe.Key<?>> all() {
        return Collections.unmodifiableList(ALL);
    }
}
