package org.basinscope.engine.live.probe;

import java.util.List;
import org.basinscope.engine.analysis.Stability;

/** Where the particles are: the minima holding at least 1% of them, with each one's curvature and edge 2/λmax. */
public final class OccupancyProbe implements LiveProbe<OccupancyProbe.Occupancy> {

    /** @param wells the occupied minima, most occupied first */
    public record Occupancy(List<Stability.Well> wells) {
    }

    @Override
    public void restart(LiveRun run) {
    }

    @Override
    public Occupancy result(LiveRun run) {
        var c = run.config();
        return new Occupancy(List.copyOf(Stability.occupied(run.critical(), run.particles(), c.dynamics(), run.now())));
    }
}
