package org.basinscope.app.tabs;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.layout.GridPane;
import org.basinscope.app.plots.LivePlot;

/**
 * A tab's bookkeeping: its kind, its plots and the node that lays them out (under an optional header of
 * fields and buttons), so that a tab writes only what it does.
 */
public abstract class AbstractPlotTab implements PlotTab {
    private final Kind kind;
    private List<LivePlot> plots = List.of();
    private Node content;
    private GridPane grid;
    private List<LivePlot> arranged = List.of();

    protected AbstractPlotTab(Kind kind) {
        this.kind = kind;
    }

    /** What the tab shows: its plots in equal cells, under {@code header} (or none with null). */
    protected final void layout(Node header, List<LivePlot> shown) {
        plots = List.copyOf(shown);
        arranged = plots;
        grid = PlotGrid.of(plots);
        content = header == null ? grid : PlotGrid.withHeader(header, grid);
    }

    /**
     * Lays out only {@code visible} (a subset of the plots, in their order), so that the plots that apply to the run
     * get the room; the others keep their data and stay in {@link #plots()} (fed, exported, restyled). FX thread.
     */
    protected final void arrange(List<LivePlot> visible) {
        if (!visible.equals(arranged)) {
            arranged = List.copyOf(visible);
            PlotGrid.fill(grid, arranged);
        }
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
