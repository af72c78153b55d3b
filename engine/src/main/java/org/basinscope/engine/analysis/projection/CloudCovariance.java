package org.basinscope.engine.analysis.projection;

import org.basinscope.engine.analysis.Lanczos;
import org.basinscope.engine.dynamics.ParticleArrays;
import org.basinscope.engine.spec.InvalidInputException;

/**
 * The sample covariance C = X̃ᵀX̃/(n − 1) of the live (not diverged) particles of a cloud, X̃ the n × d matrix
 * of positions minus their mean, applied to a vector as X̃ᵀ(X̃v)/(n − 1) without forming the d × d matrix
 * (2nd flops per product, no storage beyond n values). Its top eigenvectors are the cloud's principal
 * components, found by {@link Lanczos} on that product.
 */
final class CloudCovariance implements Lanczos.Operator {
    private final ParticleArrays cloud;
    /** Indices of the live particles, in order. */
    private final int[] live;
    private final double[] mean;
    /** X̃v, one value per live particle (reused: products are applied one at a time). */
    private final double[] scores;

    private CloudCovariance(ParticleArrays cloud, int[] live, double[] mean) {
        this.cloud = cloud;
        this.live = live;
        this.mean = mean;
        this.scores = new double[live.length];
    }

    /** The covariance of the cloud's live particles; refused with fewer than 3 of them (rank 2 needs 3 points). */
    static CloudCovariance of(ParticleArrays cloud) {
        int[] live = liveIndices(cloud);
        if (live.length < 3) {
            throw new InvalidInputException("projection pca needs at least 3 particles that did not diverge, got "
                    + live.length);
        }
        return new CloudCovariance(cloud, live, mean(cloud, live));
    }

    /** The mean position of the live particles, summed in index order; refused when every particle diverged. */
    static double[] mean(ParticleArrays cloud) {
        int[] live = liveIndices(cloud);
        if (live.length == 0) {
            throw new InvalidInputException("every particle diverged: the cloud has no mean to centre a projection on");
        }
        return mean(cloud, live);
    }

    private static double[] mean(ParticleArrays cloud, int[] live) {
        double[] m = new double[cloud.dimension];
        for (int k = 0; k < m.length; k++) {
            double[] xk = cloud.coords[k];
            double s = 0;
            for (int i : live) {
                s += xk[i];
            }
            m[k] = s / live.length;
        }
        return m;
    }

    private static int[] liveIndices(ParticleArrays cloud) {
        int n = 0;
        for (boolean dead : cloud.diverged) {
            n += dead ? 0 : 1;
        }
        int[] live = new int[n];
        for (int i = 0, j = 0; i < cloud.size; i++) {
            if (!cloud.diverged[i]) {
                live[j++] = i;
            }
        }
        return live;
    }

    /** The plane of the top two principal components; refused for a cloud on a line or a point. */
    Directions principalPlane(long seed) {
        return TopPair.of(Lanczos.eigenpairs(this, cloud.dimension, 2, seed), "pca",
                "the cloud's covariance", true);
    }

    @Override
    public void apply(double[] v, double[] out) {
        java.util.Arrays.fill(scores, 0.0);
        // Coordinate-major, so each pass reads one contiguous array of the structure of arrays.
        for (int k = 0; k < mean.length; k++) {
            double[] xk = cloud.coords[k];
            double mk = mean[k];
            double vk = v[k];
            for (int j = 0; j < live.length; j++) {
                scores[j] += (xk[live[j]] - mk) * vk;
            }
        }
        double norm = 1.0 / (live.length - 1);
        for (int k = 0; k < mean.length; k++) {
            double[] xk = cloud.coords[k];
            double mk = mean[k];
            double s = 0;
            for (int j = 0; j < live.length; j++) {
                s += (xk[live[j]] - mk) * scores[j];
            }
            out[k] = s * norm;
        }
    }
}
