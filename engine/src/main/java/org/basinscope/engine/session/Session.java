package org.basinscope.engine.session;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.basinscope.engine.dynamics.DynamicsCatalog;
import org.basinscope.engine.dynamics.GradientSources;
import org.basinscope.engine.dynamics.Params;
import org.basinscope.engine.dynamics.Schedule;
import org.basinscope.engine.ensemble.Ensemble;
import org.basinscope.engine.formula.Formula;
import org.basinscope.engine.landscape.Landscape;
import org.basinscope.engine.landscape.LandscapeCatalog;
import org.basinscope.engine.landscape.VectorLandscape;
import org.basinscope.engine.live.ParamChange;
import org.basinscope.engine.live.RunConfig;
import org.basinscope.engine.spec.InvalidInputException;
import org.basinscope.engine.spec.Spec;

/**
 * Everything that makes a run, as saved in a session file: the landscape and dynamics as the user
 * chose them, the parameters, N, the seed, the start point, how many steps were taken, and how the
 * window showed it. Loading a session and taking {@link #steps} steps reproduces the run bit for bit.
 *
 * @param version       file format version ({@link #VERSION})
 * @param landscape     a catalog spec ({@code double-well:dim=2}) or {@code formula:EXPR}
 * @param dynamics      a dynamics spec ({@code langevin}, {@code sgd:sigma=2})
 * @param eta           learning rate
 * @param batch         batch size
 * @param temperature   temperature
 * @param friction      friction
 * @param momentum      momentum β
 * @param particles     N
 * @param seed          random seed
 * @param start         start point (1 or 2 coordinates), or null for the landscape's default
 * @param steps         steps taken when it was saved
 * @param stepsPerFrame simulation speed setting
 * @param view          view settings ({@code histogramAxis}: x|y, {@code presentation}: true|false), may be empty
 * @param spread        particles start uniformly within ±spread of the start (0: all at the start point)
 * @param schedule      a learning-rate or temperature schedule ({@code cosine:period=1000}); null or absent
 *                      (files from before schedules) is {@code constant}
 * @param gradient      where the dynamics' gradient comes from ({@code exact}, {@code noisy:sigma=1},
 *                      {@code minibatch:sampling=independent}); null or absent is {@code exact}
 * @param history       the sliders' values from each step on where they changed while the run went (the first
 *                      entry at step 0), so that replaying {@link #steps} steps reproduces a run whose sliders
 *                      moved; empty or absent (files from before histories): the values above throughout
 */
