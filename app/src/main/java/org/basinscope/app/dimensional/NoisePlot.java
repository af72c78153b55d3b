package org.basinscope.app.dimensional;

import io.fair_acc.dataset.spi.DoubleDataSet;
import org.basinscope.app.controls.Display;
import org.basinscope.app.export.Series;
import org.basinscope.app.plots.AxisRange;
import org.basinscope.app.plots.ChartPanel;
import org.basinscope.app.views.Palette;
import org.basinscope.engine.live.dimensional.DimensionalSnapshot;
import org.basinscope.engine.live.dimensional.NoiseHistory;

/**
 * The gradient noise's geometry at the cloud's mean along the run (seed 001, Theorem 5 and exercise C.5): the top
 * eigenvalues μ₁ … μ_k of the covariance C of the gradient estimate's error, and in its subtitle how C lines up
 * with the Hessian, ⟨C, H⟩_F/(‖C‖_F‖H‖_F), beside what isotropic noise would give there. A run with an exact
 * gradient says it has no gradient noise. The chart is only touched when a new measurement arrives (every two
 * seconds or so), so it costs the window nothing in between.
 */
public final class NoisePlot extends ChartPanel implements DimensionalPlot {
    private static final String[] COLOURS = {Palette.VERMILLION, Palette.BLUE, Palette.BLUISH_GREEN};
    private final DoubleDataSet[] top = new DoubleDataSet[org.basinscope.engine.live.dimensional
            .DimensionalSimulation.SPECTRUM_K];
    private final AxisRange xRange = AxisRange.steps(xAxis);
    private final AxisRange yRange = new AxisRange(yAxis, 0.3).floorAtZero();
    private int shownK = top.length;
    /** The history shown last: a snapshot with the same one changes nothing. */
    private NoiseHistory shown;

    public NoisePlot() {
        super("noise-plot", "gradient-noise", "Gradient noise vs curvature", "step",
                "eigenvalue μ of C");
        for (int i = 0; i < top.length; i++) {
            top[i] = series(Series.Kind.LINE, COLOURS[i], "μ" + (char) ('\u2081' + i));
        }
    }

    @Override
    public boolean show(DimensionalSnapshot s) {
        NoiseHistory h = s.noise();
        if (h == shown || shown != null && h.length() == shown.length() && h.length() > 0
                && h.steps()[h.length() - 1] == shown.steps()[shown.length() - 1]
                && java.util.Objects.equals(h.absent(), shown.absent())) {
            return true;
        }
        if (!writable(top)) {
            return false;
        }
        shown = h;
        int n = h.length();
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < top.length; i++) {
            if (i >= h.k()) {
                top[i].clearData();
                continue;
            }
            double[] xs = new double[n];
            double[] ys = new double[n];
            int m = 0;
            for (int t = 0; t < n; t++) {
                double v = h.top()[i][t];
                // ChartFX stops drawing a chart that holds NaN: rows without a value are left out.
                if (Double.isFinite(v)) {
                    xs[m] = h.steps()[t];
                    ys[m++] = v;
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
            top[i].set(xs, ys, m, true);
        }
        int k = h.absent() != null ? 0 : h.k();
        if (k != shownK) {
            shownK = k;
            for (int i = 0; i < top.length; i++) {
                setListed(top[i], i < shownK);
            }
        }
        if (n > 0) {
            xRange.fit(h.steps()[0], Math.max(h.steps()[n - 1], h.steps()[0] + 1));
        }
        if (Double.isFinite(lo)) {
            yRange.fit(Math.min(lo, 0), hi);
        }
        subtitle.setText(subtitle(h));
        return true;
    }

    /** What the plot says under its title: the alignment now, or why there is nothing to show. */
    static String subtitle(NoiseHistory h) {
        if (h.absent() != null) {
            return Character.toUpperCase(h.absent().charAt(0)) + h.absent().substring(1) + ".";
        }
        if (h.length() == 0) {
            return "measuring the gradient noise at the mean…";
        }
        double a = h.latestAlignment();
        String text = "μ₁ = " + Display.number(h.latestTop());
        if (Double.isFinite(a)) {
            double iso = h.latestIsotropic();
            text += "; alignment with H " + Display.number(a) + " (isotropic noise " + Display.number(iso)
                    + ", C ∝ H 1)";
        } else {
            text += "; alignment with H not measured above d = "
                    + org.basinscope.engine.landscape.VectorLandscape.MAX_DENSE_HESSIAN;
        }
        double o = h.latestOverlap();
        if (Double.isFinite(o)) {
            text += "; top-" + h.k() + " eigenvector overlap " + Display.number(o);
        }
        return text;
    }

    /** The curves shown now (μ₁ … μ_k; 0 without gradient noise), for tests. */
    public int curves() {
        return shownK;
    }

    /** The subtitle now, for tests. */
    public String caption() {
        return subtitle.getText();
    }
}
