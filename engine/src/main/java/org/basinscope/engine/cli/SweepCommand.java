package org.basinscope.engine.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.basinscope.engine.analysis.Progress;
import org.basinscope.engine.analysis.Sweep;
import org.basinscope.engine.dynamics.DynamicsCatalog;
import org.basinscope.engine.dynamics.Schedule;
import org.basinscope.engine.grid.Axis;
import org.basinscope.engine.grid.Grid;
import org.basinscope.engine.grid.GridCheckpoint;
import org.basinscope.engine.grid.GridCost;
import org.basinscope.engine.grid.GridEngine;
import org.basinscope.engine.grid.GridEngines;
import org.basinscope.engine.grid.GridJob;
import org.basinscope.engine.grid.GridResult;
import org.basinscope.engine.grid.GridSweep;
import org.basinscope.engine.grid.Knob;
import org.basinscope.engine.grid.LocalGridEngine;
import org.basinscope.engine.grid.VectorGridSweep;
import org.basinscope.engine.landscape.VectorLandscape;
import org.basinscope.engine.spec.InvalidInputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code basinscope sweep}: a readout at the end of a run over a grid of parameters (phase diagrams), each
 * point averaged over seeds, on the embedded engine or on Spark. {@code --param/--from/--to/--points} is the
 * one-axis grid and prints the fields it always did.
 */
@Command(name = "sweep", mixinStandardHelpOptions = true,
        description = "Runs --particles particles for --steps steps at every point of --grid (or of the one axis "
                + "--param/--from/--to/--points), --seeds times each, and prints {axes, readout, stderr, seeds, engine}: "
                + "the readout at the end, as nested arrays indexed like the axes.")
public final class SweepCommand implements Callable<Integer> {
    @Mixin
    RunOptions run;

    @Option(names = "--grid", paramLabel = "NAME=FROM:TO:POINTS[:log],...",
            description = "The axes, e.g. eta=0.01:1:12:log,batch=1:256:9:log; names: eta, batch, temperature, friction, "
                    + "momentum, eta/b (η with B = η/ratio, ratio = --eta/--batch).")
    String grid;

    @Option(names = "--param", paramLabel = "NAME", description = "One axis: what to vary (a --grid name).")
    String param;

    @Option(names = "--from", paramLabel = "a", description = "One axis: first value.")
    Double from;

    @Option(names = "--to", paramLabel = "b", description = "One axis: last value.")
    Double to;

    @Option(names = "--points", defaultValue = "20", paramLabel = "n", description = "One axis: number of values (default ${DEFAULT-VALUE}).")
    int points;

    @Option(names = "--log", description = "One axis: space the values logarithmically.")
    boolean log;

    @Option(names = "--readout", defaultValue = "loss", paramLabel = "NAME",
            description = "loss, variance, diverged, occupation, lyapunov or accuracy (default ${DEFAULT-VALUE}).")
    String readout;

    @Option(names = "--seeds", defaultValue = "1", paramLabel = "S",
            description = "Runs per point, each with its own seed; stderr is over them (default ${DEFAULT-VALUE}).")
    int seeds;

    @Option(names = "--engine", defaultValue = "local", paramLabel = "local|spark",
            description = "local: this machine's cores (default); spark: Apache Spark at --master.")
    String engine;

    @Option(names = "--master", paramLabel = "URL",
            description = "Spark master: local[N], local[N,F] (F attempts per task), spark://HOST:PORT, yarn, k8s://… "
                    + "(default: spark-submit's, else local[*]).")
    String master;

    @Option(names = "--out", paramLabel = "FILE.csv",
            description = "Also write the grid as CSV; an interrupted sweep resumes from FILE.csv.partial.")
    Path out;

