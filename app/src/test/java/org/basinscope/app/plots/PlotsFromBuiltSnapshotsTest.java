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

    @Test
    void theLossBandIsShadedWithoutChartFxsHatch() throws Exception {
        // ChartFX's error surface fills with a hatch it makes by a synchronous snapshot (100-240 ms of a frozen FX
        // thread on CI); the band renderer fills it itself, so the data set's hatch binding is never computed.
        int n = 40;
        double[] step = new double[n];
        double[] mean = new double[n];
        double[] low = new double[n];
        double[] high = new double[n];
        for (int k = 0; k < n; k++) {
            step[k] = 10 * k;
            mean[k] = 1;
            low[k] = 0.5;
            high[k] = 1.5;
        }
        var history = new LossProbe.History(step, mean, low, high, mean.clone());
        LossPlot plot = onFx(LossPlot::new);
        javafx.stage.Stage stage = onFx(() -> {
            javafx.stage.Stage s = new javafx.stage.Stage();
            s.setScene(new javafx.scene.Scene(new javafx.scene.layout.StackPane(plot.node()), 640, 400));
            s.show();
            return s;
        });
        Snapshot shown = snapshot(0.1, 390, ProbeResults.builder().put(LiveProbes.LOSS, history).build());
        try {
            // As the window does: a chart whose data sets its own layout holds takes the snapshot at a later pulse.
            org.basinscope.app.testing.WindowExtension.await("the loss plot takes the snapshot", () -> {
                try {
                    return onFx(() -> plot.show(shown));
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            // The axes take the data's range at a layout pulse, and the canvas is drawn at the one after.
            org.basinscope.app.testing.WindowExtension.await("the axes hold the data", () -> {
                try {
                    return onFx(() -> plot.chart.getXAxis().getMax() >= 390 && plot.chart.getYAxis().getMin() < 0.5
                            && plot.chart.getYAxis().getMax() > 1.5);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            javafx.scene.image.WritableImage[] drawn = new javafx.scene.image.WritableImage[1];
            org.basinscope.app.testing.WindowExtension.await("the band drawn on the canvas", () -> {
                try {
                    drawn[0] = onFx(() -> plot.chart.getCanvas().snapshot(null, null));
                    javafx.scene.paint.Color c = pixel(plot, drawn[0], 200, 0.75);
                    return c.getBlue() - c.getRed() > 0.05;
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            javafx.scene.image.WritableImage image = drawn[0];
            onFx(() -> {
                for (var r : plot.chart.getRenderers()) {
                    for (var node : r.getDatasetNodes()) {
                        assertTrue(!node.lineFillPatternProperty().isValid(), node.getName() + ": no hatch was made");
                    }
                }
                return null;
            });
            // Between the band's edges (f = 0.75 at step 200) the canvas is tinted with the line's blue; below the
            // band (between 0.5 and the axis's lower end) it is the plot's neutral background.
            double below = onFx(() -> (0.5 + plot.chart.getYAxis().getMin()) / 2);
            assertTrue(below < 0.49, "the axis reaches below the band: " + below);
            javafx.scene.paint.Color inside = pixel(plot, image, 200, 0.75);
            javafx.scene.paint.Color outside = pixel(plot, image, 200, below);
            assertTrue(Math.abs(outside.getBlue() - outside.getRed()) < 0.02, "background " + outside);
            assertTrue(inside.getBlue() - inside.getRed() > 0.05, "the band is shaded blue: " + inside);
        } finally {
            onFx(() -> {
                stage.close();
                return null;
            });
        }
    }

    private static javafx.scene.paint.Color pixel(ChartPanel plot, javafx.scene.image.Image image, double x, double y)
            throws Exception {
        int px = (int) (double) onFx(() -> plot.chart.getXAxis().getDisplayPosition(x));
        int py = (int) (double) onFx(() -> plot.chart.getYAxis().getDisplayPosition(y));
        return image.getPixelReader().getColor(px, py);
    }
}
