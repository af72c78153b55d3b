package org.basinscope.engine.ensemble;

import org.basinscope.engine.dynamics.ParticleArrays;

/**
 * Watches an ensemble step by step (trails, first-passage times, ...). Called after every step for
 * every block, possibly from several threads at once for different blocks: an observer may read and
 * record only particles in {@code [from, to)}, and must not allocate.
 */
@FunctionalInterface
public interface StepObserver {
    void afterStep(ParticleArrays particles, int from, int to, long step);
}
