package org.basinscope.app.plots.heatmap;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import java.util.function.Supplier;
import javafx.geometry.Point2D;
import javafx.scene.input.MouseEvent;
import org.basinscope.app.export.Csv;
import org.basinscope.app.export.PlotData;
import org.basinscope.app.export.Series;
import org.basinscope.app.plots.ChartPanel;
import org.basinscope.app.plots.LivePlot;
import org.basinscope.engine.analysis.Sweep;
import org.basinscope.engine.grid.Grid;
import org.basinscope.engine.grid.GridResult;
import org.basinscope.engine.grid.PointResult;
import org.basinscope.engine.live.Snapshot;

/**
 * A phase diagram: a readout over a two-axis grid sweep as a heat map (seed 001's phase diagrams in η and B),
 * drawn by a {@link HeatmapRenderer} on log axes where the grid's axes are logarithmic, with a {@link ColorBar}.
 * Cells fill in as their points finish ({@link #add}); hovering over one shows its value and standard error,
 * clicking it hands its grid point to the listener (the tab loads its settings into the live run). Its CSV export
 * is the grid: one row per cell. FX thread only.
 */
public final class HeatmapPlot extends ChartPanel implements LivePlot {
    private final HeatmapRenderer renderer = new HeatmapRenderer();
    private final ColorBar bar = new ColorBar();
    /** What the line under the title says when the mouse is not over a cell. */
    private String description = "choose a second axis and Run sweep; hover over a cell for its value, click it to run there";
    private String hover = "";
    private GridCells cells;
    private double[] xEdges;
    private double[] yEdges;

    /** {@code onClick} gets the grid point of a clicked cell. */
    public HeatmapPlot(IntConsumer onClick) {
        super("heatmap-plot", "phase-diagram", "Phase diagram", new CellAxis("parameter"), new CellAxis("parameter"));
        chart.getRenderers().add(renderer);
        chart.setLegendVisible(false);
        // The cells cover the plot; grid lines over them would only add noise (drawn under them, hidden).
        chart.getGridRenderer().setDrawOnTop(false);
        chart.getGridRenderer().getHorizontalMajorGrid().setVisible(false);
        chart.getGridRenderer().getVerticalMajorGrid().setVisible(false);
        chart.getGridRenderer().getHorizontalMinorGrid().setVisible(false);
        chart.getGridRenderer().getVerticalMinorGrid().setVisible(false);
        besideChart(bar);
        // The cell under the mouse is told on the line under the title, in place of the sweep's description:
        // the header beside the title has no room for it in a narrow column.
        subtitle.setId("heatmap-hover");
        subtitle.setText(description);
        chart.getPlotArea().addEventHandler(MouseEvent.MOUSE_MOVED, e -> setHover(describeAt(e.getSceneX(),
                e.getSceneY())));
        chart.getPlotArea().addEventHandler(MouseEvent.MOUSE_EXITED, e -> setHover(""));
        explorer().onClick(e -> {
            int[] c = cellAt(e.getSceneX(), e.getSceneY());
            if (c != null) {
                onClick.accept(cells.point(c[0], c[1]));
            }
        });
    }

    /** A new sweep of {@code grid} (two axes): every cell pending, the axes set to its cells' edges. */
    public void start(Grid grid, Sweep.Readout what, String description) {
        cells = GridCells.empty(grid, what);
        xEdges = GridCells.edges(cells.x());
        yEdges = GridCells.edges(cells.y());
        explorer().forget();
        ((CellAxis) xAxis).show(cells.x(), xEdges);
        ((CellAxis) yAxis).show(cells.y(), yEdges);
        title.setText("Phase diagram: " + what.label());
        setDescription(description);
        redraw();
    }

    /** Fills in finished points (a batch from the sweep's listener). */
    public void add(List<PointResult> points) {
        if (cells != null) {
            cells = cells.with(points);
            redraw();
        }
    }

    /** Shows a finished sweep whole (the same numbers its points brought, and the cells a resumed sweep had). */
    public void finish(GridResult r, String description) {
        if (cells == null || cells.x() != r.axes().get(0) || cells.y() != r.axes().get(1)) {
            start(r.grid(), r.job().readout(), description);
        }
        cells = GridCells.of(r);
        setDescription(description);
        redraw();
    }

    public void setError(String message) {
        setDescription("No sweep: " + message);
    }

