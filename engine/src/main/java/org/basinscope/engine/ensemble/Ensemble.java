package org.basinscope.engine.ensemble;

import org.basinscope.engine.dynamics.Dynamics;
import org.basinscope.engine.dynamics.Params;
import org.basinscope.engine.dynamics.ParticleArrays;
import org.basinscope.engine.dynamics.Schedule;
import org.basinscope.engine.dynamics.Workspace;
import org.basinscope.engine.landscape.Landscape;
import org.basinscope.engine.random.ParticleStreams;
import org.basinscope.engine.simd.Kernels;
import org.basinscope.engine.spec.InvalidInputException;

/**
 * N particles following one dynamics on one landscape, stepped in parallel blocks.
 *
 * <p>Reproducibility: particle i draws only from its own random stream, derived from (seed, i), and
 * blocks are stepped independently, so positions after k steps are bit-identical for any thread
 * count. Statistics are summed in index order on one thread, so they are identical too.
 *
 * <p>Divergence: after every step a particle with a non-finite coordinate or one beyond
 * {@link #BOUND} is flagged, counted and no longer stepped; statistics exclude it.
 *
 * <p>Threads: one thread at a time calls the mutating methods ({@link #advance}, {@link #reset});
 * {@link #setParams} may be called from any thread and takes effect at the next {@link #advance}.
 */
public final class Ensemble {
    /** Particles per block: the unit of parallel work and of scratch memory (a block's arrays fit in L1/L2; 20 blocks at N = 10⁴ balance two cores). */
    public static final int BLOCK = 512;
    /** A coordinate beyond this magnitude counts as diverged. */
    public static final double BOUND = 1e6;
    public static final int MAX_PARTICLES = 10_000_000;

    private static final ThreadLocal<Workspace> WORKSPACE = ThreadLocal.withInitial(() -> new Workspace(BLOCK));

    private final Landscape landscape;
    private final Dynamics dynamics;
    private final ParticleArrays particles;
    private Schedule schedule = Schedule.CONSTANT;
    /** Particles [0, stepped) are stepped; see {@link #limitStepping}. */
    private int stepped;
    private final double[] start;
    private final long seed;
    private final BlockRunner runner;
    private volatile Params params;
    private long step;
    private StepObserver observer;
    private double spread;

    public Ensemble(Landscape landscape, Dynamics dynamics, Params params, int particles, long seed,
            double[] start, BlockRunner runner) {
        String why = dynamics.incompatibility(landscape);
        if (why != null) {
            throw new InvalidInputException(why);
        }
        if (particles < 1 || particles > MAX_PARTICLES) {
            throw new InvalidInputException("particle count N = " + particles + " is outside the allowed range [1, "
                    + MAX_PARTICLES + "]");
        }
        if (start.length < landscape.dimension()) {
            throw new InvalidInputException("start point needs " + landscape.dimension() + " coordinates, got "
                    + start.length);
        }
        for (double c : start) {
            if (!Double.isFinite(c) || Math.abs(c) > BOUND) {
                throw new InvalidInputException("start coordinate " + c + " must be finite and within ±" + BOUND);
            }
        }
        this.landscape = landscape;
        this.dynamics = dynamics;
        this.params = params;
        this.start = start.clone();
        this.seed = seed;
        this.runner = runner;
        this.particles = new ParticleArrays(particles, landscape.dimension(), dynamics.auxiliaryArrays());
        reset();
    }

    /**
     * Every particle at its own start point (for basin maps and FTLE grids), then prepared as by
     * {@link #reset}: streams reseeded, auxiliary state zeroed, step 0. A later {@link #reset} goes
     * back to the common start point.
     */
    public void setStarts(double[] xs, double[] ys) {
        if (xs.length != particles.size || ys.length != particles.size) {
            throw new IllegalArgumentException("need " + particles.size + " start points");
        }
        reset();
        System.arraycopy(xs, 0, particles.x, 0, particles.size);
        if (particles.dimension == 2) {
            System.arraycopy(ys, 0, particles.y, 0, particles.size);
        }
        Params p = params;
        runner.forEach(blocks(), b -> dynamics.start(landscape, p, particles, from(b), to(b), WORKSPACE.get()));
    }

    /**
     * From the next {@link #reset} on, particles start scattered uniformly within ±{@code w} of the
     * start point in each coordinate, by a hash of (seed, index) that leaves the particles' random
     * streams untouched (so the same seed still gives the same noise).
     */
    public void setSpread(double w) {
        if (!(w >= 0) || !Double.isFinite(w)) {
            throw new InvalidInputException("start spread " + w + " must be a finite number ≥ 0");
        }
        spread = w;
    }

    /** Back to the start: same positions, same random streams, step 0. */
    public void reset() {
        particles.reset(start, seed);
        stepped = particles.size;
        if (spread > 0) {
            for (int i = 0; i < particles.size; i++) {
                particles.x[i] += spread * (2 * ParticleStreams.hashUniform(seed, i, 0) - 1);
                if (particles.dimension == 2) {
                    particles.y[i] += spread * (2 * ParticleStreams.hashUniform(seed, i, 1) - 1);
                }
            }
        }
        step = 0;
        Params p = params;
        runner.forEach(blocks(), b -> dynamics.start(landscape, p, particles, from(b), to(b), WORKSPACE.get()));
    }

