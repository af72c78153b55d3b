package org.basinscope.app.window;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javafx.geometry.Point2D;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import org.basinscope.app.Defaults;
import org.basinscope.app.controls.Display;
import org.basinscope.app.plots.heatmap.GridCells;
import org.basinscope.app.plots.heatmap.HeatmapPlot;
import org.basinscope.app.tabs.SweepsTab;
import org.basinscope.app.testing.WindowExtension;
import org.basinscope.engine.analysis.Progress;
import org.basinscope.engine.analysis.Sweep;
import org.basinscope.engine.dynamics.Param;
import org.basinscope.engine.ensemble.BlockRunner;
import org.basinscope.engine.grid.Grid;
import org.basinscope.engine.grid.GridJob;
import org.basinscope.engine.grid.GridResult;
import org.basinscope.engine.grid.GridSweep;
import org.basinscope.engine.session.Lesson;
import org.basinscope.engine.session.Lessons;
import org.basinscope.engine.session.Session;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;

/**
 * The phase diagram in the window (issue 19): a 3 × 3 sweep of η and B for SGD on x²/2 fills every cell with the
 * numbers GridSweep computes on its own (bit for bit, on another thread count), hovering over a cell says its
 * value, clicking one puts its η and B on the live run, and bad axes start nothing.
 */
@ExtendWith(WindowExtension.class)
class PhaseDiagramTest {
    private MainWindow window;

    private void loadSgd(FxRobot robot) {
        Session s = Defaults.session();
        Session sgd = new Session(s.version(), "formula:x^2/2", "sgd:sigma=1", 0.1, 1, 0.1, s.friction(), s.momentum(),
                100, 7, new double[] {0}, 0, s.stepsPerFrame(), Map.of(), 0);
        robot.interact(() -> window.load(sgd));
        robot.interact(() -> window.showPlotTab("sweeps"));
        WindowExtension.await("the quadratic", () -> window.shown() != null
                && window.shown().config().landscapeSpec().equals("formula:x^2/2"));
    }

    /** Types an axis into the form: suffix "" for the first, "2" for the second. */
    private static void axis(FxRobot robot, String suffix, String name, String from, String to, String points,
            boolean log) {
        robot.interact(() -> {
            robot.lookup("#sweep-param" + suffix).queryAs(ComboBox.class).getSelectionModel().select(name);
            robot.lookup("#sweep-from" + suffix).queryTextInputControl().setText(from);
            robot.lookup("#sweep-to" + suffix).queryTextInputControl().setText(to);
            robot.lookup("#sweep-points" + suffix).queryTextInputControl().setText(points);
            robot.lookup("#sweep-log" + suffix).queryAs(CheckBox.class).setSelected(log);
        });
    }

    private static void text(FxRobot robot, String id, String value) {
        robot.interact(() -> robot.lookup(id).queryTextInputControl().setText(value));
    }

