package org.basinscope.app.tabs;

import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import org.basinscope.app.Defaults;
import org.basinscope.app.jobs.AnalysisJobs;
import org.basinscope.app.plots.ArrheniusPlot;
import org.basinscope.engine.analysis.Progress;
import org.basinscope.engine.dynamics.Params;
import org.basinscope.engine.escape.EscapeExperiment;
import org.basinscope.engine.live.RunConfig;

/**
 * The escape lab's temperature sweep (seed 001, Kramers): its button and its background job, {@value #JOB}, escape
 * experiments at {@link #SWEEP} × the live temperature (1-D, overdamped Langevin or MALA), ln τ against 1/T beside
 * the dynamics' own predictions at each T. FX thread, except the job's work.
 */
final class ArrheniusRun {
    static final String JOB = "arrhenius";
    /** Temperatures of the sweep, as multiples of the live T. */
    private static final double[] SWEEP = {0.6, 0.7, 0.85, 1.0, 1.25};

    private final AnalysisJobs jobs;
    private final ArrheniusPlot plot = new ArrheniusPlot();
    private final Button button = new Button("Arrhenius");

    ArrheniusRun(AnalysisJobs jobs) {
        this.jobs = jobs;
        button.setId("arrhenius-run");
        button.setTooltip(new Tooltip("Escape experiments at 0.6, 0.7, 0.85, 1 and 1.25 × the live temperature (1-D "
                + "Langevin): ln τ against 1/T with the exact and Kramers curves"));
    }

    Button button() {
        return button;
    }

    ArrheniusPlot plot() {
        return plot;
    }

    /** Whether the sweep applies: a 1-D landscape and a sampler of the overdamped Fokker–Planck equation. */
    static boolean applies(RunConfig c) {
        return c.landscape().dimension() == 1 && c.dynamics().followsOverdampedFokkerPlanck();
    }

    /** Runs the sweep from {@code from} to {@code to} with {@code n} particles per temperature (returns at once). */
    void start(RunConfig c, Params p, double[] from, double[] to, int n, long maxSteps) {
        if (!applies(c) || !(p.temperature() > 0)) {
            plot.setError("needs a 1-D landscape and Langevin dynamics (or MALA) at T > 0");
            return;
        }
        double t0 = p.temperature();
        jobs.submit(JOB, progress -> {
            int k = SWEEP.length;
            double[] beta = new double[k];
            double[] tau = new double[k];
            double[] exact = new double[k];
            double[] kramers = new double[k];
            double barrier = Double.NaN;
            // Hottest first: the quick runs come first, the coldest (longest) last.
            for (int j = k - 1; j >= 0; j--) {
                double t = t0 * SWEEP[j];
                Params pj = p.withTemperature(t);
                var theory = c.dynamics().escapeTheory().predict(c.landscape(), pj, from, to, Double.NaN);
                beta[j] = 1 / t;
                exact[j] = theory.exact();
                kramers[j] = theory.rate();
                barrier = theory.barrierHeight();
                var r = EscapeExperiment.run(c.landscape(), c.dynamics(), pj, from, to, n, c.seed(), maxSteps,
                        Defaults.simulationThreads(), Progress.NONE);
                tau[j] = r.escaped() == 1 ? r.mean() : Double.NaN;
                progress.step((double) (k - j) / k);
            }
            return new double[][] {beta, tau, exact, kramers, {barrier}};
        }, r -> plot.setResult(r[0], r[1], r[2], r[3], r[4][0]), plot::setError);
    }

    boolean settled() {
        return jobs.idle(JOB);
    }
}
