package org.basinscope.app.window;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.skin.ComboBoxListViewSkin;
import javafx.scene.layout.HBox;
import org.basinscope.app.testing.WindowExtension;
import org.basinscope.engine.dynamics.DynamicsCatalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The pickers list readable names with the typed name beside them; the field keeps the spec. */
@ExtendWith(WindowExtension.class)
class PickerTitlesTest {
    private MainWindow window;

    @Test
    void theDynamicsPickerListsReadableNames(FxRobot robot) {
        ComboBox<String> box = window.controls().dynamicsField().box();
        robot.interact(box::show);
        WaitForAsyncUtils.waitForFxEvents();
        AtomicReference<List<String>> rows = new AtomicReference<>();
        robot.interact(() -> {
            Node content = ((ComboBoxListViewSkin<?>) box.getSkin()).getPopupContent();
            List<String> out = new ArrayList<>();
            for (Node n : content.lookupAll(".list-cell")) {
                if (n instanceof ListCell<?> cell && cell.getGraphic() instanceof HBox row) {
                    out.add(((Label) row.getChildren().get(0)).getText() + " | "
                            + ((Label) row.getChildren().get(1)).getText());
                }
            }
            rows.set(out);
            box.hide();
        });
        assertTrue(rows.get().contains("Gradient descent | gd"), rows.get().toString());
        assertTrue(rows.get().contains("Langevin (Euler–Maruyama) | langevin"), rows.get().toString());
        assertEquals("langevin", box.getValue(), "the field shows the spec");
        assertEquals("Underdamped Langevin (BAOAB)", DynamicsCatalog.title("underdamped"));
        assertEquals("Double well", org.basinscope.engine.landscape.LandscapeCatalog.title("double-well:dim=2"));
    }
}
