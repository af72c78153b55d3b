package org.basinscope.engine.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.basinscope.engine.dynamics.DynamicsCatalog;
import org.basinscope.engine.ensemble.Ensemble;
import org.basinscope.engine.ensemble.EnsembleStats;
import org.basinscope.engine.ensemble.PositionsCsv;
import org.basinscope.engine.landscape.Landscape;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code basinscope simulate}: run an ensemble headless and print its statistics as JSON. */
@Command(name = "simulate", mixinStandardHelpOptions = true,
        description = "Run N particles for K steps and print one JSON object: particles, steps, mean, variance, "
                + "meanLoss, diverged, ...")
public final class SimulateCommand implements Callable<Integer> {
    @Mixin
    RunOptions run;

    @Option(names = "--out", paramLabel = "FILE.csv", description = "Also write the final positions as CSV.")
    Path out;

    @Mixin
    ScheduleOption schedule;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Landscape f = run.landscape();
        DynamicsCatalog.Configured d = run.dynamics();
        Ensemble ensemble = new Ensemble(f, d.dynamics(), d.params(), run.particles(), run.seed(), run.start(f),
                run.runner());
        if (run.spread() > 0) {
            ensemble.setSpread(run.spread());
            ensemble.reset();
        }
        ensemble.setSchedule(schedule.schedule());
        long steps = run.steps();
        long t0 = System.nanoTime();
        for (long done = 0; done < steps; ) {
            int chunk = (int) Math.min(steps - done, 100_000);
            ensemble.advance(chunk);
            done += chunk;
        }
        double seconds = (System.nanoTime() - t0) * 1e-9;
        EnsembleStats s = ensemble.stats();
        if (out != null) {
            PositionsCsv.write(out, ensemble.particles());
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("landscape", run.landscapeLabel());
        json.put("dynamics", d.dynamics().name());
        json.put("gradient", run.gradientSpec());
        json.put("eta", d.params().eta());
        json.put("schedule", schedule.schedule().spec());
        json.put("batch", d.params().batch());
        json.put("temperature", d.params().temperature());
        json.put("friction", d.params().friction());
        json.put("momentum", d.params().momentum());
        json.put("seed", run.seed());
        json.put("particles", s.particles());
        json.put("steps", s.step());
        json.put("mean", Json.numbers(s.mean()));
        json.put("variance", Json.numbers(s.variance()));
        json.put("meanLoss", Json.number(s.meanLoss()));
        json.put("diverged", s.diverged());
        json.put("seconds", seconds);
        if (out != null) {
            json.put("out", out.toString());
        }
        Json.print(spec.commandLine().getOut(), json);
        return 0;
    }
}
