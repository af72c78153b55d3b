package org.basinscope.bench;

import java.util.concurrent.TimeUnit;
import org.basinscope.engine.random.Gaussian;
import org.basinscope.engine.random.ParticleStreams;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** Cost of one standard normal draw from a particle's stream (the inner cost of every noisy step). */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = "--add-modules=jdk.incubator.vector")
public class GaussianBenchmark {
    private static final int N = 1024;
    private final long[] seeds = new long[N];
    private final long[] gammas = new long[N];

    @Setup
    public void setUp() {
        ParticleStreams.seed(1, 0, N, seeds, gammas);
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public double gaussian() {
        double sum = 0;
        for (int i = 0; i < N; i++) {
            sum += Gaussian.next(seeds, gammas, i);
        }
        return sum;
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public long rawBits() {
        long sum = 0;
        for (int i = 0; i < N; i++) {
            sum += ParticleStreams.nextLong(seeds, gammas, i);
        }
        return sum;
    }
}
