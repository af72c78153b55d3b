package org.basinscope.engine.live;

import org.basinscope.engine.dynamics.ParticleArrays;
import org.basinscope.engine.ensemble.StepObserver;

/**
 * The recent path of the first few particles, recorded every step into bounded ring buffers:
 * position and (if the dynamics has one) x-velocity. Memory is fixed by the constructor. Used for
 * the trails on the landscape, the phase portrait and the return map. Particle 0 is the highlighted one.
 * Once a particle has diverged its points are NaN.
 */
public final class Trails implements StepObserver {
    private final int count;
    private final int capacity;
    private final int velocityIndex;
    private final double[][] xs;
    private final double[][] ys;
    private final double[][] vs;
    private long recorded;

    /**
     * @param count         how many particles to follow (the first {@code count} indices)
     * @param capacity      points kept per particle
     * @param velocityIndex the dynamics' velocity array index, or −1
     */
    public Trails(int count, int capacity, int velocityIndex) {
        this.count = count;
        this.capacity = capacity;
        this.velocityIndex = velocityIndex;
        xs = new double[count][capacity];
        ys = new double[count][capacity];
        vs = new double[count][capacity];
    }

    /** Starts the trails afresh at the particles' current state. */
    public void restart(ParticleArrays p) {
        recorded = 0;
        record(p, 0, Math.min(count, p.size));
    }

    @Override
    public void afterStep(ParticleArrays p, int from, int to, long step) {
        // Particles 0..count-1 lie in the first block (count ≤ Ensemble.BLOCK), so only that block's
        // thread records, and the write position advances once per step.
        if (from == 0) {
            record(p, 0, Math.min(count, to));
        }
    }

    private void record(ParticleArrays p, int from, int to) {
        int slot = (int) (recorded % capacity);
        for (int i = from; i < to; i++) {
            // A diverged particle's trail ends: NaN marks the break for the views.
            boolean dead = p.diverged[i];
            xs[i][slot] = dead ? Double.NaN : p.x[i];
            ys[i][slot] = dead ? Double.NaN : p.y[i];
            vs[i][slot] = dead || velocityIndex < 0 ? Double.NaN : p.aux[velocityIndex][i];
        }
        recorded++;
    }

    public int count() {
        return count;
    }

    /** Copies, oldest first, of the kept points of every followed particle: {x[][], y[][], v[][]}. */
    public double[][][] copy() {
        int n = (int) Math.min(recorded, capacity);
        double[][][] out = new double[3][count][n];
        long first = recorded - n;
        for (int i = 0; i < count; i++) {
            for (int k = 0; k < n; k++) {
                int slot = (int) ((first + k) % capacity);
                out[0][i][k] = xs[i][slot];
                out[1][i][k] = ys[i][slot];
                out[2][i][k] = vs[i][slot];
            }
        }
        return out;
    }
}
