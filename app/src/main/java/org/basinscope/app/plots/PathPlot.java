package org.basinscope.app.plots;

import io.fair_acc.dataset.spi.DoubleDataSet;
import org.basinscope.app.controls.Display;
import org.basinscope.app.export.Series;
import org.basinscope.app.views.Palette;
import org.basinscope.engine.geometry.MinimumEnergyPath;
import org.basinscope.engine.live.Snapshot;

/**
 * Mode connectivity (seed 002): the loss along the straight segment between two minima and along the
 * minimum-energy path of the string method, against the fraction of the way s. The path's highest
 * point is the barrier a noisy run has to climb; the straight line usually overestimates it.
 */
public final class PathPlot extends ChartPanel implements LivePlot {
    private final DoubleDataSet straight = series(Series.Kind.DASHED, Palette.GREY, "straight line");
    private final DoubleDataSet path = series(Series.Kind.LINE, Palette.VERMILLION, "minimum-energy path");

    public PathPlot() {
        super("path-plot", "path", "Loss between the minima", "fraction of the way s", "loss f");
        subtitle.setText("press Path: the string method relaxes a chain of points from 'from' to 'to'");
    }

    public void setResult(MinimumEnergyPath.Result r) {
        if (!writable(straight, path)) {
            return;
        }
        int n = r.straightLoss().length;
        double[] s = new double[n];
        for (int k = 0; k < n; k++) {
            s[k] = (double) k / (n - 1);
        }
        straight.set(s, r.straightLoss(), n, true);
        path.set(r.s(), r.pathLoss(), r.pathLoss().length, true);
        subtitle.setText("barrier along the path " + Display.number(r.barrier()) + " (at " + Display.number(r.highest()[0])
                + ", " + Display.number(r.highest()[1]) + "); along the straight line (dashed) "
                + Display.number(r.straightBarrier()));
    }

    public void setError(String message) {
        subtitle.setText("No path: " + message);
    }

    @Override
    public boolean show(Snapshot s) {
        return true;
    }
}
