package org.basinscope.app.window;

import javafx.beans.binding.Bindings;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.basinscope.app.views.ReadoutsPanel;

/**
 * The side columns and how they give way to the landscape: the controls column on the left is shown or hidden by
 * the bar's button, and hidden of itself when the window becomes narrower than {@value #DOCK_WIDTH} px (shown
 * again when it becomes wider); the readouts share the right column with the plots, under them, and scroll when
 * short. Presentation mode hides both. So the landscape keeps at least 40% of the window from 1280×720 up.
 */
final class Columns {
    /** Below this window width the controls column starts hidden: beside it the landscape fell to 30%. */
    static final double DOCK_WIDTH = 1500;
    /** Below this right-column width the readouts' notes become their names' tooltips. */
    static final double NOTES_WIDTH = 700;

    /**
     * The plots' share of the column, the readouts (which scroll) below them: a fifth for the readouts at every
     * height, so each plot keeps a readable chart (with a third, the charts were 134 px at 1920x1080).
     */
    static final double PLOTS_PART = 0.8;
    /** Crossing this column height gives the readouts their fifth again (they keep their pixels otherwise). */
    static final double SHORT = 850;
    /** Presentation mode's plot column, a share of the window's width. */
    static final double PLOTS_SHARE = 0.33;
    private final Region left;
    private final SplitPane right;
    private final Node tabs;
    private final ScrollPane readoutsScroll;
    private final ReadoutsPanel readouts;
    private final CommandBar bar;
    private boolean presentation;
    /** True while another view (the d-dimensional one) has the window: the column stays hidden. */
    private boolean leftAside;
    private double divider = PLOTS_PART;
    private double normalWidth;
    /** True while a lesson is open: its card is in the left column. */
    private final java.util.function.BooleanSupplier lessonOpen;

    Columns(Region left, Node tabs, ReadoutsPanel readouts, CommandBar bar,
            java.util.function.BooleanSupplier lessonOpen) {
        this.lessonOpen = lessonOpen;
        this.left = left;
        this.tabs = tabs;
        this.readouts = readouts;
        this.bar = bar;
        readoutsScroll = new ScrollPane(readouts);
        readoutsScroll.setFitToWidth(true);
        readoutsScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.AS_NEEDED);
        readoutsScroll.getStyleClass().add("readouts-scroll");
        readoutsScroll.setMinHeight(80);
        right = new SplitPane(tabs, readoutsScroll);
        right.setOrientation(Orientation.VERTICAL);
        right.setDividerPositions(divider);
        right.setId("right-column");
        SplitPane.setResizableWithParent(readoutsScroll, false);
        right.widthProperty().addListener((o, a, b) -> readouts.setCompact(b.doubleValue() < NOTES_WIDTH));
        right.heightProperty().addListener((o, a, b) -> {
            if (!presentation && (a.doubleValue() <= 0 || (a.doubleValue() < SHORT) != (b.doubleValue() < SHORT))) {
                right.setDividerPositions(PLOTS_PART);
            }
        });
        bar.controlsToggle().selectedProperty().addListener((o, a, b) -> followToggle());
    }

    /** The right column: the plot tabs over the readouts. */
    SplitPane right() {
        return right;
    }

    /** Follows the window's width across {@link #DOCK_WIDTH} (a user's choice holds until the next crossing). */
    void windowWidth(double before, double now) {
        boolean wide = now >= DOCK_WIDTH;
        if (before <= 0 || (before >= DOCK_WIDTH) != wide) {
            // An open lesson keeps its card in view (a lesson opened at start, open/render --preset, came before
            // the window's first widths and was hidden by them).
            bar.controlsToggle().setSelected(wide || lessonOpen.getAsBoolean());
        }
    }

    /**
     * Shows the left column, which holds the lesson card (a lesson opened below {@value #DOCK_WIDTH} px showed no
     * text at all); hidden again by the bar's button or the next crossing of that width.
     */
    void showLeft() {
        bar.controlsToggle().setSelected(true);
    }

    /** Presentation mode: both side columns hidden (the bar holds the sliders), the plots take the right column. */
    void setPresentation(boolean on) {
        if (on == presentation) {
            return;
        }
        presentation = on;
        if (on) {
            divider = right.getDividerPositions()[0];
            normalWidth = right.getPrefWidth();
            right.getItems().setAll(tabs);
            // The landscape takes what the plots leave: a larger share than in the normal layout even at 1280×720,
            // where the controls column is already hidden there.
            right.prefWidthProperty().bind(Bindings.selectDouble(right.sceneProperty(), "width").multiply(PLOTS_SHARE));
            HBox.setHgrow(right, Priority.NEVER);
        } else {
            right.getItems().setAll(tabs, readoutsScroll);
            // Set again after the next layout: the re-added readouts are first laid out at their preferred
            // height, which took the whole column from the plots (a 3 px tab at 1600x1000 after presentation mode).
            right.setDividerPositions(divider);
            double back = divider;
            javafx.application.Platform.runLater(() -> right.setDividerPositions(back));
            right.prefWidthProperty().unbind();
            right.setPrefWidth(normalWidth);
            HBox.setHgrow(right, Priority.ALWAYS);
        }
        bar.setPresentation(on);
        readouts.setPresentation(on);
    }

    /**
     * The left column follows presentation mode, a pulse after {@link #setPresentation} (each relays out and
     * repaints the whole window in software rendering; together they kept the FX thread waiting 100+ ms).
     */
    void followPresentation() {
        followToggle();
    }

    /** Hides the left column whatever presentation mode and its toggle say, or gives it back to them. */
    void setLeftAside(boolean aside) {
        leftAside = aside;
        followToggle();
    }

    private void followToggle() {
        boolean show = !leftAside && !presentation && bar.controlsToggle().isSelected();
        left.setVisible(show);
        left.setManaged(show);
    }
}
