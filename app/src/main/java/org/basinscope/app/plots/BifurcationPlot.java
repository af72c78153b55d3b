package org.basinscope.app.plots;

import io.fair_acc.chartfx.plugins.XValueIndicator;
import io.fair_acc.dataset.spi.DoubleDataSet;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleConsumer;
import javafx.geometry.Point2D;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import org.basinscope.app.controls.Display;
import org.basinscope.app.export.Series;
import org.basinscope.app.views.Palette;
import org.basinscope.engine.analysis.CriticalPoint;
import org.basinscope.engine.chaos.Bifurcation;
import org.basinscope.engine.live.Snapshot;
import org.basinscope.engine.spec.InvalidInputException;
import org.basinscope.engine.spec.Numbers;

/**
 * The bifurcation (orbit) diagram over η for the current landscape and dynamics: the long-run
 * positions x against η, a marker at the live η (click the diagram to set η there), and dashed lines
 * at η = 2/λ for the minima's curvatures, where GD's fixed points lose stability. The diagram itself is
 * computed in the background (see the window), never on the FX thread.
 */
public final class BifurcationPlot extends ChartPanel implements LivePlot {
    /** Points per η drawn (the result may hold more). */
    public static final int DRAWN_PER_ETA = 100;

    private final DoubleDataSet points = series(Series.Kind.MARKERS, Palette.BLUE, "orbit points");
    private final XValueIndicator live;
    private final List<XValueIndicator> edges = new ArrayList<>();
    private final TextField from = new TextField();
    private final TextField to = new TextField();
    private final ProgressBar progress = new ProgressBar();
    private final Button cancel = new Button("✕");
    private final Label status = new Label();
    private final AxisRange yRange = new AxisRange(yAxis, 0.2).minSpan(0.1);
    private Object edgesFor;
    private double[] range;
    private Runnable onRangeChange = () -> { };

    public BifurcationPlot(DoubleConsumer setEta) {
        super("bifurcation-plot", "bifurcation", "Bifurcation diagram", "learning rate η", "x (after the transient)");
        live = new XValueIndicator(xAxis, 0, "η");
        live.setEditable(false);
        chart.getPlugins().add(live);
        xAxis.setAutoRanging(false);
        from.setPrefColumnCount(6);
        to.setPrefColumnCount(6);
        from.setId("bifurcation-from");
        to.setId("bifurcation-to");
        from.setTooltip(new Tooltip("Smallest η of the diagram (Enter to recompute)"));
        to.setTooltip(new Tooltip("Largest η of the diagram (Enter to recompute)"));
        from.setOnAction(e -> typedRange());
        to.setOnAction(e -> typedRange());
        progress.setPrefWidth(70);
        progress.setVisible(false);
        cancel.setVisible(false);
        cancel.setTooltip(new Tooltip("Stop computing (the old diagram stays)"));
        status.getStyleClass().add("field-error");
        header.getChildren().addAll(new Label("η from"), from, new Label("to"), to, progress, cancel);
        subtitle.setText("click the diagram to set η");
        explorer().onClick(e -> {
            if (range != null) {
                Point2D p = chart.getCanvas().sceneToLocal(e.getSceneX(), e.getSceneY());
                double eta = xAxis.getValueForDisplay(p.getX());
                if (eta > 0) {
                    setEta.accept(eta);
                }
            }
        });
    }

    /** Called when the user typed a new η range. */
    public void setOnRangeChange(Runnable action) {
        onRangeChange = action;
    }

    /** The η range the diagram covers, or null before the first one. */
    public double[] range() {
        return range == null ? null : range.clone();
    }

    /** Sets the range (shown in the fields; the caller recomputes). */
    public void setRange(double lo, double hi) {
        range = new double[] {lo, hi};
        from.setText(Display.number(lo).replace('−', '-'));
        to.setText(Display.number(hi).replace('−', '-'));
        explorer().forget();
        xAxis.set(lo, hi);
    }

    private void typedRange() {
        try {
            double lo = Numbers.parse("η from", from.getText());
            double hi = Numbers.parse("η to", to.getText());
            if (!(lo > 0 && hi > lo)) {
                throw new InvalidInputException("need 0 < from < to");
            }
            setRange(lo, hi);
            status.setText("");
            onRangeChange.run();
        } catch (InvalidInputException e) {
            subtitle.setText("Range not changed: " + e.getMessage());
        }
    }

    /** A logarithmic η axis (for ranges over decades, as Kong–Tao's). */
    public void setLogScale(boolean log) {
        if (xAxis.isLogAxis() != log) {
            xAxis.setLogAxis(log);
            xAxis.set(range[0], range[1]);
        }
    }

    /** Shows the job's progress (negative: idle) and wires its cancel button. */
    public void showProgress(double fraction, Runnable cancelAction) {
        boolean running = fraction >= 0;
        progress.setVisible(running);
        cancel.setVisible(running);
        progress.setProgress(Math.max(0, fraction));
        cancel.setOnAction(e -> cancelAction.run());
    }

    /** A freshly computed diagram. */
    public void setResult(Bifurcation.Result r, String what) {
        int count = r.eta().length;
        int per = count == 0 ? 0 : Math.min(DRAWN_PER_ETA, r.points()[0].length);
        double[] x = new double[count * per];
        double[] y = new double[count * per];
        int m = 0;
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        int[] periods = new int[4];
        for (int k = 0; k < count; k++) {
            int period = r.period()[k];
            if (period == -1) {
                periods[3]++;
                continue;
            }
            // Stable cycles whose period was not resolved count with the periodic ones.
            periods[period == 0 ? 2 : period == 1 ? 0 : 1]++;
            double[] p = r.points()[k];
            for (int i = p.length - per; i < p.length; i++) {
                x[m] = r.eta()[k];
                y[m] = p[i];
                lo = Math.min(lo, p[i]);
                hi = Math.max(hi, p[i]);
                m++;
            }
        }
        if (writable(points)) {
            points.set(x, y, m, false);
        }
        yRange.fit(lo, hi);
        subtitle.setText(what + ": " + periods[0] + " η converge, " + periods[1] + " periodic (stable cycles), " + periods[2]
                + " aperiodic, " + periods[3] + " diverge. Click to set η.");
    }

    /** A failed or refused computation. */
    public void setError(String message) {
        subtitle.setText("No diagram: " + message);
    }

    @Override
    public boolean show(Snapshot s) {
        live.setValue(s.params().eta());
        live.setText("η = " + Display.number(s.params().eta()));
        if (edgesFor != s.critical()) {
            edgesFor = s.critical();
            chart.getPlugins().removeAll(edges);
            edges.clear();
            for (CriticalPoint c : s.critical().truncated() ? java.util.List.<CriticalPoint>of()
                    : s.critical().of(CriticalPoint.Kind.MINIMUM)) {
                if (c.lambdaMax() > 0 && edges.size() < 6) {
                    XValueIndicator edge = new XValueIndicator(xAxis, 2 / c.lambdaMax(), "2/λ = " + Display.number(2 / c.lambdaMax()));
                    edge.setEditable(false);
                    edges.add(edge);
                }
            }
            chart.getPlugins().addAll(edges);
        }
        return true;
    }
}
