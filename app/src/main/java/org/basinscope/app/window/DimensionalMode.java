package org.basinscope.app.window;

import javafx.scene.Node;
import javafx.scene.layout.StackPane;
import org.basinscope.app.controls.ControlPanel;
import org.basinscope.app.dimensional.DimensionalPane;
import org.basinscope.engine.session.Lesson;
import org.basinscope.engine.session.Session;
import org.basinscope.engine.spec.InvalidInputException;

/**
 * A d-dimensional run in the window (issue 16): the window's centre and left column give way to a
 * {@link DimensionalPane} for a session or lesson whose landscape has more than two dimensions, and come back
 * with the planar run as it was (paused) when the pane's "Back" is pressed. The planar run is paused while the pane
 * runs, so the two do not share the cores.
 */
final class DimensionalMode {
    private final StackPane content;
    private final Node planarCentre;
    /** Hides (true) or gives back the planar left column. */
    private final java.util.function.Consumer<Boolean> planarLeftAside;
    private final ControlPanel controls;
    private final Notices notices;
    private final PresentationMode presentation;
    private final Runnable leaveOthers;
    private final FrameLoop frames;
    /** The planar run's transport and presentation sliders: hidden, since they would drive the run out of sight. */
    private final Node planarBar;
    private DimensionalPane pane;
    /** The pane's root while it is in the content stack (above the hidden planar centre), else null. */
    private Node shownRoot;
    /** The pane's plots entering, one per pulse (see {@link DimensionalPane#entrance}). */
    private Staged entering;

    /** {@code leaveOthers} ends A/B, which also takes the window's centre, before the pane is shown. */
    DimensionalMode(StackPane content, java.util.function.Consumer<Boolean> planarLeftAside, Node planarBar, ControlPanel controls,
            Notices notices, PresentationMode presentation, FrameLoop frames, Runnable leaveOthers) {
        this.planarBar = planarBar;
        this.leaveOthers = leaveOthers;
        this.frames = frames;
        this.content = content;
        this.planarCentre = content.getChildren().get(0);
        this.planarLeftAside = planarLeftAside;
        this.controls = controls;
        this.notices = notices;
        this.presentation = presentation;
        presentation.onChange(on -> {
            if (pane != null) {
                pane.setPresentation(on);
            }
        });
    }

    /** Opens the session's d-dimensional run (with its lesson, or null); false with a notice if it cannot be had. */
    boolean open(Session s, Lesson lesson) {
        DimensionalPane next;
        try {
            next = new DimensionalPane(s, lesson, this::close);
        } catch (InvalidInputException e) {
            notices.showNotice("Could not open the d-dimensional run: " + e.getMessage(), true);
            return false;
        }
        if (pane != null) {
            pane.close();
        }
        leaveOthers.run();
        pane = next;
        controls.runButton().setSelected(false);
        // The planar views are hidden: their frame loop would draw them for nobody.
        frames.stop();
        // The planar centre and column are hidden, not taken out of the scene: a node put back into a scene has
        // its CSS worked out again from scratch, which for the planar view took the FX thread 100-300 ms at Back.
        // The pane goes just above the planar centre, in place of one shown before (none: remove does nothing).
        content.getChildren().remove(shownRoot);
        shownRoot = pane.root();
        content.getChildren().add(content.getChildren().indexOf(planarCentre) + 1, shownRoot);
        showPlanar(false);
        pane.setPresentation(presentation.on());
        pane.start();
        if (entering != null) {
            entering.stop();
        }
        java.util.function.Supplier<java.util.List<Runnable>> plan = pane::entrance;
        entering = new Staged(plan);
        entering.restart();
        return true;
    }

    /** Back to the planar run. */
    void close() {
        if (pane == null) {
            return;
        }
        pane.close();
        pane = null;
        if (entering != null) {
            entering.stop();
            entering = null;
        }
        content.getChildren().remove(shownRoot);
        shownRoot = null;
        showPlanar(true);
        frames.start();
        frames.redraw();
    }

    /** Shows or hides the planar centre, left column and transport bar (hidden: neither drawn nor laid out). */
    private void showPlanar(boolean on) {
        for (Node n : new Node[] {planarCentre, planarBar}) {
            n.setVisible(on);
            n.setManaged(on);
        }
        planarLeftAside.accept(!on);
    }

    /** Stops the pane's run and drawing without touching the scene (the window is closing; any thread). */
    void shutdown() {
        DimensionalPane p = pane;
        if (p != null) {
            p.close();
        }
    }

    /** The d-dimensional pane while it is shown, else null. */
    DimensionalPane shown() {
        return pane;
    }
}
