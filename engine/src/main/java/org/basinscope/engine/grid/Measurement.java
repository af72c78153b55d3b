package org.basinscope.engine.grid;

import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import org.basinscope.engine.analysis.Descent;
import org.basinscope.engine.analysis.Sweep.Readout;
import org.basinscope.engine.chaos.LyapunovSpectrum;
import org.basinscope.engine.chaos.SharedNoiseExponent;
import org.basinscope.engine.dynamics.DifferentiableMap;
import org.basinscope.engine.dynamics.ParticleArrays;
import org.basinscope.engine.dynamics.Params;
import org.basinscope.engine.ensemble.BlockRunner;
import org.basinscope.engine.ensemble.Ensemble;
import org.basinscope.engine.ensemble.EnsembleStats;
import org.basinscope.engine.landscape.Landscape;
import org.basinscope.engine.live.RunConfig;

/**
 * One run of a sweep and its readout: an ensemble of N particles from the run's start takes the job's
 * steps with the point's parameters and the replicate's seed, and the readout is read at the end
 * (seed 001, the phase-transition sweeps). The ensemble is bit-identical for any thread count, so the
 * number does not depend on {@code runner} either.
 */
public final class Measurement {
    private Measurement() {
    }

    /** The readout of replicate {@code replicate} at point {@code point} of {@code job}. */
    public static double measure(GridJob job, int point, int replicate, BlockRunner runner) {
        return measure(job, point, replicate, runner, () -> false);
    }

    /**
     * As {@link #measure(GridJob, int, int, BlockRunner)}, stopping within 1000 steps with a
     * {@link CancellationException} once {@code cancelled} answers true (a run may take minutes; the window's
     * cancel button must not wait for it).
     */
    public static double measure(GridJob job, int point, int replicate, BlockRunner runner, BooleanSupplier cancelled) {
        return measure(job.config(), job.params(point), job.steps(), job.seed(point, replicate), job.readout(), runner,
                cancelled);
    }

    /**
     * The readout of one run. Variance is the trace of the covariance (the sum over coordinates), diverged
     * the fraction of particles flagged, occupation the fraction whose gradient descent ends at the start's
     * minimum, Lyapunov the largest exponent per step (QR for a deterministic map, shared noise otherwise,
     * over the second half of the steps), accuracy the mean over live particles of the landscape's
     * classifier.
     */
    public static double measure(RunConfig c, Params p, long steps, long seed, Readout what, BlockRunner runner) {
        return measure(c, p, steps, seed, what, runner, () -> false);
    }

    /** As above, checking {@code cancelled} every 1000 steps. */
    public static double measure(RunConfig c, Params p, long steps, long seed, Readout what, BlockRunner runner,
            BooleanSupplier cancelled) {
        Landscape f = c.landscape();
        double[] start = c.start();
        if (what == Readout.LYAPUNOV) {
            return lyapunov(c, p, steps, seed);
        }
        Ensemble e = new Ensemble(f, c.dynamics(), p, c.particles(), seed, start, runner);
        if (c.spread() > 0) {
            e.setSpread(c.spread());
            e.reset();
        }
        e.setSchedule(c.schedule());
        for (long done = 0; done < steps; ) {
            if (cancelled.getAsBoolean()) {
                throw new CancellationException("cancelled");
            }
            int chunk = (int) Math.min(1000, steps - done);
            e.advance(chunk);
            done += chunk;
        }
        EnsembleStats s = e.stats();
        return switch (what) {
            case LOSS -> s.meanLoss();
            case VARIANCE -> s.variance().length == 1 ? s.variance()[0] : s.variance()[0] + s.variance()[1];
            case DIVERGED -> (double) s.diverged() / s.particles();
            case OCCUPATION -> occupation(f, e.particles(), Descent.toMinimum(f, start));
            case ACCURACY -> accuracy(f.classifier().orElseThrow(), e.particles());
            case LYAPUNOV -> throw new IllegalStateException();
        };
    }

    private static double lyapunov(RunConfig c, Params p, long steps, long seed) {
        long discard = steps / 2;
        long kept = Math.max(1, steps - discard);
        DifferentiableMap map = c.dynamics().asMap(c.landscape(), p);
        if (map != null) {
            double[] state = new double[map.dimension()];
            double[] start = c.start();
            System.arraycopy(start, 0, state, 0, start.length);
            return LyapunovSpectrum.largest(map, state, discard, kept);
        }
        return SharedNoiseExponent.compute(c.landscape(), c.dynamics(), p, c.start(), seed, discard, kept, 10, 1e-8);
    }

    /** Fraction of all particles whose GD descent ends at {@code minimum} (diverged ones count as out). */
    private static double occupation(Landscape f, ParticleArrays s, double[] minimum) {
        int in = 0;
        for (int i = 0; i < s.size; i++) {
            if (!s.diverged[i]) {
                double[] m = Descent.toMinimum(f, s.dimension == 2 ? new double[] {s.x[i], s.y[i]} : new double[] {s.x[i]});
                double dist = Math.hypot(m[0] - minimum[0], (m.length > 1 ? m[1] - minimum[1] : 0));
                if (dist < 1e-3) {
                    in++;
                }
            }
        }
        return (double) in / s.size;
    }

    /** Mean accuracy over the particles that did not diverge (NaN if all did), summed in index order. */
    private static double accuracy(Landscape.Classifier classifier, ParticleArrays s) {
        double sum = 0;
        int alive = 0;
        for (int i = 0; i < s.size; i++) {
            if (!s.diverged[i]) {
                sum += classifier.accuracy(s.x[i], s.y[i]);
                alive++;
            }
        }
        return alive == 0 ? Double.NaN : sum / alive;
    }
}
