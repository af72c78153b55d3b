package org.basinscope.app.tabs;

import java.util.List;
import java.util.Objects;
import org.basinscope.app.controls.Display;
import org.basinscope.app.jobs.AnalysisJobs;
import org.basinscope.app.plots.BifurcationPlot;
import org.basinscope.app.plots.LyapunovPlot;
import org.basinscope.app.plots.SharpnessPlot;
import org.basinscope.app.Defaults;
import org.basinscope.engine.analysis.CriticalPoint;
import org.basinscope.engine.analysis.Sweep;
import org.basinscope.engine.chaos.Bifurcation;
import org.basinscope.engine.dynamics.Dynamics;
import org.basinscope.engine.dynamics.Param;
import org.basinscope.engine.dynamics.Params;
import org.basinscope.engine.ensemble.BlockRunner;
import org.basinscope.engine.landscape.MultiscaleSplit;
import org.basinscope.engine.live.RunConfig;
import org.basinscope.engine.live.Snapshot;

/**
 * Chaos: the bifurcation diagram over η (recomputed in the background when the landscape, dynamics,
 * start or η range change, after the settings have rested for {@value #SETTLE_MS} ms; the old diagram
 * stays meanwhile and a newer request cancels the older), the running Lyapunov exponent and the
 * sharpness against the edge of stability.
 */
public final class ChaosTab extends AbstractPlotTab {
    public static final Kind KIND = new Kind("chaos", "Chaos: bifurcation & Lyapunov", "", ChaosTab::new);
    static final long SETTLE_MS = 150;
    private static final String JOB = "bifurcation";
    /** A request the next pulse has not looked at yet (so {@link #settled} is false until it has). */
    private static final Object PENDING = new Object();

    private final AnalysisJobs jobs;
    private final BifurcationPlot bifurcation;
    private final BlockRunner runner = Defaults.simulationThreads();
    // Written on the FX thread; volatile because settled() may be polled from a script or test thread.
    private volatile Object key;
    private volatile Object wanted;
    private long changedAt;
    private RunConfig lastConfig;

    ChaosTab(TabContext context) {
        super(KIND);
        jobs = context.jobs();
        bifurcation = new BifurcationPlot(eta -> context.controls().parameter(Param.ETA).setValue(
                Math.max(1e-5, Math.min(10, Display.round(eta, 4)))));
        layout(null, List.of(bifurcation, new LyapunovPlot(), new SharpnessPlot()));
        jobs.progress(JOB).addListener((o, a, b) -> bifurcation.showProgress(b.doubleValue(), () -> jobs.cancel(JOB)));
        bifurcation.setOnRangeChange(() -> {
            key = null;
            wanted = PENDING;
        });
    }



    /** True when the diagram for the wanted settings is computed. */
    @Override
    public boolean settled() {
        return wanted != null && Objects.equals(key, wanted) && jobs.idle(JOB);
    }

    @Override
    public void pulse(Snapshot s) {
        if (s == null) {
            return;
        }
        RunConfig c = s.config();
        Params p = s.params();
        if (bifurcation.range() == null || !Objects.equals(c, lastConfig)) {
            lastConfig = c;
            double[] r = defaultRange(s);
            bifurcation.setRange(r[0], r[1]);
        }
        Object next = List.of(c.landscape(), c.dynamics(), List.of(c.start()[0], c.start().length > 1 ? c.start()[1] : 0.0),
                p.withEta(1), bifurcation.range()[0], bifurcation.range()[1]);
        long now = System.nanoTime();
        if (!Objects.equals(next, wanted)) {
            wanted = next;
            changedAt = now;
        }
        if (now - changedAt < SETTLE_MS * 1_000_000L) {
            return;
        }
        // The key is published after the submit, so a reader on another thread that sees it also sees the job.
        if (!Objects.equals(next, key)) {
            compute(c, p);
            key = next;
        }
    }

    /**
     * GD's fixed points lose stability at η = 2/λ: from a quarter of the smallest edge to 2.5× the largest;
     * on a multiscale loss Kong and Tao's regimes, from η ≈ 2ε (period doubling) to η ≫ ε (global chaos).
     */
    private static double[] defaultRange(Snapshot s) {
        MultiscaleSplit split = s.config().landscape().multiscale();
        if (split != null) {
            return new double[] {0.5 * split.eps(), 100 * split.eps()};
        }
        double lo = Double.POSITIVE_INFINITY;
        double hi = 0;
        for (CriticalPoint m : s.critical().of(CriticalPoint.Kind.MINIMUM)) {
            if (m.lambdaMax() > 0) {
                lo = Math.min(lo, 2 / m.lambdaMax());
                hi = Math.max(hi, 2 / m.lambdaMax());
            }
        }
        double eta = s.params().eta();
        return hi > 0 ? new double[] {0.25 * lo, 2.5 * hi} : new double[] {eta / 4, 4 * eta};
    }

    private void compute(RunConfig c, Params p) {
        Dynamics d = c.dynamics().deterministicOrDrift(c.landscape(), p);
        double[] r = bifurcation.range();
        String what = d == c.dynamics() ? d.name() : "GD (the drift of " + c.dynamics().name() + ")";
        double[] x0 = generic(c);
        // Over more than a decade, η is spaced (and drawn) on a log scale.
        boolean log = r[1] / r[0] > 20;
        bifurcation.setLogScale(log);
        double[] etas = Sweep.values(r[0], r[1], 400, log);
        jobs.submit(JOB, progress -> Bifurcation.sweep(c.landscape(), d, p, etas, x0, 2000,
                        BifurcationPlot.DRAWN_PER_ETA + Bifurcation.MAX_PERIOD * 2, 1e-6, runner, progress),
                result -> bifurcation.setResult(result, what), bifurcation::setError);
    }

    /**
     * The diagram's start: the run's start, nudged off it when it is a stationary point (a minimum
     * stays put for every η, stable or not, and would hide the bifurcations).
     */
    private static double[] generic(RunConfig c) {
        double[] x0 = c.start();
        double[] g = new double[2];
        c.landscape().gradient(x0[0], x0.length > 1 ? x0[1] : 0, g);
        if (Math.hypot(g[0], g[1]) < 1e-9) {
            double[] box = c.landscape().viewBox();
            x0[0] += 0.013 * (box[1] - box[0]);
            if (x0.length > 1) {
                x0[1] += 0.011 * (box[3] - box[2]);
            }
        }
        return x0;
    }
}
