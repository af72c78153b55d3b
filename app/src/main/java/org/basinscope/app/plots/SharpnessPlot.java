package org.basinscope.app.plots;

import io.fair_acc.dataset.spi.DoubleDataSet;
import org.basinscope.app.controls.Display;
import org.basinscope.app.export.Series;
import org.basinscope.engine.live.Snapshot;

/**
 * Sharpness along the run (seed 002, edge of stability): λmax of the Hessian at particle 0 and averaged
 * over a sample of particles, beside λmax along full-batch GD from the same start with the same η, and
 * GD's stability edge 2/η. Below the edge GD settles wherever it lands; a run that starts in a sharper
 * region is thrown out of it until λmax ≲ 2/η, and noise keeps SGD in flatter regions still — the two
 * curves side by side show the difference the run's noise makes.
 */
public final class SharpnessPlot extends ChartPanel {
    private final DoubleDataSet first = new DoubleDataSet("λmax at particle 0");
    private final DoubleDataSet mean = new DoubleDataSet("mean λmax (sample of particles)");
    private final DoubleDataSet edge = new DoubleDataSet("2/η");
    private final DoubleDataSet gd = new DoubleDataSet("λmax along full-batch GD");
    private final AxisRange xRange = new AxisRange(xAxis, 0.5).minSpan(100).floorAtZero();
    private final AxisRange yRange = new AxisRange(yAxis, 0.3).minSpan(0.1);

    public SharpnessPlot() {
        super("sharpness-plot", "step", "λmax of the Hessian");
        title.setText("Sharpness vs the edge of stability");
        draw(Series.Kind.LINE, "#c0392b", first);
        draw(Series.Kind.LINE, "#2980b9", mean);
        draw(Series.Kind.LINE, "#333333", edge);
        draw(Series.Kind.LINE, "#27ae60", gd);
    }

    @Override
    public String exportName() {
        return "sharpness";
    }

    @Override
    public boolean show(Snapshot s) {
        if (!writable(first, mean, edge, gd)) {
            return false;
        }
        double[][] c = s.sharpness();
        int n = c[0].length;
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        double[][] cols = new double[4][n];
        int[] m = new int[4];
        double[][] xs = new double[4][n];
        for (int k = 0; k < n; k++) {
            for (int j = 0; j < 4; j++) {
                double v = c[j + 1][k];
                if (Double.isFinite(v)) {
                    xs[j][m[j]] = c[0][k];
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
            xRange.fit(c[0][0], c[0][n - 1]);
        }
        double e = 2 / s.params().eta();
        if (Double.isFinite(lo)) {
            yRange.fit(Math.min(lo, 0), hi > 0.5 * e ? Math.max(hi, e) : hi);
        }
        double now = n == 0 ? Double.NaN : c[1][n - 1];
        double path = n == 0 ? Double.NaN : c[4][n - 1];
        subtitle.setText("λmax at particle 0 = " + Display.number(now) + ", along GD = " + Display.number(path)
                + ", 2/η = " + Display.number(e)
                + (Double.isFinite(now) ? (now < e ? ": below the edge (GD stable there)" : ": above the edge (GD unstable there)") : "")
                + (hi <= 0.5 * e ? "; the edge is off the scale" : ""));
        return true;
    }
}
