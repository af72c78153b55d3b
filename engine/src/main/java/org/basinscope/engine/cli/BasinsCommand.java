package org.basinscope.engine.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.basinscope.engine.chaos.BasinMap;
import org.basinscope.engine.dynamics.DynamicsCatalog;
import org.basinscope.engine.landscape.Landscape;
import org.basinscope.engine.spec.InvalidInputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code basinscope basins}: which attractor each start of a grid reaches, and the basins' measures. */
@Command(name = "basins", mixinStandardHelpOptions = true,
        description = "Basin map over a grid of starts: prints {attractors: [{position, fraction}], diverged, "
                + "notConverged}, fractions over all starts (and runs, for noisy dynamics).")
public final class BasinsCommand implements Callable<Integer> {
    @Mixin
    RunOptions run;

    @Option(names = "--x-range", paramLabel = "a:b", required = true, description = "Range of x.")
    String xRange;

    @Option(names = "--y-range", paramLabel = "c:d", description = "Range of y (2-D landscapes).")
    String yRange;

    @Option(names = "--grid", paramLabel = "n[,m]", defaultValue = "100", description = "Starts per axis (default ${DEFAULT-VALUE}).")
    String grid;

    @Option(names = "--runs", paramLabel = "R", defaultValue = "20", description = "Noisy dynamics: runs per start (default ${DEFAULT-VALUE}).")
    int runs;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Landscape f = run.landscape();
        DynamicsCatalog.Configured d = run.dynamics();
        double[] xr = Ranges.range("--x-range", xRange);
        double[] yr = {0, 0};
        if (f.dimension() == 2) {
            if (yRange == null) {
                throw new InvalidInputException("this landscape is 2-D: give --y-range c:d too");
            }
            yr = Ranges.range("--y-range", yRange);
        } else if (yRange != null) {
            throw new InvalidInputException("this landscape is 1-D: --y-range does not apply");
        }
        int[] g = Ranges.grid(grid);
        long steps = run.steps();
        if (steps > Integer.MAX_VALUE) {
            throw new InvalidInputException("--steps " + steps + " is too many for a basin map");
        }
        long t0 = System.nanoTime();
        BasinMap.Result r = BasinMap.compute(f, d.dynamics(), d.params(), new double[] {xr[0], xr[1], yr[0], yr[1]},
                g[0], g[1], (int) steps, runs, run.seed(), run.runner());
        double seconds = (System.nanoTime() - t0) * 1e-9;
        List<Map<String, Object>> attractors = new ArrayList<>();
        for (int a = 0; a < r.attractors().size(); a++) {
            Map<String, Object> one = new LinkedHashMap<>();
            double[] pos = r.attractors().get(a);
            one.put("position", f.dimension() == 2 ? Json.numbers(pos) : Json.numbers(new double[] {pos[0]}));
            one.put("fraction", r.fraction(a));
            attractors.add(one);
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("attractors", attractors);
        json.put("diverged", r.fraction(BasinMap.DIVERGED));
        json.put("notConverged", r.fraction(BasinMap.NOT_CONVERGED));
        json.put("grid", new int[] {r.nx(), r.ny()});
        json.put("runs", r.runs());
        json.put("stepsTaken", r.stepsTaken());
        json.put("seconds", seconds);
        Json.print(spec.commandLine().getOut(), json);
        return 0;
    }
}
