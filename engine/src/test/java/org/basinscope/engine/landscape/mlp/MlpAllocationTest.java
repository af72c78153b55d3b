package org.basinscope.engine.landscape.mlp;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import org.basinscope.engine.landscape.LandscapeCatalog;
import org.junit.jupiter.api.Test;

/**
 * The hot-path methods reuse per-thread scratch: once warm, 100 calls of the block gradient, the batch gradient
 * and H·v allocate nothing (one d-length array per call would be 8·d·100 = 56 kB here (d = 70); the bound of 1 kB leaves
 * room only for the measurement itself).
 */
class MlpAllocationTest {

    @Test
    void warmCallsDoNotAllocate() {
        Mlp f = (Mlp) LandscapeCatalog.createAny("mlp:data=two-moons,n=50,hidden=8,4");
        int d = f.dimension();
        double[][] x = new double[d][3];
        double[][] g = new double[d][3];
        double[] theta = f.defaultStart();
        for (int k = 0; k < d; k++) {
            for (int i = 0; i < 3; i++) {
                x[k][i] = theta[k];
            }
        }
        double[] grad = new double[d];
        double[] hv = new double[d];
        int[] batch = {3, 1, 4, 1, 5, 9, 2, 6};
        Runnable calls = () -> {
            f.gradients(x, 0, 3, g);
            f.batchGradient(theta, batch, batch.length, grad);
            f.hessianVector(theta, grad, hv);
        };
        for (int w = 0; w < 200; w++) {
            calls.run();
        }
        var bean = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long id = Thread.currentThread().getId();
        long before = bean.getThreadAllocatedBytes(id);
        for (int r = 0; r < 100; r++) {
            calls.run();
        }
        long bytes = bean.getThreadAllocatedBytes(id) - before;
        assertTrue(bytes < 1024, "allocated " + bytes + " bytes in 100 warm calls");
    }
}
