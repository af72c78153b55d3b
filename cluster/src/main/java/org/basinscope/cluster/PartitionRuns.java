package org.basinscope.cluster;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.TaskContext;
import org.basinscope.engine.ensemble.BlockRunner;
import org.basinscope.engine.grid.GridJob;
import org.basinscope.engine.grid.Measurement;
import scala.collection.Iterator;
import scala.runtime.AbstractFunction2;

/**
 * The work of one Spark task, run on an executor: the runs whose ids are in its partition, each with
 * {@link Measurement#measure} on one thread (Spark runs one task per core). The job travels as its JSON
 * ({@link GridJob#toJson}) and is rebuilt once per executor JVM, so the task ships only text and numbers.
 *
 * <p>{@code failFirstAttempt} ≥ 0 makes the first attempt of that partition throw, to test that Spark's retry
 * gives the same numbers (it is never set outside tests).
 */
final class PartitionRuns extends AbstractFunction2<TaskContext, Iterator<Long>, PartitionResult> implements Serializable {
    private static final long serialVersionUID = 1L;
    /** The last job this JVM rebuilt: executors run the tasks of one sweep after another. */
    private static volatile Object[] cached = {null, null};

    private final String job;
    private final int seeds;
    private final int failFirstAttempt;

    PartitionRuns(String job, int seeds, int failFirstAttempt) {
        this.job = job;
        this.seeds = seeds;
        this.failFirstAttempt = failFirstAttempt;
    }

    @Override
    public PartitionResult apply(TaskContext context, Iterator<Long> ids) {
        if (context.partitionId() == failFirstAttempt && context.attemptNumber() == 0) {
            throw new IllegalStateException("injected failure of the first attempt of partition " + failFirstAttempt);
        }
        GridJob g = job();
        BlockRunner one = new BlockRunner(1);
        List<Long> tasks = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        while (ids.hasNext()) {
            long id = ids.next();
            int point = (int) (id / seeds);
            int replicate = (int) (id % seeds);
            tasks.add(id);
            values.add(Measurement.measure(g, point, replicate, one));
        }
        return new PartitionResult(tasks.stream().mapToLong(Long::longValue).toArray(),
                values.stream().mapToDouble(Double::doubleValue).toArray());
    }

    private GridJob job() {
        Object[] c = cached;
        if (job.equals(c[0])) {
            return (GridJob) c[1];
        }
        GridJob g = GridJob.fromJson(job);
        cached = new Object[] {job, g};
        return g;
    }
}
