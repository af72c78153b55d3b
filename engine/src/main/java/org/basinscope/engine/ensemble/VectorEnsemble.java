package org.basinscope.engine.ensemble;

import org.basinscope.engine.simd.Kernels;
import java.util.OptionalDouble;
import org.basinscope.engine.dynamics.Dynamics;
import org.basinscope.engine.dynamics.DynamicsCatalog;
import org.basinscope.engine.dynamics.Params;
import org.basinscope.engine.dynamics.Schedule;
import org.basinscope.engine.dynamics.ParticleArrays;
import org.basinscope.engine.dynamics.VectorStep;
import org.basinscope.engine.dynamics.VectorWorkspace;
import org.basinscope.engine.landscape.VectorLandscape;
import org.basinscope.engine.random.ParticleStreams;
import org.basinscope.engine.spec.InvalidInputException;

/**
 * N particles on a d-dimensional landscape ({@link VectorLandscape}), stepped by a rule's
 * {@link Dynamics#inDimensions() d-dimensional step} in blocks on a {@link BlockRunner}. As the planar
 * {@link Ensemble}: each particle owns its random stream, blocks share nothing, so the bits do not depend on
 * the thread count; a particle with a coordinate beyond ±{@link Ensemble#BOUND} (or NaN) is flagged diverged
 * and no longer stepped. Blocks hold at most 2¹⁶ coordinates (up to {@link Ensemble#BLOCK} particles) so a
 * thread's scratch stays about 1.5 MB whatever d is. Limits: N ≤ {@link Ensemble#MAX_PARTICLES},
 * N·d ≤ {@link ParticleArrays#MAX_VALUES}.
 */
public final class VectorEnsemble {
    private static final int BLOCK_VALUES = 1 << 16;

    private final VectorLandscape landscape;
    private final VectorStep rule;
    private final String ruleName;
    private final ParticleArrays particles;
    private final double[] start;
    private final long seed;
    private final BlockRunner runner;
    private final int block;
    private final ThreadLocal<VectorWorkspace> workspace;
    private volatile Params params;
    private double spread;
    private long step;

    public VectorEnsemble(VectorLandscape landscape, Dynamics dynamics, Params params, int particles, long seed,
            double[] start, BlockRunner runner) {
        int d = landscape.dimension();
        this.rule = dynamics.inDimensions().orElseThrow(() -> new InvalidInputException(dynamics.name()
                + (dynamics.gradient().anyDimension() ? "" : " with the " + dynamics.gradient().name() + " gradient")
                + " runs on 1-D and 2-D landscapes only; in " + d + " dimensions: "
                + String.join(", ", DynamicsCatalog.inDimensions()) + " (with the exact gradient; gd, momentum, "
                + "nesterov, adam, rmsprop, adagrad also with --gradient noisy (noise=isotropic or hessian); gd, momentum, nesterov, adam, "
                + "rmsprop, adagrad, langevin, underdamped with --gradient minibatch on a data set)"));
        String why = landscape.planar().map(dynamics::incompatibility).orElse(null);
        if (why == null) {
            why = dynamics.gradient().incompatibilityInDimensions(landscape);
        }
        if (why != null) {
            throw new InvalidInputException(why);
        }
        if (particles < 1 || particles > Ensemble.MAX_PARTICLES) {
            throw new InvalidInputException("particle count N = " + particles + " is outside the allowed range [1, "
                    + Ensemble.MAX_PARTICLES + "]");
        }
        if (start.length != d) {
            throw new InvalidInputException("start point needs " + d + " coordinates, got " + start.length);
        }
        for (double c : start) {
            if (!Double.isFinite(c) || Math.abs(c) > Ensemble.BOUND) {
                throw new InvalidInputException("start coordinate " + c + " must be finite and within ±"
                        + Ensemble.BOUND);
            }
        }
        this.landscape = landscape;
        this.ruleName = dynamics.name();
        this.params = params;
        this.start = start.clone();
        this.seed = seed;
        this.runner = runner;
        this.particles = new ParticleArrays(particles, d, rule.particleArrays(), rule.coordinateArrays());
        // At least 16 blocks when there are enough particles, so a few networks (N = 64) still fill the cores: each
        // particle has its own stream and scratch, so the blocking does not change a bit.
        this.block = Math.max(1, Math.min(Math.min(Ensemble.BLOCK, BLOCK_VALUES / d), (particles + 15) / 16));
        this.workspace = ThreadLocal.withInitial(() -> new VectorWorkspace(d, block));
        reset();
    }

    private Schedule schedule = Schedule.CONSTANT;

    /** Particles scattered uniformly within ±w of the start in each coordinate from the next {@link #reset}. */
    public void setSpread(double w) {
        if (!(w >= 0) || !Double.isFinite(w)) {
            throw new InvalidInputException("start spread " + w + " must be a finite number ≥ 0");
        }
        spread = w;
    }

