package org.basinscope.app.dimensional;

import io.fair_acc.dataset.spi.DoubleDataSet;
import java.util.List;
import java.util.function.IntConsumer;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Spinner;
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
 * Histograms of a d-dimensional cloud (issue 16): each particle's own loss; a chosen coordinate θ_c against its
 * exact Gibbs marginal where the landscape has one (seed 001, Theorem 3); or the cloud along one of the Hessian's
 * top eigenvectors uᵢ at the mean against the rule's stationary Gaussian N(0, vᵢ) there (exact for a quadratic;
 * Theorem 5), chosen in its header.
 */
public final class DimensionalHistogramPlot extends ChartPanel implements DimensionalPlot {
    static final String LOSS = "loss f(θᵢ)";
    static final String COORDINATE = "coordinate θ";
    /** Entries before the eigenvectors': the loss, the coordinate. */
    private static final int FIXED = 2;
    /** What the histogram is of: the loss, a coordinate, or the cloud along u₁, u₂, u₃. */
    private final ChoiceBox<String> of = new ChoiceBox<>();
    /** Which coordinate (1-based, as the caption writes θ₁), shown while the coordinate is chosen. */
    private final Spinner<Integer> coordinate = new Spinner<>(1, Integer.MAX_VALUE, 1);
    private final DoubleDataSet histogram = series(Series.Kind.STEPS, Palette.SKY_BLUE, "particles");
    private final DoubleDataSet predicted = series(Series.Kind.LINE, Palette.VERMILLION, "stationary N(0, v)");
    private final DoubleDataSet gibbs = series(Series.Kind.LINE, Palette.BLUISH_GREEN, "Gibbs marginal of exp(−f/T)");
    private final AxisRange xRange = new AxisRange(xAxis, 0);
    private final AxisRange yRange = new AxisRange(yAxis, 0.4).fromZero();
    /** Points of the Gibbs curve (a mixture's marginal has narrow humps). */
    private static final int CURVE_POINTS = 300;
    /** Until the user chooses, the histogram is along u₁ once there is one (the picture with a prediction). */
    private boolean auto = true;
    private boolean choosing;
    private IntConsumer coordinateChosen = c -> { };

    public DimensionalHistogramPlot() {
        super("dimensional-histogram-plot", "histogram", "Histogram of the cloud", "f", "density");
        of.setId("histogram-of");
        of.getItems().addAll(LOSS, COORDINATE);
        of.getSelectionModel().select(0);
        of.setTooltip(new Tooltip("The particles' own losses; one coordinate θᵢ against its exact Gibbs marginal where "
                + "the landscape has one; or the cloud along an eigenvector uᵢ of the Hessian at its mean, (θ − θ̄)·uᵢ, "
                + "against the stationary Gaussian the rule predicts there"));
        of.getSelectionModel().selectedIndexProperty().addListener((o, a, b) -> {
            if (!choosing) {
                auto = false;
            }
            coordinate.setVisible(b.intValue() == 1);
            coordinate.setManaged(b.intValue() == 1);
        });
        coordinate.setId("histogram-coordinate");
        coordinate.setEditable(true);
        coordinate.setPrefWidth(80);
        coordinate.setVisible(false);
        coordinate.setManaged(false);
        coordinate.setTooltip(new Tooltip("Which coordinate θᵢ, 1 … d"));
        coordinate.valueProperty().addListener((o, a, b) -> {
            if (b != null) {
                coordinateChosen.accept(b - 1);
            }
        });
        header.getChildren().addAll(of, coordinate);
    }

    /** Where a chosen coordinate goes (0-based): the simulation takes that coordinate's histogram. */
    public void onCoordinate(IntConsumer chosen) {
        coordinateChosen = chosen;
    }

    /** The entry of eigenvector uᵢ. */
    static String along(int i) {
        return "along u" + (char) ('\u2080' + i);
    }

    /** Chooses the loss (0), the coordinate (1) or eigenvector uᵢ (i + 1), as the user would (tests). */
    void choose(int entry) {
        of.getSelectionModel().select(entry);
    }

    /** Chooses coordinate θ_c (1-based), as the user would (tests, render). */
    public void showCoordinate(int c) {
        auto = false;
        choose(1);
        coordinate.getValueFactory().setValue(c);
    }

    /** Shows the particles' own losses ({@code render --view losses}). */
    public void showLosses() {
        // Selecting the entry already selected (the loss, before the first snapshot) is no change the listener sees.
        auto = false;
        choose(0);
    }

