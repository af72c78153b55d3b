package org.basinscope.app.plots.heatmap;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.basinscope.engine.analysis.Progress;
import org.basinscope.engine.analysis.Sweep;
import org.basinscope.engine.dynamics.Params;
import org.basinscope.engine.ensemble.BlockRunner;
import org.basinscope.engine.grid.Axis;
import org.basinscope.engine.grid.Grid;
import org.basinscope.engine.grid.GridJob;
import org.basinscope.engine.grid.GridResult;
import org.basinscope.engine.grid.GridSweep;
import org.basinscope.engine.grid.PointResult;
import org.basinscope.engine.session.Session;
import org.junit.jupiter.api.Test;

/** The heat map's model without a window: cell edges, filling in, the colour scale, and its CSV and SVG export. */
class HeatmapExportTest {

    private static GridResult sweep() {
        Session s = new Session(Session.VERSION, "formula:x^2/2", "sgd:sigma=1", 0.1, 1, 0.1, 1, 0.9, 200, 3,
                new double[] {0}, 0, 10, Map.of());
        GridJob job = new GridJob(s.toRunConfig(), Params.DEFAULT, 100, Grid.parse("eta=0.1:0.3:3,batch=1:4:3:log"),
                Sweep.Readout.VARIANCE, 2);
        return GridSweep.run(job, new BlockRunner(1), Progress.NONE);
    }

    @Test
    void logCellsMeetHalfWayInLogAndLinearOnesHalfWay() {
        double r = Math.sqrt(2);
        assertArrayEquals(new double[] {1 / r, r, 2 * r, 4 * r}, GridCells.edges(Axis.parse("batch=1:4:3:log")), 1e-12);
        assertArrayEquals(new double[] {0.05, 0.15, 0.25, 0.35}, GridCells.edges(Axis.parse("eta=0.1:0.3:3")), 1e-12);
        assertEquals(1, GridCells.cellOf(new double[] {0.5, 1, 2, 4}, 1.5));
        assertEquals(-1, GridCells.cellOf(new double[] {0.5, 1, 2, 4}, 4.5));
    }

    @Test
    void cellsFillInAsPointsArriveAndACopyIsNeverChangedLater() {
        GridResult r = sweep();
        GridCells empty = GridCells.empty(r.grid(), Sweep.Readout.VARIANCE);
        GridCells some = empty.with(List.of(new PointResult(4, 0.5, 0.01)));
        assertEquals(0, empty.done());
        assertEquals(1, some.done());
        assertEquals(0.5, some.mean(1, 1));
        assertTrue(some.describe(1, 1).startsWith("η = 0.2, B = 2: final variance (trace) 0.5 ± 0.01"),
                some.describe(1, 1));
        assertEquals("η = 0.1, B = 1: not computed yet", some.describe(0, 0));
        assertEquals(9, GridCells.of(r).done());
    }

    @Test
    void theCsvIsTheGridOneRowPerCellWithItsExactNumbers() {
        GridResult r = sweep();
        String[] lines = HeatmapPlot.csv(GridCells.of(r), "Phase diagram: variance").split("\n");
        assertEquals("# Phase diagram: variance", lines[0]);
        assertEquals("eta,batch,variance,stderr", lines[1]);
        assertEquals(11, lines.length);
        String[] cell = lines[2 + 5].split(",");
        assertEquals(0.2, Double.parseDouble(cell[0]));
        assertEquals(4.0, Double.parseDouble(cell[1]));
        assertEquals(r.mean(1, 2), Double.parseDouble(cell[2]), 0);
        assertEquals(r.stderr(1, 2), Double.parseDouble(cell[3]), 0);
        String pending = HeatmapPlot.csv(GridCells.empty(r.grid(), Sweep.Readout.VARIANCE), "x").split("\n")[2];
        assertEquals("0.1,1.0,NaN,NaN", pending);
    }

    @Test
    void theColourScaleIsLogOverDecadesWithPowerOfTenTicksAndLinearOtherwise() {
        ColorScale log = ColorScale.fit(new double[] {1.58e-4, 0.01, 1.78}, new boolean[] {true, true, true});
        assertTrue(log.log());
        assertArrayEquals(new double[] {1e-3, 1e-2, 1e-1, 1}, log.ticks(), 1e-15);
        assertEquals("10⁻³", log.label(1e-3));
        assertEquals(0.5, log.position(Math.sqrt(1.58e-4 * 1.78)), 1e-12);
        ColorScale linear = ColorScale.fit(new double[] {0.02, 0.1, Double.NaN}, new boolean[] {true, true, false});
        assertFalse(linear.log());
        assertEquals(0.02, linear.lo());
        assertEquals(0.1, linear.hi());
        assertEquals(ColorScale.PENDING, linear.cellArgb(false, 0.05));
        assertEquals(ColorScale.UNDEFINED, linear.cellArgb(true, Double.NaN));
    }

    @Test
    void theSvgDrawsEveryCellAndTheColourBar() {
        GridResult r = sweep();
        GridCells c = GridCells.of(r);
        ColorScale s = ColorScale.fit(c.mean(), c.filled());
        String doc = new HeatmapDrawing(c, s, "Phase diagram").svg(600, 400).document();
        // The background, 9 cells, the frame, 64 bar strips and the bar's frame.
        assertEquals(1 + 9 + 1 + 64 + 1, doc.split("<rect").length - 1);
        assertTrue(doc.contains("learning rate η") && doc.contains("batch size B"), doc);
    }
}
