package org.basinscope.app.plots;

import io.fair_acc.dataset.spi.DoubleDataSet;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import org.basinscope.app.controls.Display;
import org.basinscope.app.export.Series;
import org.basinscope.app.views.Palette;
import org.basinscope.engine.analysis.Histogram;
import org.basinscope.engine.analysis.KongTaoDensity;
import org.basinscope.engine.analysis.Readouts;
import org.basinscope.engine.live.Snapshot;
import org.basinscope.engine.live.probe.DistributionProbe;
import org.basinscope.engine.live.probe.ForecastProbe;
import org.basinscope.engine.live.probe.LiveProbes;

/**
 * Histogram of one coordinate of the particles against the exact Gibbs marginal
 * exp(−f/T_eff)/Z at the current settings, on the same bins (bin-averaged density).
 */
public final class HistogramPlot extends ChartPanel implements LivePlot {
    private final DoubleDataSet histogram = series(Series.Kind.STEPS, Palette.SKY_BLUE, "particles");
    private final DoubleDataSet gibbs = series(Series.Kind.LINE, Palette.VERMILLION, "Gibbs exp(−f/T_eff)/Z");
    private final DoubleDataSet forecast = series(Series.Kind.LINE, Palette.BLUISH_GREEN, "Fokker–Planck p(x, t)");
    private final ToggleButton showX = new ToggleButton("x");
    private final ToggleButton showY = new ToggleButton("y");
    private final AxisRange xRange = new AxisRange(xAxis, 0);
    private final AxisRange yRange = new AxisRange(yAxis, 0.4).fromZero();

    public HistogramPlot() {
        super("histogram-plot", "histogram", "Histogram vs Gibbs", "x", "density");
        setListed(forecast, false);
        ToggleGroup axis = new ToggleGroup();
        showX.setToggleGroup(axis);
        showY.setToggleGroup(axis);
        showX.setSelected(true);
        showX.setId("histogram-x");
        showY.setId("histogram-y");
        showX.setTooltip(new Tooltip("Histogram of x against the Gibbs marginal ∫ exp(−f/T_eff) dy / Z"));
        showY.setTooltip(new Tooltip("Histogram of y against the Gibbs marginal ∫ exp(−f/T_eff) dx / Z"));
        axis.selectedToggleProperty().addListener((o, a, b) -> {
            if (b == null) {
                a.setSelected(true);
            }
        });
        header.getChildren().addAll(showX, showY);
    }

    /** Which coordinate is shown: "x" or "y" (saved with a session). */
    public String axis() {
        return showY.isSelected() ? "y" : "x";
    }

    public void setAxis(String axis) {
        ("y".equals(axis) ? showY : showX).setSelected(true);
    }

    @Override
    public boolean show(Snapshot s) {
        if (!writable(histogram, gibbs, forecast)) {
            return false;
        }
        DistributionProbe.Distribution d = s.get(LiveProbes.DISTRIBUTION);
        boolean two = d.y() != null;
        showY.setDisable(!two);
        boolean y = two && showY.isSelected();
        Histogram h = y ? d.y() : d.x();
        double[] density = y ? d.gibbsY() : d.gibbsX();
        int bins = h.bins();
        double[] centres = new double[bins];
        for (int k = 0; k < bins; k++) {
            centres[k] = h.center(k);
        }
        histogram.set(centres, h.density(), bins, true);
        double top = 0;
        for (int k = 0; k < bins; k++) {
            top = Math.max(top, Math.max(h.density()[k], density == null ? 0 : density[k]));
        }
        xRange.set(h.lo(), h.hi());
        yRange.fit(0, top);
        if (density != null) {
            gibbs.set(centres, density, bins, true);
            if (!d.gibbsLabel().equals(gibbs.getName())) {
                gibbs.setName(d.gibbsLabel());
            }
        } else {
            gibbs.clearData();
        }
        ForecastProbe.Forecast forecastNow = y ? null : s.get(LiveProbes.FORECAST);
        double[] p = forecastNow == null ? null : forecastNow.density();
        setListed(forecast, p != null);
        if (p != null) {
            forecast.set(centres, p, bins, true);
            for (double v : p) {
                top = Math.max(top, v);
            }
            yRange.fit(0, top);
        } else if (forecast.getDataCount() > 0) {
            forecast.clearData();
        }
        xAxis.setName(y ? "y" : "x");
        Readouts readouts = s.get(LiveProbes.READOUTS);
        double teff = readouts.effectiveTemperature();
        String outside = h.outside() > 0 ? "; " + h.outside() + " particles outside the plotted range" : "";
        boolean kongTao = KongTaoDensity.applies(s.config().landscape(), s.config().dynamics());
        subtitle.setText(kongTao
                ? "GD on the multiscale loss: Kong–Tao's near-Gibbs density of f0 = x²/2 at ησ²/2 = "
                        + Display.number(KongTaoDensity.temperature(s.config().landscape().multiscale(), s.params()))
                        + " (valid in the globally chaotic regime, η ≫ ε)" + outside
                : density != null
                ? "T_eff = " + Display.number(teff) + " (" + s.config().dynamics().name() + ")" + outside
                : (Double.isNaN(teff)
                        ? "no Gibbs curve: " + s.config().dynamics().temperatureFormula()
                        : "no Gibbs curve: " + s.config().dynamics().name() + " is deterministic (T_eff = 0)") + outside);
        if (p != null) {
            subtitle.setText(subtitle.getText() + "; green: Fokker–Planck from the start, relaxation time 1/μ₁ = "
                    + Display.number(1 / forecastNow.spectralGap()));
        }
        return true;
    }
}
