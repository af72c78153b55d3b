package org.basinscope.app.about;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.control.Alert;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.TextArea;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.basinscope.engine.cli.Version;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Help → About shows the build's version, the licence and the third-party notices. */
@ExtendWith(ApplicationExtension.class)
class AboutDialogTest {
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        MenuBar bar = new MenuBar(new Menu("Help", null, AboutDialog.menuItem()));
        stage.setScene(new javafx.scene.Scene(new BorderPane(null, bar, null, null, null), 600, 400));
        stage.show();
    }

    @Test
    void showsVersionLicenceAndNotices(FxRobot robot) throws Exception {
        Alert alert = WaitForAsyncUtils.asyncFx(() -> AboutDialog.create(stage)).get();
        assertEquals("Basinscope " + Version.number(), alert.getHeaderText());
        assertTrue(Version.number().matches("\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?"), Version.number());
        String summary = AboutDialog.summary();
        assertTrue(summary.contains("Licence: Apache License 2.0"), summary);
        assertTrue(summary.contains("errors.log"), summary);
        TextArea licences = (TextArea) alert.getDialogPane().getExpandableContent();
        String text = licences.getText();
        assertTrue(text.contains("Apache License\n                           Version 2.0, January 2004"), "the licence text");
        assertTrue(text.contains("TERMS AND CONDITIONS FOR USE, REPRODUCTION, AND DISTRIBUTION"), "the whole licence");
        assertTrue(text.contains("ChartFX 11.3") && text.contains("LGPL-3.0"), "the third-party notices");
        assertNotNull(alert.getGraphic(), "the icon");
    }

    @Test
    void anOwnerWithoutASceneIsNoProblem() throws Exception {
        // JavaFX copies the owner scene's stylesheets into the dialog and would throw for an owner without one.
        Boolean shown = WaitForAsyncUtils.asyncFx(() -> {
            Alert alert = AboutDialog.create(new Stage());
            alert.show();
            boolean s = alert.isShowing();
            alert.close();
            return s;
        }).get();
        assertTrue(shown);
    }

    @Test
    void theMenuItemOpensIt(FxRobot robot) {
        robot.clickOn("Help");
        robot.clickOn("About Basinscope");
        WaitForAsyncUtils.waitForFxEvents();
        var label = robot.lookup("#about-summary").queryLabeled();
        assertTrue(label.getText().startsWith("A desktop laboratory"), label.getText());
        robot.clickOn("Close");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#about-summary").tryQuery().isEmpty(), "closed");
    }
}
