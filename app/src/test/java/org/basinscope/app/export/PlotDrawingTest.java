package org.basinscope.app.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** A plot's drawing: log axes map log10 linearly, with decade ticks; error bars are drawn as bars. */
class PlotDrawingTest {
    private static final String NUMBER = "(-?[0-9.]+)";

    @Test
    void aPlotOnEqualScalesKeepsThemInAFrameOfAnyShape() {
        // Three markers a unit apart along x and along y, covering [-0.5, 1.5] x [-0.25, 1.25]; drawn in a wide and a tall
        // frame, one unit of x must take as many pixels as one unit of y (a round cloud stays round on paper).
        Series points = Series.of("p", Series.Kind.MARKERS, "#0072b2", new double[] {0, 1, 0}, new double[] {0, 0, 1});
        for (double[] size : new double[][] {{600, 200}, {200, 500}}) {
            PlotData d = new PlotData("t", "x", "y", new double[] {-0.5, 1.5, -0.25, 1.25}, List.of(points), false, false,
                    true);
            String svg = PlotDrawing.svg(d, size[0], size[1]).document();
            Matcher m = Pattern.compile("<circle cx=\"" + NUMBER + "\" cy=\"" + NUMBER + "\"").matcher(svg);
            // The legend's sample marker comes first; the data's three are the last three.
            List<double[]> all = new java.util.ArrayList<>();
            while (m.find()) {
                all.add(new double[] {Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2))});
            }
            assertTrue(all.size() >= 3, svg);
            double[][] at = all.subList(all.size() - 3, all.size()).toArray(new double[0][]);
            double unitX = at[1][0] - at[0][0];
            double unitY = at[0][1] - at[2][1];
            assertTrue(unitX > 10, "a unit is visible: " + unitX);
            assertEquals(unitX, unitY, 0.05, size[0] + "x" + size[1]);
        }
    }

    @Test
    void aLogLogPlotPutsTheGeometricMiddleInTheMiddleAndDrawsTheErrorBars() {
        Series points = new Series("measured", Series.Kind.ERRORBARS, "#1f77b4", new double[] {10},
                new double[] {10}, new double[] {1}, new double[] {1});
        PlotData d = new PlotData("turnover", "γ", "τ", new double[] {1, 100, 1, 100}, List.of(points), true, true);
        String svg = PlotDrawing.svg(d, 400, 300).document();
        // The frame: a closed path from its top left corner, clockwise.
        double[] corners = numbers(svg, "stroke=\"#888\" stroke-width=\"1.00\" stroke-linejoin=\"round\" d=\"M"
                + NUMBER + " " + NUMBER + " L" + NUMBER + " " + NUMBER + " L" + NUMBER + " " + NUMBER);
        double[] frame = {corners[0], corners[1], corners[2] - corners[0], corners[5] - corners[1]};
        // (10, 10) is half way on both log axes.
        double cx = frame[0] + frame[2] / 2;
        double cy = frame[1] + frame[3] / 2;
        double[] dot = numbers(svg, "<circle cx=\"" + NUMBER + "\" cy=\"" + NUMBER + "\" r=\"2.50\" fill=\"#1f77b4\"");
        assertEquals(cx, dot[0], 0.02, svg);
        assertEquals(cy, dot[1], 0.02, svg);
        // The bar from 9 to 11: log10(11/10) of two decades of the frame's height above, log10(10/9) below.
        double[] bar = numbers(svg, "<line x1=\"" + NUMBER + "\" y1=\"" + NUMBER + "\" x2=\"" + NUMBER + "\" y2=\""
                + NUMBER + "\" stroke=\"#1f77b4\"");
        assertEquals(cy - Math.log10(1.1) / 2 * frame[3], bar[1], 0.02, svg);
        assertEquals(cy + Math.log10(10.0 / 9) / 2 * frame[3], bar[3], 0.02, svg);
        // Decade ticks 1, 10, 100 on both axes; the legend names the series.
        assertTrue(svg.contains(">10</text>") && svg.contains(">100</text>") && svg.contains(">measured</text>"), svg);
        // Everything inside the drawing: the frame leaves room for the tick labels and axis names.
        assertTrue(frame[0] > 20 && frame[1] > 14 && frame[0] + frame[2] < 400 && frame[1] + frame[3] < 270, svg);
    }

    private static double[] numbers(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        assertTrue(m.find(), regex + " in " + text);
        double[] out = new double[m.groupCount()];
        for (int i = 0; i < out.length; i++) {
            out[i] = Double.parseDouble(m.group(i + 1));
        }
        return out;
    }
}
