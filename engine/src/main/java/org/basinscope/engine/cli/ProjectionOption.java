package org.basinscope.engine.cli;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.basinscope.engine.analysis.LandscapeGrid;
import org.basinscope.engine.analysis.Progress;
import org.basinscope.engine.analysis.projection.Centre;
import org.basinscope.engine.analysis.projection.Extent;
import org.basinscope.engine.analysis.projection.Plane;
import org.basinscope.engine.analysis.projection.PlaneGrid;
import org.basinscope.engine.analysis.projection.ProjectedCloud;
import org.basinscope.engine.analysis.projection.Projection;
import org.basinscope.engine.dynamics.ParticleArrays;
import org.basinscope.engine.ensemble.BlockRunner;
import org.basinscope.engine.landscape.VectorLandscape;
import org.basinscope.engine.spec.InvalidInputException;
import picocli.CommandLine.Option;

/**
 * {@code simulate --projection PLANE}: the final cloud projected onto a plane ({@link Projection}) and the loss
 * on a grid over it, added to the output as {@code projection}. Used as a picocli mixin.
 */
public final class ProjectionOption {
    /** At most this many particles are listed (the grid and the extent use them all). */
    static final int SHOWN = 10_000;

    @Option(names = "--projection", paramLabel = "PLANE", description = "Add projection: the final particles' "
            + "coordinates (a, b) on a plane and the loss on a grid over it; PLANE: " + Plane.FORMS + ".")
    String plane;

    @Option(names = "--centre", paramLabel = "C", description = "The plane's centre (default mean): " + Centre.FORMS + ".")
    String centre;

    @Option(names = "--projection-grid", paramLabel = "n[,m]", description = "Grid points along a and b (default 41).")
    String grid;

    @Option(names = "--projection-extent", paramLabel = "a0:a1,b0:b1",
            description = "The grid's range (default: the particles' and the centre's, padded by a tenth).")
    String extent;

    /** True if --projection was given; the other options are refused without it. */
    boolean requested() {
        if (plane == null && (centre != null || grid != null || extent != null)) {
            throw new InvalidInputException("--centre, --projection-grid and --projection-extent need --projection");
        }
        return plane != null;
    }

    /** Parses every option and checks the landscape's dimension, so bad input fails before the run. */
    void check(VectorLandscape f) {
        if (!requested()) {
            return;
        }
        Plane.parse(plane);
        centreSpec();
        gridSize();
        extentGiven();
        if (f.dimension() < 2) {
            throw new InvalidInputException("--projection needs d ≥ 2; this landscape has d = " + f.dimension());
        }
    }

    /** The {@code projection} object for the final cloud, or null without --projection. */
    Map<String, Object> json(VectorLandscape f, ParticleArrays cloud, BlockRunner runner) {
        if (!requested()) {
            return null;
        }
        Projection p = Projection.of(f, cloud, Plane.parse(plane), centreSpec(), runner);
        ProjectedCloud pc = ProjectedCloud.of(p, f, cloud, runner);
        Extent e = extentGiven() != null ? extentGiven() : Extent.around(pc);
        int[] n = gridSize();
        LandscapeGrid g = PlaneGrid.sample(p, f, e, n[0], n[1], runner, Progress.NONE);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("plane", p.plane().spec());
        json.put("centre", centreSpec().spec());
        // Where the plane passes (the first coordinates) and the loss there: a minimum's is its depth.
        json.put("centrePoint", Json.numbers(Arrays.copyOf(p.centre(), Math.min(10, p.centre().length))));
        json.put("centreLoss", Json.number(f.value(p.centre())));
        json.put("orthonormal", p.directions().orthonormal());
        json.put("extent", Map.of("a", Json.numbers(new double[] {e.aMin(), e.aMax()}),
                "b", Json.numbers(new double[] {e.bMin(), e.bMax()})));
        json.put("grid", n);
        // Row j is b_j, column i is a_i, at the cells' centres.
        json.put("loss", Json.nested(g.values(), new int[] {g.ny(), g.nx()}));
        json.put("lossMin", Json.number(g.min()));
        json.put("lossMax", Json.number(g.max()));
        int shown = Math.min(pc.size(), SHOWN);
        json.put("a", Json.numbers(Arrays.copyOf(pc.a(), shown)));
        json.put("b", Json.numbers(Arrays.copyOf(pc.b(), shown)));
        json.put("particleLoss", Json.numbers(Arrays.copyOf(pc.loss(), shown)));
        if (shown < pc.size()) {
            json.put("shown", "particles 0 to " + (shown - 1) + " of " + pc.size());
        }
        return json;
    }

    private Centre centreSpec() {
        return Centre.parse(centre == null ? "mean" : centre);
    }

    private int[] gridSize() {
        return Ranges.grid("--projection-grid", grid == null ? "41" : grid);
    }

    private Extent extentGiven() {
        if (extent == null) {
            return null;
        }
        String[] parts = extent.split(",", -1);
        if (parts.length != 2) {
            throw new InvalidInputException("--projection-extent '" + extent + "' must be a0:a1,b0:b1");
        }
        double[] a = Ranges.range("--projection-extent", parts[0]);
        double[] b = Ranges.range("--projection-extent", parts[1]);
        return new Extent(a[0], a[1], b[0], b[1]);
    }
}
