package org.basinscope.app.window;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fair_acc.chartfx.XYChart;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;
import javafx.stage.Window;
import org.basinscope.app.testing.WindowExtension;
import org.basinscope.engine.session.Lessons;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window from a projector's 1280×720 to 1920×1080, with a lesson open, in normal and presentation mode: no
 * label is cut short, and the landscape keeps at least 40% of the window (more in presentation mode); the Run
 * button stays where it is when a lesson card opens and closes.
 */
@ExtendWith(WindowExtension.class)
class WindowLayoutTest {
    private static final int[][] SIZES = {{1280, 720}, {1600, 1000}, {1920, 1080}};
    private MainWindow window;

    @Test
    void noLabelIsCutAndTheLandscapeKeepsItsShareAtEverySize(FxRobot robot) throws Exception {
        WindowExtension.await("a first frame", () -> window.shown() != null);
        robot.interact(() -> window.startLesson(Lessons.load("double-well-temperature")));
        for (int[] size : SIZES) {
            resize(robot, size[0], size[1]);
            double normal = landscapeShare();
            List<String> cut = truncated(window.root());
            assertTrue(cut.isEmpty(), size[0] + "x" + size[1] + ": cut labels " + cut);
            assertTrue(normal >= 0.40, size[0] + "x" + size[1] + ": the landscape has " + normal + " of the window");
            // Each live plot's chart area, under its title, subtitle, legend and axis (15 px at 1280x720 before).
            // The readouts' divider is the user's and keeps its pixels across sizes (its place at 1080 px depends on
            // the sizes before): at least 160 px there, 120 px at the smaller sizes.
            double least = size[1] >= 1080 ? 160 : 120;
            double chart = shortestChart(window.root());
            assertTrue(chart >= least, size[0] + "x" + size[1] + ": a chart area " + chart + " px tall");

            robot.interact(() -> window.setPresentation(true));
            settle();
            double shown = landscapeShare();
            cut = truncated(window.root());
            assertTrue(cut.isEmpty(), size[0] + "x" + size[1] + " presentation: cut labels " + cut);
            assertTrue(shown > normal, size[0] + "x" + size[1] + " presentation: " + shown + " vs " + normal);
            double enlarged = shortestChart(window.root());
            assertTrue(enlarged >= least, size[0] + "x" + size[1] + " presentation: a chart area " + enlarged + " px");
            System.out.printf("%dx%d: landscape %.1f%% of the window, %.1f%% in presentation mode; shortest chart area "
                    + "%.0f px, %.0f px in presentation mode%n", size[0], size[1], 100 * normal, 100 * shown, chart,
                    enlarged);
            robot.interact(() -> window.setPresentation(false));
            settle();
        }
    }

    @Test
    void theRunButtonStaysPutWhenALessonCardOpensAndCloses(FxRobot robot) throws Exception {
        WindowExtension.await("a first frame", () -> window.shown() != null);
        Point2D before = runAt();
        robot.interact(() -> window.startLesson(Lessons.load("double-well-temperature")));
        settle();
        assertTrue(window.lessonPanel().isVisible(), "the lesson card is open");
        assertEquals(before, runAt(), "Run with the lesson card open");
        robot.interact(() -> window.lessonPanel().show(null));
        settle();
        assertEquals(before, runAt(), "Run with the lesson card closed");
    }

    @Test
    void aLessonOpenedInANarrowWindowShowsItsCard(FxRobot robot) throws Exception {
        WindowExtension.await("a first frame", () -> window.shown() != null);
        resize(robot, 1280, 720);
        Node column = window.root().lookup("#controls-column");
        assertTrue(!column.isVisible(), "below 1500 px the controls column starts hidden");
        Point2D before = runAt();
        robot.interact(() -> window.startLesson(Lessons.load("double-well-temperature")));
        settle();
        assertTrue(column.isVisible() && window.lessonPanel().isVisible(), "the lesson card is on screen");
        assertTrue(window.lessonPanel().getLayoutBounds().getHeight() > 50, "the card has its text");
        assertEquals(before, runAt(), "Run with the lesson card open");
        // The stage keeps its size for the next test's window, which expects the column shown at 1600x1000.
        resize(robot, WindowExtension.WIDTH, WindowExtension.HEIGHT);
    }

    /** The height of the shortest chart area (ChartFX's plot canvas) among the shown plots. */
    private static double shortestChart(Parent root) {
        List<Double> heights = new ArrayList<>();
        charts(root, heights);
        assertTrue(!heights.isEmpty(), "plots are shown");
        return heights.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
    }

    private static void charts(Node n, List<Double> out) {
        if (!n.isVisible()) {
            return;
        }
        if (n instanceof XYChart c && c.getScene() != null) {
            out.add(c.getCanvas().getHeight());
        }
        if (n instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> charts(c, out));
        }
    }

    private Point2D runAt() {
        Node run = window.controls().runButton();
        return run.localToScene(0, 0);
    }

    private void resize(FxRobot robot, int width, int height) throws Exception {
        robot.interact(() -> {
            Window w = window.root().getScene().getWindow();
            w.setWidth(width);
            w.setHeight(height);
        });
        WindowExtension.await("the window at " + width + "x" + height,
                () -> window.root().getScene().getWidth() == width && window.root().getScene().getHeight() == height);
        settle();
    }

    /** A few pulses: presentation mode and A/B restyle over several. */
    private static void settle() throws Exception {
        for (int i = 0; i < 12; i++) {
            WaitForAsyncUtils.sleep(50, TimeUnit.MILLISECONDS);
            WaitForAsyncUtils.waitForFxEvents();
        }
    }

    private double landscapeShare() {
        Bounds b = window.landscapeView().getLayoutBounds();
        var scene = window.root().getScene();
        return b.getWidth() * b.getHeight() / (scene.getWidth() * scene.getHeight());
    }

    /**
     * Every shown label whose skin draws less than its text: the text node a Labeled's skin lays out holds the
     * shortened string ("Temperat…") when the text does not fit, or nothing when nothing of it does.
     */
    static List<String> truncated(Parent root) {
        List<String> out = new ArrayList<>();
        collect(root, out);
        return out;
    }

    private static void collect(Node n, List<String> out) {
        if (!n.isVisible()) {
            return;
        }
        if (n instanceof Labeled l && l.getText() != null && !l.getText().isBlank()) {
            for (Node c : l.getChildrenUnmodifiable()) {
                if (c instanceof Text t && !t.getText().equals(shown(l))) {
                    out.add("'" + l.getText() + "' shown as '" + t.getText() + "' (" + l.getClass().getSimpleName() + ")");
                }
            }
        }
        if (n instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> collect(c, out));
        }
    }

    /** The text as a label draws it in full (a mnemonic's underscore is not drawn). */
    private static String shown(Labeled l) {
        return l.isMnemonicParsing() ? l.getText().replaceFirst("_(?=.)", "") : l.getText();
    }
}
