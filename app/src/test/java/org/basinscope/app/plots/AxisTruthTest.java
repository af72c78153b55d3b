package org.basinscope.app.plots;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.Callable;
import javafx.scene.control.CheckBox;
import org.basinscope.app.export.PlotData;
import org.basinscope.app.export.Series;
import org.basinscope.engine.analysis.Sweep;
import org.basinscope.engine.escape.EscapeExperiment;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The sweep and escape plots alone, fed results built here: markers, diverged points, log y and where axes start. */
class AxisTruthTest {
    private static final double NAN = Double.NaN;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    private static <T> T onFx(Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get();
    }

    private static Series series(PlotData d, String name) {
        return d.series().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
    }

    private static CheckBox logY(ChartPanel plot) {
        return (CheckBox) plot.node().lookup("#" + plot.chart.getId() + "-log-y");
    }

    @Test
    void aSweepMarksDivergedPointsAsCrossesAtTheTopNeverAsValues() throws Exception {
        SweepPlot plot = onFx(SweepPlot::new);
        Sweep.Result r = new Sweep.Result(new double[] {0.1, 0.15, 0.2, 0.25}, new double[] {0.5, 0.7, 1.1, NAN},
                new double[] {1, 1, 1, 1}, Sweep.Knob.ETA, Sweep.Readout.VARIANCE);
        PlotData d = onFx(() -> {
            plot.setResult(r, "test");
            return plot.data();
        });
        Series points = series(d, "readout at the end of each run");
        assertEquals(Series.Kind.MARKERS, points.kind(), "each point a marker");
        assertArrayEquals(new double[] {0.1, 0.15, 0.2}, points.x(), "the diverged point is not a value");
        assertArrayEquals(new double[] {0.5, 0.7, 1.1}, points.y());
        Series diverged = series(d, "diverged");
        assertArrayEquals(new double[] {0.25}, diverged.x());
        double top = d.range()[2] + SweepPlot.DIVERGED_HEIGHT * (d.range()[3] - d.range()[2]);
        assertEquals(top, diverged.y()[0], 1e-12, "at the top of the plot");
        assertTrue(diverged.y()[0] > 1.1);
        assertFalse(d.yLog(), "0.5 … 1.1 is less than two decades");
        assertEquals(0, d.range()[2], 0.0, "a variance's axis starts at 0");
        String style = onFx(() -> plot.chart.getRenderers().stream().flatMap(x -> x.getDatasets().stream())
                .filter(x -> x.getName().equals("diverged")).findFirst().orElseThrow().getStyle());
        assertTrue(style.contains("-fx-marker-type: cross") && !style.contains("show-in-legend: false"),
                "a cross, in the legend: " + style);
    }

    @Test
    void aHugeSweepValueTurnsLogYOnAndTheBoxTurnsItOff() throws Exception {
        SweepPlot plot = onFx(SweepPlot::new);
        Sweep.Result r = new Sweep.Result(new double[] {0.05, 0.1, 0.15, 0.2}, new double[] {1e-3, 0.02, 0.3, 3e7},
                new double[] {1, 1, 1, 1}, Sweep.Knob.ETA, Sweep.Readout.LOSS);
        PlotData log = onFx(() -> {
            plot.setResult(r, "test");
            return plot.data();
        });
        assertTrue(log.yLog(), "ten decades: log y");
        assertTrue(onFx(() -> logY(plot).isSelected() && plot.yAxis.isLogAxis()));
        assertEquals(1e-3, log.range()[2], 1e-15);
        assertEquals(1e8, log.range()[3], 1e-3);
        PlotData linear = onFx(() -> {
            logY(plot).setSelected(false);
            return plot.data();
        });
        assertFalse(linear.yLog(), "the export follows the box");
        assertFalse(onFx(() -> plot.yAxis.isLogAxis()));
        assertTrue(linear.range()[3] >= 3e7 && linear.range()[3] < 4e7, "linear: up to the huge value, " + linear.range()[3]);
        PlotData again = onFx(() -> {
            logY(plot).setSelected(true);
            return plot.data();
        });
        assertTrue(again.yLog());
        assertEquals(1e-3, again.range()[2], 1e-15);
    }

    @Test
    void theSurvivalCurveStartsLogAndTurnsLinearFromZero() throws Exception {
        EscapePlot plot = onFx(() -> new EscapePlot(EscapePlot.View.SURVIVAL));
        EscapeExperiment.Result r = new EscapeExperiment.Result(new double[] {1, 2, 3, 5, 8, 13}, 8, 0, 1000, 0.01);
        PlotData log = onFx(() -> {
            plot.setResult(r, 6, "exact integral", 5, "Kramers");
            return plot.data();
        });
        assertTrue(log.yLog());
        assertTrue(log.range()[2] > 0 && log.range()[3] == 1, "decades up to S = 1");
        assertEquals(0, log.range()[0], 0.0, "time from 0");
        PlotData linear = onFx(() -> {
            logY(plot).setSelected(false);
            return plot.data();
        });
        assertFalse(linear.yLog());
        assertEquals(0, linear.range()[2], 0.0, "S(t) on a linear axis from 0, not below");
        assertTrue(linear.range()[3] >= 1);
    }

    @Test
    void theEscapeHistogramIsLinearFromZeroAndMayTurnLog() throws Exception {
        EscapePlot plot = onFx(() -> new EscapePlot(EscapePlot.View.HISTOGRAM));
        EscapeExperiment.Result r = new EscapeExperiment.Result(new double[] {1, 2, 3, 5, 8, 13, 40}, 7, 0, 1000, 0.01);
        PlotData linear = onFx(() -> {
            plot.setResult(r, 6, "exact integral", 5, "Kramers");
            return plot.data();
        });
        assertFalse(linear.yLog());
        assertEquals(0, linear.range()[2], 0.0, "a density from 0");
        PlotData log = onFx(() -> {
            logY(plot).setSelected(true);
            return plot.data();
        });
        assertTrue(log.yLog());
        double bottom = log.range()[2];
        assertTrue(bottom > 0);
        for (double y : series(log, "first-passage times").y()) {
            assertTrue(y >= bottom, "empty bins sit on the bottom edge: " + y);
        }
    }
}
