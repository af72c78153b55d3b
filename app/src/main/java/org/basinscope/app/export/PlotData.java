package org.basinscope.app.export;

import java.util.List;

/**
 * The data behind a plot, with its axes: enough to write it as CSV or redraw it as SVG.
 *
 * @param title  plot title
 * @param xLabel x-axis name
 * @param yLabel y-axis name
 * @param range  {xmin, xmax, ymin, ymax} as shown
 * @param series the drawn series
 */
public record PlotData(String title, String xLabel, String yLabel, double[] range, List<Series> series) {
}
