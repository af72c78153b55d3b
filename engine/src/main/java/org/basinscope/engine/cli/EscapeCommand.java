package org.basinscope.engine.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.basinscope.engine.analysis.Progress;
import org.basinscope.engine.dynamics.DynamicsCatalog;
import org.basinscope.engine.escape.EscapeExperiment;
import org.basinscope.engine.escape.EscapePrediction;
import org.basinscope.engine.landscape.Landscape;
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
                + "overdamped Langevin at the dynamics' effective temperature (1-D landscapes).")
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
        Landscape f = run.landscape();
        DynamicsCatalog.Configured d = run.dynamics();
        double[] a = Coordinates.parse("--from", from, f.dimension());
        double[] b = Coordinates.parse("--to", to, f.dimension());
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

    /** A point as a number in 1-D (as before 2-D predictions), an array in 2-D. */
    private static Object point(double[] p) {
        return p.length == 1 ? Json.number(p[0]) : Json.numbers(p);
    }
}
