package org.basinscope.engine.analysis.projection;

import org.basinscope.engine.analysis.Lanczos;
import org.basinscope.engine.dynamics.ParticleArrays;
import org.basinscope.engine.ensemble.BlockRunner;
import org.basinscope.engine.spec.InvalidInputException;

/**
 * The sample covariance C = X̃ᵀX̃/(n − 1) of the live (not diverged) particles of a cloud, X̃ the n × d matrix
 * of positions minus their mean, applied to a vector as X̃ᵀ(X̃v)/(n − 1) without forming the d × d matrix
 * (some 6·n·d flops per product, no storage beyond n values). Its top eigenvectors are the cloud's principal
 * components, found by {@link Lanczos} on that product.
 */
final class CloudCovariance implements Lanczos.Operator {
    private final ParticleArrays cloud;
    /** Indices of the live particles, in order. */
    private final int[] live;
    private final double[] mean;
    /** X̃v, one value per live particle (reused: products are applied one at a time). */
    private final double[] scores;
    private final BlockRunner runner;
    /** Particles per block of X̃v and coordinates per block of X̃ᵀs: fixed, whatever the thread count. */
    private static final int PARTICLES = 4096;
    private static final int COORDINATES = 64;

    private CloudCovariance(ParticleArrays cloud, int[] live, double[] mean, BlockRunner runner) {
        this.cloud = cloud;
        this.live = live;
        this.mean = mean;
        this.scores = new double[live.length];
        this.runner = runner;
    }

    /** The covariance of the cloud's live particles; refused with fewer than 3 of them (rank 2 needs 3 points). */
    static CloudCovariance of(ParticleArrays cloud, BlockRunner runner) {
        int[] live = liveIndices(cloud);
        if (live.length < 3) {
            throw new InvalidInputException("projection pca needs at least 3 particles that did not diverge, got "
                    + live.length);
        }
        return new CloudCovariance(cloud, live, mean(cloud, live), runner);
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
        int n = live.length;
        int d = mean.length;
        // X̃v over blocks of particles, then X̃ᵀ(X̃v) over blocks of coordinates: each value is summed in a fixed
        // order within one block, so the product does not depend on the thread count.
        runner.forEach((n + PARTICLES - 1) / PARTICLES, b -> scores(v, b * PARTICLES, Math.min(n, (b + 1) * PARTICLES)));
        double norm = 1.0 / (n - 1);
        boolean all = n == cloud.size;
        runner.forEach((d + COORDINATES - 1) / COORDINATES, b -> {
            for (int k = b * COORDINATES; k < Math.min(d, (b + 1) * COORDINATES); k++) {
                out[k] = (all ? centredDot(cloud.coords[k], mean[k]) : centredDotLive(cloud.coords[k], mean[k])) * norm;
            }
        });
    }

    /**
     * scoresⱼ = Σₖ (x_k − m_k)·v_k for live particles j in [from, to), coordinate-major so each pass reads one
     * contiguous array of the structure of arrays; with no particle diverged the loop runs over the arrays
     * directly (no index gather, so it vectorises).
     */
    private void scores(double[] v, int from, int to) {
        java.util.Arrays.fill(scores, from, to, 0.0);
        boolean all = live.length == cloud.size;
        for (int k = 0; k < mean.length; k++) {
            double[] xk = cloud.coords[k];
            double mk = mean[k];
            double vk = v[k];
            if (all) {
                for (int i = from; i < to; i++) {
                    scores[i] += (xk[i] - mk) * vk;
                }
            } else {
                for (int j = from; j < to; j++) {
                    scores[j] += (xk[live[j]] - mk) * vk;
                }
            }
        }
    }

    /**
     * Σᵢ (xᵢ − m)·scoresᵢ with four partial sums (fixed order, so reproducible): a single running sum is one
     * long dependency chain, and this is the covariance product's inner loop.
     */
    private double centredDot(double[] x, double m) {
        int n = scores.length;
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        int i = 0;
        for (; i + 3 < n; i += 4) {
            s0 += (x[i] - m) * scores[i];
            s1 += (x[i + 1] - m) * scores[i + 1];
            s2 += (x[i + 2] - m) * scores[i + 2];
            s3 += (x[i + 3] - m) * scores[i + 3];
        }
        for (; i < n; i++) {
            s0 += (x[i] - m) * scores[i];
        }
        return (s0 + s1) + (s2 + s3);
    }

    private double centredDotLive(double[] x, double m) {
        double s = 0;
        for (int j = 0; j < live.length; j++) {
            s += (x[live[j]] - m) * scores[j];
        }
        return s;
    }
}
