package org.basinscope.app.views;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.basinscope.app.export.PlotData;
import org.basinscope.app.export.Series;
import org.basinscope.app.plots.LivePlot;
import org.basinscope.app.testing.WindowExtension;
import org.basinscope.app.views.ColourVision.Vision;
import org.basinscope.app.window.MainWindow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;

/**
 * Every pair of series colours within each plot of the window stays apart for a deuteranope and a protanope:
 * CIEDE2000 ΔE00 of the simulated colours at least {@value #THRESHOLD} (about the difference of two neighbouring
 * Okabe–Ito hues as such a viewer sees them; 2 is a just-noticeable difference for side-by-side patches). The colours
 * are read from the plots' own export data, so a plot that goes back to red against green fails here.
 */
@ExtendWith(WindowExtension.class)
class ColourVisionTest {
    static final double THRESHOLD = 10;
    private MainWindow window;

    @Test
    void everyPairOfSeriesInEachPlotStaysDistinguishableForDeuteranopesAndProtanopes(FxRobot robot) {
        WindowExtension.await("a first frame", () -> window.shown() != null);
        List<String> failures = new ArrayList<>();
        int pairs = 0;
        List<PlotData> plots = new ArrayList<>();
        robot.interact(() -> window.plots().stream().map(LivePlot::data).forEach(plots::add));
        assertTrue(plots.size() >= 10, "the window's plots: " + plots.size());
        for (PlotData d : plots) {
            Set<String> colours = new LinkedHashSet<>();
            for (Series s : d.series()) {
                colours.add(s.color());
            }
            List<String> list = List.copyOf(colours);
            for (int i = 0; i < list.size(); i++) {
                for (int j = i + 1; j < list.size(); j++) {
                    pairs++;
                    for (Vision v : Vision.values()) {
                        double de = ColourVision.deltaE2000(ColourVision.lab(ColourVision.onWhite(list.get(i)), v),
                                ColourVision.lab(ColourVision.onWhite(list.get(j)), v));
                        if (de < THRESHOLD) {
                            failures.add(d.title() + ": " + list.get(i) + " vs " + list.get(j) + " " + v + " ΔE00 "
                                    + Math.round(de * 10) / 10.0);
                        }
                    }
                }
            }
        }
        assertTrue(pairs >= 20, "pairs checked: " + pairs);
        assertEquals(List.of(), failures);
    }

    @Test
    void theCheckTellsTheOldRedAndGreenApartOnlyWithNormalVision() {
        // The escape lab's former pair (#d62728 against #2ca02c): 72 apart normally, under 5 for a deuteranope.
        double[] red = {0, 0};
        for (Vision v : new Vision[] {Vision.NORMAL, Vision.DEUTERANOPIA}) {
            red[v.ordinal() == 0 ? 0 : 1] = ColourVision.deltaE2000(ColourVision.lab(ColourVision.onWhite("#d62728"), v),
                    ColourVision.lab(ColourVision.onWhite("#2ca02c"), v));
        }
        assertTrue(red[0] > 60, "normal vision: " + red[0]);
        assertTrue(red[1] < THRESHOLD, "deuteranopia: " + red[1]);
    }

    @Test
    void deltaE2000MatchesSharmasTestData() {
        // Sharma, Wu and Dalal (2005), table 1, pairs 1 and 17.
        assertEquals(2.0425, ColourVision.deltaE2000(new double[] {50, 2.6772, -79.7751},
                new double[] {50, 0, -82.7485}), 1e-4);
        assertEquals(27.1492, ColourVision.deltaE2000(new double[] {50, 2.5, 0}, new double[] {73, 25, -18}), 1e-4);
    }
}
