package org.basinscope.engine.live;

import org.basinscope.engine.dynamics.Dynamics;
import org.basinscope.engine.dynamics.Schedule;
import org.basinscope.engine.landscape.Landscape;
import org.basinscope.engine.spec.InvalidInputException;

/**
 * What a run is made of, apart from the movable {@code Params}: changing any of these restarts the
 * ensemble from its start. {@code spread} &gt; 0 scatters the particles uniformly in a square of
 * half-width spread around the start (deterministic in the seed). The spec strings are what a user chose ({@code double-well:dim=2},
 * {@code formula:x^2/2}, {@code sgd:sigma=2}) and are kept for display and for saving a session.
 * {@code schedule} scales η or T step by step from the slider's value (constant: not at all).
 */
public record RunConfig(String landscapeSpec, Landscape landscape, String dynamicsSpec, Dynamics dynamics,
        int particles, long seed, double[] start, double spread, Schedule schedule) {

    public RunConfig {
        start = start.clone();
        schedule = schedule == null ? Schedule.CONSTANT : schedule;
        String why = dynamics.incompatibility(landscape);
        if (why != null) {
            throw new InvalidInputException(why);
        }
        if (!(spread >= 0) || !Double.isFinite(spread)) {
            throw new InvalidInputException("start spread " + spread
                    + " must be a finite number ≥ 0");
        }
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

    @Override
    public double[] start() {
        return start.clone();
    }

    public RunConfig withLandscape(String spec, Landscape f) {
        return new RunConfig(spec, f, dynamicsSpec, dynamics, particles, seed, f.defaultStart(), spread, schedule);
    }

    public RunConfig withDynamics(String spec, Dynamics d) {
        return new RunConfig(landscapeSpec, landscape, spec, d, particles, seed, start, spread, schedule);
    }

    public RunConfig withParticles(int n) {
        return new RunConfig(landscapeSpec, landscape, dynamicsSpec, dynamics, n, seed, start, spread, schedule);
    }

    public RunConfig withSeed(long s) {
        return new RunConfig(landscapeSpec, landscape, dynamicsSpec, dynamics, particles, s, start, spread, schedule);
    }

    public RunConfig withSpread(double w) {
        return new RunConfig(landscapeSpec, landscape, dynamicsSpec, dynamics, particles, seed, start, w, schedule);
    }

    public RunConfig withStart(double[] point) {
        return new RunConfig(landscapeSpec, landscape, dynamicsSpec, dynamics, particles, seed, point, spread, schedule);
    }

    public RunConfig withSchedule(Schedule next) {
        return new RunConfig(landscapeSpec, landscape, dynamicsSpec, dynamics, particles, seed, start, spread, next);
    }
}
