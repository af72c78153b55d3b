package org.basinscope.engine.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.basinscope.engine.analysis.Progress;
import org.basinscope.engine.analysis.Sweep;
import org.basinscope.engine.dynamics.DynamicsCatalog;
import org.basinscope.engine.landscape.Landscape;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code basinscope sweep}: a readout at the end of a run, against η, B, T or η with B = η/ratio. */
@Command(name = "sweep", mixinStandardHelpOptions = true,
        description = "Runs --particles particles for --steps steps at each of --points values of --param and prints "
                + "{values, readout, batch}: the readout (loss, variance, diverged, occupation, lyapunov) at the end.")
public final class SweepCommand implements Callable<Integer> {
    @Mixin
    RunOptions run;

    @Option(names = "--param", required = true, paramLabel = "eta|batch|temperature|eta/b",
            description = "What to vary; eta/b keeps η/B at the given --eta/--batch (linear scaling rule).")
    String param;

    @Option(names = "--from", required = true, paramLabel = "a", description = "First value.")
    double from;

    @Option(names = "--to", required = true, paramLabel = "b", description = "Last value.")
    double to;

    @Option(names = "--points", defaultValue = "20", paramLabel = "n", description = "Number of values (default ${DEFAULT-VALUE}).")
    int points;

    @Option(names = "--log", description = "Space the values logarithmically.")
    boolean log;

    @Option(names = "--readout", defaultValue = "loss", paramLabel = "NAME",
            description = "loss, variance, diverged, occupation or lyapunov (default ${DEFAULT-VALUE}).")
    String readout;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Landscape f = run.landscape();
        DynamicsCatalog.Configured d = run.dynamics();
        Sweep.Knob knob = Sweep.Knob.parse(param);
        Sweep.Readout what = Sweep.Readout.parse(readout);
        double[] values = Sweep.values(from, to, points, log);
        long t0 = System.nanoTime();
        Sweep.Result r = Sweep.run(f, d.dynamics(), d.params(), run.start(f), knob, values, what, run.particles(),
                run.steps(), run.seed(), run.runner(), Progress.NONE);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("param", param);
        json.put("readout", what.name().toLowerCase(java.util.Locale.ROOT));
        json.put("values", Json.numbers(r.values()));
        json.put("readoutValues", Json.numbers(r.readout()));
        json.put("batch", Json.numbers(r.batch()));
        json.put("seconds", (System.nanoTime() - t0) * 1e-9);
        Json.print(spec.commandLine().getOut(), json);
        return 0;
    }
}
