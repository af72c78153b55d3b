package org.basinscope.app.window;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javax.imageio.ImageIO;
import org.basinscope.app.compare.CompareView;
import org.basinscope.app.export.PlotData;
import org.basinscope.app.export.figure.FigureFiles;
import org.basinscope.app.export.figure.FigureFormat;
import org.basinscope.app.export.figure.FigureSpec;
import org.basinscope.app.export.Series;
import org.basinscope.app.plots.LivePlot;
import org.basinscope.app.Defaults;
import org.basinscope.app.testing.WindowExtension;
import org.basinscope.engine.dynamics.Param;
import org.basinscope.engine.live.Snapshot;
import org.basinscope.engine.live.probe.LiveProbes;
import org.basinscope.engine.live.probe.LossProbe;
import org.basinscope.engine.session.Lesson;
import org.basinscope.engine.session.Lessons;
import org.basinscope.engine.session.Session;
import org.basinscope.engine.session.SessionFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Lessons, presentation mode, export, sessions and A/B comparison in the real window, headless. */
@ExtendWith(WindowExtension.class)
class ClassroomTest {
    private MainWindow window;




    @Test
    void everyPresetLoadsIntoARunningWindowWithoutError(FxRobot robot) {
        for (Lesson l : Lessons.all()) {
            if (!l.settings().planar()) {
                // d-dimensional: its own view runs it; Back returns to the planar run as it was.
                String before = window.shown().config().landscapeSpec();
                robot.interact(() -> window.startLesson(l));
                WindowExtension.await(l.id() + " in the d-dimensional view", () -> window.dimensional() != null
                        && window.dimensional().shown() != null);
                assertEquals(l.settings().landscape(), window.dimensional().shown().config().landscapeSpec(), l.id());
                assertNull(window.notice(), l.id() + ": " + window.notice());
                robot.interact(() -> window.dimensional().simulation().advanceBy(20));
                WindowExtension.await(l.id() + " advances", () -> window.dimensional().shown() != null
                        && window.dimensional().shown().step() >= 20);
                assertNull(window.dimensional().shown().message(), l.id());
                robot.clickOn("#dim-back");
                assertNull(window.dimensional(), "back in the planar view");
                assertEquals(before, window.shown().config().landscapeSpec(), l.id());
                continue;
            }
            robot.interact(() -> window.startLesson(l));
            WindowExtension.await(l.id() + " is on screen", () -> window.shown() != null
                    && window.shown().config().landscapeSpec().equals(l.settings().landscape())
                    && window.shown().config().dynamicsSpec().equals(l.settings().dynamics()));
            Snapshot first = window.shown();
            assertEquals(l.settings().particles(), first.stats().particles(), l.id());
            assertEquals(l.settings().params(), window.controls().currentParams(), l.id());
            robot.interact(() -> window.simulation().advanceBy(20));
            WindowExtension.await(l.id() + " advances", () -> window.shown().step() >= first.step() + 20);
            assertNull(window.notice(), l.id() + ": " + window.notice());
            String error = window.shown().message();
            assertTrue(error == null || !error.startsWith("simulation stopped"), l.id() + ": " + error);
            for (int k = 0; k < l.steps().size(); k++) {
                robot.interact(() -> window.lessonPanel().next());
            }
        }
    }

    @Test
    void lessonStepsChangeTheSettings(FxRobot robot) {
        Lesson l = Lessons.load("double-well-temperature");
        robot.interact(() -> window.startLesson(l));
        assertEquals(0.05, window.controls().currentParams().temperature());
        assertFalse(window.simulation().running(), "a lesson opens paused");
        robot.clickOn("#lesson-next");
        assertTrue(window.simulation().running(), "Next step starts a paused run");
        assertTrue(window.controls().runButton().isSelected(), "and the Run button says so (it reads Pause)");
        assertEquals(0.15, window.controls().currentParams().temperature());
        assertEquals(0.15, window.simulation().params().temperature());
        assertTrue(robot.lookup("#lesson-step").queryAs(Label.class).getText().startsWith("Step 1/3"));
        robot.type(KeyCode.PAGE_DOWN);
        assertEquals(0.3, window.controls().currentParams().temperature());
    }