    @Override
    public boolean show(DimensionalSnapshot s) {
        if (!writable(histogram, predicted, gibbs)) {
            return false;
        }
        DimensionalHistograms h = s.histograms();
        List<DimensionalHistograms.Direction> along = h.directions();
        choosing = true;
        while (of.getItems().size() < FIXED + along.size()) {
            of.getItems().add(along(of.getItems().size() - FIXED + 1));
        }
        if (auto && !along.isEmpty()) {
            of.getSelectionModel().select(FIXED);
        }
        choosing = false;
        var factory = (javafx.scene.control.SpinnerValueFactory.IntegerSpinnerValueFactory) coordinate.getValueFactory();
        factory.setMax(s.config().dimension());
        int choice = Math.max(0, of.getSelectionModel().getSelectedIndex());
        if (h.loss() == null) {
            histogram.clearData();
            predicted.clearData();
            gibbs.clearData();
            subtitle.setText("no live particles");
            return true;
        }
        DimensionalHistograms.Direction d = choice < FIXED || choice - FIXED >= along.size() ? null
                : along.get(choice - FIXED);
        DimensionalHistograms.Coordinate c = choice == 1 ? h.coordinate() : null;
        Histogram bars = d != null ? d.histogram() : c != null ? c.histogram() : h.loss();
        int bins = bars.bins();
        double[] centres = new double[bins];
        double top = 0;
        for (int k = 0; k < bins; k++) {
            centres[k] = bars.center(k);
            top = Math.max(top, bars.density()[k]);
        }
        histogram.set(centres, bars.density(), bins, true);
        boolean predicts = d != null && d.predicts();
        setListed(predicted, predicts);
        if (predicts) {
            double[] curve = new double[bins];
            for (int k = 0; k < bins; k++) {
                curve[k] = d.predictedDensity(centres[k]);
                top = Math.max(top, curve[k]);
            }
            predicted.set(centres, curve, bins, true);
        } else if (predicted.getDataCount() > 0) {
            predicted.clearData();
        }
        boolean exact = c != null && c.gibbs() != null;
        setListed(gibbs, exact);
        if (exact) {
            double[] xs = new double[CURVE_POINTS];
            double[] ys = new double[CURVE_POINTS];
            for (int k = 0; k < CURVE_POINTS; k++) {
                xs[k] = bars.lo() + (bars.hi() - bars.lo()) * k / (CURVE_POINTS - 1);
                ys[k] = c.gibbs().density().applyAsDouble(xs[k]);
                top = Math.max(top, ys[k]);
            }
            gibbs.set(xs, ys, CURVE_POINTS, true);
        } else if (gibbs.getDataCount() > 0) {
            gibbs.clearData();
        }
        xRange.set(bars.lo(), bars.hi());
        yRange.fit(0, top);
        xAxis.setName(d != null ? "(θ − mean θ)·u" + (char) ('\u2080' + d.index())
                : c != null ? "θ" + subscript(c.index() + 1) : "f(θᵢ)");
        subtitle.setText(c != null ? caption(c, bars, s) : caption(d, bars, s));
        return true;
    }

    /** n in subscript digits (θ₁₂). */
    static String subscript(int n) {
        StringBuilder b = new StringBuilder();
        for (char ch : Integer.toString(n).toCharArray()) {
            b.append((char) ('\u2080' + (ch - '0')));
        }
        return b.toString();
    }

    private static String caption(DimensionalHistograms.Coordinate c, Histogram bars, DimensionalSnapshot s) {
        String outside = bars.outside() > 0 ? "; " + bars.outside() + " outside the plotted range" : "";
        String text = "θ" + subscript(c.index() + 1) + ": mean " + Display.number(c.mean()) + ", variance "
                + Display.number(c.measured());
        if (c.gibbs() != null) {
            text += " against the exact Gibbs marginal " + c.gibbs().formula() + " at T = "
                    + Display.number(s.params().temperature());
        } else {
            text += "; no closed-form Gibbs marginal for this landscape";
        }
        return text + outside;
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

    /** The Gibbs marginal's points now (0 when none is drawn), for tests. */
    public int gibbsPoints() {
        return gibbs.getDataCount();
    }

    /** The predicted curve's points now (0 when none is drawn), for tests. */
    public int predictedPoints() {
        return predicted.getDataCount();
    }
}
