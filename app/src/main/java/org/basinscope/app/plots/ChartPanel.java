package org.basinscope.app.plots;

import io.fair_acc.chartfx.XYChart;
import io.fair_acc.chartfx.axes.spi.DefaultNumericAxis;
import io.fair_acc.chartfx.renderer.ErrorStyle;
import io.fair_acc.chartfx.renderer.LineStyle;
import io.fair_acc.chartfx.renderer.spi.ErrorDataSetRenderer;
import io.fair_acc.dataset.DataSet;
import io.fair_acc.dataset.DataSetError;
import io.fair_acc.dataset.locks.DefaultDataSetLock;
import io.fair_acc.dataset.spi.DoubleDataSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.basinscope.app.export.PlotData;
import org.basinscope.app.export.Series;

/**
 * A titled ChartFX chart in a panel: the common frame of the live plots, the one safe way to feed a
 * data set from the FX thread (see {@link #writable}), and the plot's data for export.
 */
public abstract class ChartPanel implements ChartView {
    protected final XYChart chart;
    /** Most numbered ticks on an axis in presentation mode, and otherwise (ChartFX's default). */
    private static final int PRESENTATION_TICKS = 7;
    private static final int NORMAL_TICKS = 20;
    protected final DefaultNumericAxis xAxis;
    protected final DefaultNumericAxis yAxis;
    protected final Label title = new Label();
    protected final Label subtitle = new Label();
    protected final HBox header;
    private final VBox box;
    private final List<Drawn> drawn = new ArrayList<>();
    private final java.util.Set<DataSet> unlisted = new java.util.HashSet<>();
    /** ChartFX marker names ("cross") of data sets not drawn with the default dots. */
    private final java.util.Map<DataSet, String> markerTypes = new java.util.HashMap<>();
    private final Explorer explorer;
    private boolean presentation;
    private String exportName;

    /** A data set with how it is drawn, for styling and export. */
    private record Drawn(DataSet set, Series.Kind kind, String color) {
    }

    /**
     * @param id         the chart's node id (for tests and style)
     * @param exportName the plot's name in exports and file names
     * @param title      the title above the chart
     */
    protected ChartPanel(String id, String exportName, String title, String xName, String yName) {
        this(id, xName, yName);
        this.exportName = exportName;
        this.title.setText(title);
    }

    protected ChartPanel(String id, String xName, String yName) {
        this(id, new DefaultNumericAxis(xName), new DefaultNumericAxis(yName));
    }

    /** A panel on axes of the subclass's own kind (a heat map ticks at its grid's values). */
    protected ChartPanel(String id, String exportName, String title, DefaultNumericAxis x, DefaultNumericAxis y) {
        this(id, x, y);
        this.exportName = exportName;
        this.title.setText(title);
    }

