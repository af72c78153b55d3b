package org.basinscope.engine.live.probe;

import org.basinscope.engine.live.RingSeries;

/** The parameters in effect under the run's schedule, per frame: η_t and T_t. */
public final class ScheduleProbe implements LiveProbe<ScheduleProbe.Trace> {

    /**
     * @param step        the step of each row
     * @param eta         η_t in effect
     * @param temperature T_t in effect
     */
    public record Trace(double[] step, double[] eta, double[] temperature) {
    }

    private final RingSeries scheduled = new RingSeries(3, LossProbe.LENGTH);

    @Override
    public void restart(LiveRun run) {
        scheduled.clear();
        record(run);
    }

    @Override
    public void afterSteps(LiveRun run, int steps) {
        record(run);
    }

    private void record(LiveRun run) {
        scheduled.add(run.step(), run.now().eta(), run.now().temperature());
    }

    @Override
    public Trace result(LiveRun run) {
        double[][] c = scheduled.copy();
        return new Trace(c[0], c[1], c[2]);
    }
}
