package org.basinscope.app.window;

import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import org.basinscope.app.compare.CompareView;
import org.basinscope.engine.session.Session;

/**
 * View → Compare A/B: the window's centre switches between the single view and the comparison of run A
 * (this run) with run B (a copy with the same seed). Leaving it, the single view comes back in two parts,
 * one per pulse ({@link Staged}): the plots after the rest, into a place kept for them, so that nothing
 * else moves when they arrive.
 */
final class CompareMode {
    private final CompareView view;
    private final StackPane content;
    private final HBox single;
    private final Node tabs;
    private final FrameLoop frames;
    private final Supplier<Session> session;
    /** Holds the plot tabs' place while they are out of the scene. */
    private final Region tabsPlace = new Region();
    private final Staged returnPlots = new Staged(this::returnPlotTabs);
    private final CheckMenuItem item = new CheckMenuItem("Compare A/B");
    private boolean comparing;
    private final Runnable leaveOthers;

    /** {@code leaveOthers} closes the d-dimensional view, which also takes the window's centre, before A/B opens. */
    CompareMode(CompareView view, StackPane content, HBox single, Node tabs, FrameLoop frames, Supplier<Session> session,
            Runnable leaveOthers) {
        this.leaveOthers = leaveOthers;
        this.view = view;
        this.content = content;
        this.single = single;
        this.tabs = tabs;
        this.frames = frames;
        this.session = session;
        HBox.setHgrow(tabsPlace, Priority.ALWAYS);
        tabsPlace.setPrefWidth(600);
        tabsPlace.setMinWidth(300);
        item.setOnAction(e -> set(item.isSelected()));
    }

    CheckMenuItem menuItem() {
        return item;
    }

    /** True while the plots' return is spread over the coming pulses. */
    boolean returning() {
        return returnPlots.active();
    }

    /** The comparison while it is shown, else null. */
    CompareView shown() {
        return comparing ? view : null;
    }

    void set(boolean on) {
        item.setSelected(on);
        if (on && !comparing) {
            leaveOthers.run();
            returnPlots.finishNow();
            view.begin(session.get().withSteps(0));
            content.getChildren().set(0, view.root());
            frames.compareWith(view);
        } else if (!on && comparing) {
            view.end();
            frames.compareWith(null);
            single.getChildren().set(single.getChildren().indexOf(tabs), tabsPlace);
            content.getChildren().set(0, single);
            returnPlots.restart();
            frames.redraw();
        }
        comparing = on;
    }

    private void returnPlotTabs() {
        int i = single.getChildren().indexOf(tabsPlace);
        if (i >= 0) {
            single.getChildren().set(i, tabs);
        }
    }
}
