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
    private List<LivePlot> alternatives = List.of();

    protected AbstractPlotTab(Kind kind) {
        this.kind = kind;
    }

    /** What the tab shows: its plots in equal cells (scrolled, see {@link PlotScroll}), under {@code header} (or none with null). */
    protected final void layout(Node header, List<LivePlot> shown) {
        plots = List.copyOf(shown);
        arranged = plots;
        grid = PlotGrid.of(plots);
        // The header stays in view; the plots scroll when the tab is too short for all of them to be read.
        javafx.scene.control.ScrollPane scroll = PlotScroll.of(grid);
        content = header == null ? scroll : PlotGrid.withHeader(header, scroll);
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

    /**
     * What the tab shows: one of {@code choices} at a time, in one cell under {@code header}; the first is shown
     * until {@link #showOnly} picks another. Only the shown one is fed and exported.
     */
    protected final void layoutOneOf(Node header, List<LivePlot> choices) {
        javafx.scene.layout.StackPane cell = new javafx.scene.layout.StackPane();
        choices.forEach(p -> cell.getChildren().add(p.node()));
        content = PlotGrid.withHeader(header, cell);
        showOnly(choices.get(0));
        alternatives = List.copyOf(choices);
    }

    /** Shows {@code shown}, one of the choices given to {@link #layoutOneOf}, and hides the others. */
    protected final void showOnly(LivePlot shown) {
        for (LivePlot p : alternatives.isEmpty() ? List.of(shown) : alternatives) {
            p.node().setVisible(p == shown);
        }
        plots = List.of(shown);
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
