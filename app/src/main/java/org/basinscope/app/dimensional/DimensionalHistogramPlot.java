package org.basinscope.app.dimensional;

import io.fair_acc.dataset.spi.DoubleDataSet;
import java.util.List;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Tooltip;
import org.basinscope.app.controls.Display;
import org.basinscope.app.export.Series;
import org.basinscope.app.plots.AxisRange;
import org.basinscope.app.plots.ChartPanel;
import org.basinscope.app.views.Palette;
import org.basinscope.engine.analysis.Histogram;
import org.basinscope.engine.live.dimensional.DimensionalHistograms;
import org.basinscope.engine.live.dimensional.DimensionalSnapshot;

/**
 * Histograms of a d-dimensional cloud (issue 16): each particle's own loss, or the cloud along one of the
 * Hessian's top eigenvectors uᵢ at the mean against the rule's stationary Gaussian N(0, vᵢ) there (exact for a
 * quadratic; seed 001, Theorem 5), chosen in its header.
 */
public final class DimensionalHistogramPlot extends ChartPanel implements DimensionalPlot {
    /** What the histogram is of: the loss, or the cloud along u₁, u₂, u₃. */
    private final ChoiceBox<String> of = new ChoiceBox<>();
    private final DoubleDataSet histogram = series(Series.Kind.STEPS, Palette.SKY_BLUE, "particles");
    private final DoubleDataSet predicted = series(Series.Kind.LINE, Palette.VERMILLION, "stationary N(0, v)");
    private final AxisRange xRange = new AxisRange(xAxis, 0);
    private final AxisRange yRange = new AxisRange(yAxis, 0.4).fromZero();
    static final String LOSS = "loss f(θᵢ)";
    /** Until the user chooses, the histogram is along u₁ once there is one (the picture with a prediction). */
    private boolean auto = true;
    private boolean choosing;

    public DimensionalHistogramPlot() {
        super("dimensional-histogram-plot", "histogram", "Histogram of the cloud", "f", "density");
        of.setId("histogram-of");
        of.getItems().add(LOSS);
        of.getSelectionModel().select(0);
        of.setTooltip(new Tooltip("The particles' own losses, or the cloud along an eigenvector uᵢ of the Hessian at "
                + "its mean, (θ − θ̄)·uᵢ, against the stationary Gaussian the rule predicts there"));
        of.getSelectionModel().selectedIndexProperty().addListener((o, a, b) -> {
            if (!choosing) {
                auto = false;
            }
        });
        header.getChildren().add(of);
    }

    /** The i-th entry of the choice, 0 for the loss. */
    static String along(int i) {
        return "along u" + (char) ('\u2080' + i);
    }

    /** Chooses the loss (0) or the i-th eigenvector, as the user would (tests). */
    void choose(int i) {
        of.getSelectionModel().select(i);
    }

    /** Shows the particles' own losses ({@code render --view losses}). */
    public void showLosses() {
        // Selecting the entry already selected (the loss, before the first snapshot) is no change the listener sees.
        auto = false;
        choose(0);
    }

    @Override
    public boolean show(DimensionalSnapshot s) {
        if (!writable(histogram, predicted)) {
            return false;
        }
        DimensionalHistograms h = s.histograms();
        List<DimensionalHistograms.Direction> along = h.directions();
        choosing = true;
        while (of.getItems().size() < 1 + along.size()) {
            of.getItems().add(along(of.getItems().size()));
        }
        if (auto && !along.isEmpty()) {
            of.getSelectionModel().select(1);
        }
        choosing = false;
        int choice = Math.max(0, of.getSelectionModel().getSelectedIndex());
        if (h.loss() == null) {
            histogram.clearData();
            predicted.clearData();
            subtitle.setText("no live particles");
            return true;
        }
        DimensionalHistograms.Direction d = choice == 0 || choice > along.size() ? null : along.get(choice - 1);
        Histogram bars = d == null ? h.loss() : d.histogram();
        int bins = bars.bins();
        double[] centres = new double[bins];
        double[] curve = new double[bins];
        double top = 0;
        for (int k = 0; k < bins; k++) {
            centres[k] = bars.center(k);
            top = Math.max(top, bars.density()[k]);
        }
        histogram.set(centres, bars.density(), bins, true);
        boolean predicts = d != null && d.predicts();
        setListed(predicted, predicts);
        if (predicts) {
            for (int k = 0; k < bins; k++) {
                curve[k] = d.predictedDensity(centres[k]);
                top = Math.max(top, curve[k]);
            }
            predicted.set(centres, curve, bins, true);
        } else if (predicted.getDataCount() > 0) {
            predicted.clearData();
        }
        xRange.set(bars.lo(), bars.hi());
        yRange.fit(0, top);
        xAxis.setName(d == null ? "f(θᵢ)" : "(θ − mean θ)·u" + (char) ('\u2080' + d.index()));
        subtitle.setText(caption(d, bars, s));
        return true;
    }

    private static String caption(DimensionalHistograms.Direction d, Histogram bars, DimensionalSnapshot s) {
        String outside = bars.outside() > 0 ? "; " + bars.outside() + " outside the plotted range" : "";
        if (d == null) {
            return bars.total() + " particles, mean f = " + Display.number(s.stats().meanLoss()) + outside;
        }
        String text = "λ" + (char) ('\u2080' + d.index()) + " = " + Display.number(d.eigenvalue())
                + ", variance " + Display.number(d.measured());
        if (d.predicts()) {
            text += " against the stationary " + Display.number(d.predicted()) + " of " + s.config().dynamicsSpec()
                    + " at this curvature (exact for a quadratic once relaxed)";
        } else if (d.predicted() == 0) {
            text += "; " + s.config().dynamicsSpec() + " is deterministic: it settles to a point";
        } else {
            text += "; no stationary prediction for " + s.config().dynamicsSpec() + " here";
        }
        return text + outside;
    }

    /** The subtitle now, for tests. */
    public String caption() {
        return subtitle.getText();
    }

    /** The predicted curve's points now (0 when none is drawn), for tests. */
    public int predictedPoints() {
        return predicted.getDataCount();
    }
}
