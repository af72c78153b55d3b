package org.basinscope.engine.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.Arrays;
import org.basinscope.engine.chaos.LyapunovExponents;
import org.basinscope.engine.chaos.LyapunovSpectrum;
import org.basinscope.engine.chaos.SharedNoiseExponent;
import org.basinscope.engine.dynamics.DifferentiableMap;
import org.basinscope.engine.dynamics.DynamicsCatalog;
import org.basinscope.engine.dynamics.TangentMap;
import org.basinscope.engine.landscape.Landscape;
import org.basinscope.engine.landscape.VectorLandscape;
import org.basinscope.engine.spec.InvalidInputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code basinscope lyapunov}: the Lyapunov spectrum of a deterministic dynamics from a start point
 * (QR re-orthonormalisation), or, for a noisy one, the exponent of two copies driven by the same noise. On a
 * landscape of more than two dimensions, the top k exponents ({@code --exponents k}) by QR on k tangent
 * vectors ({@link LyapunovExponents}); the planar output is what it was, cut to k exponents when k is given.
 */
@Command(name = "lyapunov", mixinStandardHelpOptions = true,
        description = "Lyapunov exponents from --x0 over --steps steps after --transient: prints {exponents "
                + "(descending, per step, natural log), stderr, sum, meanLogDet, method}; in d dimensions the top "
                + "--exponents k of gd, momentum, nesterov, adam, rmsprop or adagrad: {exponents, stderr, method: qr-tangent, dimension, "
                + "stateDimension, diverged}.")
public final class LyapunovCommand implements Callable<Integer> {
    @Mixin
    RunOptions run;

    @Option(names = "--transient", paramLabel = "M", defaultValue = "1000", description = "Steps discarded first (default ${DEFAULT-VALUE}).")
    long discard;

    @Option(names = "--renormalise-every", paramLabel = "k", defaultValue = "10",
            description = "Noisy dynamics: steps between renormalisations of the two copies (default ${DEFAULT-VALUE}).")
    int every;

    @Option(names = "--exponents", paramLabel = "k",
            description = "How many exponents, the largest first: 1 … the state dimension (d, or 2d with a velocity); "
                    + "default all in the plane, 1 in d dimensions. In the plane sum and meanLogDet stay those of the "
                    + "whole spectrum. The start frame is drawn from --seed.")
    Integer exponents;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        VectorLandscape any = run.anyLandscape();
        DynamicsCatalog.Configured d = run.dynamics();
        long steps = run.steps();
        if (steps < 10 || discard < 0 || discard > RunOptions.MAX_STEPS) {
            throw new InvalidInputException("need --steps ≥ 10 and --transient in [0, " + RunOptions.MAX_STEPS
                    + "], got " + steps + " and " + discard);
        }
        if (every < 1 || every > 1_000_000) {
            throw new InvalidInputException("--renormalise-every " + every + " is outside the allowed range [1, 10⁶]");
        }
        if (any.planar().isEmpty()) {
            return dimensional(any, d, steps);
        }
        Landscape f = any.planar().get();
        double[] start = run.start(f);
        DifferentiableMap map = d.dynamics().asMap(f, d.params());
        Map<String, Object> json = new LinkedHashMap<>();
        if (map != null) {
            int k = exponents == null ? map.dimension() : LyapunovExponents.checkCount(exponents, map.dimension());
            LyapunovSpectrum.Result r = LyapunovSpectrum.compute(map, map.start(start), discard, steps);
            json.put("exponents", Json.numbers(Arrays.copyOf(r.exponents(), k)));
            json.put("stderr", Json.numbers(Arrays.copyOf(r.stderr(), k)));
            json.put("sum", Json.number(r.sum()));
            json.put("meanLogDet", Json.number(r.meanLogDet()));
            json.put("method", "qr");
            json.put("stateDimension", map.dimension());
        } else {
            if (exponents != null && exponents != 1) {
                throw new InvalidInputException("--exponents " + exponents + ": a noisy dynamics gives only its largest "
                        + "exponent (two copies with shared noise), so k must be 1");
            }
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

    /** The top k exponents on a d-dimensional landscape, by QR on k tangent vectors of the rule's tangent map. */
    private Integer dimensional(VectorLandscape f, DynamicsCatalog.Configured d, long steps) {
        TangentMap map = d.dynamics().tangentMap(f, d.params());
        if (map == null) {
            throw new InvalidInputException("lyapunov in d dimensions (dim = " + f.dimension() + ") needs a "
                    + "deterministic rule with exact gradients: gd, momentum, nesterov, adam, rmsprop or adagrad, not " + d.dynamics().name()
                    + (d.dynamics().stochastic() ? " with noise" : ""));
        }
        int k = LyapunovExponents.checkCount(exponents == null ? 1 : exponents, map.dimension());
        LyapunovExponents.Result r = LyapunovExponents.top(map, map.start(run.start(f)), k, discard, steps,
                run.seed());
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("exponents", Json.numbers(r.exponents()));
        json.put("stderr", Json.numbers(r.stderr()));
        json.put("method", "qr-tangent");
        json.put("dimension", f.dimension());
        json.put("stateDimension", r.stateDimension());
        json.put("diverged", r.diverged());
        json.put("steps", r.steps());
        json.put("transient", discard);
        Json.print(spec.commandLine().getOut(), json);
        return 0;
    }
}
