package org.basinscope.engine.grid;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.basinscope.engine.dynamics.Params;
import org.basinscope.engine.spec.InvalidInputException;

/**
 * The points of a sweep: the product of one to five axes, each a different parameter. Points are
 * numbered in row-major order — the last axis varies fastest — so point p of axes of sizes
 * (n₀, n₁) is (p / n₁, p mod n₁); this flat index is what a point's seeds derive from
 * ({@link GridJob#seed}), which makes a one-axis grid the same runs as the one-parameter sweep.
 *
 * <p>Text form ({@link #parse}): axes separated by commas, e.g.
 * {@code eta=0.01:1:12:log,batch=1:256:9:log}. {@code eta/b} (η along η/B = const) excludes
 * {@code eta} and {@code batch}, which it sets itself.
 */
public record Grid(List<Axis> axes) {
    /** At most this many points in one grid (before seeds). */
    public static final int MAX_POINTS = 100_000;

    public Grid {
        axes = List.copyOf(axes);
        if (axes.isEmpty()) {
            throw new InvalidInputException("a grid needs at least one axis");
        }
        EnumSet<Knob> seen = EnumSet.noneOf(Knob.class);
        long points = 1;
        for (Axis a : axes) {
            if (!seen.add(a.knob())) {
                throw new InvalidInputException("the grid varies " + a.knob().key() + " twice");
            }
            points *= a.size();
            if (points > MAX_POINTS) {
                throw new InvalidInputException("the grid has more than " + MAX_POINTS + " points (" + shapeText(axes)
                        + "); use fewer points per axis");
            }
        }
        if (seen.contains(Knob.ETA_OVER_B) && (seen.contains(Knob.ETA) || seen.contains(Knob.BATCH))) {
            throw new InvalidInputException("eta/b sets both η and B; it cannot be combined with an eta or batch axis");
        }
    }

    /** Parses {@code NAME=FROM:TO:POINTS[:log],...}. */
    public static Grid parse(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException("--grid needs at least one axis NAME=FROM:TO:POINTS[:log]; names: "
                    + Knob.names());
        }
        List<Axis> axes = new ArrayList<>();
        for (String part : text.split(",", -1)) {
            axes.add(Axis.parse(part));
        }
        return new Grid(axes);
    }

    /** A grid of one axis. */
    public static Grid of(Axis axis) {
        return new Grid(List.of(axis));
    }

    /** The number of points. */
    public int size() {
        int n = 1;
        for (Axis a : axes) {
            n *= a.size();
        }
        return n;
    }

    /** The size of each axis, in order. */
    public int[] shape() {
        return axes.stream().mapToInt(Axis::size).toArray();
    }

    /** The index along each axis of point {@code point} (row-major). */
    public int[] coordinates(int point) {
        if (point < 0 || point >= size()) {
            throw new IndexOutOfBoundsException("point " + point + " of " + size());
        }
        int[] c = new int[axes.size()];
        int rest = point;
        for (int a = axes.size() - 1; a >= 0; a--) {
            c[a] = rest % axes.get(a).size();
            rest /= axes.get(a).size();
        }
        return c;
    }

    /** The flat index of the point at {@code coordinates} (one index per axis). */
    public int point(int... coordinates) {
        if (coordinates.length != axes.size()) {
            throw new IllegalArgumentException("need " + axes.size() + " indices, got " + coordinates.length);
        }
        int p = 0;
        for (int a = 0; a < axes.size(); a++) {
            int n = axes.get(a).size();
            if (coordinates[a] < 0 || coordinates[a] >= n) {
                throw new IndexOutOfBoundsException("index " + coordinates[a] + " on axis " + a + " of size " + n);
            }
            p = p * n + coordinates[a];
        }
        return p;
    }

    /** The parameters at point {@code point}: {@code base} with each axis' value set, in axis order. */
    public Params params(Params base, int point) {
        int[] c = coordinates(point);
        Params p = base;
        for (int a = 0; a < axes.size(); a++) {
            p = axes.get(a).knob().apply(p, base, axes.get(a).value(c[a]));
        }
        return p;
    }

    /** True if an axis sets B through η (then B differs from point to point without a batch axis). */
    public boolean followsBatch() {
        return axes.stream().anyMatch(a -> a.knob() == Knob.ETA_OVER_B);
    }

    private static String shapeText(List<Axis> axes) {
        StringBuilder b = new StringBuilder();
        for (Axis a : axes) {
            b.append(b.length() == 0 ? "" : " × ").append(a.size());
        }
        return b.toString();
    }
}
