package org.basinscope.app.window;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.control.Label;
import org.basinscope.app.export.PlotData;
import org.basinscope.app.export.Series;
import org.basinscope.app.plots.LivePlot;
import org.basinscope.engine.dynamics.Param;
import org.basinscope.engine.session.Session;
import org.basinscope.app.testing.WindowExtension;
import org.basinscope.app.Defaults;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;

/**
 * Divergence in the window (issue: reliability): η far above 2/λmax, a huge temperature and a runaway Adam
 * are counted as diverged, the window says so in a banner and the readouts, the plots hold only finite
 * numbers, and Reset with sane settings recovers.
 */
@ExtendWith(WindowExtension.class)
class DivergenceTest {
    private MainWindow window;



    private void run(FxRobot robot, String landscape, String dynamics, double eta, double temperature, double[] start) {
        Session s = Defaults.session();
        Session bad = new Session(s.version(), landscape, dynamics, eta, 1, temperature, s.friction(), s.momentum(), 200, 1,
                start, 0, 10, java.util.Map.of(), 0);
        robot.interact(() -> window.load(bad));
        robot.interact(() -> window.simulation().advanceBy(2000));
        WindowExtension.await("2000 steps of " + dynamics + " on " + landscape, () -> window.shown() != null
                && window.shown().step() == 2000 && window.shown().config().landscapeSpec().equals(landscape));
    }

    private void assertDivergedAndReadable(FxRobot robot, String what) {
        assertEquals(200, window.shown().stats().diverged(), what + ": every particle diverged");
        Label banner = robot.lookup("#message").queryAs(Label.class);
        assertTrue(banner.isVisible() && banner.getText().contains("diverged"), what + ": banner [" + banner.getText() + "]");
        for (LivePlot p : window.plots()) {
            PlotData[] data = new PlotData[1];
            robot.interact(() -> data[0] = p.data());
            for (Series series : data[0].series()) {
                for (double v : series.y()) {
                    assertTrue(Double.isFinite(v), what + ": " + p.exportName() + " / " + series.name() + " holds " + v);
                }
            }
        }
    }

    @Test
    void etaFarAboveTheEdgeHugeTemperatureAndARunawayAdamAreCountedAndShown(FxRobot robot) {
        // GD on ½(x² + 10y²) at η = 0.5 (edge 0.2): |1 − 10η| = 4 per step.
        run(robot, "quadratic:h1=1,h2=10", "gd", 0.5, 0.1, new double[] {1, 1});
        assertDivergedAndReadable(robot, "gd above the edge");
        // Langevin at T = 10⁶ in the quartic double well: the kicks overshoot the x³ force to infinity.
        run(robot, "double-well", "langevin", 0.01, 1e6, null);
        assertDivergedAndReadable(robot, "huge T");
        // Adam on a loss unbounded below, f = −x: steps of η = 1000 every time, past |x| = 10⁶ in 1000 steps.
        Session s = Defaults.session();
        robot.interact(() -> window.load(new Session(s.version(), "formula:-x", "adam", 1000, 1, 0.1, s.friction(),
                s.momentum(), 200, 1, null, 0, 10, java.util.Map.of(), 0)));
        robot.interact(() -> window.simulation().advanceBy(2000));
        WindowExtension.await("2000 Adam steps", () -> window.shown() != null && window.shown().step() == 2000
                && window.shown().config().landscapeSpec().equals("formula:-x"));
        assertDivergedAndReadable(robot, "runaway adam");
        // Recovery: a sane η and Reset: nobody diverged, and the run advances.
        robot.interact(() -> window.load(new Session(s.version(), "quadratic:h1=1,h2=10", "gd", 0.5, 1, 0.1, s.friction(),
                s.momentum(), 200, 1, new double[] {1, 1}, 0, 10, java.util.Map.of(), 0)));
        robot.interact(() -> window.controls().parameter(Param.ETA).setValue(0.1));
        robot.interact(() -> window.controls().reset());
        robot.interact(() -> window.simulation().advanceBy(100));
        WindowExtension.await("100 sane steps", () -> window.shown() != null && window.shown().step() == 100
                && window.shown().params().eta() == 0.1);
        assertEquals(0, window.shown().stats().diverged());
        Label banner = robot.lookup("#message").queryAs(Label.class);
        assertTrue(!banner.isVisible() || banner.getText().isEmpty(), "banner gone: " + banner.getText());
    }
}
