package org.basinscope.app.window;

import javafx.scene.Node;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.basinscope.app.controls.ControlPanel;
import org.basinscope.engine.live.RunConfig;
import org.basinscope.engine.live.Snapshot;

/** File choosers owned by the window, with file names that say what is in them. */
final class Dialogs {
    private final Node root;
    private final ControlPanel controls;
    private final FrameLoop frames;

    Dialogs(Node root, ControlPanel controls, FrameLoop frames) {
        this.root = root;
        this.controls = controls;
        this.frames = frames;
    }

    Window owner() {
        return root.getScene().getWindow();
    }

    FileChooser chooser(String title, String name, String kind, String pattern) {
        FileChooser c = new FileChooser();
        c.setTitle(title);
        c.setInitialFileName(name);
        c.getExtensionFilters().add(new FileChooser.ExtensionFilter(kind, pattern));
        return c;
    }

    /** A file name that says what is in it: {@code basinscope-double-well-langevin-step1500<suffix>}. */
    String defaultName(String suffix) {
        RunConfig c = controls.config();
        Snapshot s = frames.shown();
        String raw = "basinscope-" + c.landscapeSpec() + "-" + c.dynamicsSpec() + "-step" + (s == null ? 0 : s.step())
                + suffix;
        return raw.replaceAll("[^A-Za-z0-9._-]+", "_");
    }
}