    @Test
    void resetAllGoesBackToAFirstStart(FxRobot robot) {
        robot.interact(() -> window.startLesson(Lessons.load("kong-tao")));
        robot.interact(() -> window.setPresentation(true));
        robot.clickOn("#step");
        WindowExtension.await("a step of the lesson", () -> window.shown().step() > 0
                && window.shown().config().landscapeSpec().startsWith("multiscale"));
        robot.interact(window::resetAll);
        WindowExtension.await("the default run at step 0", () -> window.shown().step() == 0
                && window.shown().config().landscapeSpec().equals(Defaults.LANDSCAPE));
        assertEquals(Defaults.DYNAMICS, window.controls().dynamicsField().accepted());
        assertEquals(Defaults.params(), window.controls().currentParams());
        assertFalse(window.presentation());
        assertFalse(window.lessonPanel().isVisible(), "the lesson is closed");
        assertTrue(window.notice().startsWith("Everything is back"), window.notice());
    }

    @Test
    void presentationModeEnlargesTheFontAndPutsTheLessonsSlidersInTheBar(FxRobot robot) {
        robot.interact(() -> window.startLesson(Lessons.load("batch-size-temperature")));
        Label name = (Label) window.controls().parameter(Param.ETA).lookup(".parameter-name");
        double normal = name.getFont().getSize();
        javafx.scene.layout.Pane bar = robot.lookup("#presentation-sliders").queryAs(javafx.scene.layout.Pane.class);
        javafx.scene.Node column = robot.lookup("#controls-column").query();
        assertTrue(column.isVisible(), "the controls column is shown at 1600 px");
        robot.clickOn("#landscape-view");
        robot.type(KeyCode.F);
        assertTrue(window.presentation());
        // The window is restyled region by region over several pulses.
        WindowExtension.await("presentation fonts", () -> name.getFont().getSize() >= normal * 1.4
                && bar.getChildren().contains(window.controls().parameter(Param.ETA)));
        double big = name.getFont().getSize();
        assertTrue(big >= normal * 1.4, "font " + normal + " → " + big);
        assertTrue(bar.getChildren().contains(window.controls().parameter(Param.BATCH)));
        assertFalse(bar.getChildren().contains(window.controls().parameter(Param.TEMPERATURE)),
                "not one of the lesson's sliders");
        assertFalse(column.isVisible(), "the side column is hidden");
        // The lesson card is hidden with the column: its next step is a button in the bar.
        javafx.scene.control.Button next = robot.lookup("#bar-lesson-next").queryAs(javafx.scene.control.Button.class);
        assertTrue(next.isVisible(), "Next step in the bar");
        Label step = robot.lookup("#lesson-step").queryAs(Label.class);
        int steps = window.lessonPanel().lesson().steps().size();
        robot.clickOn(next);
        WindowExtension.await("step 1 applied", () -> step.getText().startsWith("Step 1/" + steps));
        for (int k = 1; k < steps; k++) {
            robot.clickOn(next);
        }
        WindowExtension.await("the last step applied", () -> !next.isVisible());
        assertTrue(step.getText().startsWith("Step " + steps + "/" + steps), step.getText());
        robot.type(KeyCode.F);
        WindowExtension.await("normal fonts", () -> Math.abs(name.getFont().getSize() - normal) < 0.01);
        assertEquals(normal, name.getFont().getSize(), 0.01);
        assertTrue(bar.getChildren().isEmpty(), "the sliders went back");
        assertTrue(window.controls().getChildren().contains(window.controls().parameter(Param.ETA)));
        assertTrue(column.isVisible());
        assertFalse(next.isVisible(), "not in the normal bar: the card has its own");
    }