    private void setDescription(String text) {
        description = text;
        subtitle.setText(hover.isEmpty() ? description : hover);
    }

    private void setHover(String text) {
        hover = text;
        subtitle.setText(hover.isEmpty() ? description : hover);
    }

    private void redraw() {
        ColorScale scale = ColorScale.fit(cells.mean(), cells.filled());
        renderer.setCells(cells, scale);
        bar.setScale(scale, cells.readout().label());
    }

    /** What the heat map shows now (null before the first sweep). */
    public GridCells cells() {
        return cells;
    }

    public ColorScale scale() {
        return bar.scale();
    }

    /** What the mouse's cell says now ("" when it is over none). */
    public String hoverText() {
        return hover;
    }

    /** The cell {i, j} under a point in scene coordinates, or null. */
    public int[] cellAt(double sceneX, double sceneY) {
        if (cells == null) {
            return null;
        }
        Point2D p = chart.getCanvas().sceneToLocal(sceneX, sceneY);
        int i = GridCells.cellOf(xEdges, xAxis.getValueForDisplay(p.getX()));
        int j = GridCells.cellOf(yEdges, yAxis.getValueForDisplay(p.getY()));
        return i < 0 || j < 0 ? null : new int[] {i, j};
    }

    private String describeAt(double sceneX, double sceneY) {
        int[] c = cellAt(sceneX, sceneY);
        return c == null ? "" : cells.describe(c[0], c[1]);
    }

    /** The centre of cell (i, j) on the screen (where a test points the mouse). */
    public Point2D cellCentreOnScreen(int i, int j) {
        double x = xAxis.getDisplayPosition(cells.x().value(i));
        double y = yAxis.getDisplayPosition(cells.y().value(j));
        return chart.getCanvas().localToScreen(x, y);
    }

    @Override
    public void setPresentation(boolean on) {
        super.setPresentation(on);
        bar.setFontSize(on ? 18 : 12);
    }

    @Override
    public boolean show(Snapshot s) {
        return true;
    }

    /** The computed cells' centres (what a generic reader of plot data gets; CSV and SVG export draw the grid). */
    @Override
    public PlotData data() {
        List<double[]> in = new ArrayList<>();
        if (cells != null) {
            for (int i = 0; i < cells.x().size(); i++) {
                for (int j = 0; j < cells.y().size(); j++) {
                    if (cells.filled(i, j)) {
                        in.add(new double[] {cells.x().value(i), cells.y().value(j)});
                    }
                }
            }
        }
        double[] x = in.stream().mapToDouble(p -> p[0]).toArray();
        double[] y = in.stream().mapToDouble(p -> p[1]).toArray();
        return new PlotData(title.getText(), xAxis.getName(), yAxis.getName(),
                new double[] {xAxis.getMin(), xAxis.getMax(), yAxis.getMin(), yAxis.getMax()},
                List.of(Series.of("computed cells", Series.Kind.MARKERS, org.basinscope.app.views.Palette.BLACK, x, y)));
    }

    /** The phase diagram as a drawing (cells, axes at the grid's values, colour bar). */
    @Override
    public org.basinscope.app.export.Drawing drawing() {
        return new HeatmapDrawing(cells, bar.scale(), title.getText());
    }

    /** The grid as CSV: one row per cell, both axes' values, the readout and its stderr (NaN where not in). */
    @Override
    public Supplier<String> csvLater() {
        GridCells c = cells;
        String name = title.getText();
        return () -> csv(c, name);
    }

    static String csv(GridCells c, String name) {
        StringBuilder b = new StringBuilder("# ").append(name).append('\n');
        if (c == null) {
            return b.toString();
        }
        b.append(Csv.column(c.x().knob().key())).append(',').append(Csv.column(c.y().knob().key())).append(',')
                .append(Csv.column(c.readout().name().toLowerCase(java.util.Locale.ROOT))).append(",stderr\n");
        for (int i = 0; i < c.x().size(); i++) {
            for (int j = 0; j < c.y().size(); j++) {
                boolean in = c.filled(i, j);
                b.append(c.x().value(i)).append(',').append(c.y().value(j)).append(',')
                        .append(in ? c.mean(i, j) : Double.NaN).append(',').append(in ? c.stderr(i, j) : Double.NaN)
                        .append('\n');
            }
        }
        return b.toString();
    }
}
