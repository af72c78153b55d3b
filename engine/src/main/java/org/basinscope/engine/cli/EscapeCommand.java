package org.basinscope.engine.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.basinscope.engine.analysis.Progress;
import org.basinscope.engine.dynamics.DynamicsCatalog;
import org.basinscope.engine.dynamics.Param;
import org.basinscope.engine.escape.EscapeExperiment;
import org.basinscope.engine.escape.EscapePrediction;
import org.basinscope.engine.escape.FrictionSweep;
import org.basinscope.engine.escape.VectorFirstPassage;
import org.basinscope.engine.landscape.Landscape;
import org.basinscope.engine.landscape.VectorLandscape;
import org.basinscope.engine.spec.InvalidInputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code basinscope escape}: measured mean first-passage time from a start to a target, beside Kramers'
 * formula and the exact 1-D integral (science/CHECKS.md, "Escape"). Times are in continuous-time
 * units, steps × η.
 */
@Command(name = "escape", mixinStandardHelpOptions = true,
        description = "First-passage times from --from to --to (the half-plane through --to facing away from --from): "
                + "prints {mfpt, stderr, kramers, exact, escaped, ...}, times in steps × η. The predictions use "
                + "dynamics' own escape theory: Kramers (and the exact integral) for overdamped samplers, Eyring–Kramers "
                + "in 2-D, Kramers–Grote–Hynes for underdamped Langevin. With --friction-sweep: the mean time against "
                + "the friction γ (Kramers' turnover).")
public final class EscapeCommand implements Callable<Integer> {
    @Mixin
    RunOptions run;

    @Option(names = "--from", paramLabel = "a[,b]", required = true, description = "Start point of every particle.")
    String from;

    @Option(names = "--to", paramLabel = "c[,d]", required = true, description = "Target point.")
    String to;

    @Option(names = "--max-steps", paramLabel = "K", defaultValue = "10000000",
            description = "Stop after K steps even if some particles have not arrived (default ${DEFAULT-VALUE}).")
    long maxSteps;

    @Option(names = "--reflect", paramLabel = "L",
            description = "1-D: reflecting wall behind the start for the exact integral (default: where exp(−ΔU/T) < e^-40).")
    Double reflect;

