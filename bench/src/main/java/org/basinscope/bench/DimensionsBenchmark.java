package org.basinscope.bench;

import java.util.concurrent.TimeUnit;
import org.basinscope.engine.dynamics.DynamicsCatalog;
import org.basinscope.engine.dynamics.Params;
import org.basinscope.engine.ensemble.BlockRunner;
import org.basinscope.engine.ensemble.VectorEnsemble;
import org.basinscope.engine.simd.Simd;
import org.basinscope.engine.landscape.SpectrumQuadratic;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The d-dimensional ensemble (issue 15) on the quadratic ½Σλᵢθᵢ², λ from 1 to 2, from (1, …, 1), η = 0.01,
 * T = 0.1: N·d = 10⁶ coordinates at every d (N = 5·10⁵ at d = 2, 10⁴ at d = 100, 100 at d = 10⁴), one step per
 * invocation, so the score (ops/s) is particle-coordinate-steps per second. Run: {@code ./mvnw -q -pl bench -am
 * package -DskipTests && java -jar bench/target/benchmarks.jar Dimensions}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "--add-modules=jdk.incubator.vector")
public class DimensionsBenchmark {
    static final int COORDINATES = 1_000_000;

    @Param({"2", "100", "10000"})
    int dimension;

    @Param({"langevin", "gd"})
    String dynamics;

    @Param({"0"})
    int threads;

    /** The vectorised kernels (true) or the scalar loops (false): the same bits, issue 20's comparison. */
    @Param({"true", "false"})
    boolean vector;

    private VectorEnsemble ensemble;

    @Setup(Level.Trial)
    public void setUp() {
        if (Simd.useVector(vector) != vector) {
            throw new IllegalStateException("the vectorised kernels need --add-modules jdk.incubator.vector");
        }
        BlockRunner runner = threads == 0 ? BlockRunner.allCores() : new BlockRunner(threads);
        SpectrumQuadratic f = new SpectrumQuadratic(dimension, 1, 2, -1);
        ensemble = new VectorEnsemble(f, DynamicsCatalog.create(dynamics), new Params(0.01, 1, 0.1, 1, 0.9),
                COORDINATES / dimension, 1, f.defaultStart(), runner);
    }

    @Benchmark
    @OperationsPerInvocation(COORDINATES)
    public long step() {
        ensemble.advance(1);
        return ensemble.step();
    }
}
