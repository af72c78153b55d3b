package org.basinscope.engine.live.probe;

import org.basinscope.engine.analysis.Curvature;
import org.basinscope.engine.analysis.FullBatchPath;
import org.basinscope.engine.dynamics.ParticleArrays;
import org.basinscope.engine.dynamics.Params;
import org.basinscope.engine.landscape.Landscape;
import org.basinscope.engine.live.RingSeries;

/**
 * Sharpness along the run (seed 002 and 004, edge of stability): the largest Hessian eigenvalue at
 * particle 0 and averaged over an evenly strided sample of live particles, GD's stability edge 2/η, and
 * λmax along full-batch GD from the same start with the same η ({@link FullBatchPath}), per frame.
 */
public final class SharpnessProbe implements LiveProbe<SharpnessProbe.Trace> {
    /** Particles whose λmax is averaged. */
    static final int SAMPLE = 64;

    /**
     * Columns, oldest row first.
     *
     * @param step      the step of each row
     * @param particle0 λmax at particle 0 (NaN once it diverged)
     * @param mean      mean λmax over the sample
     * @param edge      2/η in effect
     * @param gd        λmax along full-batch GD at the same step (NaN when GD lags behind or diverged)
     */
    public record Trace(double[] step, double[] particle0, double[] mean, double[] edge, double[] gd) {
    }

    private final RingSeries sharpness = new RingSeries(5, LossProbe.LENGTH);
    private final double[] hessian = new double[3];
    private FullBatchPath gdPath;

    @Override
    public void configure(LiveRun run) {
        gdPath = new FullBatchPath(run.config().landscape(), run.config().start());
    }

    @Override
    public void restart(LiveRun run) {
        gdPath.restart();
        sharpness.clear();
    }

    @Override
    public void afterSteps(LiveRun run, int steps) {
        Params now = run.now();
        // The GD path keeps step with the run unless a frame is very long (then it catches up later).
        gdPath.advance(now.eta(), (int) Math.min(run.step() - gdPath.steps(), LyapunovProbe.MAX_STEPS_PER_FRAME));
        Landscape f = run.config().landscape();
        ParticleArrays s = run.particles();
        double first = s.diverged[0] ? Double.NaN : lambdaMax(f, s.x[0], s.y[0]);
        int stride = Math.max(1, s.size / SAMPLE);
        double sum = 0;
        int n = 0;
        for (int i = 0; i < s.size; i += stride) {
            if (!s.diverged[i]) {
                double l = lambdaMax(f, s.x[i], s.y[i]);
                if (Double.isFinite(l)) {
                    sum += l;
                    n++;
                }
            }
        }
        sharpness.add(run.step(), first, n == 0 ? Double.NaN : sum / n, 2 / now.eta(),
                gdPath.steps() == run.step() ? gdPath.sharpness() : Double.NaN);
    }

    private double lambdaMax(Landscape f, double x, double y) {
        f.hessian(x, y, hessian);
        return Curvature.lambdaMax(f.dimension(), hessian);
    }

    @Override
    public Trace result(LiveRun run) {
        double[][] c = sharpness.copy();
        return new Trace(c[0], c[1], c[2], c[3], c[4]);
    }
}