    @Option(names = "--friction-sweep", paramLabel = "FROM:TO:POINTS",
            description = "Underdamped Langevin: one experiment per friction γ on a log grid from FROM to TO (POINTS "
                    + "points, at most " + FrictionSweep.MAX_POINTS + "), each beside Kramers–Grote–Hynes and the "
                    + "Smoluchowski limit γ × the overdamped time; --max-steps and --particles apply per point.")
    String frictionSweep;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (spec.commandLine().getParseResult().hasMatchedOption("--steps")) {
            throw new InvalidInputException("escape runs until the particles arrive: use --max-steps, not --steps");
        }
        if (spec.commandLine().getParseResult().hasMatchedOption("--x0")) {
            throw new InvalidInputException("escape starts every particle at --from: --x0 does not apply");
        }
        if (maxSteps < 1 || maxSteps > RunOptions.MAX_STEPS) {
            throw new InvalidInputException("--max-steps " + maxSteps + " is outside the allowed range [1, "
                    + RunOptions.MAX_STEPS + "]");
        }
        VectorLandscape any = run.anyLandscape();
        if (any.planar().isEmpty()) {
            return dimensional(any);
        }
        Landscape f = run.landscape();
        DynamicsCatalog.Configured d = run.dynamics();
        double[] a = Coordinates.parse("--from", from, f.dimension());
        double[] b = Coordinates.parse("--to", to, f.dimension());
        if (frictionSweep != null) {
            return sweep(f, d, a, b);
        }
        double temperature = d.dynamics().effectiveTemperature(d.params());
        EscapePrediction theory = d.dynamics().escapeTheory().predict(f, d.params(), a, b,
                reflect == null ? Double.NaN : reflect);
        String note = theory.note();
        long t0 = System.nanoTime();
        EscapeExperiment.Result r = EscapeExperiment.run(f, d.dynamics(), d.params(), a, b, run.particles(), run.seed(),
                maxSteps, run.runner(), Progress.NONE);
        double seconds = (System.nanoTime() - t0) * 1e-9;
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("mfpt", Json.number(r.mean()));
        json.put("stderr", Json.number(r.standardError()));
        json.put("theory", theory.theory());
        json.put("kramers", Json.number(theory.rate()));
        json.put("exact", Json.number(theory.exact()));
        if (!Double.isNaN(theory.lowFriction())) {
            json.put("lowFriction", Json.number(theory.lowFriction()));
        }
        json.put("escaped", r.escaped());
        json.put("diverged", (double) r.diverged() / r.particles());
        json.put("particles", r.particles());
        json.put("eta", r.eta());
        json.put("temperature", temperature);
        json.put("steps", r.steps());
        if (theory.barrier() != null) {
            json.put("barrier", point(theory.barrier()));
            json.put("barrierHeight", Json.number(theory.barrierHeight()));
            json.put("minimum", point(theory.minimum()));
        }
        if (r.escaped() < 1) {
            note = (note == null ? "" : note + "; ") + "not every particle arrived within --max-steps: mfpt is the mean "
                    + "of those that did and is biased low";
        }
        json.put("note", note);
        json.put("seconds", seconds);
        Json.print(spec.commandLine().getOut(), json);
        return 0;
    }

    /**
     * First passage on a d-dimensional landscape ({@link VectorFirstPassage}) beside the dynamics' own theory
     * there ({@link org.basinscope.engine.escape.EscapeTheory#predictInDimensions}: Eyring–Kramers for the
     * overdamped samplers, d ≤ 200; none otherwise, with the reason).
     */
    private int dimensional(VectorLandscape f) {
        if (frictionSweep != null || reflect != null) {
            throw new InvalidInputException("--friction-sweep and --reflect are planar; in " + f.dimension()
                    + " dimensions escape measures first-passage times only");
        }
        DynamicsCatalog.Configured d = run.dynamics();
        double[] a = Coordinates.parse("--from", from, f.dimension());
        double[] b = Coordinates.parse("--to", to, f.dimension());
        long t0 = System.nanoTime();
        EscapePrediction theory = d.dynamics().escapeTheory().predictInDimensions(f, d.params(), a, b);
        EscapeExperiment.Result r = VectorFirstPassage.run(f, d.dynamics(), d.params(), a, b, run.particles(),
                run.seed(), maxSteps, run.runner(), Progress.NONE);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("mfpt", Json.number(r.mean()));
        json.put("stderr", Json.number(r.standardError()));
        json.put("theory", theory.theory() == null ? "none" : theory.theory());
        json.put("kramers", Json.number(theory.rate()));
        json.put("escaped", r.escaped());
        json.put("diverged", (double) r.diverged() / r.particles());
        json.put("particles", r.particles());
        json.put("dimension", f.dimension());
        json.put("eta", r.eta());
        json.put("temperature", d.dynamics().effectiveTemperature(d.params()));
        json.put("steps", r.steps());
        if (theory.barrier() != null) {
            json.put("barrier", Json.numbers(java.util.Arrays.copyOf(theory.barrier(), Math.min(10, f.dimension()))));
            json.put("barrierHeight", Json.number(theory.barrierHeight()));
        }
        String note = theory.note();
        if (r.escaped() < 1) {
            note = (note == null ? "" : note + "; ") + "not every particle arrived within --max-steps: mfpt is the "
                    + "mean of those that did and is biased low";
        }
        json.put("note", note);
        json.put("seconds", (System.nanoTime() - t0) * 1e-9);
        Json.print(spec.commandLine().getOut(), json);
        return 0;
    }

    /** {@code --friction-sweep}: the points as a JSON array, progress on standard error. */
    private int sweep(Landscape f, DynamicsCatalog.Configured d, double[] a, double[] b) {
        FrictionSweep.Grid grid = Ranges.frictionGrid(frictionSweep);
        if (!d.dynamics().parameters().contains(Param.FRICTION)) {
            throw new InvalidInputException("--friction-sweep needs --dynamics underdamped (" + d.dynamics().name()
                    + " has no friction γ)");
        }
        if (spec.commandLine().getParseResult().hasMatchedOption("--friction")) {
            throw new InvalidInputException("--friction-sweep sets the friction point by point: --friction does not apply");
        }
        ProgressBar bar = ProgressBar.onStderr(spec.commandLine().getErr());
        bar.started(grid.points(), 0);
        long t0 = System.nanoTime();
        FrictionSweep.Result r = FrictionSweep.run(f, d.dynamics(), d.params(), a, b, grid, run.particles(),
                run.seed(), maxSteps, run.runner(), (p, done, points) -> bar.advance(done, points), Progress.NONE);
        double seconds = (System.nanoTime() - t0) * 1e-9;
        List<Map<String, Object>> points = new ArrayList<>();
        boolean censored = false;
        for (FrictionSweep.Point p : r.points()) {
            Map<String, Object> j = new LinkedHashMap<>();
            j.put("gamma", p.gamma());
            j.put("mfpt", Json.number(p.mfpt()));
            j.put("stderr", Json.number(p.stderr()));
            j.put("escaped", p.escaped());
            j.put("kgh", Json.number(p.kgh()));
            j.put("smoluchowski", Json.number(p.smoluchowski()));
            j.put("energyDiffusion", Json.number(p.energyDiffusion()));
            j.put("lowFriction", p.lowFriction());
            points.add(j);
            censored |= p.escaped() < 1;
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("frictionSweep", points);
        FrictionSweep.Point fastest = r.fastest();
        json.put("fastestGamma", fastest == null ? null : fastest.gamma());
        json.put("barrierHeight", Json.number(r.barrierHeight()));
        json.put("temperature", r.temperature());
        json.put("eta", r.eta());
        json.put("particles", r.particles());
        json.put("seed", run.seed());
        String note = r.note();
        if (censored) {
            note = (note == null ? "" : note + "; ") + "not every particle arrived within --max-steps at some γ: "
                    + "their mfpt is biased low";
        }
        json.put("note", note);
        json.put("seconds", seconds);
        Json.print(spec.commandLine().getOut(), json);
        return 0;
    }

    /** A point as a number in 1-D (as before 2-D predictions), an array in 2-D. */
    private static Object point(double[] p) {
        return p.length == 1 ? Json.number(p[0]) : Json.numbers(p);
    }
}
