package org.basinscope.engine.live;

/**
 * Positions of (up to {@link LiveSimulation#MAX_DRAWN}) live particles for drawing, in single precision:
 * fresh arrays, never written after they are made.
 *
 * @param xs x of each drawn particle
 * @param ys y (zeros in 1-D)
 * @param vs x-velocity, or null when the dynamics has none
 */
public record Cloud(float[] xs, float[] ys, float[] vs) {
    public int size() {
        return xs.length;
    }
}