    @Test
    void saveThenLoadThenRunGivesIdenticalPositions(FxRobot robot, @TempDir Path dir) throws Exception {
        robot.interact(() -> window.startLesson(Lessons.load("underdamped-friction")));
        robot.interact(() -> window.simulation().advanceBy(137));
        WindowExtension.await("137 steps", () -> window.shown() != null && window.shown().step() == 137);
        Snapshot before = window.shown();
        Path file = dir.resolve("run.session.json");
        var saved = new java.util.concurrent.atomic.AtomicReference<java.util.concurrent.CompletableFuture<Boolean>>();
        robot.interact(() -> saved.set(window.saveSession(file)));
        assertTrue(saved.get().get(30, java.util.concurrent.TimeUnit.SECONDS));
        assertTrue(Files.exists(file));
        // Change everything, then load: the saved run must come back bit for bit.
        robot.interact(() -> window.startLesson(Lessons.load("gradient-flow-quadratic")));
        WindowExtension.await("other run", () -> window.shown().config().landscapeSpec().startsWith("quadratic"));
        robot.interact(() -> window.openSession(file));
        WindowExtension.await("replayed", () -> window.shown().config().dynamicsSpec().equals("underdamped")
                && window.shown().step() == 137);
        Snapshot after = window.shown();
        assertArrayEquals(before.cloud().xs(), after.cloud().xs());
        assertArrayEquals(before.cloud().vs(), after.cloud().vs());
        assertEquals(before.stats().mean()[0], after.stats().mean()[0], 0.0);
    }

    @Test
    void aRunWhoseSlidersMovedMidRunReplaysBitForBitFromItsSession(FxRobot robot, @TempDir Path dir)
            throws Exception {
        robot.interact(() -> window.startLesson(Lessons.load("double-well-temperature")));
        robot.interact(() -> window.simulation().advanceBy(60));
        WindowExtension.await("60 steps", () -> window.shown() != null && window.shown().step() == 60);
        robot.interact(() -> window.controls().parameter(Param.TEMPERATURE).setValue(0.4));
        WindowExtension.await("T = 0.4 in the engine", () -> window.simulation().params().temperature() == 0.4);
        robot.interact(() -> window.simulation().advanceBy(40));
        WindowExtension.await("100 steps", () -> window.shown().step() == 100);
        Snapshot before = window.shown();
        assertEquals(2, before.history().size(), "the start and the change at step 60: " + before.history());
        assertEquals(60, before.history().get(1).step());
        Path file = dir.resolve("moved.session.json");
        var saved = new java.util.concurrent.atomic.AtomicReference<CompletableFuture<Boolean>>();
        robot.interact(() -> saved.set(window.saveSession(file)));
        assertTrue(saved.get().get(30, TimeUnit.SECONDS));
        robot.interact(() -> window.startLesson(Lessons.load("gradient-flow-quadratic")));
        WindowExtension.await("other run", () -> window.shown().config().landscapeSpec().startsWith("quadratic"));
        robot.interact(() -> window.openSession(file));
        WindowExtension.await("replayed", () -> window.shown().config().landscapeSpec().startsWith("double-well")
                && window.shown().step() == 100);
        assertArrayEquals(before.cloud().xs(), window.shown().cloud().xs(), "T = 0.1 until step 60, then 0.4");
        assertEquals(0.4, window.simulation().params().temperature());
    }

    @Test
    void theGradientPickerComposesWithTheDynamicsAndEnablesTheBatchSliderWhenItIsRead(FxRobot robot) {
        robot.interact(() -> window.controls().dynamicsField().box().setValue("momentum"));
        robot.interact(() -> window.controls().gradientField().box().setValue("exact"));
        WindowExtension.await("momentum, exact", () -> window.shown() != null
                && window.shown().config().dynamicsSpec().equals("momentum")
                && window.shown().config().gradientSpec().equals("exact"));
        assertTrue(window.controls().parameter(Param.BATCH).slider().isDisabled(), "exact gradients have no batch");
        robot.interact(() -> window.controls().gradientField().box().setValue("noisy"));
        WindowExtension.await("momentum with noisy gradients", () -> window.shown().config().gradientSpec()
                .startsWith("noisy"));
        assertFalse(window.controls().parameter(Param.BATCH).slider().isDisabled(), "noise variance σ²/B reads B");
        assertTrue(window.shown().get(LiveProbes.READOUTS).effectiveTemperature() > 0, "T_eff of noisy momentum");
        // A spec's own β moves the β slider: the run uses it.
        robot.interact(() -> window.controls().dynamicsField().box().setValue("momentum:beta=0.8"));
        WindowExtension.await("β = 0.8 in the engine", () -> window.simulation().params().momentum() == 0.8);
        assertEquals(0.8, window.controls().parameter(Param.MOMENTUM).value(), 1e-12);
    }

