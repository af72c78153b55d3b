package org.basinscope.engine.live.probe;

import org.basinscope.engine.chaos.LyapunovTracker;
import org.basinscope.engine.live.RingSeries;

/**
 * The running Lyapunov estimate for the live settings ({@link LyapunovTracker}: the spectrum by QR along an
 * orbit for deterministic dynamics, two copies with shared noise otherwise), advanced beside the run by at
 * most {@value #MAX_STEPS_PER_FRAME} steps a frame (each costs a small QR), with its history.
 */
public final class LyapunovProbe implements LiveProbe<LyapunovProbe.Estimate> {
    /** Most steps per frame the tracker takes. */
    public static final int MAX_STEPS_PER_FRAME = 1000;

    /**
     * @param exponents the estimate now, descending (one value for a noisy dynamics; NaN when diverged)
     * @param step      history: the step of each row
     * @param first     λ1 at that step
     * @param second    λ2 (NaN for noisy dynamics and 1-D maps)
     * @param method    how the estimate is made
     * @param fixedPoint whether the (deterministic) orbit sits on a fixed point: the exponents are then the
     *                  linearisation's there (positive at an unstable point, which is not chaos)
     */
    public record Estimate(double[] exponents, double[] step, double[] first, double[] second, String method,
            boolean fixedPoint) {
    }

    private LyapunovTracker tracker;
    private final RingSeries history = new RingSeries(3, LossProbe.LENGTH);

    @Override
    public void configure(LiveRun run) {
        var c = run.config();
        tracker = new LyapunovTracker(c.landscape(), c.dynamics(), run.params(), c.start(), c.seed());
    }

    @Override
    public void restart(LiveRun run) {
        tracker.restart();
        history.clear();
    }

    @Override
    public void afterSteps(LiveRun run, int steps) {
        tracker.advance(run.now(), Math.min(steps, MAX_STEPS_PER_FRAME));
        double[] l = tracker.exponents();
        history.add(run.step(), l[0], l.length > 1 ? l[1] : Double.NaN);
    }

    @Override
    public Estimate result(LiveRun run) {
        double[][] h = history.copy();
        return new Estimate(tracker.exponents(), h[0], h[1], h[2], tracker.method(), tracker.atFixedPoint());
    }
}
