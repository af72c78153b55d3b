package org.basinscope.app.export;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The SVG redraw of a plot: log axes map log10 linearly, with decade ticks; error bars are drawn as bars. */
class SvgPlotTest {

    @Test
    void aLogLogPlotPutsTheGeometricMiddleInTheMiddleAndDrawsTheErrorBars() {
        // Frame: 400 × 300 with margins 64 (left), 16 (right), 34 (top), 46 (bottom): plot area x 64…384, y 34…254.
        Series points = new Series("measured", Series.Kind.ERRORBARS, "#1f77b4", new double[] {10},
                new double[] {10}, new double[] {1}, new double[] {1});
        PlotData d = new PlotData("turnover", "γ", "τ", new double[] {1, 100, 1, 100}, List.of(points), true, true);
        String svg = SvgPlot.draw(d, 400, 300).document();
        // (10, 10) is half way on both log axes: x = 64 + 160, y = 34 + 110.
        assertTrue(svg.contains("<circle cx=\"224.00\" cy=\"144.00\""), svg);
        // The bar from 9 to 11: log10(11/10) of two decades of 220 px above, log10(10/9) below.
        double top = 144 - Math.log10(1.1) / 2 * 220;
        double bottom = 144 + Math.log10(10.0 / 9) / 2 * 220;
        assertTrue(svg.contains(String.format(java.util.Locale.ROOT, "y1=\"%.2f\"", top))
                && svg.contains(String.format(java.util.Locale.ROOT, "y2=\"%.2f\"", bottom)), svg);
        // Decade ticks 1, 10, 100 on both axes.
        assertTrue(svg.contains(">10</text>") && svg.contains(">100</text>"), svg);
    }
}
