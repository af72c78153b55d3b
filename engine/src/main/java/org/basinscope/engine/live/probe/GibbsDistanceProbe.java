package org.basinscope.engine.live.probe;

import java.util.Arrays;
import org.basinscope.engine.analysis.GibbsDistance;
import org.basinscope.engine.analysis.Histogram;
import org.basinscope.engine.dynamics.ParticleArrays;

/**
 * How far the particles' x is from the density curve of {@link DistributionProbe} (science/CHECKS.md,
 * "Gibbs"): the total variation from the histogram, the Kolmogorov–Smirnov distance from an evenly strided
 * sample of at most {@value #KS_SAMPLE} particles (sampling noise ≈ 0.87/√n) against the curve's CDF.
 */
public final class GibbsDistanceProbe implements LiveProbe<GibbsDistanceProbe.Distance> {
    /** Particles sampled for the KS distance. */
    public static final int KS_SAMPLE = 10_000;

    /**
     * @param ks Kolmogorov–Smirnov distance sup |F_n − F|
     * @param tv total-variation distance ½ Σ |p̂ − p| w
     */
    public record Distance(double ks, double tv) {
    }

    @Override
    public void restart(LiveRun run) {
    }

    @Override
    public Distance result(LiveRun run) {
        DistributionProbe.Distribution d = run.result(LiveProbes.DISTRIBUTION);
        if (d == null || d.gibbsX() == null) {
            return null;
        }
        ParticleArrays s = run.particles();
        Histogram hx = d.x();
        double[] box = run.config().landscape().viewBox();
        double tv = GibbsDistance.totalVariation(hx.density(), d.gibbsX(), hx.width());
        int alive = 0;
        for (int i = 0; i < s.size; i++) {
            alive += s.diverged[i] ? 0 : 1;
        }
        int stride = Math.max(1, (alive + KS_SAMPLE - 1) / KS_SAMPLE);
        double[] sample = new double[Math.min(alive, KS_SAMPLE)];
        int n = 0;
        int seen = 0;
        for (int i = 0; i < s.size && n < sample.length; i++) {
            if (!s.diverged[i] && seen++ % stride == 0) {
                sample[n++] = s.x[i];
            }
        }
        double[] sorted = Arrays.copyOf(sample, n);
        Arrays.sort(sorted);
        double ks = GibbsDistance.kolmogorovSmirnov(sorted, d.gibbsX(), box[0], box[1]);
        return new Distance(ks, tv);
    }
}
