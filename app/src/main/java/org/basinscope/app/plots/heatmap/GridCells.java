package org.basinscope.app.plots.heatmap;

import java.util.List;
import org.basinscope.app.controls.Display;
import org.basinscope.engine.analysis.Sweep;
import org.basinscope.engine.grid.Axis;
import org.basinscope.engine.grid.Grid;
import org.basinscope.engine.grid.GridResult;
import org.basinscope.engine.grid.Knob;
import org.basinscope.engine.grid.PointResult;

/**
 * What a heat map shows of a two-axis grid sweep, immutable: the readout and its standard error per cell, and
 * which cells are in so far. Cell (i, j) is the i-th value of the first axis (x) and the j-th of the second (y),
 * grid point i·n_y + j (row-major, {@link Grid#point}). A sweep that is still running hands over a new copy per
 * batch of finished points ({@link #with}), so the FX thread never shares arrays with the workers.
 *
 * @param x       the first axis (drawn horizontally)
 * @param y       the second axis (drawn vertically)
 * @param readout what was measured
 * @param mean    the readout per grid point (NaN where not in yet, or where a run diverged)
 * @param stderr  its standard error over the seeds (NaN with one seed)
 * @param filled  which points are in
 */
public record GridCells(Axis x, Axis y, Sweep.Readout readout, double[] mean, double[] stderr, boolean[] filled) {

    public GridCells {
        int n = x.size() * y.size();
        if (mean.length != n || stderr.length != n || filled.length != n) {
            throw new IllegalArgumentException("need " + n + " cells");
        }
        mean = mean.clone();
        stderr = stderr.clone();
        filled = filled.clone();
    }

    /** No cell in yet. */
    public static GridCells empty(Grid grid, Sweep.Readout readout) {
        List<Axis> a = grid.axes();
        if (a.size() != 2) {
            throw new IllegalArgumentException("a heat map needs two axes, got " + a.size());
        }
        int n = grid.size();
        double[] nan = new double[n];
        java.util.Arrays.fill(nan, Double.NaN);
        return new GridCells(a.get(0), a.get(1), readout, nan, nan, new boolean[n]);
    }

    /** Every cell of a finished sweep. */
    public static GridCells of(GridResult r) {
        boolean[] all = new boolean[r.mean().length];
        java.util.Arrays.fill(all, true);
        return new GridCells(r.axes().get(0), r.axes().get(1), r.job().readout(), r.mean(), r.stderr(), all);
    }

    /** These cells with {@code points} filled in. */
    public GridCells with(List<PointResult> points) {
        double[] m = mean.clone();
        double[] s = stderr.clone();
        boolean[] f = filled.clone();
        for (PointResult r : points) {
            m[r.point()] = r.mean();
            s[r.point()] = r.stderr();
            f[r.point()] = true;
        }
        return new GridCells(x, y, readout, m, s, f);
    }

    @Override
    public double[] mean() {
        return mean.clone();
    }

    @Override
    public double[] stderr() {
        return stderr.clone();
    }

    @Override
    public boolean[] filled() {
        return filled.clone();
    }

    public int point(int i, int j) {
        return i * y.size() + j;
    }

    public double mean(int i, int j) {
        return mean[point(i, j)];
    }

    public double stderr(int i, int j) {
        return stderr[point(i, j)];
    }

    public boolean filled(int i, int j) {
        return filled[point(i, j)];
    }

    /** How many cells are in. */
    public int done() {
        int n = 0;
        for (boolean f : filled) {
            n += f ? 1 : 0;
        }
        return n;
    }

    /** What hovering over cell (i, j) says, e.g. {@code η = 0.04, B = 2: variance 0.0102 ± 0.0002}. */
    public String describe(int i, int j) {
        String at = symbol(x.knob()) + " = " + Display.number(x.value(i)) + ", " + symbol(y.knob()) + " = "
                + Display.number(y.value(j)) + ": ";
        if (!filled(i, j)) {
            return at + "not computed yet";
        }
        double m = mean(i, j);
        if (Double.isNaN(m)) {
            return at + readout.label() + " undefined (a run diverged)";
        }
        double s = stderr(i, j);
        return at + readout.label() + " " + Display.number(m) + (Double.isNaN(s) ? "" : " ± " + Display.number(s));
    }

    /** The parameter's symbol in hover text and CSV headers. */
    public static String symbol(Knob k) {
        return switch (k) {
            case ETA -> "η";
            case BATCH -> "B";
            case TEMPERATURE -> "T";
            case FRICTION -> "γ";
            case MOMENTUM -> "β";
            case ETA_OVER_B -> "η (η/B fixed)";
        };
    }

    /**
     * The edges of the cells around {@code values} (ascending): half-way between neighbours, in log where the axis
     * is logarithmic (so cells are equally wide on a log axis), and as far beyond the ends as the next edge inside.
     */
    public static double[] edges(Axis a) {
        double[] v = a.values();
        int n = v.length;
        double[] e = new double[n + 1];
        for (int k = 1; k < n; k++) {
            e[k] = a.log() ? Math.sqrt(v[k - 1] * v[k]) : (v[k - 1] + v[k]) / 2;
        }
        e[0] = a.log() ? v[0] * v[0] / e[1] : 2 * v[0] - e[1];
        e[n] = a.log() ? v[n - 1] * v[n - 1] / e[n - 1] : 2 * v[n - 1] - e[n - 1];
        return e;
    }

    /** The index of the cell holding {@code value} between {@code edges}, or −1 outside them. */
    public static int cellOf(double[] edges, double value) {
        for (int k = 0; k + 1 < edges.length; k++) {
            if (value >= edges[k] && value < edges[k + 1]) {
                return k;
            }
        }
        return -1;
    }
}
