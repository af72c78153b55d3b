package org.basinscope.app.tabs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.basinscope.app.Defaults;
import org.basinscope.app.export.PlotData;
import org.basinscope.app.plots.LivePlot;
import org.basinscope.app.testing.WindowExtension;
import org.basinscope.app.window.MainWindow;
import org.basinscope.engine.session.Session;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;

/** The sweeps tab in the real window: GD's divergence transition at η = 2/λmax, and bad input. */
@ExtendWith(WindowExtension.class)
class SweepTabTest {
    private MainWindow window;



    @Test
    void aSweepOfEtaFindsTheStabilityEdge(FxRobot robot) {
        Session s = Defaults.session();
        Session quadratic = new Session(s.version(), "quadratic:h1=1,h2=10", "gd", 0.1, 1, 0.1, s.friction(), s.momentum(),
                10, 1, new double[] {1, 1}, 0, s.stepsPerFrame(), java.util.Map.of(), 0);
        robot.interact(() -> window.load(quadratic));
        robot.interact(() -> window.showPlotTab("sweeps"));
        WindowExtension.await("the quadratic", () -> window.shown() != null
                && window.shown().config().landscapeSpec().equals("quadratic:h1=1,h2=10"));
        robot.interact(() -> {
            robot.lookup("#sweep-readout").queryComboBox().getSelectionModel().select("diverged");
        });
        robot.clickOn("#sweep-run");
        // Defaults: η from 0.01 to 1, 30 log-spaced points; GD diverges exactly above η = 0.2.
        LivePlot plot = window.plots().stream().filter(p -> p.exportName().equals("sweep")).findFirst().orElseThrow();
        var data = new PlotData[1];
        WindowExtension.await("the sweep", () -> {
            if (!sweeps().settled() || !sweeps().status().startsWith("Done")) {
                return false;
            }
            robot.interact(() -> data[0] = plot.data());
            return data[0].series().get(0).x().length == 30;
        });
        double[] eta = data[0].series().get(0).x();
        double[] diverged = data[0].series().get(0).y();
        for (int k = 0; k < eta.length; k++) {
            assertEquals(eta[k] > 0.2 ? 1.0 : 0.0, diverged[k], 0.0, "η = " + eta[k]);
        }
    }

    @Test
    void badRangesAreRefusedWithAMessage(FxRobot robot) {
        WindowExtension.await("a first frame", () -> window.shown() != null);
        robot.interact(() -> window.showPlotTab("sweeps"));
        robot.interact(() -> robot.lookup("#sweep-from").queryTextInputControl().setText("-1"));
        robot.clickOn("#sweep-run");
        assertTrue(sweeps().status().startsWith("Not started"), sweeps().status());
        assertTrue(sweeps().settled());
    }

    private SweepsTab sweeps() {
        return (SweepsTab) window.tab(SweepsTab.KIND.id());
    }
}
