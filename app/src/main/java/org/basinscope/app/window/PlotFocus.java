package org.basinscope.app.window;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.layout.GridPane;
import org.basinscope.app.plots.LivePlot;
import org.basinscope.app.tabs.PlotGrid;

/**
 * Presentation mode's plots: of the shown tab's plots at most {@value #MOST}, chosen in View → Presentation plots
 * (the first ones until then), laid out in the tab's grid in place of all of them, so each is large enough to
 * read from the back of a room; leaving presentation mode lays them all out again.
 */
final class PlotFocus {
    static final int MOST = 2;
    private final List<LivePlot> chosen = new ArrayList<>();
    /** Each refilled grid and the plots it held before. */
    private final Map<GridPane, List<LivePlot>> before = new IdentityHashMap<>();
    private final Menu menu = new Menu("Presentation plots");
    private List<LivePlot> shown = List.of();
    private boolean on;

    PlotFocus() {
        menu.setId("presentation-plots");
        menu.setOnShowing(e -> fillMenu());
        menu.setDisable(true);
    }

    /** View → Presentation plots: which of the shown tab's plots presentation mode enlarges. */
    Menu menu() {
        return menu;
    }

    /** Presentation mode on (with the shown tab's plots) or off. */
    void apply(boolean presentation, List<LivePlot> tabPlots) {
        on = presentation;
        menu.setDisable(!on);
        restore();
        shown = tabPlots;
        if (!on) {
            return;
        }
        List<LivePlot> focus = new ArrayList<>(chosen.stream().filter(tabPlots::contains).toList());
        for (LivePlot p : tabPlots) {
            if (focus.size() < Math.min(MOST, tabPlots.size()) && !focus.contains(p)) {
                focus.add(p);
            }
        }
        if (focus.size() == tabPlots.size()) {
            return;
        }
        Node parent = tabPlots.get(0).node().getParent();
        if (parent instanceof GridPane grid) {
            before.put(grid, plotsIn(grid, tabPlots));
            PlotGrid.fill(grid, focus);
        }
    }

    private void restore() {
        before.forEach(PlotGrid::fill);
        before.clear();
    }

    /** The plots a grid holds, in its order. */
    private static List<LivePlot> plotsIn(GridPane grid, List<LivePlot> plots) {
        List<LivePlot> out = new ArrayList<>();
        for (Node n : grid.getChildren()) {
            plots.stream().filter(p -> p.node() == n).findFirst().ifPresent(out::add);
        }
        return out;
    }

    private void fillMenu() {
        List<LivePlot> all = before.values().stream().findFirst().orElse(shown);
        menu.getItems().clear();
        for (LivePlot p : all) {
            CheckMenuItem item = new CheckMenuItem(p.data().title());
            item.setSelected(p.node().getParent() != null);
            item.setOnAction(e -> choose(p, item.isSelected()));
            menu.getItems().add(item);
        }
    }

    /** A plot chosen (the oldest choice gives way beyond {@value #MOST}) or dropped; laid out at once. */
    private void choose(LivePlot p, boolean take) {
        List<LivePlot> all = before.values().stream().findFirst().orElse(shown);
        chosen.retainAll(all);
        if (chosen.isEmpty()) {
            all.stream().filter(q -> q.node().getParent() != null).forEach(chosen::add);
        }
        chosen.remove(p);
        if (take) {
            chosen.add(p);
        }
        while (chosen.size() > MOST) {
            chosen.remove(0);
        }
        if (on) {
            apply(true, all);
        }
    }
}
