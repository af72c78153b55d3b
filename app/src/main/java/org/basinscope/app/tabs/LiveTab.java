package org.basinscope.app.tabs;

import java.util.List;
import java.util.Map;
import org.basinscope.app.plots.HistogramPlot;
import org.basinscope.app.plots.LossPlot;
import org.basinscope.app.plots.PhasePlot;

/** The live plots: loss against step, the histogram against the Gibbs density, the phase portrait. */
public final class LiveTab extends AbstractPlotTab {
    public static final Kind KIND = new Kind("live", "Live plots", "", LiveTab::new);
    /** The session key of the histogram's coordinate ("x" or "y"). */
    static final String HISTOGRAM_AXIS = "histogramAxis";

    private final HistogramPlot histogram = new HistogramPlot();

    LiveTab(TabContext context) {
        super(KIND);
        layout(null, List.of(new LossPlot(), histogram, new PhasePlot()));
    }



    @Override
    public void saveView(Map<String, String> view) {
        view.put(HISTOGRAM_AXIS, histogram.axis());
    }

    @Override
    public void loadView(Map<String, String> view) {
        histogram.setAxis(view.get(HISTOGRAM_AXIS));
    }
}
