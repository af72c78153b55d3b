package org.basinscope.app.views.landscape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.geometry.Point2D;
import org.basinscope.app.testing.WindowExtension;
import org.basinscope.app.window.MainWindow;
import org.basinscope.engine.landscape.Landscape;
import org.basinscope.engine.live.Snapshot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Hovering the landscape reads x, y and the landscape's own f(x, y) under the mouse; leaving it hides that. */
@ExtendWith(WindowExtension.class)
class LandscapeHoverTest {
    private static final Pattern TEXT = Pattern.compile("x = (\\S+) {3}y = (\\S+)\nf = (\\S+)");
    private MainWindow window;

    private static double parse(String s) {
        return Double.parseDouble(s.replace('\u2212', '-'));
    }

    @Test
    void theHoverLabelShowsXYAndFUnderTheMouse(FxRobot robot) {
        WindowExtension.await("a first frame", () -> window.shown() != null);
        LandscapeView view = window.landscapeView();
        Snapshot s = window.shown();
        assertTrue(s.grid().ny() > 1, "the default landscape is 2-D");
        // The plot area as laid out (letter-boxed to equal scales in x and y): its pixel rectangle, and the data
        // point at 30% across and 60% down it, worked out here from the view box, not by the view's inverse.
        PlotArea area = PlotArea.of(s, view.getWidth(), view.getHeight());
        double pw = area.pw();
        double ph = area.ph();
        double lx = Math.round(area.px() + 0.3 * pw);
        double ly = Math.round(area.py() + 0.6 * ph);
        double[] box = {area.x0(), area.x1(), area.y0(), area.y1()};
        double x = box[0] + (lx - area.px()) / pw * (box[1] - box[0]);
        double y = box[3] - (ly - area.py()) / ph * (box[3] - box[2]);
        Landscape f = s.config().landscape();

        Point2D screen = view.localToScreen(lx, ly);
        robot.moveTo(screen.add(10, 10)).moveTo(screen);
        WaitForAsyncUtils.waitForFxEvents();
        String text = view.hoverText();
        assertNotNull(text, "a readout over the plot area");
        Matcher m = TEXT.matcher(text);
        assertTrue(m.matches(), text);
        double pixelX = (box[1] - box[0]) / pw;
        double pixelY = (box[3] - box[2]) / ph;
        assertEquals(x, parse(m.group(1)), pixelX + 1e-3 * Math.abs(x), "x: " + text);
        assertEquals(y, parse(m.group(2)), pixelY + 1e-3 * Math.abs(y), "y: " + text);
        double[] g = new double[2];
        f.gradient(x, y, g);
        double fTol = Math.abs(g[0]) * pixelX + Math.abs(g[1]) * pixelY + 1e-3 * Math.max(1e-3, Math.abs(f.value(x, y)));
        assertEquals(f.value(x, y), parse(m.group(3)), fTol, "f: " + text);

        // Another point reads another f; outside the plot area (on the axis labels) and off the view, nothing.
        robot.moveTo(view.localToScreen(area.px() + 0.8 * pw, area.py() + 0.2 * ph));
        WaitForAsyncUtils.waitForFxEvents();
        assertNotNull(view.hoverText());
        assertTrue(!text.equals(view.hoverText()), "the readout follows the mouse");
        robot.moveTo(view.localToScreen(area.px() / 2.0, area.py() + 0.5 * ph));
        WaitForAsyncUtils.waitForFxEvents();
        assertNull(view.hoverText(), "no readout on the axis margin");
        robot.moveTo(screen);
        robot.moveTo(window.controls().runButton());
        WaitForAsyncUtils.waitForFxEvents();
        assertNull(view.hoverText(), "no readout once the mouse has left the view");
    }

    @Test
    void inOneDimensionTheReadoutIsXAndFOfX(FxRobot robot) {
        WindowExtension.await("a first frame", () -> window.shown() != null);
        robot.interact(() -> window.controls().landscapeField().choose("double-well"));
        WindowExtension.await("the 1-D landscape on screen", () -> window.shown().grid().ny() == 1);
        LandscapeView view = window.landscapeView();
        Snapshot s = window.shown();
        double pw = view.getWidth() - PlotArea.LEFT - PlotArea.RIGHT;
        double ph = view.getHeight() - PlotArea.TOP - PlotArea.BOTTOM;
        double lx = Math.round(PlotArea.LEFT + 0.7 * pw);
        double[] box = s.grid().box();
        double x = box[0] + (lx - PlotArea.LEFT) / pw * (box[1] - box[0]);
        robot.moveTo(view.localToScreen(lx, PlotArea.TOP + 0.3 * ph));
        WaitForAsyncUtils.waitForFxEvents();
        Matcher m = Pattern.compile("x = (\\S+)\nf\\(x\\) = (\\S+)").matcher(String.valueOf(view.hoverText()));
        assertTrue(m.matches(), view.hoverText());
        double pixelX = (box[1] - box[0]) / pw;
        assertEquals(x, parse(m.group(1)), pixelX + 1e-3 * Math.abs(x), view.hoverText());
        Landscape f = s.config().landscape();
        double[] g = new double[2];
        f.gradient(x, 0, g);
        assertEquals(f.value(x, 0), parse(m.group(2)), Math.abs(g[0]) * pixelX + 1e-3 * Math.max(1e-3, Math.abs(f.value(x, 0))),
                "f(x) at the mouse's x, wherever the mouse is in height: " + view.hoverText());
    }
}