    /** Back to the start: same positions (and spread, as the planar ensemble draws it), same streams, step 0. */
    public void reset() {
        particles.reset(start, seed);
        if (spread > 0) {
            for (int k = 0; k < particles.dimension; k++) {
                double[] c = particles.coords[k];
                for (int i = 0; i < particles.size; i++) {
                    c[i] += spread * (2 * ParticleStreams.hashUniform(seed, i, k) - 1);
                }
            }
        }
        step = 0;
        runner.forEach(blocks(), b -> rule.start(landscape, params, particles, from(b), to(b), workspace.get()));
    }

    /** Takes {@code steps} steps with the parameters (and the schedule, if one is set). */
    public void advance(int steps) {
        if (steps <= 0) {
            return;
        }
        long first = step + 1;
        // Each step's parameters made once per call, as the planar ensemble does (no allocation per step and block).
        Params[] p = new Params[steps];
        for (int k = 0; k < steps; k++) {
            p[k] = schedule.at(params, first + k);
        }
        runner.forEach(blocks(), b -> {
            VectorWorkspace w = workspace.get();
            int from = from(b);
            int to = to(b);
            for (int k = 0; k < steps; k++) {
                rule.step(landscape, p[k], first + k, particles, from, to, w);
                flagDiverged(from, to);
            }
        });
        step += steps;
    }

    /** A learning-rate or temperature schedule applied to the parameters from the next step on. */
    public void setSchedule(Schedule s) {
        schedule = s == null ? Schedule.CONSTANT : s;
    }

    private void flagDiverged(int from, int to) {
        Kernels k = Kernels.active();
        for (double[] c : particles.coords) {
            k.flagOutside(c, particles.diverged, from, to, Ensemble.BOUND);
        }
    }

    /**
     * Mean and variance per coordinate, mean loss and diverged count, summed in index order (a particle whose
     * loss is NaN counts as diverged); {@code covariance} is that of coordinates 0 and 1 (0 in 1-D).
     */
    public EnsembleStats stats() {
        return stats(losses());
    }

    /**
     * Each particle's loss f(θᵢ), NaN for a diverged one: evaluated in blocks on the runner, each particle on its
     * own, so the values do not depend on the thread count (a network's loss over its data is most of a frame).
     */
    public double[] losses() {
        int n = particles.size;
        int d = particles.dimension;
        double[][] c = particles.coords;
        double[] losses = new double[n];
        // Finer blocks than the steps' (64 networks are one step block): any blocking gives the same values.
        int per = Math.max(1, Math.min(block, (n + 15) / 16));
        runner.forEach((n + per - 1) / per, b -> {
            double[] point = new double[d];
            for (int i = b * per; i < Math.min(n, (b + 1) * per); i++) {
                if (particles.diverged[i]) {
                    losses[i] = Double.NaN;
                    continue;
                }
                for (int k = 0; k < d; k++) {
                    point[k] = c[k][i];
                }
                losses[i] = landscape.value(point);
            }
        });
        return losses;
    }

    /** {@link #stats()} from the particles' losses as {@link #losses()} gives them (taken once, used twice). */
    public EnsembleStats stats(double[] losses) {
        int n = particles.size;
        int d = particles.dimension;
        double[][] c = particles.coords;
        boolean[] out = new boolean[n];
        int alive = 0;
        double loss = 0;
        for (int i = 0; i < n; i++) {
            double f = losses[i];
            if (Double.isNaN(f)) {
                out[i] = true;
                continue;
            }
            alive++;
            loss += f;
        }
        double[] mean = new double[d];
        double[] variance = new double[d];
        for (int k = 0; k < d; k++) {
            double sum = 0;
            for (int i = 0; i < n; i++) {
                if (!out[i]) {
                    sum += c[k][i];
                }
            }
            mean[k] = alive == 0 ? Double.NaN : sum / alive;
            double squares = 0;
            for (int i = 0; i < n; i++) {
                if (!out[i]) {
                    double dev = c[k][i] - mean[k];
                    squares += dev * dev;
                }
            }
            variance[k] = alive == 0 ? Double.NaN : squares / alive;
        }
        double covariance = 0;
        if (d >= 2) {
            for (int i = 0; i < n; i++) {
                if (!out[i]) {
                    covariance += (c[0][i] - mean[0]) * (c[1][i] - mean[1]);
                }
            }
            covariance = alive == 0 ? Double.NaN : covariance / alive;
        }
        return new EnsembleStats(step, n, n - alive, mean, variance, covariance,
                alive == 0 ? Double.NaN : loss / alive);
    }

    /** The cloud's mean training accuracy ({@link MeanAccuracy}), empty when the landscape does not classify. */
    public OptionalDouble accuracy() {
        return MeanAccuracy.of(landscape, particles);
    }

    public ParticleArrays particles() {
        return particles;
    }

    public VectorLandscape landscape() {
        return landscape;
    }

    public String dynamicsName() {
        return ruleName;
    }

    public Params params() {
        return params;
    }

    /** New η, B, T, γ, β from the next {@link #advance} on (the window's sliders), without a restart. */
    public void setParams(Params next) {
        params = java.util.Objects.requireNonNull(next);
    }

    public long step() {
        return step;
    }

    private int blocks() {
        return (particles.size + block - 1) / block;
    }

    private int from(int b) {
        return b * block;
    }

    private int to(int b) {
        return Math.min(particles.size, (b + 1) * block);
    }
}