    @Option(names = "--yes", description = "Run even above the budget of 10¹² particle-steps.")
    boolean yes;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        Grid points = grid();
        Sweep.Readout what = Sweep.Readout.parse(readout);
        VectorLandscape any = run.anyLandscape();
        if (any.planar().isEmpty()) {
            return dimensional(any, points, what);
        }
        GridJob job = new GridJob(run.session().toRunConfig(), run.dynamics().params(), run.steps(), points, what, seeds);
        if (out != null && java.nio.file.Files.isDirectory(out)) {
            throw new InvalidInputException("--out " + out + " is a folder; give the CSV file to write");
        }
        GridEngine chosen = GridEngines.find(engine);
        GridEngine.Settings settings = settings(chosen);
        long t0 = System.nanoTime();
        GridResult result;
        int resumed;
        try (GridCheckpoint checkpoint = out == null ? null : GridCheckpoint.open(out, job)) {
            resumed = checkpoint == null ? 0 : checkpoint.done().size();
            GridCost cost = GridCost.of(job, job.points() - resumed);
            if (cost.overBudget() && !yes) {
                throw new InvalidInputException(String.format(Locale.ROOT, "the sweep needs %.3g particle-steps (%s), above "
                        + "the budget of %.0e; about %s on %d cores here; give --yes to run it anyway", cost.particleSteps(),
                        work(job), GridCost.BUDGET, ProgressBar.duration(cost.seconds(localCores())), localCores()));
            }
            try (GridEngine.Runner runner = chosen.start(settings)) {
                err.println(estimate(job, cost, resumed, runner));
                err.flush();
                result = GridSweep.run(job, runner, ProgressBar.onStderr(err), Progress.NONE, checkpoint);
            }
        }
        Map<String, Object> json = table(Table.of(result));
        json.put("seeds", seeds);
        json.put("engine", chosen.name());
        json.put("detail", result.engine());
        json.put("particles", job.config().particles());
        json.put("steps", job.steps());
        json.put("seed", job.config().seed());
        json.put("particleSteps", job.particleSteps());
        json.put("resumed", resumed);
        json.put("seconds", (System.nanoTime() - t0) * 1e-9);
        if (out != null) {
            json.put("out", out.toString());
        }
        Json.print(spec.commandLine().getOut(), json);
        return 0;
    }

    /** --grid, or the one axis of --param/--from/--to/--points/--log. */
    private Grid grid() {
        if (grid != null && param != null) {
            throw new InvalidInputException("give either --grid or --param (one axis), not both");
        }
        if (grid != null) {
            return Grid.parse(grid);
        }
        if (param == null) {
            throw new InvalidInputException("give --grid NAME=FROM:TO:POINTS[:log],... or --param NAME --from a --to b");
        }
        if (from == null || to == null) {
            throw new InvalidInputException("--param needs --from and --to");
        }
        return Grid.of(Axis.spaced(Knob.parse(param), from, to, points, log));
    }

    private GridEngine.Settings settings(GridEngine chosen) {
        boolean local = chosen.name().equals(LocalGridEngine.NAME);
        if (!local && run.threads != null) {
            throw new InvalidInputException("--threads is for the local engine; Spark runs as many tasks at once as the "
                    + "master gives it cores (local[N])");
        }
        return new GridEngine.Settings(local ? run.runner().threads() : 1, master);
    }

    private static int localCores() {
        return Runtime.getRuntime().availableProcessors();
    }

    private static String work(GridJob job) {
        return job.points() + " points × " + job.seeds() + (job.seeds() == 1 ? " seed × " : " seeds × ")
                + job.config().particles() + " particles × " + job.steps() + " steps";
    }

    /** The line on stderr before the sweep starts: its work and the time it should take. */
    private static String estimate(GridJob job, GridCost cost, int resumed, GridEngine.Runner runner) {
        StringBuilder b = new StringBuilder("sweep: ").append(work(job))
                .append(String.format(Locale.ROOT, " = %.3g particle-steps", job.particleSteps()));
        if (resumed > 0) {
            b.append(String.format(Locale.ROOT, " (%d points left: %.3g)", job.points() - resumed, cost.particleSteps()));
        }
        if (Double.isFinite(cost.perCore())) {
            int cores = runner.cores();
            b.append(String.format(Locale.ROOT, "; at %.3g particle-steps/s per core (measured here) about ", cost.perCore()));
            b.append(cores > 0 ? ProgressBar.duration(cost.seconds(cores)) + " on " + cores + (cores == 1 ? " core" : " cores")
                    : ProgressBar.duration(cost.seconds(1)) + " of core time");
        }
        return b.append(" [").append(runner.describe()).append(']').toString();
    }

    /**
     * A sweep on a d-dimensional landscape ({@link VectorGridSweep}): on this machine's cores, without Spark or a
     * resumable --out (those carry a planar session); the same fields as in the plane, plus dimension.
     */
    private int dimensional(VectorLandscape f, Grid points, Sweep.Readout what) {
        if (!LocalGridEngine.NAME.equals(engine) || master != null || out != null) {
            throw new InvalidInputException("a sweep in " + f.dimension() + " dimensions runs on the local engine "
                    + "without --out (Spark and resumable CSV carry a planar session)");
        }
        DynamicsCatalog.Configured d = run.dynamics();
        VectorGridSweep sweep = new VectorGridSweep(f, d.dynamics(), d.params(), run.start(f), run.spread(),
                Schedule.CONSTANT, run.particles(), run.seed(), run.steps(), points, what, seeds);
        double work = (double) points.size() * seeds * run.particles() * run.steps() * f.dimension();
        if (work > GridCost.BUDGET && !yes) {
            throw new InvalidInputException(String.format(Locale.ROOT, "the sweep needs %.3g particle-coordinate-steps, "
                    + "above the budget of %.0e; give --yes to run it anyway", work, GridCost.BUDGET));
        }
        PrintWriter err = spec.commandLine().getErr();
        ProgressBar bar = ProgressBar.onStderr(err);
        bar.started(points.size(), 0);
        long t0 = System.nanoTime();
        int[] done = {0};
        VectorGridSweep.Result r = sweep.run(run.runner(), new Progress() {
            @Override
            public void report(double fraction) {
                bar.advance(++done[0], points.size());
            }

            @Override
            public boolean cancelled() {
                return false;
            }
        });
        Map<String, Object> json = table(new Table(points.axes(), points.shape(), r.mean(), r.stderr(), r.batch(),
                points.followsBatch(), what));
        json.put("dimension", f.dimension());
        json.put("seeds", seeds);
        json.put("engine", LocalGridEngine.NAME);
        json.put("particles", run.particles());
        json.put("steps", run.steps());
        json.put("seed", run.seed());
        json.put("particleSteps", (double) points.size() * seeds * run.particles() * run.steps());
        json.put("seconds", (System.nanoTime() - t0) * 1e-9);
        Json.print(spec.commandLine().getOut(), json);
        return 0;
    }

    /** What the output prints of a finished sweep, planar ({@link GridResult}) or d-dimensional. */
    private record Table(List<Axis> axes, int[] shape, double[] mean, double[] stderr, double[] batch,
            boolean followsBatch, Sweep.Readout readout) {
        static Table of(GridResult r) {
            return new Table(r.axes(), r.shape(), r.mean(), r.stderr(), r.batch(), r.grid().followsBatch(),
                    r.job().readout());
        }
    }

    /** The one-axis form for --param, else the grid form. */
    private Map<String, Object> table(Table t) {
        return param != null ? oneAxis(t) : grid(t);
    }

    /** The grid form: axes and nested arrays indexed like them. */
    private static Map<String, Object> grid(Table r) {
        Map<String, Object> json = new LinkedHashMap<>();
        List<Map<String, Object>> axes = r.axes().stream().map(a -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("param", a.knob().key());
            m.put("values", Json.numbers(a.values()));
            m.put("log", a.log());
            return m;
        }).toList();
        json.put("axes", axes);
        json.put("readout", Json.nested(r.mean(), r.shape()));
        json.put("stderr", Json.nested(r.stderr(), r.shape()));
        json.put("quantity", r.readout().name().toLowerCase(Locale.ROOT));
        if (r.followsBatch()) {
            json.put("batch", Json.nested(r.batch(), r.shape()));
        }
        return json;
    }

    /** The one-axis form: the fields {@code sweep --param} printed before grids, and the stderr. */
    private Map<String, Object> oneAxis(Table r) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("param", param);
        json.put("readout", r.readout().name().toLowerCase(Locale.ROOT));
        json.put("values", Json.numbers(r.axes().get(0).values()));
        json.put("readoutValues", Json.numbers(r.mean()));
        json.put("stderr", Json.numbers(r.stderr()));
        json.put("batch", Json.numbers(r.batch()));
        return json;
    }
}
