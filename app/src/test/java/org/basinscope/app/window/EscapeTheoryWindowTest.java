package org.basinscope.app.window;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.basinscope.app.Defaults;
import org.basinscope.app.export.PlotData;
import org.basinscope.app.export.Series;
import org.basinscope.app.plots.LivePlot;
import org.basinscope.app.tabs.EscapeTab;
import org.basinscope.app.testing.WindowExtension;
import org.basinscope.engine.session.Session;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;

/**
 * The escape lab speaks for the dynamics run: Kramers' turnover for underdamped Langevin (a friction sweep in the
 * background, points with error bars beside the Kramers–Grote–Hynes and high-friction curves), and the
 * Eyring–Kramers law beside the measured time on a 2-D landscape.
 */
@ExtendWith(WindowExtension.class)
class EscapeTheoryWindowTest {
    private MainWindow window;

    private void load(FxRobot robot, String landscape, String dynamics, double eta, String from) {
        Session s = Defaults.session();
        Session run = new Session(s.version(), landscape, dynamics, eta, 1, 0.1, s.friction(), s.momentum(), 200, 3,
                null, 0, s.stepsPerFrame(), Map.of(), 0);
        robot.interact(() -> window.load(run));
        robot.interact(() -> window.showPlotTab("escape"));
        WindowExtension.await(landscape + " with " + dynamics, () -> window.shown() != null
                && window.shown().config().landscapeSpec().equals(landscape)
                && window.shown().config().dynamics().name().equals(dynamics)
                && robot.lookup("#escape-from").queryTextInputControl().getText().equals(from));
    }

    private EscapeTab escape() {
        return (EscapeTab) window.tab(EscapeTab.KIND.id());
    }

    private PlotData data(FxRobot robot, String plot) {
        LivePlot p = window.plots().stream().filter(q -> q.exportName().equals(plot)).findFirst().orElseThrow();
        PlotData[] d = new PlotData[1];
        robot.interact(() -> d[0] = p.data());
        return d[0];
    }

    private static Series series(PlotData d, String name) {
        return d.series().stream().filter(s -> s.name().startsWith(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no series " + name + " in " + d.title()));
    }

    @Test
    void theTurnoverButtonSweepsTheFrictionAndDrawsPointsAndCurves(FxRobot robot) {
        load(robot, "double-well", "langevin", 0.05, "-1");
        assertTrue(robot.lookup("#turnover-run").queryButton().isDisabled(), "no friction sweep for langevin");
        // The one-line reason, on the button's holder (a disabled button shows no tooltip).
        String reason = robot.lookup("#turnover-holder").queryLabeled().getTooltip().getText();
        assertTrue(reason.contains("needs underdamped Langevin (langevin has no friction γ)"), reason);
        // η = 0.05, T = 0.1 and 40 particles per γ: quick (the slowest point, γ = 50, is ~50 000 steps).
        load(robot, "double-well", "underdamped", 0.05, "-1");
        assertFalse(robot.lookup("#turnover-run").queryButton().isDisabled());
        assertTrue(robot.lookup("#arrhenius-run").queryButton().isDisabled(), "Arrhenius is for overdamped samplers");
        robot.interact(() -> robot.lookup("#escape-particles").queryTextInputControl().setText("40"));
        robot.clickOn("#escape-run");
        robot.clickOn("#turnover-run");
        WindowExtension.await("the sweep", () -> escape().settled() && data(robot, "turnover")
                .series().stream().anyMatch(s -> s.name().startsWith("measured") && s.size() == 7));
        PlotData d = data(robot, "turnover");
        Series measured = series(d, "measured");
        for (int k = 0; k < 7; k++) {
            assertTrue(measured.y()[k] > 0, "τ at γ = " + measured.x()[k]);
            assertTrue(measured.high()[k] > 0, "an error bar at γ = " + measured.x()[k]);
        }
        assertEquals(0.05, measured.x()[0], 1e-12);
        assertEquals(50, measured.x()[6], 1e-12);
        // KGH holds above γ = T/I = 0.075 (I = 4/3): most of the 61 curve points; the high-friction line is γ × 66.27.
        Series kgh = series(d, "Kramers–Grote–Hynes");
        assertTrue(kgh.size() > 50, "KGH curve points: " + kgh.size());
        Series high = series(d, "γ × overdamped");
        assertEquals(61, high.size());
        assertEquals(50 * 66.2686, high.y()[60], 0.1);
        assertTrue(series(d, "energy diffusion").size() > 0, "the energy-diffusion branch below γ = 0.075");
        assertTrue(escape().summary().contains("Kramers–Grote–Hynes"), escape().summary());
    }

    @Test
    void aTwoDimensionalLandscapeShowsTheEyringKramersPrediction(FxRobot robot) {
        load(robot, "double-well:dim=2", "langevin", 0.01, "-1, 0");
        robot.interact(() -> robot.lookup("#escape-particles").queryTextInputControl().setText("200"));
        robot.clickOn("#escape-run");
        WindowExtension.await("the experiment", () -> escape().settled() && escape().summary().startsWith("Mean"));
        String summary = escape().summary();
        // (x² − 1)²/4 + y²/2 at T = 0.1: τ = 2π/√2 · e^{2.5} = 54.13 (saddle (0, 0), ΔU = 1/4).
        assertTrue(summary.contains("Eyring–Kramers 54.1"), summary);
        assertTrue(summary.contains("barrier ΔU = 0.25"), summary);
        Series theory = series(data(robot, "escape-survival"), "Eyring–Kramers");
        assertTrue(theory.size() > 0, "the Eyring–Kramers survival e^(−t/τ) is drawn");
        assertEquals(1, theory.y()[0], 1e-12);
        assertTrue(robot.lookup("#turnover-run").queryButton().isDisabled());
    }
}
