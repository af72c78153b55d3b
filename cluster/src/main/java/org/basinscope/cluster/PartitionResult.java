package org.basinscope.cluster;

import java.io.Serializable;

/**
 * What one Spark task sends back to the driver: the runs of its partition, each as the task id
 * point × seeds + replicate and the readout it measured.
 */
record PartitionResult(long[] tasks, double[] values) implements Serializable {
}
