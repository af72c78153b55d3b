package org.basinscope.app.plots;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fair_acc.chartfx.XYChart;
import io.fair_acc.chartfx.axes.spi.DefaultNumericAxis;
import io.fair_acc.chartfx.plugins.DataPointTooltip;
import io.fair_acc.dataset.DataSet;
import java.util.concurrent.atomic.AtomicReference;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.text.Text;
import org.basinscope.app.testing.WindowExtension;
import org.basinscope.app.window.MainWindow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The live loss plot while the default run runs: a dragged rectangle zooms it and the zoom stays while
 * frames arrive (and the data leave the range the plot had chosen); a double-click gives the axes back to
 * the data; a scroll zooms and Escape undoes it; a Shift-drag pans and a right-click undoes it; the crosshair and a data point's tooltip read their values.
 */
@ExtendWith(WindowExtension.class)
class ExplorablePlotTest {
    private MainWindow window;

    private record Range(double x0, double x1, double y0, double y1) {
        double xSpan() {
            return x1 - x0;
        }
    }

    private LossPlot lossPlot() {
        return (LossPlot) window.plots().stream().filter(p -> p instanceof LossPlot).findFirst().orElseThrow();
    }

    private static Range range(FxRobot robot, XYChart chart) {
        AtomicReference<Range> r = new AtomicReference<>();
        robot.interact(() -> r.set(new Range(chart.getXAxis().getMin(), chart.getXAxis().getMax(),
                chart.getYAxis().getMin(), chart.getYAxis().getMax())));
        return r.get();
    }

    /** A point of the chart's canvas (the plot area) on the screen, at fractions of its width and height. */
    private static Point2D onCanvas(XYChart chart, double fx, double fy) {
        var b = chart.getCanvas().getBoundsInLocal();
        return chart.getCanvas().localToScreen(b.getMinX() + fx * b.getWidth(), b.getMinY() + fy * b.getHeight());
    }

    private void run(FxRobot robot, long steps) {
        WindowExtension.await("a first frame", () -> window.shown() != null);
        robot.interact(() -> window.controls().runButton().setSelected(true));
        WindowExtension.await("the run under way", () -> step() > steps);
    }

    private long step() {
        return window.shown().step();
    }

