package org.basinscope.app.window;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.input.KeyCombination;
import org.basinscope.app.controls.ControlPanel;
import org.basinscope.app.plots.LivePlot;
import org.basinscope.app.presets.LessonPanel;
import org.basinscope.app.views.ReadoutsPanel;
import org.basinscope.app.views.landscape.LandscapeView;
import org.basinscope.engine.dynamics.Param;
import org.basinscope.engine.session.Lesson;

/**
 * Presentation mode (F, View → Presentation mode): large fonts, thick lines, notes hidden and only the
 * lesson's sliders shown. The window is restyled region by region, one region per pulse ({@link Staged}):
 * the menu and the lesson, the controls in two halves, the middle, each plot of the shown tab, the rest.
 */
final class PresentationMode {
    /** The regions of the window that presentation mode restyles. */
    record Regions(Node top, LessonPanel lesson, ControlPanel controls, Node middle, Node compare, LandscapeView landscape,
            ReadoutsPanel readouts, Node tabs) {
    }

    private final Regions regions;
    private final PlotTabsPane tabs;
    private final CheckMenuItem item = new CheckMenuItem("Presentation mode");
    private final Staged restyle = new Staged(this::stages);
    private boolean on;

    PresentationMode(Regions regions, PlotTabsPane tabs) {
        this.regions = regions;
        this.tabs = tabs;
        item.setAccelerator(KeyCombination.keyCombination("F11"));
        item.setOnAction(e -> set(item.isSelected()));
    }

    CheckMenuItem menuItem() {
        return item;
    }

    boolean on() {
        return on;
    }

    /** True while a restyle is spread over the coming pulses. */
    boolean restyling() {
        return restyle.active();
    }

    void set(boolean presentation) {
        on = presentation;
        item.setSelected(presentation);
        restyle.restart();
        var scene = regions.top().getScene();
        if (scene == null || scene.getWindow() == null || !scene.getWindow().isShowing()) {
            restyle.finishNow();
        }
    }

    /** The lesson's sliders (all of them with none), as presentation mode shows them. */
    static Set<Param> sliders(Lesson l) {
        Set<Param> out = EnumSet.noneOf(Param.class);
        if (l != null) {
            for (String s : l.sliders()) {
                out.add(Param.valueOf(s.toUpperCase(Locale.ROOT)));
            }
        }
        return out;
    }

    private List<Runnable> stages() {
        List<Node> panel = regions.controls().getChildren();
        List<LivePlot> shown = List.copyOf(tabs.shownPlots());
        List<Runnable> stages = new ArrayList<>();
        stages.add(() -> {
            styleClass(regions.top(), on);
            styleClass(regions.lesson(), on);
        });
        // The controls in two halves; the column keeps its width: a wider one would move the whole
        // window, which the software renderer then repaints at once.
        stages.add(() -> panel.subList(0, panel.size() / 2).forEach(n -> styleClass(n, on)));
        stages.add(() -> {
            panel.subList(panel.size() / 2, panel.size()).forEach(n -> styleClass(n, on));
            regions.controls().setPresentation(on, sliders(regions.lesson().lesson()));
        });
        stages.add(() -> {
            styleClass(regions.middle(), on);
            styleClass(regions.compare(), on);
            regions.landscape().setFontScale(on ? 1.6 : 1);
            regions.readouts().setPresentation(on);
        });
        // The shown plots one per pulse (each repaints its chart in the new sizes).
        for (LivePlot p : shown) {
            stages.add(() -> {
                styleClass(p.node(), on);
                p.setPresentation(on);
            });
        }
        stages.add(() -> {
            styleClass(regions.tabs(), on);
            for (LivePlot p : tabs.allPlots()) {
                // The tab pane's class now covers them all; the shown ones were restyled above.
                styleClass(p.node(), false);
                if (!shown.contains(p)) {
                    p.setPresentation(on);
                }
            }
        });
        return stages;
    }

    static void styleClass(Node n, boolean presentation) {
        n.getStyleClass().remove("presentation");
        if (presentation) {
            n.getStyleClass().add("presentation");
        }
    }
}
