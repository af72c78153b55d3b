package org.basinscope.app.plots;

import io.fair_acc.dataset.spi.DoubleDataSet;
import org.basinscope.app.controls.Display;
import org.basinscope.app.export.Series;
import org.basinscope.app.views.Palette;
import org.basinscope.engine.live.Snapshot;
import org.basinscope.engine.live.probe.LiveProbes;
import org.basinscope.engine.live.probe.SharpnessProbe;

/**
 * Sharpness along the run (seed 002, edge of stability): λmax of the Hessian at particle 0 and averaged
 * over a sample of particles, beside λmax along full-batch GD from the same start with the same η, and
 * GD's stability edge 2/η. Below the edge GD settles wherever it lands; a run that starts in a sharper
 * region is thrown out of it until λmax ≲ 2/η, and noise keeps SGD in flatter regions still — the two
 * curves side by side show the difference the run's noise makes.
 */
public final class SharpnessPlot extends ChartPanel implements LivePlot {
    private final DoubleDataSet first = series(Series.Kind.LINE, Palette.VERMILLION, "λmax at particle 0");
    private final DoubleDataSet mean = series(Series.Kind.LINE, Palette.BLUE, "mean λmax (sample of particles)");
    private final DoubleDataSet edge = series(Series.Kind.LINE, Palette.BLACK, "2/η");
    private final DoubleDataSet gd = series(Series.Kind.LINE, Palette.SKY_BLUE, "λmax along full-batch GD");
    private final AxisRange xRange = AxisRange.steps(xAxis);
    private final AxisRange yRange = new AxisRange(yAxis, 0.3).minSpan(0.1).floorAtZero();

    public SharpnessPlot() {
        super("sharpness-plot", "sharpness", "Sharpness vs the edge of stability", "step", "λmax of the Hessian");
    }

    @Override
    public boolean show(Snapshot s) {
        if (!writable(first, mean, edge, gd)) {
            return false;
        }
        SharpnessProbe.Trace trace = s.get(LiveProbes.SHARPNESS);
        double[] steps = trace.step();
        // The curves in the order of the data sets; the edge (index 2) sets the scale only near the data.
        double[][] c = {trace.particle0(), trace.mean(), trace.edge(), trace.gd()};
        int n = steps.length;
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        double[][] cols = new double[4][n];
        int[] m = new int[4];
        double[][] xs = new double[4][n];
        for (int k = 0; k < n; k++) {
            for (int j = 0; j < 4; j++) {
                double v = c[j][k];
                if (Double.isFinite(v)) {
                    xs[j][m[j]] = steps[k];
                    cols[j][m[j]++] = v;
                    // The edge sets the scale only when the data come near it: 2/η may be far above.
                    if (j != 2) {
                        lo = Math.min(lo, v);
                        hi = Math.max(hi, v);
                    }
                }
            }
        }
        first.set(xs[0], cols[0], m[0], false);
        mean.set(xs[1], cols[1], m[1], false);
        edge.set(xs[2], cols[2], m[2], false);
        gd.set(xs[3], cols[3], m[3], false);
        if (n > 0) {
            xRange.fit(steps[0], steps[n - 1]);
        }
        double e = 2 / s.params().eta();
        if (Double.isFinite(lo)) {
            yRange.fit(Math.min(lo, 0), hi > 0.5 * e ? Math.max(hi, e) : hi);
        }
        double now = n == 0 ? Double.NaN : trace.particle0()[n - 1];
        double path = n == 0 ? Double.NaN : trace.gd()[n - 1];
        subtitle.setText("λmax at particle 0 = " + Display.number(now) + ", along GD = " + Display.number(path)
                + ", 2/η = " + Display.number(e)
                + (Double.isFinite(now) ? (now < e ? ": below the edge (GD stable there)" : ": above the edge (GD unstable there)") : "")
                + (hi <= 0.5 * e ? "; the edge is off the scale" : ""));
        return true;
    }
}
