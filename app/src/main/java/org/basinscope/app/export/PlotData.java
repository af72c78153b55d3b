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
 * @param xLog   whether the x axis is logarithmic
 * @param yLog   whether the y axis is logarithmic
 * @param equalScales whether one unit of x takes as many pixels as one of y (the range is then the data's, and a
 *                    drawing widens one axis about its centre to fit its own frame)
 */
public record PlotData(String title, String xLabel, String yLabel, double[] range, List<Series> series, boolean xLog,
        boolean yLog, boolean equalScales) {
    /** Axes with their own scales. */
    public PlotData(String title, String xLabel, String yLabel, double[] range, List<Series> series, boolean xLog,
            boolean yLog) {
        this(title, xLabel, yLabel, range, series, xLog, yLog, false);
    }

    /** Linear axes. */
    public PlotData(String title, String xLabel, String yLabel, double[] range, List<Series> series) {
        this(title, xLabel, yLabel, range, series, false, false);
    }
}