    @Test
    void aBrokenSessionChangesNothingAndSaysWhy(FxRobot robot, @TempDir Path dir) throws Exception {
        WindowExtension.await("a first frame", () -> window.shown() != null);
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{\"version\": 99}");
        var config = window.controls().config();
        var opened = new java.util.concurrent.atomic.AtomicReference<java.util.concurrent.CompletableFuture<Boolean>>();
        robot.interact(() -> opened.set(window.openSession(broken)));
        assertFalse(opened.get().get(30, java.util.concurrent.TimeUnit.SECONDS));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window.notice().contains("newer Basinscope") && window.notice().contains("Nothing was changed"),
                window.notice());
        assertEquals(config, window.controls().config());
    }

    @Test
    void exportWritesANonBlankPngAndACsvWhoseRowsMatchThePlot(FxRobot robot, @TempDir Path dir) throws Exception {
        robot.interact(() -> window.simulation().advanceBy(300));
        WindowExtension.await("300 steps on screen", () -> window.shown() != null && window.shown().step() == 300);
        WaitForAsyncUtils.waitForFxEvents();
        LivePlot histogram = window.plots().get(1);
        Path png = dir.resolve("histogram.png");
        Path csv = dir.resolve("histogram.csv");
        Path svg = dir.resolve("histogram.svg");
        var done = new java.util.ArrayList<java.util.concurrent.CompletableFuture<Path>>();
        robot.interact(() -> {
            done.add(window.export(histogram, png, 2));
            done.add(window.export(histogram, csv, 1));
            done.add(window.export(histogram, svg, 1));
        });
        for (var d : done) {
            d.get(30, TimeUnit.SECONDS);
        }
        BufferedImage image = ImageIO.read(png.toFile());
        var bounds = histogram.exportNode().getLayoutBounds();
        assertEquals(Math.round(2 * bounds.getWidth()), image.getWidth(), 1.0);
        assertTrue(lumaVariance(image) > 100, "not blank");
        List<String> rows = Files.readAllLines(csv);
        var data = histogramData(robot, histogram);
        int expected = data.series().stream().mapToInt(Series::size).sum();
        assertEquals(expected + 2, rows.size(), "title + header + one row per point");
        assertEquals("series,x,density", rows.get(1));
        Series bars = data.series().get(0);
        for (int i = 0; i < bars.size(); i++) {
            String[] cells = rows.get(2 + i).split(",");
            assertEquals(bars.name(), cells[0]);
            assertEquals(bars.x()[i], Double.parseDouble(cells[1]), 0.0);
            assertEquals(bars.y()[i], Double.parseDouble(cells[2]), 0.0);
        }
        String text = Files.readString(svg);
        assertTrue(text.startsWith("<?xml") && text.contains("<svg") && text.contains("<rect"), "an SVG drawing");
    }

    private static PlotData histogramData(FxRobot robot, LivePlot plot) {
        var holder = new PlotData[1];
        robot.interact(() -> holder[0] = plot.data());
        return holder[0];
    }

    @Test
    void abComparisonRunsTwoSettingsWithTheSameNoise(FxRobot robot, @TempDir Path dir) throws Exception {
        WindowExtension.await("a first frame", () -> window.shown() != null);
        robot.interact(() -> window.setCompare(true));
        CompareView compare = window.compare();
        assertNotNull(compare);
        // Same settings and seed: A and B must be identical step for step. One clock: B follows A.
        robot.interact(() -> window.simulation().advanceBy(40));
        WindowExtension.await("both at 40", () -> window.simulation().latest().step() == 40
                && compare.simulationB().latest().step() == 40);
        assertArrayEquals(window.simulation().latest().cloud().xs(), compare.simulationB().latest().cloud().xs());
        // Change B's temperature: now they differ, driven by the same random numbers.
        robot.interact(() -> compare.controlsB().parameter(Param.TEMPERATURE).setValue(0.5));
        robot.clickOn("#run");
        WindowExtension.await("both running", () -> window.simulation().latest().step() > 100
                && compare.simulationB().latest().step() > 100);
        assertEquals(0.5, compare.simulationB().params().temperature());
        assertEquals(0.1, window.simulation().params().temperature());
        // A waits for B: never more than a frame apart, and each side says its step.
        long apart = Math.abs(window.simulation().latest().step() - compare.simulationB().latest().step());
        assertTrue(apart <= 3L * window.controls().stepsPerFrame(), "A and B " + apart + " steps apart");
        // While A/B is shown the single view is not drawn; paused, back from A/B, it shows A's last frame.
        robot.clickOn("#run");
        WindowExtension.await("paused", () -> !window.simulation().latest().running());
        WindowExtension.await("B at A's step", () -> compare.simulationB().latest().step()
                == window.simulation().latest().step());
        long last = window.simulation().latest().step();
        WindowExtension.await("both labels at step " + last, () -> {
            String[] labels = new String[2];
            robot.interact(() -> {
                labels[0] = robot.lookup(".compare-label").nth(0).queryLabeled().getText();
                labels[1] = robot.lookup(".compare-label").nth(1).queryLabeled().getText();
            });
            return labels[0].startsWith("A: step " + last + " ") && labels[1].startsWith("B: step " + last + " ");
        });
        // The figure for a report in A/B mode: both clouds and the shared plots, and both runs' sessions.
        List<CompletableFuture<FigureFiles.Written>> future = new ArrayList<>();
        FigureSpec ab = new FigureSpec(List.of("landscape-a", "landscape-b", "compare-loss"), 170, 0, 9,
                FigureFormat.SVG, 300);
        robot.interact(() -> future.add(window.figure(ab, dir.resolve("ab.svg"))));
        List<Path> written = future.get(0).get(30, TimeUnit.SECONDS).files();
        List<String> names = written.stream().map(p -> p.getFileName().toString()).toList();
        assertTrue(names.containsAll(List.of("ab.svg", "ab.caption.txt", "ab-landscape-a.csv", "ab-landscape-b.csv",
                "ab-compare-loss.csv", "ab.session.json", "ab-b.session.json")), names.toString());
        assertTrue(Files.readString(dir.resolve("ab.caption.txt")).contains("Run B"));
        Session sa = SessionFiles.read(dir.resolve("ab.session.json"));
        Session sb = SessionFiles.read(dir.resolve("ab-b.session.json"));
        assertEquals(last, sa.steps());
        assertEquals(last, sb.steps());
        assertEquals(0.1, sa.temperature());
        assertEquals(0.5, sb.temperature());
        robot.interact(() -> window.setCompare(false));
        assertNull(window.compare());
        LivePlot loss = window.plots().get(0);
        double[][] drawn = new double[1][];
        WindowExtension.await("the loss plot drawn again up to step " + last, () -> {
            robot.interact(() -> drawn[0] = loss.data().series().get(0).x());
            return drawn[0].length > 0 && drawn[0][drawn[0].length - 1] == last;
        });
        assertEquals(last, window.shown().step());
        // A full loss history (2000 rows on a ~450-pixel axis): particle 0's zigzag is drawn thinned to its
        // envelope per pixel column, and exported whole.
        robot.interact(() -> window.simulation().advanceBy(30_000));
        WindowExtension.await("30 000 more steps on screen", () -> window.shown().step() == last + 30_000);
        double[] history = window.shown().get(LiveProbes.LOSS).particle0();
        long finite = Arrays.stream(history).filter(Double::isFinite).count();
        assertEquals(LossProbe.History.capacity(), history.length);
        Series[] p0 = new Series[1];
        robot.interact(() -> p0[0] = loss.data().series().get(1));
        assertEquals("particle 0", p0[0].name());
        assertEquals(finite, p0[0].size());
        assertEquals(history[history.length - 1], p0[0].y()[p0[0].size() - 1], 0.0);
    }

    private static double lumaVariance(BufferedImage image) {
        double sum = 0;
        double sq = 0;
        int n = 0;
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                int rgb = image.getRGB(x, y);
                double l = 0.299 * ((rgb >> 16) & 255) + 0.587 * ((rgb >> 8) & 255) + 0.114 * (rgb & 255);
                sum += l;
                sq += l * l;
                n++;
            }
        }
        return sq / n - (sum / n) * (sum / n);
    }
}
