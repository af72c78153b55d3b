package org.basinscope.app.tabs;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import org.basinscope.app.Defaults;
import org.basinscope.app.jobs.AnalysisJobs;
import org.basinscope.app.plots.TurnoverPlot;
import org.basinscope.engine.dynamics.Dynamics;
import org.basinscope.engine.dynamics.Param;
import org.basinscope.engine.dynamics.Params;
import org.basinscope.engine.escape.FrictionSweep;
import org.basinscope.engine.live.RunConfig;

/**
 * The escape lab's friction sweep (Kramers' turnover): its button, enabled for underdamped Langevin only (else the
 * plot says why in one line), and its background job, {@value #JOB}, which runs {@link FrictionSweep} on
 * {@link #GRID} and then the theory on a finer grid for the curves. FX thread, except the job's work.
 */
final class TurnoverRun {
    static final String JOB = "turnover";
    /** Three decades around ω_b ≈ 1 of the built-in wells: the turnover lies inside (Kramers 1940). */
    static final FrictionSweep.Grid GRID = new FrictionSweep.Grid(0.05, 50, 7);
    /** Theory curves: 20 points a decade, smooth on log–log axes. */
    private static final FrictionSweep.Grid CURVES = new FrictionSweep.Grid(GRID.from(), GRID.to(), 61);

    /** What the job hands back: the measured points and the theory's curves. */
    private record Outcome(FrictionSweep.Result sweep, List<FrictionSweep.Prediction> curves) {
    }

    private final AnalysisJobs jobs;
    private final TurnoverPlot plot = new TurnoverPlot();
    private final Button button = new Button("Turnover");
    /**
     * Holds the button: a disabled control shows no tooltip, so the reason it is disabled is the holder's (the
     * turnover plot, which would say it too, is not laid out for a dynamics without friction).
     */
    private final Label holder = new Label(null, button);
    private final Tooltip reason = new Tooltip();
    /** What the button state was set for: "" for a dynamics with friction, else its name (or null before any). */
    private String shownFor;

    TurnoverRun(AnalysisJobs jobs) {
        this.jobs = jobs;
        button.setId("turnover-run");
        button.setTooltip(new Tooltip("Escape experiments at " + GRID.points() + " frictions γ from " + GRID.from()
                + " to " + GRID.to() + " (underdamped Langevin): τ against γ beside Kramers–Grote–Hynes and its limits"));
        button.setDisable(true);
        holder.setId("turnover-holder");
    }

    Button button() {
        return button;
    }

    /** The button in its holder, for the tab's header. */
    Node control() {
        return holder;
    }

    TurnoverPlot plot() {
        return plot;
    }

    static boolean applies(Dynamics d) {
        return d.parameters().contains(Param.FRICTION);
    }

    /** Enables the button for a dynamics with friction; otherwise the plot gives the reason. */
    void update(Dynamics d) {
        String key = applies(d) ? "" : d.name();
        if (key.equals(shownFor)) {
            return;
        }
        shownFor = key;
        button.setDisable(!applies(d));
        if (applies(d)) {
            plot.prompt();
            holder.setTooltip(null);
        } else {
            String why = "the friction sweep needs underdamped Langevin (" + d.name() + " has no friction γ)";
            plot.setError(why);
            reason.setText("Turnover: " + why);
            holder.setTooltip(reason);
        }
    }

    /** Runs the sweep with the run's landscape, η, T and seed, {@code n} particles per γ (FX thread returns at once). */
    void start(RunConfig c, Params p, double[] from, double[] to, int n, long maxSteps) {
        if (!applies(c.dynamics())) {
            return;
        }
        jobs.submit(JOB, progress -> {
            FrictionSweep.Result r = FrictionSweep.run(c.landscape(), c.dynamics(), p, from, to, GRID, n, c.seed(),
                    maxSteps, Defaults.simulationThreads(), FrictionSweep.Listener.NONE, progress);
            return new Outcome(r, FrictionSweep.predictions(c.landscape(), c.dynamics(), p, from, to, CURVES));
        }, o -> plot.setResult(o.sweep(), o.curves()), plot::setError);
    }

    boolean settled() {
        return jobs.idle(JOB);
    }
}
