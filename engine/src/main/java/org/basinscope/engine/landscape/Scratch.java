package org.basinscope.engine.landscape;

/** Per-thread scratch for point-wise fall-backs, so that hot loops do not allocate per step. */
final class Scratch {
    static final ThreadLocal<double[]> PAIR = ThreadLocal.withInitial(() -> new double[2]);

    private Scratch() {
    }
}
