package org.basinscope.app.window;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicReference;
import org.basinscope.app.export.PlotData;
import org.basinscope.app.plots.LivePlot;
import org.basinscope.app.testing.WindowExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;

/** Axes in the running window: the loss plot's log y box, its axis and its export. */
@ExtendWith(WindowExtension.class)
class AxesWindowTest {
    private MainWindow window;

    private PlotData loss(FxRobot robot) {
        AtomicReference<PlotData> out = new AtomicReference<>();
        robot.interact(() -> out.set(window.plots().stream().filter(p -> p.exportName().equals("loss")).findFirst()
                .map(LivePlot::data).orElseThrow()));
        return out.get();
    }

    @Test
    void theLossPlotsLogYBoxTurnsTheAxisAndTheExportLog(FxRobot robot) {
        robot.clickOn("#run");
        WindowExtension.await("a loss history", () -> window.shown() != null && window.shown().step() > 100);
        PlotData linear = loss(robot);
        assertFalse(linear.yLog(), "linear by default");
        assertTrue(linear.range()[2] >= 0, "the double well's f >= 0: the axis does not run below 0, " + linear.range()[2]);
        robot.clickOn("#loss-plot-log-y");
        WindowExtension.await("log y", () -> loss(robot).yLog());
        PlotData log = loss(robot);
        assertTrue(log.range()[2] > 0, "a log axis from a positive decade: " + log.range()[2]);
        double lg = Math.log10(log.range()[2]);
        assertTrue(Math.abs(lg - Math.rint(lg)) < 1e-9, "whole decades: " + log.range()[2]);
        robot.clickOn("#loss-plot-log-y");
        WindowExtension.await("linear again", () -> !loss(robot).yLog());
        robot.clickOn("#run");
        WindowExtension.await("linear range back", () -> loss(robot).range()[2] >= 0 && loss(robot).range()[3] > 0);
    }
}
