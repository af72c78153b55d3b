package org.basinscope.app.tabs;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.VBox;
import org.basinscope.app.plots.LivePlot;

/** The layout of a tab: its plots in equal cells, with an optional header above them. */
public final class PlotGrid {
    private PlotGrid() {
    }

    /** The plots stacked in one column, or in two when there are four or more (so each stays readable). */
    public static GridPane of(List<LivePlot> list) {
        GridPane grid = new GridPane();
        grid.setVgap(6);
        grid.setHgap(6);
        fill(grid, list);
        return grid;
    }

    /** Lays {@code list} out in {@code grid} anew, as {@link #of} would (a tab showing only the plots that apply). */
    public static void fill(GridPane grid, List<LivePlot> list) {
        grid.getChildren().clear();
        grid.getColumnConstraints().clear();
        grid.getRowConstraints().clear();
        int columns = columns(list.size());
        int rows = rows(list.size());
        for (int c = 0; c < columns; c++) {
            ColumnConstraints col = new ColumnConstraints();
            col.setPercentWidth(100.0 / columns);
            grid.getColumnConstraints().add(col);
        }
        for (int r = 0; r < rows; r++) {
            RowConstraints row = new RowConstraints();
            row.setPercentHeight(100.0 / rows);
            row.setVgrow(Priority.ALWAYS);
            grid.getRowConstraints().add(row);
        }
        for (int i = 0; i < list.size(); i++) {
            grid.add(list.get(i).node(), i % columns, i / columns);
        }
    }

    /** The number of columns {@link #fill} lays {@code plots} plots out in. */
    static int columns(int plots) {
        return plots >= 4 ? 2 : 1;
    }

    /** The number of rows {@link #fill} lays {@code plots} plots out in. */
    static int rows(int plots) {
        return (plots + columns(plots) - 1) / columns(plots);
    }

    /** A header (fields, buttons, a summary) above the plots. */
    public static Node withHeader(Node header, List<LivePlot> list) {
        return withHeader(header, of(list));
    }

    /** A header above {@code plots}, a node laying out plot nodes. */
    public static Node withHeader(Node header, javafx.scene.layout.Region plots) {
        VBox box = new VBox(header, plots);
        VBox.setVgrow(plots, Priority.ALWAYS);
        return box;
    }
}
