package org.basinscope.app.plots;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.Callable;
import org.basinscope.app.export.PlotData;
import org.basinscope.app.export.Series;
import org.basinscope.engine.dynamics.DynamicsCatalog;
import org.basinscope.engine.dynamics.Params;
import org.basinscope.engine.ensemble.EnsembleStats;
import org.basinscope.engine.landscape.Landscape;
import org.basinscope.engine.landscape.LandscapeCatalog;
import org.basinscope.engine.live.Cloud;
import org.basinscope.engine.live.RunConfig;
import org.basinscope.engine.live.Snapshot;
import org.basinscope.engine.live.probe.LiveProbes;
import org.basinscope.engine.live.probe.LossProbe;
import org.basinscope.engine.live.probe.LyapunovProbe;
import org.basinscope.engine.live.probe.ProbeResults;
import org.basinscope.engine.live.probe.SharpnessProbe;
import org.basinscope.engine.live.probe.TrailsProbe;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A plot alone, without the window or a simulation: it is fed a snapshot built here, with exactly the probe
 * results it reads, and what it then holds for drawing and export is checked against them.
 */
class PlotsFromBuiltSnapshotsTest {
    private static final double NAN = Double.NaN;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    private static <T> T onFx(Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get();
    }

    /** A snapshot of GD at η on the 1-D quadratic at {@code step}, carrying only {@code probes}. */
    private static Snapshot snapshot(double eta, long step, ProbeResults probes) {
        Landscape f = LandscapeCatalog.create("quadratic:dim=1");
        RunConfig c = new RunConfig("quadratic:dim=1", f, "gd", DynamicsCatalog.create("gd"), 1, 1, f.defaultStart());
        Params p = Params.DEFAULT.withEta(eta);
        EnsembleStats stats = new EnsembleStats(step, 1, 0, new double[] {0.5}, new double[] {0}, 0, 0.125);
        return new Snapshot(1, 1, c, p, p, false, 10, 0, stats, new Cloud(new float[] {0.5f}, new float[] {0}, null),
                null, null, List.of(), null, probes);
    }

    private static Series series(PlotData d, String name) {
        return d.series().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void theSharpnessPlotDrawsEachFiniteValueOfItsTraceAndTheEdge() throws Exception {
        double[] steps = {0, 10, 20, 30};
        var trace = new SharpnessProbe.Trace(steps, new double[] {4, 3, NAN, 2}, new double[] {4, 3.5, 3, 2.5},
                new double[] {20, 20, 20, 20}, new double[] {4, 4, 4, NAN});
        SharpnessPlot plot = onFx(SharpnessPlot::new);
        PlotData d = onFx(() -> {
            assertTrue(plot.show(snapshot(0.1, 30, ProbeResults.builder().put(LiveProbes.SHARPNESS, trace).build())));
            return plot.data();
        });
        Series particle0 = series(d, "λmax at particle 0");
        assertArrayEquals(new double[] {0, 10, 30}, particle0.x(), "the diverged row is left out");
        assertArrayEquals(new double[] {4, 3, 2}, particle0.y());
        assertArrayEquals(new double[] {4, 3.5, 3, 2.5}, series(d, "mean λmax (sample of particles)").y());
        assertArrayEquals(new double[] {20, 20, 20, 20}, series(d, "2/η").y());
        assertArrayEquals(new double[] {0, 10, 20}, series(d, "λmax along full-batch GD").x());
    }

    @Test
    void theLyapunovPlotDrawsBothExponentsOverTheSteps() throws Exception {
        var estimate = new LyapunovProbe.Estimate(new double[] {-0.16, -0.69}, new double[] {10, 20},
                new double[] {-0.1, -0.16}, new double[] {-0.6, -0.69}, "spectrum by QR along an orbit from the start",
                false);
        var trails = new TrailsProbe.Paths(new double[][] {{1, 0.9, 0.81}}, new double[][] {{0, 0, 0}},
                new double[][] {{NAN, NAN, NAN}}, 0);
        LyapunovPlot plot = onFx(LyapunovPlot::new);
        PlotData d = onFx(() -> {
            plot.show(snapshot(0.15, 20, ProbeResults.builder().put(LiveProbes.LYAPUNOV, estimate)
                    .put(LiveProbes.TRAILS, trails).build()));
            return plot.data();
        });
        assertArrayEquals(new double[] {-0.1, -0.16}, series(d, "λ1 (largest)").y());
        assertArrayEquals(new double[] {-0.6, -0.69}, series(d, "λ2").y());
        assertArrayEquals(new double[] {10, 20}, series(d, "λ = 0").x(), "the zero line spans the history");
    }

    @Test
    void theLossPlotExportsParticleZerosWholeHistory() throws Exception {
        int n = 50;
        double[] step = new double[n];
        double[] mean = new double[n];
        double[] p0 = new double[n];
        for (int k = 0; k < n; k++) {
            step[k] = 10 * k;
            mean[k] = Math.exp(-0.01 * k);
            p0[k] = mean[k] * (1 + 0.1 * Math.sin(k));
        }
        var history = new LossProbe.History(step, mean, mean.clone(), mean.clone(), p0);
        LossPlot plot = onFx(LossPlot::new);
        PlotData d = onFx(() -> {
            plot.show(snapshot(0.1, 490, ProbeResults.builder().put(LiveProbes.LOSS, history).build()));
            return plot.data();
        });
        List<Series> series = d.series();
        assertEquals(2, series.size());
        assertArrayEquals(mean, series.get(0).y());
        assertArrayEquals(p0, series.get(1).y(), "particle 0's whole history, not the thinned drawing");
    }
}
