package org.basinscope.engine.live.probe;

import org.basinscope.engine.analysis.Quantiles;
import org.basinscope.engine.dynamics.ParticleArrays;
import org.basinscope.engine.landscape.Landscape;
import org.basinscope.engine.live.RingSeries;

/** The loss history: the ensemble's mean loss with its 10% and 90% quantiles, and particle 0's loss, per frame. */
public final class LossProbe implements LiveProbe<LossProbe.History> {
    /** Rows kept (one per frame). */
    static final int LENGTH = 2_000;
    /** Loss quantiles are estimated from an evenly strided subsample of at most this many particles. */
    static final int QUANTILE_SAMPLE = 10_000;

    /**
     * Columns of the loss history, oldest row first; rows without live particles have NaN means.
     *
     * @param step      the step of each row
     * @param mean      mean f over the live particles
     * @param q10       10% quantile of f (over up to {@value #QUANTILE_SAMPLE} of them)
     * @param q90       90% quantile
     * @param particle0 particle 0's loss (NaN once it diverged)
     */
    public record History(double[] step, double[] mean, double[] q10, double[] q90, double[] particle0) {
        /** Rows in the history. */
        public int length() {
            return step.length;
        }

        /** The most rows a history keeps. */
        public static int capacity() {
            return LENGTH;
        }
    }

    private final RingSeries loss = new RingSeries(5, LENGTH);

    @Override
    public void restart(LiveRun run) {
        loss.clear();
        record(run);
    }

    @Override
    public void afterSteps(LiveRun run, int steps) {
        record(run);
    }

    @Override
    public History result(LiveRun run) {
        double[][] c = loss.copy();
        return new History(c[0], c[1], c[2], c[3], c[4]);
    }

    private void record(LiveRun run) {
        ParticleArrays s = run.particles();
        Landscape f = run.config().landscape();
        int alive = 0;
        for (boolean dead : s.diverged) {
            alive += dead ? 0 : 1;
        }
        double[] losses = new double[Math.min(alive, QUANTILE_SAMPLE)];
        int stride = Math.max(1, alive / Math.max(1, losses.length));
        double sum = 0;
        int counted = 0;
        int q = 0;
        int seen = 0;
        for (int i = 0; i < s.size; i++) {
            if (s.diverged[i]) {
                continue;
            }
            double v = f.value(s.x[i], s.y[i]);
            if (seen++ % stride == 0 && q < losses.length && !Double.isNaN(v)) {
                losses[q++] = v;
            }
            // Outside the landscape's domain (NaN loss) counts as diverged, as in Ensemble.stats().
            if (!Double.isNaN(v)) {
                sum += v;
                counted++;
            }
        }
        double[] band = Quantiles.of(losses, q, 0.1, 0.9);
        double highlighted = s.diverged[0] ? Double.NaN : f.value(s.x[0], s.y[0]);
        loss.add(run.step(), counted == 0 ? Double.NaN : sum / counted, band[0], band[1], highlighted);
    }
}
