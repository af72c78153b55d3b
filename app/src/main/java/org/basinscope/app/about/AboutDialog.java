package org.basinscope.app.about;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextArea;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.basinscope.app.diagnostics.ErrorReporter;
import org.basinscope.engine.cli.Version;

/**
 * Help → About: the version of this build, the Java runtime it runs on, the licence (Apache-2.0) and
 * the third-party components with theirs (the LICENSE and THIRD-PARTY.txt files, shipped in the jar),
 * and where the error log is. Self-contained: the menu adds {@link #menuItem()}.
 */
public final class AboutDialog {
    /** The licence's name as the dialog shows it. */
    public static final String LICENCE = "Apache License 2.0";

    private AboutDialog() {
    }

    /** "About Basinscope", opening the dialog over the window the menu belongs to. */
    public static MenuItem menuItem() {
        MenuItem item = new MenuItem("About Basinscope");
        item.setId("about");
        item.setOnAction(e -> {
            Window owner = item.getParentPopup() == null ? null : item.getParentPopup().getOwnerWindow();
            create(owner).show();
        });
        return item;
    }

    /** The dialog, not yet shown (FX thread). */
    public static Alert create(Window owner) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, "", ButtonType.CLOSE);
        alert.setTitle("About Basinscope");
        alert.setHeaderText("Basinscope " + Version.number());
        if (owner != null && owner.getScene() != null) {
            // (JavaFX copies the owner scene's stylesheets; an owner without a scene would throw on show.)
            alert.initOwner(owner);
        }
        var icon = AboutDialog.class.getResource("/assets/icons/basinscope.png");
        if (icon != null) {
            ImageView view = new ImageView(new Image(icon.toExternalForm(), 64, 64, true, true));
            alert.setGraphic(view);
        }
        Label summary = new Label(summary());
        summary.setId("about-summary");
        summary.setWrapText(true);
        alert.getDialogPane().setContent(new VBox(8, summary));
        TextArea licences = new TextArea(licenceText());
        licences.setId("about-licences");
        licences.setEditable(false);
        licences.setWrapText(false);
        licences.setStyle("-fx-font-family: monospace;");   // THIRD-PARTY.txt is laid out in columns
        licences.setPrefRowCount(18);
        licences.setPrefColumnCount(80);
        alert.getDialogPane().setExpandableContent(licences);
        return alert;
    }

    /** The lines above the licence texts. */
    public static String summary() {
        return "A desktop laboratory for stochastic gradient dynamics.\n\n"
                + "Version " + Version.number() + "\n"
                + Version.runtime() + "\n"
                + "Licence: " + LICENCE + " (details below: the licence and the third-party components)\n"
                + "Error log: " + ErrorReporter.logFile();
    }

    /** THIRD-PARTY.txt and then LICENSE, as shipped in the jar. */
    public static String licenceText() {
        return resource("/META-INF/THIRD-PARTY.txt") + "\n\n" + resource("/META-INF/LICENSE");
    }

    private static String resource(String name) {
        try (InputStream in = AboutDialog.class.getResourceAsStream(name)) {
            return in == null ? "(" + name + " is missing from this build)" : new String(in.readAllBytes(),
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(" + name + " could not be read: " + e.getMessage() + ")";
        }
    }
}
