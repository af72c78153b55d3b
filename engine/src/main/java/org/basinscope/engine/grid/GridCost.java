package org.basinscope.engine.grid;

import org.basinscope.engine.ensemble.BlockRunner;
import org.basinscope.engine.ensemble.Ensemble;

/**
 * What a sweep will cost before it starts: its particle-steps (points × seeds × particles × steps) and the
 * time at a throughput measured on one core of this machine by a short run of the sweep's first point
 * (at most {@value #CALIBRATION_SECONDS} s, once the compiled code runs; see {@link #calibrate}). The estimate counts only the stepping: the occupation readout's descent per particle and a
 * cluster's start-up come on top, and a point whose particles diverge is cheaper than it says.
 *
 * @param particleSteps the sweep's work
 * @param perCore       particle-steps per second on one core, measured (NaN when there is nothing to step)
 */
public record GridCost(double particleSteps, double perCore) {
    /** Sweeps above this many particle-steps (about 1.4 h on both cores of a 2-core laptop) need --yes. */
    public static final double BUDGET = 1e12;
    static final double CALIBRATION_SECONDS = 1;
    private static final int CALIBRATION_PARTICLES = 4096;

    /** The cost of {@code job}: {@code remaining} of its points still to run, the throughput measured now. */
    public static GridCost of(GridJob job, int remaining) {
        double work = (double) remaining * job.seeds() * job.config().particles() * job.steps();
        return new GridCost(work, work == 0 ? Double.NaN : calibrate(job));
    }

    /** Seconds on {@code cores} cores at the measured rate (NaN if either is unknown). */
    public double seconds(int cores) {
        return cores <= 0 ? Double.NaN : particleSteps / (perCore * cores);
    }

    public boolean overBudget() {
        return particleSteps > BUDGET;
    }

    /**
     * Particle-steps per second of the first point's run on one thread, in windows of 50 ms until two in a row
     * agree within 10% after half a second (the compiled code has taken over) or the time is up.
     */
    private static double calibrate(GridJob job) {
        int n = Math.min(job.config().particles(), CALIBRATION_PARTICLES);
        var c = job.config();
        Ensemble e = new Ensemble(c.landscape(), c.dynamics(), job.params(0), n, job.seed(0, 0), c.start(),
                new BlockRunner(1));
        e.setSchedule(c.schedule());
        // A sweep of a few seconds is not worth a second of calibration; its estimate may be low.
        boolean small = job.particleSteps() < 1e9;
        double limit = small ? 0.2 : CALIBRATION_SECONDS;
        // Interpreted code can run at a steady (slow) rate for a while; the compiler takes over by ~0.5 s here.
        double settled = small ? 0 : 0.5;
        long t0 = System.nanoTime();
        long windowStart = t0;
        long stepsAtStart = 0;
        double rate = Double.NaN;
        double previous = Double.NaN;
        while (e.step() < job.steps()) {
            e.advance((int) Math.min(10, job.steps() - e.step()));
            long now = System.nanoTime();
            if (now - windowStart >= 50_000_000L || e.step() == job.steps()) {
                previous = rate;
                rate = (double) n * (e.step() - stepsAtStart) / ((now - windowStart) * 1e-9);
                windowStart = now;
                stepsAtStart = e.step();
                double elapsed = (now - t0) * 1e-9;
                if (elapsed >= settled && Math.abs(rate - previous) < 0.1 * rate || elapsed >= limit) {
                    break;
                }
            }
        }
        return rate;
    }
}
