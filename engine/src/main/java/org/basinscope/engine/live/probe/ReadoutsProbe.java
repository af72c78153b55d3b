package org.basinscope.engine.live.probe;

import org.basinscope.engine.analysis.Readouts;

/** The readouts (T_eff, curvature and stability at the cloud's mean, predicted against measured spread). */
public final class ReadoutsProbe implements LiveProbe<Readouts> {
    @Override
    public void restart(LiveRun run) {
    }

    @Override
    public Readouts result(LiveRun run) {
        var c = run.config();
        return Readouts.compute(c.landscape(), c.dynamics(), run.now(), run.stats(), c.start());
    }
}
