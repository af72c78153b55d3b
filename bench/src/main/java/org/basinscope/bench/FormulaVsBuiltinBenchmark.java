package org.basinscope.bench;

import java.util.concurrent.TimeUnit;
import org.basinscope.engine.dynamics.DynamicsCatalog;
import org.basinscope.engine.dynamics.Params;
import org.basinscope.engine.ensemble.BlockRunner;
import org.basinscope.engine.ensemble.Ensemble;
import org.basinscope.engine.formula.Formula;
import org.basinscope.engine.landscape.Landscape;
import org.basinscope.engine.landscape.LandscapeCatalog;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The reference ensemble step on the same surface given as a built-in and as a user formula
 * ("(x^2-1)^2/4 + y^2/2"): the target is formula throughput ≥ 50% of the built-in's. Each fork loads
 * one landscape class only, as in a real run.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "--add-modules=jdk.incubator.vector")
public class FormulaVsBuiltinBenchmark {
    @Param({"builtin", "formula"})
    String surface;

    @Param({"langevin", "gd"})
    String dynamics;

    private Ensemble ensemble;

    @Setup(Level.Trial)
    public void setUp() {
        Landscape f = surface.equals("builtin") ? LandscapeCatalog.create("double-well:dim=2")
                : Formula.compile("(x^2-1)^2/4 + y^2/2");
        ensemble = new Ensemble(f, DynamicsCatalog.create(dynamics),
                new Params(0.01, 1, 0.1, 1, 0.9), 10_000, 1, new double[] {-1, 0}, new BlockRunner(1));
    }

    @Benchmark
    public long step() {
        ensemble.advance(10);
        return ensemble.step();
    }
}
