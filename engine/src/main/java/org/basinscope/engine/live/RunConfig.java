package org.basinscope.engine.live;

import org.basinscope.engine.dynamics.Dynamics;
import org.basinscope.engine.dynamics.DynamicsCatalog;
import org.basinscope.engine.dynamics.Params;
import org.basinscope.engine.dynamics.GradientSources;
import org.basinscope.engine.dynamics.Schedule;
import org.basinscope.engine.landscape.Landscape;
import org.basinscope.engine.spec.InvalidInputException;
import org.basinscope.engine.spec.Spec;

/**
 * What a run is made of, apart from the movable {@code Params}: changing any of these restarts the
 * ensemble from its start. {@code spread} &gt; 0 scatters the particles uniformly in a square of
 * half-width spread around the start (deterministic in the seed). The spec strings are what a user chose ({@code double-well:dim=2},
 * {@code formula:x^2/2}, {@code sgd:sigma=2}) and are kept for display and for saving a session.
 * {@code schedule} scales η or T step by step from the slider's value (constant: not at all);
 * {@code gradientSpec} names where the dynamics' gradient comes from ({@code exact}, {@code noisy:…},
 * {@code minibatch:…}; the dynamics object already carries it).
 */
public record RunConfig(String landscapeSpec, Landscape landscape, String dynamicsSpec, Dynamics dynamics,
        int particles, long seed, double[] start, double spread, Schedule schedule, String gradientSpec) {

    public RunConfig {
        start = start.clone();
        schedule = schedule == null ? Schedule.CONSTANT : schedule;
        gradientSpec = gradientSpec == null || gradientSpec.isBlank() ? GradientSources.EXACT : gradientSpec;
        String why = dynamics.incompatibility(landscape);
        if (why != null) {
            throw new InvalidInputException(why);
        }
        if (!(spread >= 0) || !Double.isFinite(spread)) {
            throw new InvalidInputException("start spread " + spread
                    + " must be a finite number ≥ 0");
        }
    }

    /** With the exact gradient (or the one the dynamics spec carries, for the aliases sgd, minibatch, sgld). */
    public RunConfig(String landscapeSpec, Landscape landscape, String dynamicsSpec, Dynamics dynamics, int particles,
            long seed, double[] start, double spread, Schedule schedule) {
        this(landscapeSpec, landscape, dynamicsSpec, dynamics, particles, seed, start, spread, schedule,
                GradientSources.EXACT);
    }

    /** No schedule. */
    public RunConfig(String landscapeSpec, Landscape landscape, String dynamicsSpec, Dynamics dynamics, int particles,
            long seed, double[] start, double spread) {
        this(landscapeSpec, landscape, dynamicsSpec, dynamics, particles, seed, start, spread, Schedule.CONSTANT);
    }

    /** All particles exactly at {@code start}, no schedule. */
    public RunConfig(String landscapeSpec, Landscape landscape, String dynamicsSpec, Dynamics dynamics, int particles,
            long seed, double[] start) {
        this(landscapeSpec, landscape, dynamicsSpec, dynamics, particles, seed, start, 0);
    }

    /**
     * {@code p} with the hyper-parameter options of the dynamics spec applied ({@code momentum:beta=0.8} sets
     * β = 0.8): what a run typed with such a spec uses, so that the sliders show it too.
     */
    public Params withSpecOptions(Params p) {
        return DynamicsCatalog.create(Spec.parse(dynamicsSpec), Spec.parse(gradientSpec), p).params();
    }

    @Override
    public double[] start() {
        return start.clone();
    }

    public RunConfig withLandscape(String spec, Landscape f) {
        return new RunConfig(spec, f, dynamicsSpec, dynamics, particles, seed, f.defaultStart(), spread, schedule,
                gradientSpec);
    }

    public RunConfig withDynamics(String spec, Dynamics d) {
        return new RunConfig(landscapeSpec, landscape, spec, d, particles, seed, start, spread, schedule, gradientSpec);
    }

    /** A new dynamics with the gradient source it was built with. */
    public RunConfig withDynamics(String spec, String gradient, Dynamics d) {
        return new RunConfig(landscapeSpec, landscape, spec, d, particles, seed, start, spread, schedule, gradient);
    }

    public RunConfig withParticles(int n) {
        return new RunConfig(landscapeSpec, landscape, dynamicsSpec, dynamics, n, seed, start, spread, schedule,
                gradientSpec);
    }

    public RunConfig withSeed(long s) {
        return new RunConfig(landscapeSpec, landscape, dynamicsSpec, dynamics, particles, s, start, spread,
                schedule, gradientSpec);
    }

    public RunConfig withSpread(double w) {
        return new RunConfig(landscapeSpec, landscape, dynamicsSpec, dynamics, particles, seed, start, w, schedule,
                gradientSpec);
    }

    public RunConfig withStart(double[] point) {
        return new RunConfig(landscapeSpec, landscape, dynamicsSpec, dynamics, particles, seed, point, spread,
                schedule, gradientSpec);
    }

    public RunConfig withSchedule(Schedule next) {
        return new RunConfig(landscapeSpec, landscape, dynamicsSpec, dynamics, particles, seed, start, spread, next,
                gradientSpec);
    }
}