    @Test
    void everyCellHoldsTheEnginesNumbersHoverSaysThemAndAClickRunsTheCell(FxRobot robot) {
        loadSgd(robot);
        axis(robot, "", "eta", "0.05", "0.4", "3", false);
        axis(robot, "2", "batch", "1", "4", "3", true);
        robot.interact(() -> robot.lookup("#sweep-readout").queryComboBox().getSelectionModel().select("variance"));
        text(robot, "#sweep-steps", "200");
        text(robot, "#sweep-particles", "500");
        text(robot, "#sweep-seeds", "2");
        var config = window.shown().config();
        var params = window.shown().params();
        robot.clickOn("#sweep-run");
        WindowExtension.await("the phase diagram", () -> sweeps().settled() && sweeps().status().startsWith("Done"));

        GridJob job = new GridJob(config.withParticles(500), params, 200, Grid.parse("eta=0.05:0.4:3,batch=1:4:3:log"),
                Sweep.Readout.VARIANCE, 2);
        GridResult direct = GridSweep.run(job, new BlockRunner(1), Progress.NONE);
        HeatmapPlot plot = sweeps().heatmap();
        GridCells[] cells = new GridCells[1];
        robot.interact(() -> cells[0] = plot.cells());
        assertEquals(9, cells[0].done(), "every cell filled");
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                String at = "η = " + job.grid().axes().get(0).value(i) + ", B = " + job.grid().axes().get(1).value(j);
                assertEquals(Double.doubleToLongBits(direct.mean(i, j)), Double.doubleToLongBits(cells[0].mean(i, j)), at);
                assertEquals(Double.doubleToLongBits(direct.stderr(i, j)), Double.doubleToLongBits(cells[0].stderr(i, j)),
                        at + " stderr");
                // And it is the SGD variance ησ²/(B(2 − η)), within 5 of its standard errors v√(2/(NS)).
                double eta = job.grid().axes().get(0).value(i);
                double b = job.grid().axes().get(1).value(j);
                double v = eta / (b * (2 - eta));
                assertEquals(v, cells[0].mean(i, j), 5 * v * Math.sqrt(2.0 / 1000), at);
            }
        }
        // The colour bar spans the computed values (a factor 8.8: linear).
        assertEquals(direct.mean(0, 2), plot.scale().lo(), 0);
        assertEquals(direct.mean(2, 0), plot.scale().hi(), 0);

        // Hover over η = 0.4, B = 2.
        Point2D[] centre = new Point2D[1];
        robot.interact(() -> centre[0] = plot.cellCentreOnScreen(2, 1));
        robot.moveTo(centre[0]);
        String expected = "η = 0.4, B = 2: final variance (trace) " + Display.number(direct.mean(2, 1)) + " ± "
                + Display.number(direct.stderr(2, 1));
        WindowExtension.await("the hover text", () -> expected.equals(plot.hoverText()));
        robot.interact(() -> assertEquals(expected, robot.lookup("#heatmap-hover").queryAs(javafx.scene.control.Label.class)
                .getText(), "shown under the title"));

        // Click η = 0.225, B = 4: the live run's sliders and parameters move there.
        robot.interact(() -> centre[0] = plot.cellCentreOnScreen(1, 2));
        robot.clickOn(centre[0]);
        double eta = job.grid().axes().get(0).value(1);
        assertEquals(0.225, eta, 1e-15);
        try {
            WindowExtension.await("the clicked cell's η and B in the live run", () -> window.simulation().params().eta() == eta
                    && window.simulation().params().batch() == 4);
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "; live " + window.simulation().params() + ", status "
                    + sweeps().status());
        }
        assertEquals(eta, window.controls().parameter(Param.ETA).value(), 0);
        assertEquals(4, window.controls().parameter(Param.BATCH).value(), 0);
        assertTrue(sweeps().status().contains("η = 0.225, B = 4"), sweeps().status());

        // A rectangle dragged from cell (0, 0) to cell (2, 1) zooms the diagram and runs no cell: the drag's
        // closing click is not the plot's click. Escape (the clicked plot has the focus) shows it all again.
        Point2D[] corners = new Point2D[2];
        robot.interact(() -> {
            corners[0] = plot.cellCentreOnScreen(0, 0);
            corners[1] = plot.cellCentreOnScreen(2, 1);
        });
        robot.drag(corners[0], javafx.scene.input.MouseButton.PRIMARY).moveTo(corners[1]).drop();
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertTrue(!plot.explorer().followingProperty().get(), "the drag zoomed the diagram");
        assertEquals(eta, window.simulation().params().eta(), 0, "the drag ran no cell");
        assertEquals(4, window.controls().parameter(Param.BATCH).value(), 0, "the drag ran no cell");
        robot.type(javafx.scene.input.KeyCode.ESCAPE);
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertTrue(plot.explorer().followingProperty().get(), "Escape shows the whole diagram again");
    }

    @Test
    void badAxesAreRefusedWithOneLineAndNothingStarts(FxRobot robot) {
        loadSgd(robot);
        String[][] bad = {{"batch", "0", "4", "3", "true", "log axis needs 0 < FROM"},
                {"batch", "8", "4", "3", "false", "need FROM < TO"},
                {"batch", "1", "4", "1", "false", "points"},
                {"batch", "1", "4", "500", "false", "points"},
                {"eta", "0.1", "0.2", "3", "false", "same parameter"}};
        for (String[] b : bad) {
            axis(robot, "2", b[0], b[1], b[2], b[3], Boolean.parseBoolean(b[4]));
            robot.clickOn("#sweep-run");
            String status = sweeps().status();
            assertTrue(status.startsWith("Not started") && status.contains(b[5]) && !status.contains("\n"),
                    String.join(" ", b) + ": " + status);
            assertTrue(sweeps().settled());
            assertEquals(null, sweeps().gridJob(), "nothing started");
        }
        // Second axis none: the one-parameter curve, as before.
        axis(robot, "2", "none", "1", "4", "3", false);
        text(robot, "#sweep-points", "4");
        text(robot, "#sweep-steps", "50");
        text(robot, "#sweep-particles", "100");
        robot.clickOn("#sweep-run");
        WindowExtension.await("the curve", () -> sweeps().settled() && sweeps().status().startsWith("Done: 4 points"));
        assertNotNull(window.plots().stream().filter(p -> p.exportName().equals("sweep")).findFirst().orElse(null));
    }

    @Test
    void theLessonsGridFillsTheFormAndItsCellsFillInToTheEnginesNumbers(FxRobot robot) {
        Lesson l = Lessons.load("linear-scaling-phase-diagram");
        robot.interact(() -> window.startLesson(l));
        WindowExtension.await("the lesson", () -> window.shown() != null
                && window.shown().config().dynamicsSpec().equals("sgd:sigma=1"));
        robot.interact(() -> {
            assertEquals("batch", robot.lookup("#sweep-param2").queryComboBox().getValue());
            assertEquals("64", robot.lookup("#sweep-to2").queryTextInputControl().getText());
            assertEquals("1.28", robot.lookup("#sweep-to").queryTextInputControl().getText());
            assertTrue(robot.lookup("#sweep-log2").queryAs(CheckBox.class).isSelected());
            assertEquals("8", robot.lookup("#sweep-seeds").queryTextInputControl().getText());
        });
        assertEquals(List.of(sweeps().heatmap()), window.shownTab().plots(), "the phase diagram is the tab's plot");
        robot.clickOn("#sweep-run");
        Set<Integer> seen = new TreeSet<>();
        WindowExtension.await("the lesson's 49 cells", () -> {
            robot.interact(() -> {
                if (sweeps().heatmap().cells() != null) {
                    seen.add(sweeps().heatmap().cells().done());
                }
            });
            return sweeps().settled() && sweeps().status().startsWith("Done: 49 cells");
        });
        assertTrue(seen.stream().anyMatch(n -> n > 0 && n < 49), "cells filled in while the sweep ran: " + seen);
        GridResult direct = GridSweep.run(l.grid().job(l.settings()), new BlockRunner(2), Progress.NONE);
        double[] shown = sweeps().heatmap().cells().mean();
        double[] expected = direct.mean();
        for (int p = 0; p < expected.length; p++) {
            assertEquals(Double.doubleToLongBits(expected[p]), Double.doubleToLongBits(shown[p]), "point " + p);
        }
    }

    @Test
    void theCancelButtonStopsAPhaseDiagramAndKeepsTheCellsComputedSoFar(FxRobot robot) {
        loadSgd(robot);
        axis(robot, "", "eta", "0.05", "0.4", "4", false);
        axis(robot, "2", "batch", "1", "8", "4", true);
        // 10⁶ steps of 10⁵ particles: each run would take many minutes.
        text(robot, "#sweep-steps", "1000000");
        text(robot, "#sweep-particles", "100000");
        text(robot, "#sweep-seeds", "1");
        robot.clickOn("#sweep-run");
        WindowExtension.await("the sweep running", () -> robot.lookup("#cancel-sweep").query().isVisible());
        assertTrue(sweeps().status().startsWith("Running: 16 cells"), sweeps().status());
        robot.clickOn("#cancel-sweep");
        WindowExtension.await("the sweep stopped", () -> sweeps().settled());
        assertTrue(sweeps().status().startsWith("Stopped: the cells computed so far stay"), sweeps().status());
        GridCells[] cells = new GridCells[1];
        robot.interact(() -> cells[0] = sweeps().heatmap().cells());
        assertTrue(cells[0].done() < 16, "stopped before the end: " + cells[0].done());
        // The runs under way stop too: the next sweep is not kept waiting behind them.
        text(robot, "#sweep-steps", "100");
        text(robot, "#sweep-particles", "1000");
        robot.clickOn("#sweep-run");
        WindowExtension.await("the next sweep", () -> sweeps().settled() && sweeps().status().startsWith("Done: 16 cells"));
    }

    private SweepsTab sweeps() {
        return (SweepsTab) window.tab(SweepsTab.KIND.id());
    }
}
