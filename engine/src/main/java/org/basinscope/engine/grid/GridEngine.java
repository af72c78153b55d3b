package org.basinscope.engine.grid;

import java.util.function.BooleanSupplier;

/**
 * Something that computes the runs of a grid sweep: the embedded {@code local} engine, or one found at run
 * time through {@link java.util.ServiceLoader} (the {@code spark} engine of the cluster module), so the
 * engine module carries no cluster code.
 *
 * <p><b>Extension contract.</b> Implement {@link #name()} and {@link #start}, and list the class in
 * {@code META-INF/services/org.basinscope.engine.grid.GridEngine}. The runner computes each task with
 * {@link Measurement#measure(GridJob, int, int, org.basinscope.engine.ensemble.BlockRunner)} — on any
 * machine, in any order, retried as often as it likes — and hands each value to the sink once. Seeds come
 * from the job ({@link GridJob#seed}), so the numbers are the same whatever the engine does. The command
 * line, resume files, progress and the result then work with it.
 */
public interface GridEngine {

    /** The name {@code --engine} takes, e.g. {@code local}. */
    String name();

    /**
     * Gets ready to run with {@code settings} (checks them, connects to a cluster); refuses bad settings or
     * an unreachable cluster with an {@link org.basinscope.engine.spec.InvalidInputException}. The caller
     * closes the runner.
     */
    Runner start(Settings settings);

    /**
     * How to run.
     *
     * @param threads worker threads of the local engine (its default: all cores)
     * @param master  where a cluster engine runs ({@code local[2]}, {@code spark://host:7077}, …); null for its default
     */
    record Settings(int threads, String master) {
    }

    /** The readout of one run, as the runner hands it over. */
    @FunctionalInterface
    interface Sink {
        /** May be called from several threads at once. */
        void accept(int point, int replicate, double value);
    }

    /** A started engine. */
    interface Runner extends AutoCloseable {
        /** What runs, for output, e.g. {@code local (2 threads)} or {@code spark local[2]}. */
        String describe();

        /** The cores the runs are spread over, for the time estimate; 0 if not known. */
        int cores();

        /**
         * Computes every replicate of every point in {@code points} and gives each value to {@code sink}. Once
         * {@code cancelled} answers true it stops soon and throws {@link java.util.concurrent.CancellationException}
         * (values already given stay valid).
         */
        void run(GridJob job, int[] points, Sink sink, BooleanSupplier cancelled);

        @Override
        void close();
    }
}
