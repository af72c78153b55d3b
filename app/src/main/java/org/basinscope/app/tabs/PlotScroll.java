package org.basinscope.app.tabs;

import javafx.beans.binding.Bindings;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;

/**
 * A tab's plot grid in a vertical scroll: each row of plots is at least half the visible height (between
 * {@value #LEAST} and {@value #MOST} px), so a plot keeps a chart area one can read under its title, subtitle,
 * legend and axis (at 1280×720 three plots shared 480 px and each chart was 15 px tall); the rows that do not fit
 * are scrolled to. A short grid still fills the view.
 */
final class PlotScroll {
    /** The smallest row: about 120 px of chart under a plot's header, legend and axis at 1280×720. */
    static final double LEAST = 280;
    /** The tallest least row: about 180 px of chart at 1920×1080, where two plots are in view. */
    static final double MOST = 345;

    private PlotScroll() {
    }

    static ScrollPane of(GridPane grid) {
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        // Fitted to the height, the grid grows to the view and no further than its own minimum height.
        scroll.setFitToHeight(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("plot-scroll");
        grid.minHeightProperty().bind(Bindings.createDoubleBinding(() -> PlotGrid.rows(grid.getChildren().size())
                * Math.max(LEAST, Math.min(MOST, scroll.getHeight() / 2)), scroll.heightProperty(), grid.getChildren()));
        return scroll;
    }
}