public record Session(int version, String landscape, String dynamics, double eta, int batch, double temperature,
        double friction, double momentum, int particles, long seed, double[] start, long steps, int stepsPerFrame,
        Map<String, String> view, double spread, String schedule, String gradient, List<ParamChange> history) {
    public static final int VERSION = 2;
    /** At most this many parameter changes are kept in a session (a long drag of a slider makes many). */
    public static final int MAX_HISTORY = 100_000;

    public Session {
        view = view == null ? Map.of() : Map.copyOf(view);
        start = start == null ? null : start.clone();
        schedule = schedule == null || schedule.isBlank() ? "constant" : schedule;
        gradient = gradient == null || gradient.isBlank() ? GradientSources.EXACT : gradient;
        history = history == null ? List.of() : List.copyOf(history);
    }

    /** A session without a parameter history and with the exact gradient (unless the dynamics alias carries one). */
    public Session(int version, String landscape, String dynamics, double eta, int batch, double temperature,
            double friction, double momentum, int particles, long seed, double[] start, long steps, int stepsPerFrame,
            Map<String, String> view, double spread, String schedule) {
        this(version, landscape, dynamics, eta, batch, temperature, friction, momentum, particles, seed, start, steps,
                stepsPerFrame, view, spread, schedule, GradientSources.EXACT, List.of());
    }

    /** A session without a schedule. */
    public Session(int version, String landscape, String dynamics, double eta, int batch, double temperature,
            double friction, double momentum, int particles, long seed, double[] start, long steps, int stepsPerFrame,
            Map<String, String> view, double spread) {
        this(version, landscape, dynamics, eta, batch, temperature, friction, momentum, particles, seed, start, steps,
                stepsPerFrame, view, spread, "constant");
    }

    /** A session whose particles all start at one point. */
    public Session(int version, String landscape, String dynamics, double eta, int batch, double temperature,
            double friction, double momentum, int particles, long seed, double[] start, long steps, int stepsPerFrame,
            Map<String, String> view) {
        this(version, landscape, dynamics, eta, batch, temperature, friction, momentum, particles, seed, start, steps,
                stepsPerFrame, view, 0);
    }

    @Override
    public double[] start() {
        return start == null ? null : start.clone();
    }

    /** The parameters, validated (a session edited by hand gets the same range checks as a slider). */
    public Params params() {
        return new Params(eta, batch, temperature, friction, momentum);
    }

    /** Builds the engine objects; throws {@link InvalidInputException} with a clear message if anything is invalid. */
    public RunConfig toRunConfig() {
        Landscape f = landscape(landscape);
        var d = DynamicsCatalog.create(Spec.parse(dynamics), Spec.parse(gradient), params());
        checkParticles();
        double[] point = start == null ? f.defaultStart() : start;
        checkStart(point, f.dimension());
        return new RunConfig(landscape, f, dynamics, d.dynamics(), particles, seed, point, spread,
                Schedule.parse(schedule), gradient);
    }

    /**
     * The engine objects of a session on a landscape of more than two dimensions, for the window's
     * d-dimensional view; refused in one line for a planar one ({@link #toRunConfig} builds that).
     */
    public org.basinscope.engine.live.dimensional.DimensionalConfig toDimensionalConfig() {
        var any = catalogLandscape();
        if (any.isEmpty() || any.get().planar().isPresent()) {
            throw new InvalidInputException("landscape '" + landscape + "' is planar: the landscape view runs it");
        }
        VectorLandscape f = any.get();
        var d = DynamicsCatalog.create(Spec.parse(dynamics), Spec.parse(gradient), params());
        checkParticles();
        double[] point = start == null ? f.defaultStart() : start;
        checkStart(point, f.dimension());
        return new org.basinscope.engine.live.dimensional.DimensionalConfig(landscape, f, dynamics, d.dynamics(),
                gradient, particles, seed, point, spread, Schedule.parse(schedule));
    }

    /**
     * Whether the window can run this session: its landscape is 1-D or 2-D. A d-dimensional one (an mlp, a
     * {@code quadratic:dim=100}) runs in {@code simulate --preset} and is checked by {@link #checkAnyDimension}.
     */
    public boolean planar() {
        return catalogLandscape().map(f -> f.planar().isPresent()).orElse(true);
    }

    /**
     * The checks of {@link #toRunConfig} for a session in any dimension: the landscape, the dynamics with its
     * gradient source and parameters, the particle count, the start's length and the schedule.
     */
    public void checkAnyDimension() {
        var any = catalogLandscape();
        if (any.isEmpty() || any.get().planar().isPresent()) {
            toRunConfig();
            return;
        }
        DynamicsCatalog.create(Spec.parse(dynamics), Spec.parse(gradient), params());
        checkParticles();
        if (start != null) {
            checkStart(start, any.get().dimension());
        }
        Schedule.parse(schedule);
    }

    /** The catalog landscape in any dimension; empty for a formula or no landscape, which {@link #landscape} builds. */
    private Optional<VectorLandscape> catalogLandscape() {
        if (landscape == null || landscape.isBlank() || landscape.startsWith("formula:")) {
            return Optional.empty();
        }
        return Optional.of(LandscapeCatalog.createAny(Spec.parse(landscape)));
    }

    private void checkParticles() {
        if (particles < 1 || particles > Ensemble.MAX_PARTICLES) {
            throw new InvalidInputException("particles = " + particles + " is outside the allowed range [1, "
                    + Ensemble.MAX_PARTICLES + "]");
        }
    }

    private static void checkStart(double[] point, int dimension) {
        if (point.length != dimension) {
            throw new InvalidInputException("start has " + point.length + " coordinates but the landscape has "
                    + dimension);
        }
    }

    /** A landscape from {@code formula:EXPR} or a catalog spec. */
    public static Landscape landscape(String spec) {
        if (spec == null || spec.isBlank()) {
            throw new InvalidInputException("no landscape given");
        }
        if (spec.startsWith("formula:")) {
            return Formula.compile(spec.substring("formula:".length()));
        }
        return LandscapeCatalog.create(Spec.parse(spec));
    }

    /** The session of a running configuration whose sliders stayed at {@code p}. */
    public static Session of(RunConfig c, Params p, long steps, int stepsPerFrame, Map<String, String> view) {
        return of(c, p, steps, stepsPerFrame, view, List.of());
    }

    /** The session of a running configuration: {@code p} the sliders now, {@code history} how they moved. */
    public static Session of(RunConfig c, Params p, long steps, int stepsPerFrame, Map<String, String> view,
            List<ParamChange> history) {
        return new Session(VERSION, c.landscapeSpec(), c.dynamicsSpec(), p.eta(), p.batch(), p.temperature(),
                p.friction(), p.momentum(), c.particles(), c.seed(), c.start(), steps, stepsPerFrame, view, c.spread(),
                c.schedule().spec(), c.gradientSpec(), history);
    }

    public Session withSchedule(String next) {
        return new Session(version, landscape, dynamics, eta, batch, temperature, friction, momentum, particles, seed,
                start, steps, stepsPerFrame, view, spread, next, gradient, history);
    }

    public Session withView(Map<String, String> next) {
        return new Session(version, landscape, dynamics, eta, batch, temperature, friction, momentum, particles, seed,
                start, steps, stepsPerFrame, next, spread, schedule, gradient, history);
    }

    public Session withGradient(String next) {
        return new Session(version, landscape, dynamics, eta, batch, temperature, friction, momentum, particles, seed,
                start, steps, stepsPerFrame, view, spread, schedule, next, history);
    }

    /**
     * The same run after {@code n} steps: the history keeps the changes before step n (none for n = 0, when the
     * values above are where a new run starts).
     */
    public Session withSteps(long n) {
        List<ParamChange> kept = n == 0 ? List.of() : history.stream().filter(c -> c.step() < n).toList();
        return new Session(version, landscape, dynamics, eta, batch, temperature, friction, momentum, particles, seed,
                start, n, stepsPerFrame, view, spread, schedule, gradient, kept);
    }

    /**
     * The parameter history checked: steps increasing from 0 and within the run, every value in range, at most
     * {@value #MAX_HISTORY} entries. Throws {@link InvalidInputException} saying what is wrong.
     */
    public void checkHistory() {
        if (history.size() > MAX_HISTORY) {
            throw new InvalidInputException("history has " + history.size() + " entries; the limit is " + MAX_HISTORY);
        }
        long last = -1;
        for (ParamChange c : history) {
            if (c.step() <= last || c.step() < 0 || c.step() > Math.max(steps, 0)) {
                throw new InvalidInputException("history step " + c.step() + " must increase from 0 and lie within the "
                        + "run's " + steps + " steps");
            }
            if (last < 0 && c.step() != 0) {
                throw new InvalidInputException("history must start at step 0, not " + c.step());
            }
            last = c.step();
            c.params();
        }
    }
}
