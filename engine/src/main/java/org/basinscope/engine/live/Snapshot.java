package org.basinscope.engine.live;

import java.util.List;
import org.basinscope.engine.analysis.CriticalPoints;
import org.basinscope.engine.analysis.LandscapeGrid;
import org.basinscope.engine.dynamics.Params;
import org.basinscope.engine.ensemble.EnsembleStats;
import org.basinscope.engine.live.probe.LiveProbe;
import org.basinscope.engine.live.probe.ProbeResults;

/**
 * One frame of a running simulation, copied out of it: a small core that every view needs, plus the
 * results of the live probes ({@link #get}). Immutable once published (its arrays are fresh copies that
 * nobody writes again), so the FX thread reads it without locks while the simulation goes on.
 *
 * @param sequence       increases with every published snapshot
 * @param paramsVersion  the version of the parameters this frame was computed with (see
 *                       {@link LiveSimulation#setParams})
 * @param config         landscape, dynamics, N, seed, start, schedule
 * @param params         η, B, T, γ, β in effect at this step (the sliders' values scaled by the run's schedule)
 * @param baseParams     the sliders' values, before the schedule
 * @param running        whether the simulation is advancing
 * @param stepsPerFrame  the speed setting
 * @param stepsPerSecond measured simulation speed
 * @param stats          mean, variance, loss, diverged count over all particles
 * @param cloud          positions of the live particles for drawing
 * @param grid           the landscape sampled over its view box
 * @param critical       minima and saddles of the landscape in its view box
 * @param history        the sliders' values from each step on where they changed since the run (re)started
 * @param message        a warning or error to show, or null
 * @param probes         the live measurements, by {@link org.basinscope.engine.live.probe.LiveProbes} key
 */
public record Snapshot(long sequence, long paramsVersion, RunConfig config, Params params, Params baseParams,
        boolean running, int stepsPerFrame, double stepsPerSecond, EnsembleStats stats, Cloud cloud,
        LandscapeGrid grid, CriticalPoints.Result critical, List<ParamChange> history, String message,
        ProbeResults probes) {

    /** The result of a live probe in this frame, or null when it has none. */
    public <T> T get(LiveProbe.Key<T> probe) {
        return probes.get(probe);
    }

    public long step() {
        return stats.step();
    }

    /** Particles drawn. */
    public int drawn() {
        return cloud.size();
    }
}
