package org.basinscope.engine.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.basinscope.engine.chaos.LyapunovSpectrum;
import org.basinscope.engine.chaos.SharedNoiseExponent;
import org.basinscope.engine.dynamics.DifferentiableMap;
import org.basinscope.engine.dynamics.DynamicsCatalog;
import org.basinscope.engine.landscape.Landscape;
import org.basinscope.engine.spec.InvalidInputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code basinscope lyapunov}: the Lyapunov spectrum of a deterministic dynamics from a start point
 * (QR re-orthonormalisation), or, for a noisy one, the exponent of two copies driven by the same noise.
 */
@Command(name = "lyapunov", mixinStandardHelpOptions = true,
        description = "Lyapunov exponents from --x0 over --steps steps after --transient: prints {exponents "
                + "(descending, per step, natural log), stderr, sum, meanLogDet, method}.")
public final class LyapunovCommand implements Callable<Integer> {
    @Mixin
    RunOptions run;

    @Option(names = "--transient", paramLabel = "M", defaultValue = "1000", description = "Steps discarded first (default ${DEFAULT-VALUE}).")
    long discard;

    @Option(names = "--renormalise-every", paramLabel = "k", defaultValue = "10",
            description = "Noisy dynamics: steps between renormalisations of the two copies (default ${DEFAULT-VALUE}).")
    int every;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Landscape f = run.landscape();
        DynamicsCatalog.Configured d = run.dynamics();
        long steps = run.steps();
        if (steps < 10 || discard < 0 || discard > RunOptions.MAX_STEPS) {
            throw new InvalidInputException("need --steps ≥ 10 and --transient in [0, " + RunOptions.MAX_STEPS
                    + "], got " + steps + " and " + discard);
        }
        if (every < 1 || every > 1_000_000) {
            throw new InvalidInputException("--renormalise-every " + every + " is outside the allowed range [1, 10⁶]");
        }
        double[] start = run.start(f);
        DifferentiableMap map = d.dynamics().asMap(f, d.params());
        Map<String, Object> json = new LinkedHashMap<>();
        if (map != null) {
            LyapunovSpectrum.Result r = LyapunovSpectrum.compute(map, map.start(start), discard, steps);
            json.put("exponents", Json.numbers(r.exponents()));
            json.put("stderr", Json.numbers(r.stderr()));
            json.put("sum", Json.number(r.sum()));
            json.put("meanLogDet", Json.number(r.meanLogDet()));
            json.put("method", "qr");
            json.put("stateDimension", map.dimension());
        } else {
            double l = SharedNoiseExponent.compute(f, d.dynamics(), d.params(), start, run.seed(), discard, steps,
                    every, 1e-7);
            json.put("exponents", Json.numbers(new double[] {l}));
            json.put("method", "shared-noise");
        }
        json.put("steps", steps);
        json.put("transient", discard);
        Json.print(spec.commandLine().getOut(), json);
        return 0;
    }
}
