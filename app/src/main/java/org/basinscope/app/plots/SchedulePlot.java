package org.basinscope.app.plots;

import io.fair_acc.dataset.spi.DoubleDataSet;
import org.basinscope.app.controls.Display;
import org.basinscope.app.export.Series;
import org.basinscope.app.views.Palette;
import org.basinscope.engine.dynamics.Schedule;
import org.basinscope.engine.live.Snapshot;
import org.basinscope.engine.live.probe.LiveProbes;
import org.basinscope.engine.live.probe.ScheduleProbe;

/**
 * The learning-rate or temperature schedule of the run (seed 001, annealing schedules): the planned
 * value base·factor(t) over the next steps, the values the run actually used, and a marker at the
 * current step. Small, under the schedule picker.
 */
public final class SchedulePlot extends ChartPanel implements LivePlot {
    private static final int PLAN_POINTS = 400;

    private final DoubleDataSet plan = series(Series.Kind.LINE, Palette.BLUE, "planned");
    private final DoubleDataSet used = series(Series.Kind.MARKERS, Palette.VERMILLION, "used by the run");
    private final DoubleDataSet now = series(Series.Kind.DASHED, Palette.BLACK, "now");
    private final AxisRange xRange = new AxisRange(xAxis, 0.5).minSpan(10).floorAtZero();
    private final AxisRange yRange = new AxisRange(yAxis, 0.3).minSpan(1e-12).fromZero();

    public SchedulePlot() {
        super("schedule-plot", "schedule", "Schedule", "step", "η_t");
        unlisted(now);
        chart.setLegendVisible(false);
        ((javafx.scene.layout.Region) node()).setPrefHeight(170);
        ((javafx.scene.layout.Region) node()).setMinHeight(150);
    }

    @Override
    protected double markerSize(io.fair_acc.dataset.DataSet set) {
        return 2.5;
    }

    @Override
    public boolean show(Snapshot s) {
        if (!writable(plan, used, now)) {
            return false;
        }
        Schedule schedule = s.config().schedule();
        boolean temperature = schedule.temperature();
        double base = temperature ? s.baseParams().temperature() : s.baseParams().eta();
        long step = s.step();
        // Two periods ahead, or far enough to show where the run is.
        double horizon = Math.max(2 * schedule.period(), 1.25 * step);
        double[] px = new double[PLAN_POINTS];
        double[] py = new double[PLAN_POINTS];
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < PLAN_POINTS; k++) {
            long t = 1 + Math.round(k * (horizon - 1) / (PLAN_POINTS - 1));
            px[k] = t;
            py[k] = base * schedule.factor(t);
            lo = Math.min(lo, py[k]);
            hi = Math.max(hi, py[k]);
        }
        plan.set(px, py, PLAN_POINTS, false);
        ScheduleProbe.Trace trace = s.get(LiveProbes.SCHEDULE);
        double[] column = temperature ? trace.temperature() : trace.eta();
        int n = column.length;
        used.set(trace.step().clone(), column.clone(), n, false);
        hi = Math.max(hi, base);
        now.set(new double[] {step, step}, new double[] {Math.min(lo, 0), hi}, 2, false);
        xRange.fit(0, horizon);
        yRange.fit(Math.min(lo, 0), hi);
        String what = temperature ? "T" : "η";
        yAxis.setName(what + "_t");
        title.setText("Schedule of " + what + ": " + schedule.kind());
        double current = n == 0 ? base : column[n - 1];
        subtitle.setText(what + "_t = " + what + "·factor(t); now " + what + " = " + Display.number(current) + " at step "
                + step);
        return true;
    }
}
