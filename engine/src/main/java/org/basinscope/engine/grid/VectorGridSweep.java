package org.basinscope.engine.grid;

import org.basinscope.engine.analysis.Progress;
import org.basinscope.engine.analysis.Sweep.Readout;
import org.basinscope.engine.dynamics.Dynamics;
import org.basinscope.engine.dynamics.Params;
import org.basinscope.engine.dynamics.Schedule;
import org.basinscope.engine.ensemble.BlockRunner;
import org.basinscope.engine.ensemble.EnsembleStats;
import org.basinscope.engine.ensemble.VectorEnsemble;
import org.basinscope.engine.landscape.VectorLandscape;
import org.basinscope.engine.random.ParticleStreams;
import org.basinscope.engine.spec.InvalidInputException;

/**
 * A sweep on a d-dimensional landscape (issue 15): at every point of a {@link Grid} and for every replicate, N
 * particles of a {@link VectorEnsemble} take the steps with the point's parameters and the replicate's seed
 * ({@link ParticleStreams#derive}(seed, point, replicate), as {@link GridJob#seed}), and the readout is read at the
 * end; each point's mean and standard error over the replicates as {@link PointResult}. Readouts: loss (mean
 * loss), variance (its trace, Σ over coordinates), diverged (the fraction), accuracy (classification losses);
 * occupation and Lyapunov are planar. On this machine's cores, point after point (each run is parallel over
 * particles and has the same bits for any thread count).
 *
 * @param dynamics  the rule with its gradient source; {@code base} its parameters, which the grid's axes change
 * @param schedule  scales η or T step by step, as in a run
 */
public record VectorGridSweep(VectorLandscape landscape, Dynamics dynamics, Params base, double[] start, double spread,
        Schedule schedule, int particles, long seed, long steps, Grid grid, Readout readout, int seeds) {

    /** Per point (row-major over the grid's axes): the mean over the replicates and its standard error. */
    public record Result(Grid grid, double[] mean, double[] stderr, double[] batch) {
    }

    public VectorGridSweep {
        if (readout == Readout.OCCUPATION || readout == Readout.LYAPUNOV) {
            throw new InvalidInputException("the " + readout.name().toLowerCase(java.util.Locale.ROOT) + " readout is "
                    + "planar; in " + landscape.dimension() + " dimensions: loss, variance, diverged, accuracy");
        }
        if (readout == Readout.ACCURACY && landscape.accuracy().isEmpty()) {
            throw new InvalidInputException("accuracy needs a classification landscape (mlp with classification data)");
        }
        if (seeds < 1 || seeds > GridJob.MAX_SEEDS) {
            throw new InvalidInputException("--seeds " + seeds + " is outside the allowed range [1, " + GridJob.MAX_SEEDS
                    + "]");
        }
        start = start.clone();
    }

    /** Runs every point and replicate; {@code progress} hears after each point. */
    public Result run(BlockRunner runner, Progress progress) {
        int points = grid.size();
        double[] mean = new double[points];
        double[] stderr = new double[points];
        double[] batch = new double[points];
        double[] replicates = new double[seeds];
        for (int p = 0; p < points; p++) {
            Params params = grid.params(base, p);
            for (int r = 0; r < seeds; r++) {
                replicates[r] = measure(params, ParticleStreams.derive(seed, p, r), runner);
            }
            PointResult point = PointResult.of(p, replicates);
            mean[p] = point.mean();
            stderr[p] = point.stderr();
            batch[p] = params.batch();
            progress.report((p + 1.0) / points);
        }
        return new Result(grid, mean, stderr, batch);
    }

    /** One run's readout at {@code params} with {@code runSeed}. */
    double measure(Params params, long runSeed, BlockRunner runner) {
        VectorEnsemble e = new VectorEnsemble(landscape, dynamics, params, particles, runSeed, start, runner);
        if (spread > 0) {
            e.setSpread(spread);
            e.reset();
        }
        e.setSchedule(schedule);
        for (long done = 0; done < steps; ) {
            int chunk = (int) Math.min(1000, steps - done);
            e.advance(chunk);
            done += chunk;
        }
        EnsembleStats s = e.stats();
        return switch (readout) {
            case LOSS -> s.meanLoss();
            case VARIANCE -> java.util.Arrays.stream(s.variance()).sum();
            case DIVERGED -> (double) s.diverged() / s.particles();
            case ACCURACY -> e.accuracy().orElse(Double.NaN);
            case OCCUPATION, LYAPUNOV -> throw new IllegalStateException();
        };
    }
}
