package org.basinscope.app.plots;

import io.fair_acc.dataset.spi.DoubleDataSet;
import org.basinscope.app.controls.Display;
import org.basinscope.app.export.Series;
import org.basinscope.engine.live.Snapshot;

/**
 * The running Lyapunov estimate for the live settings over time (λ1, and λ2 for deterministic
 * dynamics), with the sign regions named: contracting (λ &lt; 0, nearby orbits merge), neutral
 * (λ ≈ 0), chaotic (λ &gt; 0, nearby orbits scatter). Beside it, the permutation entropy of particle
 * 0's recent positions: a model-free indicator that also works for noisy runs.
 */
public final class LyapunovPlot extends ChartPanel {
    /** |λ| below this counts as neutral (per step). */
    static final double NEUTRAL = 2e-3;

    private final DoubleDataSet first = new DoubleDataSet("λ1 (largest)");
    private final DoubleDataSet second = new DoubleDataSet("λ2");
    private final DoubleDataSet zero = new DoubleDataSet("λ = 0");
    private final AxisRange xRange = new AxisRange(xAxis, 0.5).minSpan(100).floorAtZero();
    private final AxisRange yRange = new AxisRange(yAxis, 0.3).minSpan(0.02);

    public LyapunovPlot() {
        super("lyapunov-plot", "step", "λ per step");
        title.setText("Lyapunov exponent");
        draw(Series.Kind.LINE, "#c0392b", first);
        draw(Series.Kind.LINE, "#7f8c8d", second);
        draw(Series.Kind.DASHED, "#333333", zero);
        unlisted(zero);
    }

    @Override
    public String exportName() {
        return "lyapunov";
    }

    @Override
    public boolean show(Snapshot s) {
        if (!writable(first, second, zero)) {
            return false;
        }
        double[][] c = s.lyapunovHistory();
        int n = c[0].length;
        double[] x = new double[n];
        double[] a = new double[n];
        double[] b = new double[n];
        double[] bx = new double[n];
        int m = 0;
        int m2 = 0;
        double lo = 0;
        double hi = 0;
        for (int k = 0; k < n; k++) {
            if (Double.isFinite(c[1][k])) {
                x[m] = c[0][k];
                a[m++] = c[1][k];
                lo = Math.min(lo, c[1][k]);
                hi = Math.max(hi, c[1][k]);
            }
            if (Double.isFinite(c[2][k])) {
                bx[m2] = c[0][k];
                b[m2++] = c[2][k];
                lo = Math.min(lo, c[2][k]);
                hi = Math.max(hi, c[2][k]);
            }
        }
        first.set(x, a, m, false);
        second.set(bx, b, m2, false);
        if (n > 0) {
            zero.set(new double[] {c[0][0], c[0][n - 1]}, new double[] {0, 0}, 2, false);
            xRange.fit(c[0][0], c[0][n - 1]);
        }
        yRange.fit(lo, hi);
        double l = s.lyapunov()[0];
        String verdict = Double.isNaN(l) ? "no estimate (diverged or not started)"
                : l < -NEUTRAL ? "contracting: nearby orbits merge"
                : l > NEUTRAL ? "chaotic: nearby orbits scatter"
                : "neutral";
        StringBuilder spectrum = new StringBuilder();
        for (double v : s.lyapunov()) {
            spectrum.append(spectrum.length() == 0 ? "" : ", ").append(Display.number(v));
        }
        subtitle.setText("λ = {" + spectrum + "} per step — " + verdict + ". " + s.lyapunovMethod()
                + ". Permutation entropy of particle 0: " + Display.number(s.permutationEntropy())
                + " (0 periodic … 1 noise)");
        return true;
    }
}
