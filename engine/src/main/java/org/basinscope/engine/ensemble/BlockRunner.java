package org.basinscope.engine.ensemble;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ForkJoinPool;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;

/**
 * Runs a piece of work for each block index, on a fixed number of threads. The block partition is
 * fixed by the caller and independent of the thread count, and blocks never share mutable state, so
 * the results do not depend on how many threads run them or in which order.
 */
public final class BlockRunner {
    private static final ConcurrentHashMap<Integer, ForkJoinPool> POOLS = new ConcurrentHashMap<>();

    private final int threads;

    public BlockRunner(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        this.threads = threads;
    }

    public static BlockRunner allCores() {
        return new BlockRunner(Runtime.getRuntime().availableProcessors());
    }

    public int threads() {
        return threads;
    }

    /** Calls {@code work} once for every block index in {@code [0, blocks)} and waits for all. */
    public void forEach(int blocks, IntConsumer work) {
        if (threads == 1 || blocks == 1) {
            for (int b = 0; b < blocks; b++) {
                work.accept(b);
            }
            return;
        }
        // One daemon pool per thread count, shared by all ensembles: pools are expensive to create.
        ForkJoinPool pool = POOLS.computeIfAbsent(threads, BlockRunner::newPool);
        pool.submit(() -> IntStream.range(0, blocks).parallel().forEach(work)).join();
    }

    private static ForkJoinPool newPool(int threads) {
        return new ForkJoinPool(threads, p -> {
            var t = ForkJoinPool.defaultForkJoinWorkerThreadFactory.newThread(p);
            t.setDaemon(true);
            t.setName("basinscope-step-" + t.getPoolIndex());
            return t;
        }, null, false);
    }
}
