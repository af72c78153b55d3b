package org.basinscope.engine.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.basinscope.engine.dynamics.OverdampedLangevin;
import org.basinscope.engine.dynamics.Params;
import org.basinscope.engine.ensemble.BlockRunner;
import org.basinscope.engine.dynamics.DynamicsCatalog;
import org.basinscope.engine.ensemble.Ensemble;
import org.basinscope.engine.ensemble.VectorEnsemble;
import org.basinscope.engine.landscape.LandscapeCatalog;
import org.basinscope.engine.landscape.SpectrumQuadratic;
import org.basinscope.engine.landscape.VectorLandscape;
import org.basinscope.engine.landscape.DoubleWell;
import org.basinscope.engine.simd.Kernels;
import org.basinscope.engine.spec.InvalidInputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code basinscope bench}: the reference workload of {@code shared/bench/numpy_langevin.py}, so the
 * two can be compared side by side — overdamped Langevin (Euler–Maruyama) on
 * f(x, y) = (x² − 1)²/4 + y²/2 with η = 0.01, T = 0.1, every particle from (−1, 0). A warm-up of
 * the same size runs first (so the JIT has compiled the loop) and is not timed.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Time the reference ensemble workload; prints {particles, steps, threads, seconds, "
                + "particleStepsPerSecond, meanX} like shared/bench/numpy_langevin.py.")
public final class BenchCommand implements Callable<Integer> {
    @Option(names = "--particles", paramLabel = "N", defaultValue = "10000", description = "Particles (default ${DEFAULT-VALUE}).")
    int particles;

    @Option(names = "--steps", paramLabel = "K", description = "Steps (default 2·10⁷/N, as the NumPy script).")
    Long steps;

    @Option(names = "--threads", paramLabel = "t", description = "Threads (default: all cores).")
    Integer threads;

    @Option(names = "--seed", defaultValue = "1", description = "Seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--dimension", paramLabel = "d", description = "The d-dimensional workload instead: Euler–Maruyama "
            + "on ½Σλᵢθᵢ² (λ 1 … 2, axis-aligned), η = 0.01, T = 0.1, from (1, …, 1), N = 10⁶/d unless --particles, "
            + "10⁸/(N·d) steps unless --steps; prints particleCoordinateStepsPerSecond.")
    Integer dimension;

