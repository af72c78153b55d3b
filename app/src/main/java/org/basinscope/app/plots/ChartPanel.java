package org.basinscope.app.plots;

import io.fair_acc.chartfx.XYChart;
import io.fair_acc.chartfx.axes.spi.DefaultNumericAxis;
import io.fair_acc.chartfx.renderer.ErrorStyle;
import io.fair_acc.chartfx.renderer.LineStyle;
import io.fair_acc.chartfx.renderer.spi.ErrorDataSetRenderer;
import io.fair_acc.dataset.DataSet;
import io.fair_acc.dataset.locks.DefaultDataSetLock;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * A titled ChartFX chart in a panel: the common frame of the live plots, plus the one safe way to
 * feed a data set from the FX thread (see {@link #writable}).
 */
abstract class ChartPanel implements LivePlot {
    protected final XYChart chart;
    protected final DefaultNumericAxis xAxis;
    protected final DefaultNumericAxis yAxis;
    protected final Label title = new Label();
    protected final Label subtitle = new Label();
    protected final HBox header;
    private final VBox box;

    ChartPanel(String id, String xName, String yName) {
        xAxis = new DefaultNumericAxis(xName);
        yAxis = new DefaultNumericAxis(yName);
        // No physical units here; an empty unit would print as "[]".
        xAxis.setUnit(null);
        yAxis.setUnit(null);
        xAxis.setAutoRangeRounding(false);
        yAxis.setAutoRangeRounding(false);
        xAxis.setAutoRangePadding(0.02);
        yAxis.setAutoRangePadding(0.05);
        chart = new XYChart(xAxis, yAxis);
        chart.setAnimated(false);
        chart.setLegendVisible(true);
        chart.setId(id);
        chart.getRenderers().clear();
        title.getStyleClass().add("panel-title");
        subtitle.getStyleClass().add("readout-note");
        subtitle.setWrapText(true);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        header = new HBox(8, title, gap);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("plot-header");
        box = new VBox(header, subtitle, chart);
        subtitle.setPadding(new javafx.geometry.Insets(0, 8, 0, 8));
        VBox.setVgrow(chart, Priority.ALWAYS);
        box.getStyleClass().add("plot-panel");
        box.setMinHeight(120);
    }

    @Override
    public Node node() {
        return box;
    }

    /** A renderer drawing lines (or only markers) for the given data sets. */
    protected ErrorDataSetRenderer lines(LineStyle style, boolean markers, DataSet... sets) {
        ErrorDataSetRenderer r = new ErrorDataSetRenderer();
        r.setPolyLineStyle(style);
        r.setDrawMarker(markers);
        r.setErrorStyle(ErrorStyle.NONE);
        r.getDatasets().addAll(sets);
        chart.getRenderers().add(r);
        return r;
    }

    /** A renderer drawing a line with a shaded error band. */
    protected ErrorDataSetRenderer band(DataSet... sets) {
        ErrorDataSetRenderer r = new ErrorDataSetRenderer();
        r.setPolyLineStyle(LineStyle.NORMAL);
        r.setDrawMarker(false);
        r.setErrorStyle(ErrorStyle.ERRORSURFACE);
        r.getDatasets().addAll(sets);
        chart.getRenderers().add(r);
        return r;
    }

    /**
     * Whether the data sets may be written now. A chart read-locks its data sets from attaching until
     * its next layout, and the animation timer runs before layout in the same pulse; the locks are not
     * re-entrant, so writing then would deadlock the FX thread. Such a frame is skipped instead.
     */
    protected static boolean writable(DataSet... sets) {
        for (DataSet d : sets) {
            if (d.lock() instanceof DefaultDataSetLock<?> lock && lock.getReaderCount() > 0) {
                return false;
            }
        }
        return true;
    }

    @Override
    public void setPresentation(boolean on) {
        chart.setStyle(on ? "-fx-font-size: 18px;" : "");
    }
}
