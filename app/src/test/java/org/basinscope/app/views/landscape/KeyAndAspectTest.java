package org.basinscope.app.views.landscape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fair_acc.chartfx.XYChart;
import io.fair_acc.chartfx.axes.Axis;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import org.basinscope.app.testing.WindowExtension;
import org.basinscope.app.views.Colormap;
import org.basinscope.app.window.MainWindow;
import org.basinscope.engine.live.Snapshot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;

/**
 * In the running window (the default 2-D double well, whose view box is 4 × 3): the landscape and the (θ1, θ2)
 * plot draw one unit of x as many pixels as one unit of y, and the landscape has a colour key of f with ticks
 * inside f's range, drawn in the heat map's colours.
 */
@ExtendWith(WindowExtension.class)
class KeyAndAspectTest {
    private MainWindow window;

    private Snapshot shown() {
        return window.shown();
    }

    @Test
    void theLandscapeHasEqualScalesAtEverySize(FxRobot robot) {
        WindowExtension.await("a first frame", () -> shown() != null);
        double[] box = shown().grid().box();
        assertTrue(Math.abs((box[1] - box[0]) - (box[3] - box[2])) > 0.5, "a box that is not square");
        double w = window.landscapeView().canvas().getWidth();
        double h = window.landscapeView().canvas().getHeight();
        for (double[] size : new double[][] {{w, h}, {1200, 400}, {400, 1200}, {646, 517}}) {
            PlotArea f = PlotArea.of(shown(), size[0], size[1]);
            assertNotNull(f, "a plot area at " + size[0] + " × " + size[1]);
            double perX = f.pw() / (f.x1() - f.x0());
            double perY = f.ph() / (f.y1() - f.y0());
            assertEquals(perX, perY, 1.0, "pixels per unit at " + size[0] + " × " + size[1]);
            assertTrue(f.px() >= PlotArea.LEFT && f.px() + f.pw() + ColourKey.ROOM <= size[0] - PlotArea.RIGHT + 1e-9,
                    "inside its region, the key beside it");
            assertTrue(f.py() >= PlotArea.TOP && f.py() + f.ph() <= size[1] - PlotArea.BOTTOM + 1e-9);
        }
    }

    @Test
    void theColourKeyShowsTheHeatMapsColoursWithTicksOfF(FxRobot robot) {
        WindowExtension.await("a first frame", () -> shown() != null);
        LandscapeView view = window.landscapeView();
        AtomicReference<WritableImage> picture = new AtomicReference<>();
        AtomicReference<ColourKey.Layout> key = new AtomicReference<>();
        robot.interact(() -> {
            Snapshot s = shown();
            key.set(ColourKey.layout(s.grid(), PlotArea.of(s, view.canvas().getWidth(), view.canvas().getHeight())));
            picture.set(view.canvas().snapshot(null, null));
        });
        ColourKey.Layout k = key.get();
        double lo = shown().grid().min();
        double hi = shown().grid().high();
        assertEquals(lo, k.lo(), 0.0);
        assertEquals(hi, k.hi(), 0.0);
        double[] ticks = k.ticks();
        assertTrue(ticks.length >= 3, "ticks: " + ticks.length);
        assertTrue(ticks[0] >= lo && ticks[ticks.length - 1] <= hi, "inside f's range");
        assertTrue(ticks[ticks.length - 1] - ticks[0] >= 0.5 * (hi - lo), "covering most of it");
        PixelReader px = picture.get().getPixelReader();
        int x = (int) Math.round(k.x() + 6);
        assertEquals(Colormap.argb(0), px.getArgb(x, (int) Math.floor(k.top() + k.height() - 3)), "f_min at the bottom");
        assertEquals(Colormap.argb(1), px.getArgb(x, (int) Math.ceil(k.top() + 3)), "the top colour at the top");
        for (double t : ticks) {
            int row = (int) Math.round(k.y(t));
            int expected = Colormap.argb(ColourKey.level(t, lo, hi));
            // A tick on a band's edge may sit on the row of the band below.
            int below = Colormap.argb(Math.max(0, ColourKey.level(t, lo, hi) - 1.0 / (ColourKey.BANDS - 1)));
            int seen = px.getArgb(x, row);
            assertTrue(seen == expected || seen == below, "f = " + t + " at row " + row + ": "
                    + Integer.toHexString(seen) + " vs " + Integer.toHexString(expected));
        }
    }

    @Test
    void theSvgExportHasTheKeyAsVectors(FxRobot robot) {
        WindowExtension.await("a first frame", () -> shown() != null);
        AtomicReference<java.util.function.Supplier<org.basinscope.app.export.Svg>> later = new AtomicReference<>();
        robot.interact(() -> later.set(window.landscapeView().svgLater(800, 600)));
        String doc = later.get().get().document();
        ColourKey.Layout k = ColourKey.layout(shown().grid(), PlotArea.of(shown(), 800, 600));
        for (double t : k.ticks()) {
            assertTrue(doc.contains(">" + org.basinscope.app.controls.Display.number(t) + "<"), "tick " + t);
        }
        String top = String.format("#%06x", Colormap.argb(1) & 0xffffff);
        String bottom = String.format("#%06x", Colormap.argb(0) & 0xffffff);
        assertTrue(doc.contains(top) && doc.contains(bottom), "the key's end colours as rectangles");
    }

    @Test
    void theTrajectoryPlotHasEqualScales(FxRobot robot) {
        robot.clickOn("#run");
        WindowExtension.await("some steps", () -> shown() != null && shown().step() > 200);
        XYChart chart = robot.lookup("#phase-plot").queryAs(XYChart.class);
        WindowExtension.await("the trajectory (θ1, θ2)", () -> chart.getXAxis().getName().startsWith("θ1"));
        Axis xa = chart.getXAxis();
        Axis ya = chart.getYAxis();
        AtomicReference<double[]> seen = new AtomicReference<>();
        robot.interact(() -> seen.set(new double[] {xa.getWidth() / (xa.getMax() - xa.getMin()),
            ya.getHeight() / (ya.getMax() - ya.getMin())}));
        assertEquals(seen.get()[0], seen.get()[1], 1.0, "pixels per unit in x and y");
    }
}
