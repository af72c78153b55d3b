package org.basinscope.app.tabs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.basinscope.app.Defaults;
import org.basinscope.app.export.PlotData;
import org.basinscope.app.plots.LivePlot;
import org.basinscope.app.testing.WindowExtension;
import org.basinscope.app.window.MainWindow;
import org.basinscope.engine.escape.FirstPassageTheory;
import org.basinscope.engine.landscape.LandscapeCatalog;
import org.basinscope.engine.session.Session;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;

/** The escape lab tab in the real window, headless: defaults, a run against the exact MFPT, bad input. */
@ExtendWith(WindowExtension.class)
class EscapeLabTest {
    private MainWindow window;



    private void oneDimensionalWell(FxRobot robot) {
        Session s = Defaults.session();
        Session well = new Session(s.version(), "double-well", "langevin", 0.005, 1, 0.1, s.friction(), s.momentum(),
                500, 3, null, 0, s.stepsPerFrame(), java.util.Map.of(), 0);
        robot.interact(() -> window.load(well));
        robot.interact(() -> window.showPlotTab("escape"));
        WindowExtension.await("the 1-D well", () -> window.shown() != null
                && window.shown().config().landscapeSpec().equals("double-well"));
    }

    @Test
    void theLabMeasuresTheMeanFirstPassageTimeOfTheLiveSettings(FxRobot robot) {
        oneDimensionalWell(robot);
        // Defaults: from the minimum nearest the start to the other one.
        assertEquals("-1", robot.lookup("#escape-from").queryTextInputControl().getText());
        assertEquals("1", robot.lookup("#escape-to").queryTextInputControl().getText());
        robot.clickOn("#escape-run");
        WindowExtension.await("the experiment", () -> escape().settled() && escape().summary().startsWith("Mean"));
        String summary = escape().summary();
        double measured = Double.parseDouble(summary.replaceAll("(?s)^Mean first-passage time ([0-9.]+) ± ([0-9.]+).*", "$1"));
        double se = Double.parseDouble(summary.replaceAll("(?s)^Mean first-passage time ([0-9.]+) ± ([0-9.]+).*", "$2"));
        double exact = FirstPassageTheory.predict(LandscapeCatalog.create("double-well"), 0.1, -1, 1).exact();
        // 1000 particles: standard error ≈ 3%; the step η = 0.005 adds ≲ 2%.
        assertEquals(exact, measured, 4.5 * se + 0.02 * exact, summary);
        assertTrue(summary.contains("Kramers"), summary);
        assertTrue(summary.contains("spectral gap"), summary);
        LivePlot survival = window.plots().stream().filter(p -> p.exportName().equals("escape-survival")).findFirst()
                .orElseThrow();
        var data = new PlotData[1];
        robot.interact(() -> data[0] = survival.data());
        double[] y = data[0].series().get(0).y();
        assertEquals(1, y[0], 0.0, "S(0) = 1");
        for (int k = 1; k < y.length; k++) {
            assertTrue(y[k] <= y[k - 1] && y[k] > 0, "S decreases and stays positive on the log axis");
        }
    }

    @Test
    void badPointsAreRefusedWithAMessageAndNothingRuns(FxRobot robot) {
        oneDimensionalWell(robot);
        robot.interact(() -> {
            robot.lookup("#escape-from").queryTextInputControl().setText("abc");
        });
        robot.clickOn("#escape-run");
        assertTrue(escape().summary().startsWith("Not started"), escape().summary());
        assertTrue(escape().settled());
        robot.interact(() -> {
            robot.lookup("#escape-from").queryTextInputControl().setText("-1");
            robot.lookup("#escape-particles").queryTextInputControl().setText("5");
        });
        robot.clickOn("#escape-run");
        assertTrue(escape().summary().contains("particles"), escape().summary());
    }

    @Test
    void thePathButtonDrawsTheMinimumEnergyPathAndItsBarrier(FxRobot robot) {
        Session s = Defaults.session();
        Session well = new Session(s.version(), "double-well:dim=2", "langevin", 0.01, 1, 0.1, s.friction(), s.momentum(),
                200, 3, null, 0, s.stepsPerFrame(), java.util.Map.of(), 0);
        robot.interact(() -> window.load(well));
        robot.interact(() -> window.showPlotTab("escape"));
        WindowExtension.await("the 2-D well", () -> window.shown() != null
                && window.shown().config().landscapeSpec().equals("double-well:dim=2")
                && robot.lookup("#escape-from").queryTextInputControl().getText().equals("-1, 0"));
        robot.clickOn("#path-run");
        LivePlot plot = window.plots().stream().filter(p -> p.exportName().equals("path")).findFirst().orElseThrow();
        var data = new PlotData[1];
        WindowExtension.await("the path", () -> {
            if (!escape().settled()) {
                return false;
            }
            robot.interact(() -> data[0] = plot.data());
            return data[0].series().get(1).y().length > 0;
        });
        double[] loss = data[0].series().get(1).y();
        double top = java.util.Arrays.stream(loss).max().orElseThrow();
        // (x² − 1)²/4 + y²/2: the barrier from a minimum to the saddle (0, 0) is exactly 1/4.
        assertEquals(0.25, top - loss[0], 1e-3);
    }

    @Test
    void theArrheniusPlotHasTheBarrierAsItsSlope(FxRobot robot) {
        oneDimensionalWell(robot);
        robot.clickOn("#arrhenius-run");
        LivePlot plot = window.plots().stream().filter(p -> p.exportName().equals("arrhenius")).findFirst().orElseThrow();
        var data = new PlotData[1];
        WindowExtension.await("the Arrhenius sweep", () -> {
            if (!escape().settled()) {
                return false;
            }
            robot.interact(() -> data[0] = plot.data());
            return data[0].series().get(0).y().length == 5;
        });
        double[] beta = data[0].series().get(0).x();
        double[] measured = data[0].series().get(0).y();
        double[] exact = data[0].series().get(1).y();
        // T = 0.06 … 0.125 with 1000 particles each: ln τ has a standard error of about 0.03, and the step
        // η = 0.005 biases it by about 0.02; both predictions have slope ΔU = 1/4 at low T.
        for (int k = 0; k < 5; k++) {
            assertEquals(exact[k], measured[k], 0.12, "ln τ at 1/T = " + beta[k]);
        }
        double slope = (measured[4] - measured[0]) / (beta[4] - beta[0]);
        assertEquals(0.25, slope, 0.025, "measured slope");
    }

    private EscapeTab escape() {
        return (EscapeTab) window.tab(EscapeTab.KIND.id());
    }
}
