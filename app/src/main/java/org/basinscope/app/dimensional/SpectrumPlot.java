package org.basinscope.app.dimensional;

import io.fair_acc.dataset.spi.DoubleDataSet;
import org.basinscope.app.controls.Display;
import org.basinscope.app.export.Series;
import org.basinscope.app.plots.AxisRange;
import org.basinscope.app.plots.ChartPanel;
import org.basinscope.app.views.Palette;
import org.basinscope.engine.live.dimensional.DimensionalSnapshot;
import org.basinscope.engine.live.dimensional.Spectrum;

/**
 * The Hessian's top-k eigenvalues at the cloud's mean along the run, against GD's stability edge 2/η (seed 004,
 * the edge of stability): full-batch GD with λ₁ &gt; 2/η is unstable along the top eigenvector, so a run whose
 * sharpness rises to 2/η hovers there. The edge is drawn at the sliders' η across the whole run, so it moves
 * with the slider at once.
 */
public final class SpectrumPlot extends ChartPanel implements DimensionalPlot {
    private static final String[] COLOURS = {Palette.VERMILLION, Palette.BLUE, Palette.BLUISH_GREEN};
    private final DoubleDataSet[] eigen = new DoubleDataSet[org.basinscope.engine.live.dimensional
            .DimensionalSimulation.SPECTRUM_K];
    private final DoubleDataSet edge = series(Series.Kind.LINE, Palette.BLACK, "2/η");
    private final AxisRange xRange = AxisRange.steps(xAxis);
    private final AxisRange yRange = new AxisRange(yAxis, 0.3).minSpan(0.1).floorAtZero();
    private int shownK = eigen.length;

    public SpectrumPlot() {
        super("spectrum-plot", "spectrum", "Hessian spectrum vs the edge of stability", "step",
                "eigenvalue λ of H");
        for (int i = 0; i < eigen.length; i++) {
            eigen[i] = series(Series.Kind.LINE, COLOURS[i], "λ" + (char) ('\u2081' + i));
        }
    }

    @Override
    public boolean show(DimensionalSnapshot s) {
        Spectrum sp = s.spectrum();
        int n = sp.length();
        // A new row comes every two seconds at most; between them (and unless η moves) the chart stays as it is: a
        // ChartFX redraw costs the software renderer ~15 ms a frame that the cloud's picture needs.
        double lastStep = n == 0 ? -1 : sp.steps()[n - 1];
        if (n == shownRows && lastStep == shownLastStep && s.params().eta() == shownEta && sp.k() == shownK) {
            return true;
        }
        if (!writable(eigen) || !writable(edge)) {
            return false;
        }
        shownRows = n;
        shownLastStep = lastStep;
        shownEta = s.params().eta();
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < eigen.length; i++) {
            if (i >= sp.k()) {
                eigen[i].clearData();
                continue;
            }
            double[] xs = new double[n];
            double[] ys = new double[n];
            int m = 0;
            for (int t = 0; t < n; t++) {
                double v = sp.eigenvalues()[i][t];
                // ChartFX stops drawing a chart that holds NaN: rows without a value are left out.
                if (Double.isFinite(v)) {
                    xs[m] = sp.steps()[t];
                    ys[m++] = v;
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
            eigen[i].set(xs, ys, m, true);
        }
        if (sp.k() != shownK) {
            shownK = sp.k();
            for (int i = 0; i < eigen.length; i++) {
                setListed(eigen[i], i < shownK);
            }
        }
        double e = 2 / s.params().eta();
        double first = n == 0 ? 0 : sp.steps()[0];
        double last = n == 0 ? 1 : Math.max(sp.steps()[n - 1], first + 1);
        edge.set(new double[] {first, last}, new double[] {e, e}, 2, true);
        xRange.fit(first, last);
        if (Double.isFinite(lo)) {
            // The edge sets the scale only when the spectrum comes near it: 2/η may be far above.
            yRange.fit(Math.min(lo, 0), hi > 0.5 * e ? Math.max(hi, e) : hi);
        }
        double now = sp.sharpness();
        subtitle.setText("λ₁ = " + Display.number(now) + ", 2/η = " + Display.number(e)
                + (Double.isFinite(now) ? ", λ₁η/2 = " + Display.number(now * s.params().eta() / 2)
                        + (now < e ? ": below the edge" : ": at or above the edge") : "")
                + (Double.isFinite(hi) && hi <= 0.5 * e ? "; the edge is off the scale" : ""));
        return true;
    }

    private int shownRows = -1;
    private double shownLastStep = Double.NaN;
    private double shownEta = Double.NaN;

    /** The curves shown now (λ₁ … λ_k), for tests. */
    public int curves() {
        return shownK;
    }

    /** The height of the 2/η line now, for tests. */
    public double edge() {
        return edge.getDataCount() == 0 ? Double.NaN : edge.get(1, 0);
    }
}
