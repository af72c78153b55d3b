package org.basinscope.bench;

import java.util.concurrent.TimeUnit;
import org.basinscope.engine.dynamics.DynamicsCatalog;
import org.basinscope.engine.dynamics.Params;
import org.basinscope.engine.ensemble.BlockRunner;
import org.basinscope.engine.ensemble.VectorEnsemble;
import org.basinscope.engine.landscape.LandscapeCatalog;
import org.basinscope.engine.landscape.VectorLandscape;
import org.basinscope.engine.spec.Spec;
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
 * Minibatch SGD (B = 32, reshuffled epochs) on the MLP over the real UCI digits (1797 images of 8×8, 10
 * classes, cross-entropy), {@value #PARTICLES} particles, one step per invocation, so the score (ops/s) is
 * particle-steps per second. Hidden layer 32 (d = 64·32 + 32 + 32·10 + 10 = 2410). Run: {@code ./mvnw -q -pl
 * bench -am package -DskipTests && java -jar bench/target/benchmarks.jar DigitsMlp}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "--add-modules=jdk.incubator.vector")
public class DigitsMlpBenchmark {
    static final int PARTICLES = 64;

    @Param({"32"})
    int hidden;

    @Param({"0"})
    int threads;

    private VectorEnsemble ensemble;

    @Setup(Level.Trial)
    public void setUp() {
        BlockRunner runner = threads == 0 ? BlockRunner.allCores() : new BlockRunner(threads);
        VectorLandscape f = LandscapeCatalog.createAny("mlp:data=digits,hidden=" + hidden + ",loss=xent");
        Params p = new Params(0.05, 32, 0.1, 1, 0.9);
        DynamicsCatalog.Configured c = DynamicsCatalog.create(Spec.parse("gd"), Spec.parse("minibatch"), p);
        ensemble = new VectorEnsemble(f, c.dynamics(), c.params(), PARTICLES, 1, f.defaultStart(), runner);
    }

    @Benchmark
    @OperationsPerInvocation(PARTICLES)
    public long step() {
        ensemble.advance(1);
        return ensemble.step();
    }
}
