package org.basinscope.engine.session;

import java.util.LinkedHashMap;
import java.util.Map;
import org.basinscope.engine.analysis.Sweep;
import org.basinscope.engine.dynamics.DynamicsCatalog;
import org.basinscope.engine.ensemble.Ensemble;
import org.basinscope.engine.grid.Grid;
import org.basinscope.engine.grid.GridJob;
import org.basinscope.engine.spec.InvalidInputException;
import org.basinscope.engine.spec.Spec;

/**
 * A lesson's optional phase diagram: the grid sweep the Sweeps tab is set up for (and {@code render --plots
 * sweeps} draws), run from the lesson's settings. In the lesson file:
 * <pre>"grid": {"axes": "eta=0.02:1.28:7:log,batch=1:64:7:log", "readout": "variance", "steps": 1000,
 *          "particles": 1000, "seeds": 8}</pre>
 *
 * @param axes      one or two axes in the {@code --grid} form ({@link Grid#parse})
 * @param readout   loss, variance, diverged, occupation, lyapunov or accuracy
 * @param steps     steps per run
 * @param particles N of every run (the lesson's live run keeps its own)
 * @param seeds     replicates per point (the standard errors are over them)
 */
public record LessonGrid(String axes, String readout, long steps, int particles, int seeds) {
    /** The keys of a session's {@code view} map under which the Sweeps tab keeps its form. */
    public static final String VIEW_GRID = "sweep.grid";
    public static final String VIEW_READOUT = "sweep.readout";
    public static final String VIEW_STEPS = "sweep.steps";
    public static final String VIEW_PARTICLES = "sweep.particles";
    public static final String VIEW_SEEDS = "sweep.seeds";

    /**
     * The sweep from {@code settings}: its run with this N, its parameters with the dynamics' own options folded in
     * (as the command line and the window fold {@code momentum:beta=…}). Validates everything.
     */
    public GridJob job(Session settings) {
        if (particles < 1 || particles > Ensemble.MAX_PARTICLES) {
            throw new InvalidInputException("grid particles = " + particles + " is outside the allowed range [1, "
                    + Ensemble.MAX_PARTICLES + "]");
        }
        Grid grid = Grid.parse(axes);
        if (grid.axes().size() > 2) {
            throw new InvalidInputException("a lesson's grid has one or two axes (the Sweeps tab draws two), got "
                    + grid.axes().size());
        }
        var base = DynamicsCatalog.create(Spec.parse(settings.dynamics()), settings.params()).params();
        return new GridJob(settings.toRunConfig().withParticles(particles), base, steps, grid,
                Sweep.Readout.parse(readout), seeds);
    }

    /** The form of the Sweeps tab as view settings (what the tab reads in {@code loadView}). */
    public Map<String, String> view() {
        Map<String, String> v = new LinkedHashMap<>();
        v.put(VIEW_GRID, axes);
        v.put(VIEW_READOUT, readout);
        v.put(VIEW_STEPS, Long.toString(steps));
        v.put(VIEW_PARTICLES, Integer.toString(particles));
        v.put(VIEW_SEEDS, Integer.toString(seeds));
        return v;
    }
}
