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
import org.basinscope.app.views.landscape.LandscapeView;
import org.basinscope.engine.dynamics.Param;
import org.basinscope.engine.session.Lesson;

/**
 * Presentation mode (F, View → Presentation mode), for a projector: the side columns hidden, the bar under the
 * menu holding Run/Step/Reset and the lesson's sliders (η, B, T, γ without a lesson), the landscape and at most
 * {@value PlotFocus#MOST} plots of the shown tab enlarged, fonts of 20 px and more, thick lines. The window is
 * restyled region by region, one region per pulse ({@link Staged}): the menu, bar and columns, the middle, each
 * plot of the shown tab, the rest.
 */
final class PresentationMode {
    /** The regions of the window that presentation mode restyles. */
    record Regions(Node top, LessonPanel lesson, ControlPanel controls, CommandBar bar, Columns columns, Node middle,
            List<Node> compare, LandscapeView landscape, Node tabs) {
    }

    private final Regions regions;
    private final PlotTabsPane tabs;
    private final CheckMenuItem item = new CheckMenuItem("Presentation mode");
    private final Staged restyle = new Staged(this::stages);
    private final PlotFocus focus = new PlotFocus();
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

    /** View → Presentation plots. */
    javafx.scene.control.Menu plotsMenu() {
        return focus.menu();
    }

    boolean on() {
        return on;
    }

    /** True while a restyle is spread over the coming pulses. */
    boolean restyling() {
        return restyle.active();
    }

    /** Also told of every change (a view outside the regions, the d-dimensional pane, follows it). */
    void onChange(java.util.function.Consumer<Boolean> listener) {
        listeners.add(listener);
    }

    private final java.util.List<java.util.function.Consumer<Boolean>> listeners = new java.util.ArrayList<>();

    void set(boolean presentation) {
        on = presentation;
        item.setSelected(presentation);
        listeners.forEach(l -> l.accept(presentation));
        restyle.restart();
        var scene = regions.top().getScene();
        if (scene == null || scene.getWindow() == null || !scene.getWindow().isShowing()) {
            restyle.finishNow();
        }
    }

    /** Puts the lesson's sliders in the bar, or back in the column (after a lesson starts or closes, too). */
    void lendSliders() {
        regions.controls().lendSliders(on, sliders(regions.lesson().lesson()), regions.bar().sliders());
        // The bar's sliders are styled with the bar; those back in the column lose presentation's style.
        regions.controls().getChildren().forEach(n -> styleClass(n, false));
        regions.bar().sliders().getChildren().forEach(n -> styleClass(n, on));
    }

    /** The lesson's sliders (none: presentation's main sliders), as presentation mode shows them. */
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
        List<LivePlot> shown = List.copyOf(tabs.shownPlots());
        List<Runnable> stages = new ArrayList<>();
        stages.add(() -> {
            regions.landscape().holdSize(true);
            styleClass(regions.top(), on);
            styleClass(regions.bar().node(), on);
            lendSliders();
        });
        // The columns apart from the restyles: hiding or showing them lays out the whole window again.
        stages.add(() -> regions.columns().setPresentation(on));
        stages.add(() -> regions.columns().followPresentation());
        // The comparison's parts one per pulse (restyling a part re-makes the style of each of its nodes at once).
        for (Node part : regions.compare()) {
            stages.add(() -> styleClass(part, on));
        }
        stages.add(() -> {
            styleClass(regions.middle(), on);
            // The columns are in place: the landscape takes its new size once, with its new font.
            regions.landscape().holdSize(false);
            regions.landscape().setFontScale(on ? 1.6 : 1);
            focus.apply(on, shown);
        });
        // The shown plots one per pulse (each repaints its chart in the new sizes), the class and the plot's own
        // presentation style in pulses of their own (each re-makes the style of every node of the chart).
        for (LivePlot p : shown) {
            stages.add(() -> styleClass(p.node(), on));
            stages.add(() -> p.setPresentation(on));
        }
        stages.add(() -> {
            // Last, on the tab pane: its class covers every plot of every tab (restyled at once, it took a pulse of
            // 100+ ms in software rendering); it hides the headers, which overflowed at 20 px (the shown tab stays).
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
