package org.basinscope.app.plots;

import io.fair_acc.dataset.spi.DoubleDataSet;
import io.fair_acc.dataset.DataSet;
import java.util.Arrays;
import org.basinscope.app.export.Series;
import org.basinscope.app.views.Palette;
import org.basinscope.engine.live.Cloud;
import org.basinscope.engine.live.Snapshot;
import org.basinscope.engine.live.probe.LiveProbes;
import org.basinscope.engine.live.probe.TrailsProbe;

/**
 * The phase portrait that fits the dynamics: (x, v) for momentum and underdamped Langevin, the
 * (θ1, θ2) trajectories of the first particles on a 2-D landscape, and the return map (x_t, x_{t+1})
 * of 1-D dynamics — with the diagonal and, for GD, the exact map x − ηf'(x), whose slope at a fixed
 * point is the multiplier 1 − ηf''.
 */
public final class PhasePlot extends ChartPanel implements LivePlot {
    /** Points of the cloud drawn as markers (more would slow ChartFX for no visual gain). */
    private static final int CLOUD = 2_000;
    private static final int CURVE = 400;

    private final DoubleDataSet cloud = new DoubleDataSet("particles");
    private final DoubleDataSet path = new DoubleDataSet("particle 0");
    private final DoubleDataSet guide = new DoubleDataSet("guide");
    private final DoubleDataSet map = new DoubleDataSet("map");
    private boolean fewPoints;
    private final AxisRange xRange = new AxisRange(xAxis, 0.3).minSpan(0.1);
    private final AxisRange yRange = new AxisRange(yAxis, 0.3).minSpan(0.1);
    /** (θ1, θ2) and (x_t, x_t+1) share one scale; (x, v) are different quantities and do not. */
    private final EqualAspect aspect = new EqualAspect(xAxis, yAxis, xRange, yRange);

    public PhasePlot() {
        super("phase-plot", "phase", "Phase portrait", "x", "v");
        draw(Series.Kind.MARKERS, Palette.BLUE, cloud);
        draw(Series.Kind.DASHED, Palette.BLACK, guide);
        draw(Series.Kind.LINE, Palette.BLUISH_GREEN, map);
        unlisted(map);
        draw(Series.Kind.LINE, Palette.VERMILLION, path);
    }

    @Override
    protected double markerSize(DataSet set) {
        return fewPoints ? 3 : 1.2;
    }

    @Override
    public boolean show(Snapshot s) {
        if (!writable(cloud, path, guide, map)) {
            return false;
        }
        TrailsProbe.Paths t = s.get(LiveProbes.TRAILS);
        Cloud particles = s.cloud();
        boolean velocity = particles.vs() != null;
        boolean two = s.config().landscape().dimension() == 2;
        if (velocity) {
            title.setText("Phase portrait (x, v)");
            subtitle.setText("position and velocity of the particles; particle 0's recent path in vermillion");
            xAxis.setName("x");
            yAxis.setName("v");
            aspect.setOn(false);
            setCloud(particles.xs(), particles.vs());
            setPath(t.x()[0], t.v()[0]);
            guide.clearData();
            map.clearData();
        } else if (two) {
            title.setText("Trajectory (θ1, θ2)");
            subtitle.setText("particle 0's recent path in vermillion over the cloud");
            xAxis.setName("θ1 = x");
            yAxis.setName("θ2 = y");
            aspect.setOn(true);
            setCloud(particles.xs(), particles.ys());
            setPath(t.x()[0], t.y()[0]);
            guide.clearData();
            map.clearData();
        } else {
            title.setText("Return map (x_t, x_t+1)");
            xAxis.setName("x_t");
            yAxis.setName("x_t+1");
            aspect.setOn(true);
            returnMap(s, t.x()[0]);
        }
        return true;
    }

    private void setCloud(float[] a, float[] b) {
        int n = Math.min(CLOUD, a.length);
        double[] x = new double[n];
        double[] y = new double[n];
        double[] box = {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY,
            Double.NEGATIVE_INFINITY};
        for (int i = 0; i < n; i++) {
            x[i] = a[i];
            y[i] = b[i];
            box[0] = Math.min(box[0], x[i]);
            box[1] = Math.max(box[1], x[i]);
            box[2] = Math.min(box[2], y[i]);
            box[3] = Math.max(box[3], y[i]);
        }
        cloud.set(x, y, n, false);
        // Few particles: bigger dots so they can be seen (restyled only on a change: CSS is not free).
        boolean few = n < 300;
        if (few != fewPoints) {
            fewPoints = few;
            restyle(cloud);
        }
        xRange.fit(box[0], box[1]);
        yRange.fit(box[2], box[3]);
        aspect.apply();
    }

    /** The path without its NaN points (a diverged particle's trail ends in NaN; ChartFX gets only numbers). */
    private void setPath(double[] a, double[] b) {
        double[] x = new double[a.length];
        double[] y = new double[a.length];
        int m = 0;
        for (int k = 0; k < a.length; k++) {
            if (Double.isFinite(a[k]) && Double.isFinite(b[k])) {
                x[m] = a[k];
                y[m] = b[k];
                m++;
            }
        }
        path.set(x, y, m, false);
    }

    /**
     * The cobweb of particle 0's iterates: from (x_t, x_t) up to the map at (x_t, x_t+1), across to the
     * diagonal at (x_t+1, x_t+1), and so on — fixed points, period-2 cycles and divergence read off directly.
     */
    private void returnMap(Snapshot s, double[] trail) {
        double[] xs = Arrays.stream(trail).filter(Double::isFinite).toArray();
        int n = xs.length;
        int m = Math.max(0, 2 * n - 1);
        double[] cx = new double[m];
        double[] cy = new double[m];
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < n; k++) {
            cx[2 * k] = xs[k];
            cy[2 * k] = xs[k];
            if (k + 1 < n) {
                cx[2 * k + 1] = xs[k];
                cy[2 * k + 1] = xs[k + 1];
            }
            lo = Math.min(lo, xs[k]);
            hi = Math.max(hi, xs[k]);
        }
        cloud.clearData();
        path.set(cx, cy, m, false);
        if (!(hi > lo)) {
            double c = n > 0 ? xs[0] : 0;
            lo = c - 1;
            hi = c + 1;
        }
        double pad = 0.15 * (hi - lo);
        lo -= pad;
        hi += pad;
        guide.set(new double[] {lo, hi}, new double[] {lo, hi}, 2, false);
        xRange.fit(lo, hi);
        yRange.fit(lo, hi);
        aspect.apply();
        if (s.config().dynamics().gradientDescentStep()) {
            double eta = s.params().eta();
            double[] g = new double[2];
            double[] mx = new double[CURVE];
            double[] my = new double[CURVE];
            for (int k = 0; k < CURVE; k++) {
                mx[k] = lo + (hi - lo) * k / (CURVE - 1);
                s.config().landscape().gradient(mx[k], 0, g);
                my[k] = mx[k] - eta * g[0];
            }
            map.set(mx, my, CURVE, false);
            subtitle.setText("cobweb of particle 0's iterates; dashed: x_t+1 = x_t; green: the GD map x − ηf'(x)");
        } else {
            map.clearData();
            subtitle.setText("cobweb of particle 0's successive positions; dashed: x_t+1 = x_t (fixed points)");
        }
    }

    @Override
    protected double[] equalScalesRange() {
        return aspect.covered();
    }
}
