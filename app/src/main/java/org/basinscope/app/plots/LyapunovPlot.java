package org.basinscope.app.plots;

import io.fair_acc.dataset.spi.DoubleDataSet;
import org.basinscope.app.controls.Display;
import org.basinscope.app.export.Series;
import org.basinscope.app.views.Palette;
import org.basinscope.engine.live.Snapshot;
import org.basinscope.engine.live.probe.LiveProbes;
import org.basinscope.engine.live.probe.LyapunovProbe;

/**
 * The running Lyapunov estimate for the live settings over time (λ1, and λ2 for deterministic
 * dynamics), with the sign regions named: contracting (λ &lt; 0, nearby orbits merge), neutral
 * (λ ≈ 0), chaotic (λ &gt; 0, nearby orbits scatter). Beside it, the permutation entropy of particle
 * 0's recent positions: a model-free indicator that also works for noisy runs.
 */
public final class LyapunovPlot extends ChartPanel implements LivePlot {
    /** |λ| below this counts as neutral (per step). */
    static final double NEUTRAL = 2e-3;

    private final DoubleDataSet first = series(Series.Kind.LINE, Palette.VERMILLION, "λ1 (largest)");
    private final DoubleDataSet second = series(Series.Kind.LINE, Palette.SKY_BLUE, "λ2");
    private final DoubleDataSet zero = series(Series.Kind.DASHED, Palette.BLACK, "λ = 0");
    private final AxisRange xRange = AxisRange.steps(xAxis);
    private final AxisRange yRange = new AxisRange(yAxis, 0.3).minSpan(0.02);

    public LyapunovPlot() {
        super("lyapunov-plot", "lyapunov", "Lyapunov exponent", "step", "λ per step");
        unlisted(zero);
    }

    @Override
    public boolean show(Snapshot s) {
        if (!writable(first, second, zero)) {
            return false;
        }
        LyapunovProbe.Estimate estimate = s.get(LiveProbes.LYAPUNOV);
        double[] steps = estimate.step();
        double[] l1 = estimate.first();
        double[] l2 = estimate.second();
        int n = steps.length;
        double[] x = new double[n];
        double[] a = new double[n];
        double[] b = new double[n];
        double[] bx = new double[n];
        int m = 0;
        int m2 = 0;
        double lo = 0;
        double hi = 0;
        for (int k = 0; k < n; k++) {
            if (Double.isFinite(l1[k])) {
                x[m] = steps[k];
                a[m++] = l1[k];
                lo = Math.min(lo, l1[k]);
                hi = Math.max(hi, l1[k]);
            }
            if (Double.isFinite(l2[k])) {
                bx[m2] = steps[k];
                b[m2++] = l2[k];
                lo = Math.min(lo, l2[k]);
                hi = Math.max(hi, l2[k]);
            }
        }
        first.set(x, a, m, false);
        second.set(bx, b, m2, false);
        if (n > 0) {
            zero.set(new double[] {steps[0], steps[n - 1]}, new double[] {0, 0}, 2, false);
            xRange.fit(steps[0], steps[n - 1]);
        }
        yRange.fit(lo, hi);
        double l = estimate.exponents()[0];
        String verdict = Double.isNaN(l) ? "no estimate (diverged or not started)"
                : estimate.fixedPoint() && l > NEUTRAL ? "unstable fixed point: the orbit sits on it, and λ is the "
                        + "linear growth ln|1 − ηλ| there, not chaos"
                : estimate.fixedPoint() && l < -NEUTRAL ? "contracting: at a stable fixed point"
                : l < -NEUTRAL ? "contracting: nearby orbits merge"
                : l > NEUTRAL ? "chaotic: nearby orbits scatter"
                : "neutral";
        StringBuilder spectrum = new StringBuilder();
        for (double v : estimate.exponents()) {
            spectrum.append(spectrum.length() == 0 ? "" : ", ").append(Display.number(v));
        }
        subtitle.setText("λ = {" + spectrum + "} per step — " + verdict + ". " + estimate.method()
                + ". Permutation entropy of particle 0: " + Display.number(s.get(LiveProbes.TRAILS).permutationEntropy())
                + " (0 periodic … 1 noise)");
        return true;
    }
}
