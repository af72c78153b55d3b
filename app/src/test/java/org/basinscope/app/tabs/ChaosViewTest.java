package org.basinscope.app.tabs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.geometry.Bounds;
import org.basinscope.app.export.PlotData;
import org.basinscope.app.plots.LivePlot;
import org.basinscope.app.testing.WindowExtension;
import org.basinscope.app.window.MainWindow;
import org.basinscope.engine.dynamics.Param;
import org.basinscope.engine.live.probe.LiveProbes;
import org.basinscope.engine.session.Lessons;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;

/** The chaos tab and the basin/FTLE overlays in the real window, headless. */
@ExtendWith(WindowExtension.class)
class ChaosViewTest {
    private MainWindow window;



    @Test
    void theBifurcationDiagramIsComputedInTheBackgroundAndAClickSetsEta(FxRobot robot) {
        robot.interact(() -> window.startLesson(Lessons.load("period-doubling-chaos")));
        robot.interact(() -> window.showPlotTab("chaos"));
        WindowExtension.await("the diagram and overlays are computed", () -> window.analysesSettled());
        LivePlot diagram = window.plots().stream().filter(p -> p.exportName().equals("bifurcation")).findFirst()
                .orElseThrow();
        var data = new PlotData[1];
        robot.interact(() -> data[0] = diagram.data());
        assertTrue(data[0].series().get(0).size() > 1000, "orbit points drawn: " + data[0].series().get(0).size());
        double before = window.controls().parameter(Param.ETA).value();
        Bounds b = diagram.node().localToScreen(diagram.node().getBoundsInLocal());
        robot.clickOn(b.getMinX() + 0.7 * b.getWidth(), b.getMinY() + 0.5 * b.getHeight());
        // The click acts once no second one has come (a double-click goes back to the whole diagram).
        WindowExtension.await("the click's η", () -> window.controls().parameter(Param.ETA).value() != before);
        double after = window.controls().parameter(Param.ETA).value();
        assertNotEquals(before, after, "the click set η");
        double[] range = data[0].range();
        assertTrue(after > range[0] && after < range[1], after + " inside the diagram's η range");
        assertEquals(after, window.simulation().params().eta(), 0.0);

        // Zoomed by a dragged rectangle (a drag is no click), a double-click shows the whole diagram again and
        // leaves η alone: its first click is not the diagram's click.
        var explorer = ((org.basinscope.app.plots.ChartPanel) diagram).explorer();
        robot.drag(b.getMinX() + 0.3 * b.getWidth(), b.getMinY() + 0.4 * b.getHeight(), javafx.scene.input.MouseButton.PRIMARY)
                .moveTo(b.getMinX() + 0.6 * b.getWidth(), b.getMinY() + 0.7 * b.getHeight()).drop();
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertEquals(after, window.controls().parameter(Param.ETA).value(), 0.0, "a drag sets no η");
        org.junit.jupiter.api.Assertions.assertFalse(explorer.followingProperty().get(), "the drag zoomed");
        robot.doubleClickOn(b.getMinX() + 0.45 * b.getWidth(), b.getMinY() + 0.55 * b.getHeight(),
                javafx.scene.input.MouseButton.PRIMARY);
        WindowExtension.await("the whole diagram again", () -> explorer.followingProperty().get());
        // Twice the plot's wait for a second click (300 ms): a single click would have set η by now.
        org.testfx.util.WaitForAsyncUtils.sleep(600, java.util.concurrent.TimeUnit.MILLISECONDS);
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertEquals(after, window.controls().parameter(Param.ETA).value(), 0.0, "the double-click set no η");
    }

    @Test
    void basinAndFtleOverlaysAreComputedAndShown(FxRobot robot) {
        WindowExtension.await("a first frame", () -> window.shown() != null);
        robot.clickOn("#show-basins");
        assertTrue(robot.lookup("#show-basins").queryAs(javafx.scene.control.CheckBox.class).isSelected(), "ticked");
        WindowExtension.await("the basin map", () -> window.analysesSettled());
        String status = window.overlayStatus();
        assertTrue(status.startsWith("Basins (8 noisy runs per start)"), "status: [" + status + "]");
        robot.clickOn("#show-ftle");
        WindowExtension.await("the FTLE map", () -> window.analysesSettled());
        status = window.overlayStatus();
        assertTrue(status.startsWith("FTLE over"), status);
    }

    @Test
    void theLyapunovEstimateIsNegativeForGdIntoAMinimumAndPositiveForKongTaoChaos(FxRobot robot) {
        robot.interact(() -> window.startLesson(Lessons.load("gradient-flow-quadratic")));
        robot.interact(() -> window.simulation().advanceBy(1000));
        WindowExtension.await("1000 steps", () -> window.shown() != null && window.shown().step() == 1000
                && window.shown().config().landscapeSpec().startsWith("quadratic"));
        // GD on ½(x² + 4y²) with η = 0.01: the spectrum is {ln 0.99, ln 0.96} exactly.
        double[] l = window.shown().get(LiveProbes.LYAPUNOV).exponents();
        assertEquals(Math.log(0.99), l[0], 1e-9);
        assertEquals(Math.log(0.96), l[1], 1e-9);
        robot.interact(() -> window.startLesson(Lessons.load("kong-tao")));
        robot.interact(() -> window.controls().parameter(Param.ETA).setValue(0.1));
        robot.interact(() -> window.simulation().advanceBy(2000));
        WindowExtension.await("2000 chaotic steps", () -> window.shown() != null && window.shown().step() == 2000
                && window.shown().params().eta() == 0.1);
        assertTrue(window.shown().get(LiveProbes.LYAPUNOV).exponents()[0] > 1, "globally chaotic: " + window.shown().get(LiveProbes.LYAPUNOV).exponents()[0]);
    }

    @Test
    void theSharpnessPlotShowsLambdaMaxAgainstTheEdge(FxRobot robot) {
        // ½(x² + 4y²): λmax = 4 everywhere; GD at η = 0.01 has its edge at 2/η = 200.
        robot.interact(() -> window.startLesson(Lessons.load("gradient-flow-quadratic")));
        robot.interact(() -> window.showPlotTab("chaos"));
        robot.interact(() -> window.simulation().advanceBy(300));
        LivePlot plot = window.plots().stream().filter(p -> p.exportName().equals("sharpness")).findFirst().orElseThrow();
        var data = new PlotData[1];
        WindowExtension.await("300 steps drawn", () -> {
            if (window.shown() == null || window.shown().step() != 300
                    || !window.shown().config().landscapeSpec().startsWith("quadratic")) {
                return false;
            }
            robot.interact(() -> data[0] = plot.data());
            return data[0].series().get(0).y().length > 0;
        });
        for (double v : data[0].series().get(0).y()) {
            assertEquals(4, v, 1e-12);
        }
        for (double v : data[0].series().get(2).y()) {
            assertEquals(200, v, 1e-9);
        }
    }
}