    private ChartPanel(String id, DefaultNumericAxis x, DefaultNumericAxis y) {
        xAxis = x;
        yAxis = y;
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
        // No tool bar sliding in when the mouse comes near the top edge (there is nothing on it).
        chart.getMenuPane().setTriggerDistance(0);
        chart.getToolBar().setVisible(false);
        title.getStyleClass().add("panel-title");
        subtitle.getStyleClass().add("readout-note");
        subtitle.setWrapText(true);
        // A short plot gave its subtitle one line and cut it ("… of f over …"); wrapped, it keeps its lines.
        subtitle.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        javafx.scene.control.Tooltip about = new javafx.scene.control.Tooltip();
        about.textProperty().bind(subtitle.textProperty());
        about.setWrapText(true);
        about.setMaxWidth(420);
        title.setTooltip(about);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        explorer = new Explorer(chart, xAxis, yAxis);
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

    /** Zoom, pan, crosshair and tooltips on the chart, and whether its axes follow the data. */
    public Explorer explorer() {
        return explorer;
    }

    /** Puts {@code side} to the right of the chart, as tall as it (a heat map's colour bar). */
    protected void besideChart(Node side) {
        int at = box.getChildren().indexOf(chart);
        HBox row = new HBox(4, chart, side);
        HBox.setHgrow(chart, Priority.ALWAYS);
        VBox.setVgrow(row, Priority.ALWAYS);
        box.getChildren().add(at, row);
    }

    @Override
    public String exportName() {
        return exportName;
    }

    /** A new data set of that name, drawn as {@code kind} in {@code color} (after those made before it). */
    protected DoubleDataSet series(Series.Kind kind, String color, String name) {
        DoubleDataSet d = new DoubleDataSet(name);
        draw(kind, color, d);
        return d;
    }

    /** Draws the data sets as lines, markers, dashed lines or histogram steps in one colour each. */
    protected ErrorDataSetRenderer draw(Series.Kind kind, String color, DataSet... sets) {
        // A band is drawn by our own renderer: ChartFX's error surface would ask for a hatch (see BandRenderer).
        ErrorDataSetRenderer r = kind == Series.Kind.BAND ? new BandRenderer() : new ErrorDataSetRenderer();
        r.setPolyLineStyle(switch (kind) {
            case MARKERS, ERRORBARS -> LineStyle.NONE;
            case STEPS -> LineStyle.HISTOGRAM_FILLED;
            default -> LineStyle.NORMAL;
        });
        r.setDrawMarker(kind == Series.Kind.MARKERS || kind == Series.Kind.ERRORBARS);
        r.setErrorStyle(switch (kind) {
            case ERRORBARS -> ErrorStyle.ERRORBARS;
            default -> ErrorStyle.NONE;
        });
        // Phase portraits and cobwebs are not sorted in x; with the default (sorted) assumption ChartFX
        // clips them wrongly against a fixed range and may draw nothing.
        r.setAssumeSortedData(false);
        r.getDatasets().addAll(sets);
        chart.getRenderers().add(r);
        for (DataSet d : sets) {
            drawn.add(new Drawn(d, kind, color));
            restyle(drawn.get(drawn.size() - 1));
        }
        return r;
    }

    private void restyle(Drawn d) {
        double scale = presentation ? 2 : 1;
        String style = switch (d.kind()) {
            // Tiny markers as squares: indistinguishable from circles at this size, and a filled
            // rectangle is a fast path in software rendering where thousands of circles are not.
            // The line colour is what the legend's symbol is drawn in (no line is drawn).
            case MARKERS -> "-fx-marker-color: " + d.color() + "; -fx-line-color: " + d.color() + "; -fx-marker-type: "
                    + markerTypes.getOrDefault(d.set(), markerSize(d) * scale >= 3 ? "circle" : "rectangle")
                    + "; -fx-marker-size: " + markerSize(d) * scale + ";";
            // Measured points with their error bars (drawn in the line colour): few points, so always circles.
            case ERRORBARS -> "-fx-marker-color: " + d.color() + "; -fx-marker-type: circle; -fx-marker-size: "
                    + 4 * scale + "; -fx-line-color: " + d.color() + "; -fx-line-width: " + 1.5 * scale + ";";
            case DASHED -> "-fx-line-color: " + d.color() + "; -fx-line-width: " + scale + "; -fx-line-dash-array: 6 4;"
                    + " -fx-show-in-legend: false;";
            case STEPS -> "-fx-line-color: " + d.color() + "; -fx-line-width: 1;";
            default -> "-fx-line-color: " + d.color() + "; -fx-line-width: " + 2 * scale + ";";
        };
        d.set().setStyle(unlisted.contains(d.set()) ? style + " -fx-show-in-legend: false;" : style);
    }

    /** Shows or hides a data set's legend entry (for a curve that exists only in some runs). */
    protected void setListed(DataSet set, boolean listed) {
        if (listed != !unlisted.contains(set)) {
            if (listed) {
                unlisted.remove(set);
            } else {
                unlisted.add(set);
            }
            restyle(set);
        }
    }

    /** Leaves a data set out of the legend (a guide line, say). */
    protected void unlisted(DataSet set) {
        unlisted.add(set);
        restyle(set);
    }

    /** Draws a scatter data set's points as {@code type}, a ChartFX marker name ("cross", "diamond"). */
    protected void markerType(DataSet set, String type) {
        markerTypes.put(set, type);
        restyle(set);
    }

    /**
     * Puts a "log y" check box in the header (id: the chart's id + "-log-y"), starting at {@code on}; turning it
     * sets the y axis log or linear and then runs {@code changed}, which refits the range from the data.
     */
    protected CheckBox logYToggle(boolean on, Runnable changed) {
        CheckBox box = new CheckBox("log y");
        box.setId(chart.getId() + "-log-y");
        box.setSelected(on);
        yAxis.setLogAxis(on);
        box.selectedProperty().addListener((o, was, now) -> {
            yAxis.setLogAxis(now);
            changed.run();
        });
        header.getChildren().add(box);
        return box;
    }

    /** Marker size for a scatter data set; bigger when there are few points. */
    protected double markerSize(DataSet set) {
        return 1.2;
    }

    private double markerSize(Drawn d) {
        return markerSize(d.set());
    }

    /** Re-applies the styles (after the number of points changed the marker size, or presentation mode). */
    protected void restyle(DataSet set) {
        for (Drawn d : drawn) {
            if (d.set() == set) {
                restyle(d);
            }
        }
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
        presentation = on;
        chart.setStyle(on ? "-fx-font-size: 18px;" : "");
        // At 20 px a third of the window holds about seven numbers side by side (thirteen touched at 1920x1080).
        for (DefaultNumericAxis a : new DefaultNumericAxis[] {xAxis, yAxis}) {
            a.setMaxMajorTickLabelCount(on ? PRESENTATION_TICKS : NORMAL_TICKS);
        }
        // In the narrow presentation column the subtitle took three lines of the chart's height (a 43 px chart at
        // 1280x720); it is small print for a projector anyway, and stays the title's tooltip.
        subtitle.setVisible(!on);
        subtitle.setManaged(!on);
        for (Drawn d : drawn) {
            restyle(d);
        }
    }

    /**
     * The whole series {x, y} (fresh arrays) behind a data set that holds a thinned copy for drawing
     * (see {@link ColumnEnvelope}), or null when the data set holds it all.
     */
    protected double[][] fullSeries(DataSet set) {
        return null;
    }

    /** The plotted data as the data sets hold it now, whole series where they draw thinned ones (FX thread). */
    @Override
    public PlotData data() {
        List<Series> out = new ArrayList<>();
        for (Drawn d : drawn) {
            DataSet s = d.set();
            int n = s.getDataCount();
            double[][] full = fullSeries(s);
            double[] x = full != null ? full[0] : Arrays.copyOf(s.getValues(DataSet.DIM_X), n);
            double[] y = full != null ? full[1] : Arrays.copyOf(s.getValues(DataSet.DIM_Y), n);
            boolean errors = d.kind() == Series.Kind.BAND || d.kind() == Series.Kind.ERRORBARS;
            if (errors && s instanceof DataSetError e) {
                out.add(new Series(s.getName(), d.kind(), d.color(), x, y,
                        Arrays.copyOf(e.getErrorsNegative(DataSet.DIM_Y), n),
                        Arrays.copyOf(e.getErrorsPositive(DataSet.DIM_Y), n)));
            } else {
                out.add(Series.of(s.getName(), d.kind(), d.color(), x, y));
            }
        }
        double[] equal = equalScalesRange();
        double[] range = equal != null ? equal
                : new double[] {xAxis.getMin(), xAxis.getMax(), yAxis.getMin(), yAxis.getMax()};
        return new PlotData(title.getText(), xAxis.getName(), yAxis.getName(), range, out, xAxis.isLogAxis(),
                yAxis.isLogAxis(), equal != null);
    }

    /**
     * For a plot drawn on equal scales, the range {xmin, xmax, ymin, ymax} to be covered before one axis is widened
     * to the frame's shape (an export of another shape widens its own); null for independent scales.
     */
    protected double[] equalScalesRange() {
        return null;
    }

    @Override
    public Node exportNode() {
        return box;
    }
}
