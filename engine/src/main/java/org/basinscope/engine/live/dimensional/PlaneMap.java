package org.basinscope.engine.live.dimensional;

import org.basinscope.engine.analysis.LandscapeGrid;
import org.basinscope.engine.analysis.projection.Extent;
import org.basinscope.engine.analysis.projection.Projection;

/**
 * The loss over one projection plane, computed in the background: the plane it was computed on, the extent and
 * the grid of f(c + a·u + b·v) (x = a, y = b), and the step of the cloud it was chosen for. The particles of a
 * snapshot are projected on this same plane, so the dots and the picture agree.
 */
public record PlaneMap(Projection projection, String centre, Extent extent, LandscapeGrid grid, long step) {
}