    @Option(names = "--digits-mlp", description = "Minibatch SGD (B = 32, reshuffled epochs, η = 0.05) on the MLP over "
            + "the UCI digits (hidden 32, cross-entropy, d = 2410), N = 64 unless --particles, 200 steps unless "
            + "--steps; prints particleStepsPerSecond.")
    boolean digitsMlp;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (dimension != null && digitsMlp) {
            throw new InvalidInputException("give --dimension or --digits-mlp, not both");
        }
        if (dimension != null || digitsMlp) {
            return dimensional();
        }
        if (particles < 1 || particles > Ensemble.MAX_PARTICLES) {
            throw new InvalidInputException("--particles " + particles + " is outside the allowed range [1, "
                    + Ensemble.MAX_PARTICLES + "]");
        }
        long k = steps != null ? steps : Math.max(1, 20_000_000L / particles);
        if (k < 1 || k > 1_000_000_000L) {
            throw new InvalidInputException("--steps " + k + " is outside the allowed range [1, 10⁹]");
        }
        if (threads != null && (threads < 1 || threads > 256)) {
            throw new InvalidInputException("--threads " + threads + " is outside the allowed range [1, 256]");
        }
        BlockRunner runner = threads == null ? BlockRunner.allCores() : new BlockRunner(threads);
        Params p = new Params(0.01, 1, 0.1, 1, 0.9);
        double[] start = {-1, 0};
        DoubleWell f = new DoubleWell(2, 0, 1);
        // Warm-up: as much work as the measurement (at least 10⁷ particle-steps), so the JIT's final code runs.
        long warmupSteps = Math.max(k, 10_000_000L / particles);
        Ensemble warm = new Ensemble(f, new OverdampedLangevin(), p, particles, seed + 1, start, runner);
        advance(warm, warmupSteps);
        Ensemble e = new Ensemble(f, new OverdampedLangevin(), p, particles, seed, start, runner);
        long t0 = System.nanoTime();
        advance(e, k);
        double seconds = (System.nanoTime() - t0) * 1e-9;
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("particles", particles);
        json.put("steps", k);
        json.put("threads", runner.threads());
        json.put("seconds", seconds);
        json.put("particleStepsPerSecond", particles * (double) k / seconds);
        json.put("meanX", e.stats().mean()[0]);
        json.put("warmupSteps", warmupSteps);
        json.put("kernels", Kernels.active().describe());
        Json.print(spec.commandLine().getOut(), json);
        return 0;
    }

    /**
     * The d-dimensional workloads ({@link VectorEnsemble}): a warm-up of the same size, then the timed run; the
     * throughput per particle-step and, for the quadratic, per particle-coordinate-step.
     */
    private int dimensional() {
        boolean given = spec.commandLine().getParseResult().hasMatchedOption("--particles");
        VectorLandscape f;
        DynamicsCatalog.Configured c;
        if (digitsMlp) {
            f = LandscapeCatalog.createAny("mlp:data=digits,hidden=32,loss=xent");
            c = DynamicsCatalog.create(org.basinscope.engine.spec.Spec.parse("gd"),
                    org.basinscope.engine.spec.Spec.parse("minibatch"), new Params(0.05, 32, 0.1, 1, 0.9));
        } else {
            f = new SpectrumQuadratic(dimension, 1, 2, -1);
            c = DynamicsCatalog.create(org.basinscope.engine.spec.Spec.parse("langevin"),
                    new Params(0.01, 1, 0.1, 1, 0.9));
        }
        int d = f.dimension();
        int n = given ? particles : digitsMlp ? 64 : Math.max(1, 1_000_000 / d);
        long k = steps != null ? steps : digitsMlp ? 200 : Math.max(1, 100_000_000L / ((long) n * d));
        if (k < 1 || k > 1_000_000_000L) {
            throw new InvalidInputException("--steps " + k + " is outside the allowed range [1, 10⁹]");
        }
        if (threads != null && (threads < 1 || threads > 256)) {
            throw new InvalidInputException("--threads " + threads + " is outside the allowed range [1, 256]");
        }
        BlockRunner runner = threads == null ? BlockRunner.allCores() : new BlockRunner(threads);
        VectorEnsemble warm = new VectorEnsemble(f, c.dynamics(), c.params(), n, seed + 1, f.defaultStart(), runner);
        advance(warm, k);
        VectorEnsemble e = new VectorEnsemble(f, c.dynamics(), c.params(), n, seed, f.defaultStart(), runner);
        long t0 = System.nanoTime();
        advance(e, k);
        double seconds = (System.nanoTime() - t0) * 1e-9;
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("workload", digitsMlp ? "digits-mlp" : "quadratic");
        json.put("dimension", d);
        json.put("particles", n);
        json.put("steps", k);
        json.put("threads", runner.threads());
        json.put("seconds", seconds);
        json.put("particleStepsPerSecond", n * (double) k / seconds);
        json.put("particleCoordinateStepsPerSecond", n * (double) k * d / seconds);
        json.put("meanLoss", Json.number(e.stats().meanLoss()));
        json.put("warmupSteps", k);
        json.put("kernels", Kernels.active().describe());
        Json.print(spec.commandLine().getOut(), json);
        return 0;
    }

    private static void advance(VectorEnsemble e, long steps) {
        advance(e::advance, steps);
    }

    private static void advance(Ensemble e, long steps) {
        advance(e::advance, steps);
    }

    /** Steps in chunks of at most 10⁶ (the ensembles take an int). */
    private static void advance(java.util.function.IntConsumer advance, long steps) {
        for (long done = 0; done < steps; ) {
            int chunk = (int) Math.min(steps - done, 1_000_000);
            advance.accept(chunk);
            done += chunk;
        }
    }
}
