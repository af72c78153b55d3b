package org.basinscope.app.window;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.TextField;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.basinscope.app.export.Exportable;
import org.basinscope.app.export.figure.FigureFiles;
import org.basinscope.app.export.figure.FigureFormat;
import org.basinscope.app.export.figure.FigureSpec;
import org.basinscope.app.testing.WindowExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/** File > Figure for report: choose plots, size, text and format; bad answers are refused in the dialog. */
@ExtendWith(WindowExtension.class)
class FigureDialogTest {
    private MainWindow window;

    @Test
    void theDialogOffersTheShownPlotsAndRefusesBadAnswersInPlace(FxRobot robot) {
        WindowExtension.await("a first frame", () -> window.shown() != null);
        robot.clickOn("File").clickOn("Figure for report…");
        WindowExtension.await("the dialog", () -> robot.lookup("#figure-plot-histogram").tryQuery().isPresent());
        List<String> names = new ArrayList<>();
        robot.interact(() -> window.exportables().forEach(e -> names.add(e.exportName())));
        for (String n : names) {
            assertTrue(robot.lookup("#figure-plot-" + n).tryQuery().isPresent(), n + " offered");
        }
        // Nothing ticked: refused with the reason, and the dialog stays.
        robot.interact(() -> robot.lookup(".check-box").queryAllAs(CheckBox.class).forEach(c -> c.setSelected(false)));
        robot.clickOn("Choose file…");
        assertTrue(robot.lookup("choose at least one plot for the figure").tryQuery().isPresent(), "the reason shown");
        // A custom width out of range: refused naming the range.
        robot.clickOn("#figure-plot-loss");
        robot.interact(() -> robot.lookup("#figure-size").queryAs(ChoiceBox.class).setValue(FigureForm.CUSTOM));
        robot.interact(() -> robot.lookup("#figure-width").queryAs(TextField.class).setText("900"));
        robot.clickOn("Choose file…");
        assertTrue(robot.lookup("figure width 900 mm is outside 20–500 mm").tryQuery().isPresent());
        robot.clickOn("Cancel");
        WindowExtension.await("the dialog closed", () -> Window.getWindows().size() == 1);
    }

    @Test
    void theFormsAnswersWriteTheFigureOfTheChosenPlots(FxRobot robot, @TempDir Path dir) throws Exception {
        robot.interact(() -> window.simulation().advanceBy(60));
        WindowExtension.await("60 steps", () -> window.shown() != null && window.shown().step() == 60);
        List<FigureSpec> spec = new ArrayList<>();
        robot.interact(() -> {
            List<String> names = window.exportables().stream().map(Exportable::exportName).toList();
            FigureForm form = new FigureForm(names, List.of("histogram", "loss"));
            @SuppressWarnings("unchecked")
            ChoiceBox<FigureFormat> format = (ChoiceBox<FigureFormat>) form.node().lookup("#figure-format");
            format.setValue(FigureFormat.PNG);
            spec.add(form.spec());
        });
        assertEquals(List.of("loss", "histogram"), spec.get(0).plots(), "in screen order");
        assertEquals(170, spec.get(0).widthMm(), "double column by default");
        List<CompletableFuture<FigureFiles.Written>> done = new ArrayList<>();
        robot.interact(() -> done.add(window.figure(spec.get(0), dir.resolve("fig.png"))));
        FigureFiles.Written w = done.get(0).get(60, TimeUnit.SECONDS);
        assertEquals(2008, ImageIO.read(dir.resolve("fig.png").toFile()).getWidth());
        for (String f : List.of("fig.caption.txt", "fig-histogram.csv", "fig-loss.csv", "fig.session.json")) {
            assertTrue(Files.size(dir.resolve(f)) > 20, f);
        }
        assertTrue(Files.readString(dir.resolve("fig.caption.txt")).contains("steps              60"),
                Files.readString(dir.resolve("fig.caption.txt")));
        // A plot not on screen is refused with the ones that are.
        List<CompletableFuture<FigureFiles.Written>> bad = new ArrayList<>();
        FigureSpec lyapunov = new FigureSpec(List.of("lyapunov"), 85, 0, 8, FigureFormat.SVG, 300);
        robot.interact(() -> bad.add(window.figure(lyapunov, dir.resolve("no.svg"))));
        var failure = org.junit.jupiter.api.Assertions.assertThrows(java.util.concurrent.ExecutionException.class,
                () -> bad.get(0).get(10, TimeUnit.SECONDS));
        assertTrue(failure.getCause().getMessage().contains("'lyapunov' is not shown; valid: landscape"),
                failure.getCause().getMessage());
        assertFalse(Files.exists(dir.resolve("no.svg")));
        assertEquals(w.figure(), dir.resolve("fig.png").toAbsolutePath());
    }
}
