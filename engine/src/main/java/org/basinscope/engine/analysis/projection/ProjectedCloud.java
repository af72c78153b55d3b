package org.basinscope.engine.analysis.projection;

import org.basinscope.engine.dynamics.ParticleArrays;
import org.basinscope.engine.ensemble.BlockRunner;
import org.basinscope.engine.landscape.VectorLandscape;

/**
 * The particles of a cloud placed on a projection's plane, with each particle's own loss f(θᵢ) (not the loss
 * at its projected point, which differs off the plane). Structure of arrays, index i = particle i; a diverged
 * particle has NaN in all three.
 *
 * @param a        first plane coordinate of each particle
 * @param b        second plane coordinate
 * @param loss     f(θᵢ)
 * @param diverged how many particles were diverged (NaN rows)
 */
public record ProjectedCloud(double[] a, double[] b, double[] loss, int diverged) {
    /** Particles per block of work; fixed, so the results do not depend on the thread count. */
    static final int BLOCK = 1024;

    public int size() {
        return a.length;
    }

    /** Projects every particle of {@code cloud} (N × d) and evaluates its loss, in blocks on {@code runner}. */
    public static ProjectedCloud of(Projection p, VectorLandscape f, ParticleArrays cloud, BlockRunner runner) {
        return of(p, f, cloud, runner, null);
    }

    /**
     * As above with each particle's loss already known ({@code losses[i]} = f(θᵢ), as the ensemble's statistics
     * took them), so they are not evaluated again; null: evaluated here.
     */
    public static ProjectedCloud of(Projection p, VectorLandscape f, ParticleArrays cloud, BlockRunner runner,
            double[] losses) {
        int n = cloud.size;
        int d = p.dimension();
        double[] a = new double[n];
        double[] b = new double[n];
        double[] loss = new double[n];
        double[] c = p.centre();
        double[] u = p.directions().u();
        double[] v = p.directions().v();
        Projection.Gram gram = p.gram();
        int blocks = (n + BLOCK - 1) / BLOCK;
        runner.forEach(blocks, block -> {
            int from = block * BLOCK;
            int to = Math.min(n, from + BLOCK);
            // Dot products coordinate-major over the block (contiguous reads); each particle's sum still runs
            // over k in order, so its bits do not depend on the blocking.
            double[] ru = new double[to - from];
            double[] rv = new double[to - from];
            for (int k = 0; k < d; k++) {
                double[] xk = cloud.coords[k];
                double ck = c[k];
                double uk = u[k];
                double vk = v[k];
                for (int i = from; i < to; i++) {
                    double dk = xk[i] - ck;
                    ru[i - from] += dk * uk;
                    rv[i - from] += dk * vk;
                }
            }
            double[] theta = new double[d];
            for (int i = from; i < to; i++) {
                if (cloud.diverged[i]) {
                    a[i] = b[i] = loss[i] = Double.NaN;
                    continue;
                }
                Projection.PlanePoint ab = gram.solve(ru[i - from], rv[i - from]);
                a[i] = ab.a();
                b[i] = ab.b();
                if (losses != null) {
                    loss[i] = losses[i];
                    continue;
                }
                for (int k = 0; k < d; k++) {
                    theta[k] = cloud.coords[k][i];
                }
                loss[i] = f.value(theta);
            }
        });
        int dead = 0;
        for (boolean x : cloud.diverged) {
            dead += x ? 1 : 0;
        }
        return new ProjectedCloud(a, b, loss, dead);
    }
}