    @Test
    void aZoomStaysWhileFramesArriveAndADoubleClickFollowsTheDataAgain(FxRobot robot) {
        run(robot, 50);
        LossPlot plot = lossPlot();
        XYChart chart = (XYChart) robot.lookup("#loss-plot").query();
        Explorer explorer = plot.explorer();
        robot.drag(onCanvas(chart, 0.3, 0.3), MouseButton.PRIMARY).moveTo(onCanvas(chart, 0.6, 0.7)).drop();
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(explorer.followingProperty().get(), "a dragged rectangle holds the view");
        Range zoomed = range(robot, chart);
        // The range at the moment of the zoom (the run moves it on until then), as the Zoomer keeps it to go back to.
        AtomicReference<Range> origin = new AtomicReference<>();
        robot.interact(() -> {
            var states = explorer.zoomer().zoomStackDeque().peekLast();
            var x = states.get(chart.getXAxis());
            var y = states.get(chart.getYAxis());
            origin.set(new Range(x.getZoomRangeMin(), x.getZoomRangeMax(), y.getZoomRangeMin(), y.getZoomRangeMax()));
        });
        Range before = origin.get();
        assertEquals(0.3 * before.xSpan(), zoomed.xSpan(), 0.05 * before.xSpan(), "x shrinks to the rectangle: " + zoomed);
        assertTrue(zoomed.x0() > before.x0() && zoomed.x1() < before.x1(), zoomed + " inside " + before);
        assertTrue(zoomed.y1() - zoomed.y0() < 0.5 * (before.y1() - before.y0()), "y shrinks too: " + zoomed);

        // Run on until the data have left the range the plot had chosen: following, it would have moved on.
        WindowExtension.await("steps beyond the old range", () -> step() > before.x1() + 50);
        assertEquals(zoomed, range(robot, chart), "frames arriving keep the zoom");

        robot.doubleClickOn(onCanvas(chart, 0.5, 0.5), MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(explorer.followingProperty().get(), "a double-click gives the axes back to the data");
        WindowExtension.await("the range follows the newest steps again", () -> {
            Range now = range(robot, chart);
            double last = lastStep(robot, chart);
            return now.x0() <= last && last <= now.x1() && now.x1() > before.x1();
        });
        assertFalse(explorer.hint().isVisible(), "no 'zoomed' note while following");

        // A scroll zooms about the cursor; Escape (the clicked chart has the focus) follows the data again.
        Range following = range(robot, chart);
        robot.moveTo(onCanvas(chart, 0.5, 0.5));
        robot.scroll(3, javafx.geometry.VerticalDirection.UP);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(explorer.followingProperty().get(), "a scroll holds the view");
        Range scrolled = range(robot, chart);
        assertNotEquals(following.xSpan(), scrolled.xSpan(), 1e-9, "the scroll changed the x range");
        assertTrue(explorer.hint().isVisible() && explorer.hint().getScene() != null, "the plot says the view is held");
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(explorer.followingProperty().get(), "Escape follows the data again");

        // Shift-drag pans: the same spans, shifted; a right-click follows the data again.
        robot.interact(() -> window.controls().runButton().setSelected(false));
        WindowExtension.await("paused on screen", () -> !window.shown().running());
        Range still = range(robot, chart);
        robot.press(KeyCode.SHIFT);
        robot.drag(onCanvas(chart, 0.7, 0.5), MouseButton.PRIMARY).moveTo(onCanvas(chart, 0.4, 0.4)).drop();
        robot.release(KeyCode.SHIFT);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(explorer.followingProperty().get(), "a pan holds the view");
        Range panned = range(robot, chart);
        assertEquals(still.xSpan(), panned.xSpan(), 1e-9 * still.xSpan(), "a pan keeps the x span");
        assertEquals(0.3 * still.xSpan(), panned.x0() - still.x0(), 0.03 * still.xSpan(), "dragged left by 30%: " + panned);
        robot.clickOn(onCanvas(chart, 0.5, 0.5), MouseButton.SECONDARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(explorer.followingProperty().get(), "a right-click follows the data again");
        assertEquals(still, range(robot, chart), "back to the range the data had");
    }

    private static double lastStep(FxRobot robot, XYChart chart) {
        AtomicReference<Double> last = new AtomicReference<>();
        robot.interact(() -> {
            DataSet mean = chart.getRenderers().get(0).getDatasets().get(0);
            last.set(mean.get(DataSet.DIM_X, mean.getDataCount() - 1));
        });
        return last.get();
    }

    @Test
    void aDataPointShowsItsSeriesAndValuesAndTheCrosshairTheValuesUnderTheCursor(FxRobot robot) {
        run(robot, 300);
        robot.interact(() -> window.controls().runButton().setSelected(false));
        WindowExtension.await("paused on screen", () -> !window.shown().running());
        XYChart chart = (XYChart) robot.lookup("#loss-plot").query();
        // A point of particle 0's line two thirds along, in screen coordinates.
        AtomicReference<double[]> point = new AtomicReference<>();
        java.util.Set<String> nearby = new java.util.HashSet<>();
        robot.interact(() -> {
            DataSet mean = chart.getRenderers().get(0).getDatasets().get(0);
            DataSet p0 = chart.getRenderers().get(1).getDatasets().get(0);
            DefaultNumericAxis xa = (DefaultNumericAxis) chart.getXAxis();
            DefaultNumericAxis ya = (DefaultNumericAxis) chart.getYAxis();
            // From two thirds along, the first point of particle 0 at least 12 px from the mean line at its step
            // (the mean would be the nearest point to a cursor at whole pixels otherwise).
            int i = 2 * p0.getDataCount() / 3;
            while (i < p0.getDataCount() - 1) {
                double at = p0.get(DataSet.DIM_X, i);
                double m = mean.get(DataSet.DIM_Y, mean.getIndex(DataSet.DIM_X, at));
                if (Math.abs(ya.getDisplayPosition(m) - ya.getDisplayPosition(p0.get(DataSet.DIM_Y, i))) > 12) {
                    break;
                }
                i++;
            }
            double x = p0.get(DataSet.DIM_X, i);
            double y = p0.get(DataSet.DIM_Y, i);
            Point2D s = chart.getCanvas().localToScreen(xa.getDisplayPosition(x), ya.getDisplayPosition(y));
            point.set(new double[] {x, y, s.getX(), s.getY()});
            // The cursor lands on a whole pixel: any of particle 0's points within 1.5 px of this one may be nearest.
            for (int k = 0; k < p0.getDataCount(); k++) {
                double kx = p0.get(DataSet.DIM_X, k);
                double ky = p0.get(DataSet.DIM_Y, k);
                if (Math.hypot(xa.getDisplayPosition(kx) - xa.getDisplayPosition(x),
                        ya.getDisplayPosition(ky) - ya.getDisplayPosition(y)) <= 1.5) {
                    nearby.add(PointTooltip.label("particle 0", kx, ky));
                }
            }
        });
        double[] p = point.get();
        robot.moveTo(new Point2D(p[2] - 20, p[3] - 20)).moveTo(new Point2D(p[2], p[3]));
        WaitForAsyncUtils.waitForFxEvents();
        Label tip = robot.lookup("." + DataPointTooltip.STYLE_CLASS_LABEL).queryAs(Label.class);
        assertTrue(tip.isVisible() && tip.getScene() != null, "a tooltip over the point");
        assertTrue(nearby.contains(tip.getText()), tip.getText() + " is one of " + nearby);
        assertTrue(tip.getText().startsWith("particle 0\n("), tip.getText());

        Text cross = robot.lookup("#crosshairIndicator-Label").queryAs(Text.class);
        assertTrue(cross.getScene() != null && !cross.isVisible(), "over a point the tooltip takes the crosshair label's place");

        // Away from the data: the tooltip goes and the crosshair's label reads the values under the cursor.
        boolean away = false;
        for (double fy : new double[] {0.03, 0.97, 0.5, 0.15, 0.85}) {
            Point2D at = onCanvas(chart, 0.5, fy);
            robot.moveTo(at);
            WaitForAsyncUtils.waitForFxEvents();
            if (robot.lookup("." + DataPointTooltip.STYLE_CLASS_LABEL).queryAll().stream().anyMatch(n -> n.getScene() != null)) {
                continue;
            }
            away = true;
            assertTrue(cross.getScene() != null && cross.isVisible(), "the crosshair label without a tooltip");
            Point2D local = chart.getCanvas().screenToLocal(at);
            AtomicReference<double[]> expected = new AtomicReference<>();
            robot.interact(() -> expected.set(new double[] {chart.getXAxis().getValueForDisplay(local.getX()),
                chart.getYAxis().getValueForDisplay(local.getY())}));
            String[] xy = cross.getText().replace('\u2212', '-').split(", ");
            assertEquals(2, xy.length, cross.getText());
            Range r = range(robot, chart);
            double pixelX = r.xSpan() / chart.getCanvas().getWidth();
            double pixelY = (r.y1() - r.y0()) / chart.getCanvas().getHeight();
            assertEquals(expected.get()[0], Double.parseDouble(xy[0]), 2 * pixelX + 1e-3 * Math.abs(expected.get()[0]),
                    "x under the cursor: " + cross.getText());
            assertEquals(expected.get()[1], Double.parseDouble(xy[1]), 2 * pixelY + 1e-3 * Math.abs(expected.get()[1]),
                    "y under the cursor: " + cross.getText());
            break;
        }
        assertTrue(away, "a place on the plot away from every data point");
    }
}