    /** Takes {@code steps} steps with the current parameters (and schedule, if one is set). */
    public void advance(int steps) {
        if (steps <= 0) {
            return;
        }
        long first = step + 1;
        // Each step's parameters, made once per call (not per step and block) so stepping allocates nothing.
        Params[] p = new Params[steps];
        for (int k = 0; k < steps; k++) {
            p[k] = schedule.at(params, first + k);
        }
        runner.forEach(blocks(), b -> advanceBlock(p, first, steps, from(b), to(b)));
        step += steps;
    }

    /** A learning-rate or temperature schedule applied to the parameters from the next step on. */
    public void setSchedule(Schedule s) {
        schedule = s == null ? Schedule.CONSTANT : s;
    }

    public Schedule schedule() {
        return schedule;
    }

    private void advanceBlock(Params[] p, long first, int steps, int from, int to) {
        Workspace w = WORKSPACE.get();
        StepObserver o = observer;
        for (int k = 0; k < steps; k++) {
            dynamics.step(landscape, p[k], first + k, particles, from, to, w);
            flagDiverged(from, to);
            if (o != null) {
                o.afterStep(particles, from, to, first + k);
            }
        }
    }

    private void flagDiverged(int from, int to) {
        Kernels k = Kernels.active();
        k.flagOutside(particles.x, particles.diverged, from, to, BOUND);
        k.flagOutside(particles.y, particles.diverged, from, to, BOUND);
    }

    private int blocks() {
        return (stepped + BLOCK - 1) / BLOCK;
    }

    /**
     * Steps only particles {@code [0, count)} from now on (until the next {@link #reset}): a caller that
     * has moved the particles it is done with to the end (see {@link ParticleArrays#swap}) stops paying
     * for them. Each particle keeps its own stream wherever it sits, so results stay reproducible.
     */
    public void limitStepping(int count) {
        if (count < 0 || count > particles.size) {
            throw new IllegalArgumentException("count " + count + " outside [0, " + particles.size + "]");
        }
        stepped = count;
    }

    private static int from(int block) {
        return block * BLOCK;
    }

    private int to(int block) {
        return Math.min(stepped, (block + 1) * BLOCK);
    }

    /**
     * Mean, variance, mean loss and diverged count over the particles, summed in index order. A particle
     * whose loss is not a number has left the landscape's domain (e.g. log of a negative number): it is
     * counted as diverged here, even before its next step flags it.
     */
    public EnsembleStats stats() {
        int n = particles.size;
        int dim = particles.dimension;
        double[][] coords = {particles.x, particles.y};
        boolean[] out = new boolean[n];
        int alive = 0;
        double[] mean = new double[dim];
        double loss = 0;
        for (int i = 0; i < n; i++) {
            double f = particles.diverged[i] ? Double.NaN : landscape.value(particles.x[i], particles.y[i]);
            if (Double.isNaN(f)) {
                out[i] = true;
                continue;
            }
            alive++;
            for (int d = 0; d < dim; d++) {
                mean[d] += coords[d][i];
            }
            loss += f;
        }
        double[] variance = new double[dim];
        for (int d = 0; d < dim; d++) {
            mean[d] = alive == 0 ? Double.NaN : mean[d] / alive;
            double sum = 0;
            for (int i = 0; i < n; i++) {
                if (!out[i]) {
                    double dev = coords[d][i] - mean[d];
                    sum += dev * dev;
                }
            }
            variance[d] = alive == 0 ? Double.NaN : sum / alive;
        }
        double covariance = 0;
        if (dim == 2 && alive > 0) {
            for (int i = 0; i < n; i++) {
                if (!out[i]) {
                    covariance += (coords[0][i] - mean[0]) * (coords[1][i] - mean[1]);
                }
            }
            covariance /= alive;
        } else if (dim == 2) {
            covariance = Double.NaN;
        }
        return new EnsembleStats(step, n, n - alive, mean, variance, covariance, alive == 0 ? Double.NaN : loss / alive);
    }

    public Params params() {
        return params;
    }

    /** Installs (or with null removes) the observer called after each step; set it between advances. */
    public void setObserver(StepObserver observer) {
        this.observer = observer;
    }

    /** Takes effect at the next {@link #advance}; the run continues from where it is. */
    public void setParams(Params params) {
        this.params = params;
    }

    public long step() {
        return step;
    }

    public Landscape landscape() {
        return landscape;
    }

    public Dynamics dynamics() {
        return dynamics;
    }

    public long seed() {
        return seed;
    }

    public double[] start() {
        return start.clone();
    }

    public int size() {
        return particles.size;
    }

    /**
     * The live particle arrays. Read them only from the thread that steps the ensemble (or while it is
     * not stepping); other threads should work from copies.
     */
    public ParticleArrays particles() {
        return particles;
    }
}
