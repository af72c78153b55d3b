package org.basinscope.app.window;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import org.basinscope.app.plots.LivePlot;
import org.basinscope.app.tabs.PlotTab;
import org.basinscope.app.tabs.PlotTabs;
import org.basinscope.app.tabs.TabContext;
import org.basinscope.engine.live.Snapshot;

/**
 * The plot tabs of the registry in a tab pane. Only the shown tab's content is in the scene (hidden charts
 * would otherwise take part in every whole-window restyle — presentation mode, A/B — eleven ChartFX charts'
 * CSS and layout in one pulse), and only its plots are fed; switching tabs asks for a redraw.
 */
final class PlotTabsPane {
    private final List<PlotTab> tabs = new ArrayList<>();
    private final TabPane pane = new TabPane();

    PlotTabsPane(TabContext context, Runnable onSwitch) {
        for (PlotTab.Kind kind : PlotTabs.kinds()) {
            PlotTab tab = kind.factory().apply(context);
            tabs.add(tab);
            Tab t = new Tab(kind.title(), tab.content());
            t.setId("tab-" + kind.id());
            pane.getTabs().add(t);
        }
        pane.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        pane.setId("plot-tabs");
        for (int i = 1; i < tabs.size(); i++) {
            pane.getTabs().get(i).setContent(null);
        }
        pane.getSelectionModel().selectedIndexProperty().addListener((o, a, b) -> {
            if (a.intValue() >= 0) {
                pane.getTabs().get(a.intValue()).setContent(null);
            }
            pane.getTabs().get(b.intValue()).setContent(tabs.get(b.intValue()).content());
            onSwitch.run();
        });
    }

    Node node() {
        return pane;
    }

    List<PlotTab> all() {
        return tabs;
    }

    PlotTab selected() {
        return tabs.get(Math.max(0, pane.getSelectionModel().getSelectedIndex()));
    }

    /** Shows the tab with this id; false (and nothing changes) when there is none. */
    boolean select(String id) {
        for (int i = 0; i < tabs.size(); i++) {
            if (tabs.get(i).id().equals(id)) {
                pane.getSelectionModel().select(i);
                return true;
            }
        }
        return false;
    }

    /** The tab with this id, or null. */
    PlotTab tab(String id) {
        return tabs.stream().filter(t -> t.id().equals(id)).findFirst().orElse(null);
    }

    /** The shown tab's plots. */
    List<LivePlot> shownPlots() {
        return selected().plots();
    }

    /** Every tab's plots. */
    List<LivePlot> allPlots() {
        List<LivePlot> out = new ArrayList<>();
        tabs.forEach(t -> out.addAll(t.plots()));
        return out;
    }

    /** Every tab keeps its analyses in step with the shown snapshot. */
    void pulse(Snapshot s) {
        tabs.forEach(t -> t.pulse(s));
    }

    /** True when every tab's background work is done. */
    boolean settled() {
        return tabs.stream().allMatch(PlotTab::settled);
    }
}
