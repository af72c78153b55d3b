package org.basinscope.app.tabs;

import java.util.List;
import javafx.scene.Node;
import org.basinscope.app.plots.LivePlot;

/**
 * A tab's bookkeeping: its kind, its plots and the node that lays them out (under an optional header of
 * fields and buttons), so that a tab writes only what it does.
 */
public abstract class AbstractPlotTab implements PlotTab {
    private final Kind kind;
    private List<LivePlot> plots = List.of();
    private Node content;

    protected AbstractPlotTab(Kind kind) {
        this.kind = kind;
    }

    /** What the tab shows: its plots in equal cells, under {@code header} (or none with null). */
    protected final void layout(Node header, List<LivePlot> shown) {
        plots = List.copyOf(shown);
        content = header == null ? PlotGrid.of(plots) : PlotGrid.withHeader(header, plots);
    }

    @Override
    public final Kind kind() {
        return kind;
    }

    @Override
    public final Node content() {
        return content;
    }

    @Override
    public final List<LivePlot> plots() {
        return plots;
    }
}
