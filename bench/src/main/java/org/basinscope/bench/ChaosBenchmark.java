package org.basinscope.bench;

import java.util.concurrent.TimeUnit;
import org.basinscope.engine.chaos.BasinMap;
import org.basinscope.engine.chaos.Bifurcation;
import org.basinscope.engine.chaos.LyapunovSpectrum;
import org.basinscope.engine.dynamics.DifferentiableMap;
import org.basinscope.engine.dynamics.Dynamics;
import org.basinscope.engine.dynamics.DynamicsCatalog;
import org.basinscope.engine.dynamics.Params;
import org.basinscope.engine.ensemble.BlockRunner;
import org.basinscope.engine.landscape.Landscape;
import org.basinscope.engine.landscape.LandscapeCatalog;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The issue-8 targets for the chaos analyses, on both cores: the Kong–Tao bifurcation diagram
 * (2000 η × 5000 iterations, target ≤ 0.5 s), a 400 × 400 GD basin map (up to 1000 steps, target
 * ≤ 1 s), and the Lyapunov spectrum of momentum GD in 2-D (4×4 Jacobians, 10⁴ steps).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = "--add-modules=jdk.incubator.vector")
public class ChaosBenchmark {
    private final Landscape multiscale = LandscapeCatalog.create("multiscale:eps=0.001");
    private final Landscape doubleWell = LandscapeCatalog.create("double-well:dim=2");
    private final Dynamics gd = DynamicsCatalog.create("gd");

    @Benchmark
    public Bifurcation.Result bifurcationKongTao() {
        return Bifurcation.sweep(multiscale, gd, Params.DEFAULT, 0.0005, 0.1, 2000, new double[] {1}, 4744, 256, 1e-7,
                BlockRunner.allCores());
    }

    @Benchmark
    public BasinMap.Result basinMap400() {
        return BasinMap.compute(doubleWell, gd, Params.DEFAULT.withEta(0.1), new double[] {-2, 2, -1.5, 1.5}, 400, 400,
                1000, 1, 1, BlockRunner.allCores());
    }

    @Benchmark
    public LyapunovSpectrum.Result spectrumMomentum() {
        DifferentiableMap m = DynamicsCatalog.create("momentum").asMap(doubleWell, Params.DEFAULT.withEta(0.05));
        return LyapunovSpectrum.compute(m, m.start(new double[] {0.3, 0.2}), 1000, 10_000);
    }
}
