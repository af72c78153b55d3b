package org.basinscope.app.plots;

import io.fair_acc.dataset.spi.DoubleDataSet;
import org.basinscope.app.export.Series;
import org.basinscope.app.views.Palette;
import org.basinscope.engine.analysis.Sweep;
import org.basinscope.engine.live.Snapshot;

/**
 * A readout against η, B, T or η along η/B = const (seed 001: the phase-transition sweep and the linear
 * scaling rule), one run per point, computed in the background. A log axis when the values span decades.
 */
public final class SweepPlot extends ChartPanel {
    private final DoubleDataSet points = series(Series.Kind.LINE, Palette.BLUE, "readout at the end of each run");

    public SweepPlot() {
        super("sweep-plot", "sweep", "Sweep", "parameter", "readout");
        subtitle.setText("choose what to vary and what to read, then Run sweep");
    }

    public void setResult(Sweep.Result r, String description) {
        if (!writable(points)) {
            return;
        }
        double[] x = r.values();
        xAxis.setLogAxis(x.length > 1 && x[0] > 0 && x[x.length - 1] / x[0] > 20);
        xAxis.setName(switch (r.knob()) {
            case ETA -> "learning rate η";
            case BATCH -> "batch size B";
            case TEMPERATURE -> "temperature T";
            case ETA_OVER_B -> "η (with B = η/ratio: η/B fixed)";
        });
        yAxis.setName(r.what().label());
        points.set(x, r.readout(), x.length, true);
        subtitle.setText(description);
    }

    public void setError(String message) {
        subtitle.setText("No sweep: " + message);
    }

    @Override
    public boolean show(Snapshot s) {
        return true;
    }
}
