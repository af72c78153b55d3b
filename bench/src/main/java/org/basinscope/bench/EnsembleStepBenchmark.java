package org.basinscope.bench;

import java.util.concurrent.TimeUnit;
import org.basinscope.engine.dynamics.DynamicsCatalog;
import org.basinscope.engine.dynamics.Params;
import org.basinscope.engine.ensemble.BlockRunner;
import org.basinscope.engine.ensemble.Ensemble;
import org.basinscope.engine.simd.Simd;
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
 * The ensemble step of each dynamics on the 2-D double well f = (x² − 1)²/4 + y²/2 (η = 0.01, T = 0.1,
 * all particles from (−1, 0); langevin is the reference workload of {@code basinscope bench}). The
 * score is the time for {@link #STEPS} steps of all N particles; particle-steps per second =
 * N·STEPS / score. Run: {@code mvn -q -pl bench -am package -DskipTests && java -jar
 * bench/target/benchmarks.jar EnsembleStep -p dynamics=langevin}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "--add-modules=jdk.incubator.vector")
public class EnsembleStepBenchmark {
    static final int STEPS = 10;

    @Param({"10000", "1000000"})
    int particles;

    @Param({"langevin", "gd", "sgd", "momentum", "nesterov", "adam", "underdamped"})
    String dynamics;

    @Param({"0"})
    int threads;

    /** The vectorised kernels (true) or the scalar loops (false): the same bits, issue 20's comparison. */
    @Param({"true", "false"})
    boolean vector;

    private Ensemble ensemble;

    @Setup(Level.Trial)
    public void setUp() {
        if (Simd.useVector(vector) != vector) {
            throw new IllegalStateException("the vectorised kernels need --add-modules jdk.incubator.vector");
        }
        BlockRunner runner = threads == 0 ? BlockRunner.allCores() : new BlockRunner(threads);
        ensemble = new Ensemble(LandscapeCatalog.create("double-well:dim=2"), DynamicsCatalog.create(dynamics),
                new Params(0.01, 1, 0.1, 1, 0.9), particles, 1, new double[] {-1, 0}, runner);
    }

    @Benchmark
    public long step() {
        ensemble.advance(STEPS);
        return ensemble.step();
    }
}
