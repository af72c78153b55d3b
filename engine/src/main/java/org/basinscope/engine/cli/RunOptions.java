package org.basinscope.engine.cli;

import org.basinscope.engine.dynamics.DynamicsCatalog;
import org.basinscope.engine.dynamics.Params;
import org.basinscope.engine.ensemble.BlockRunner;
import org.basinscope.engine.ensemble.Ensemble;
import org.basinscope.engine.formula.Formula;
import org.basinscope.engine.landscape.Landscape;
import org.basinscope.engine.landscape.LandscapeCatalog;
import org.basinscope.engine.landscape.VectorLandscape;
import org.basinscope.engine.session.Session;
import org.basinscope.engine.spec.InvalidInputException;
import org.basinscope.engine.spec.Numbers;
import org.basinscope.engine.spec.Spec;
import picocli.CommandLine.Option;

/**
 * The options every run-type subcommand shares (the command-line contract in BRIEF.md), and their
 * translation into validated engine objects. Used as a picocli mixin.
 */
public final class RunOptions {
    @Option(names = "--landscape", paramLabel = "NAME[:k=v,...]",
            description = "Built-in landscape and its options (default: double-well). Names: ${sys:basinscope.landscapes}")
    String landscape;

    @Option(names = "--formula", paramLabel = "EXPR",
            description = "User formula in x (1-D) or x, y, e.g. \"(x^2-1)^2/4 + y^2/2\", or (simulate) in x1 … xd, "
                    + "d ≤ 64 the largest index, e.g. \"x1^2 + 10*x2^2 + x3^4\". Excludes --landscape.")
    String formula;

    @Option(names = "--dynamics", paramLabel = "NAME[:k=v,...]", defaultValue = "langevin",
            description = "Optimiser or sampler (default: ${DEFAULT-VALUE}). Names: ${sys:basinscope.dynamics}")
    String dynamics;

    @Option(names = "--gradient", paramLabel = "SOURCE[:k=v,...]", defaultValue = "exact",
            description = "Where the dynamics' gradient comes from (default: ${DEFAULT-VALUE}): exact, "
                    + "noisy[:sigma=s,noise=isotropic|hessian|covariance,sxx=…,sxy=…,syy=…] or "
                    + "minibatch[:sampling=epoch|independent].")
    String gradient;

    @Option(names = "--eta", paramLabel = "η", defaultValue = "0.01", description = "Learning rate / time step (default ${DEFAULT-VALUE}).")
    double eta;

    @Option(names = "--batch", paramLabel = "B", defaultValue = "1", description = "Batch size (default ${DEFAULT-VALUE}).")
    int batch;

    @Option(names = "--temperature", paramLabel = "T", defaultValue = "0.1", description = "Temperature (default ${DEFAULT-VALUE}).")
    double temperature;

    @Option(names = "--friction", paramLabel = "γ", defaultValue = "1", description = "Friction of underdamped Langevin (default ${DEFAULT-VALUE}).")
    double friction;

    @Option(names = "--momentum", paramLabel = "β", defaultValue = "0.9", description = "Momentum of heavy ball / Nesterov (default ${DEFAULT-VALUE}).")
    double momentum;

    @Option(names = "--particles", paramLabel = "N", defaultValue = "1000", description = "Number of particles (default ${DEFAULT-VALUE}).")
    int particles;

    @Option(names = "--steps", paramLabel = "K", defaultValue = "1000", description = "Number of steps (default ${DEFAULT-VALUE}).")
    long steps;

    @Option(names = "--seed", defaultValue = "1", description = "Random seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--x0", paramLabel = "a[,b]", description = "Start point of every particle (default: the landscape's).")
    String x0;

    @Option(names = "--spread", paramLabel = "w", defaultValue = "0",
            description = "Scatter the particles uniformly within ±w of the start point (default ${DEFAULT-VALUE}).")
    double spread;

    @Option(names = "--threads", paramLabel = "t", description = "Worker threads (default: all cores). Results do not depend on it.")
    Integer threads;

    public static final long MAX_STEPS = 1_000_000_000L;

    static {
        System.setProperty("basinscope.landscapes", String.join(", ", LandscapeCatalog.names()));
        System.setProperty("basinscope.dynamics", String.join(", ", DynamicsCatalog.names()));
    }

    /** The landscape from --landscape or --formula. */
    public Landscape landscape() {
        if (landscape != null && formula != null) {
            throw new InvalidInputException("give either --landscape or --formula, not both");
        }
        if (formula != null) {
            return Formula.compile(formula);
        }
        return LandscapeCatalog.create(Spec.parse(landscape == null ? "double-well" : landscape));
    }

    /**
     * The landscape from --landscape or --formula, planar or d-dimensional ({@code quadratic:dim=100,...});
     * only {@code simulate} runs the d-dimensional ones.
     */
    public VectorLandscape anyLandscape() {
        if (landscape != null && formula != null) {
            throw new InvalidInputException("give either --landscape or --formula, not both");
        }
        if (formula != null) {
            return Formula.compileAny(formula);
        }
        if (landscape != null && landscape.strip().startsWith("formula:")) {
            return Formula.compileAny(landscape.strip().substring("formula:".length()));
        }
        return LandscapeCatalog.createAny(Spec.parse(landscape == null ? "double-well" : landscape));
    }

    /** A short name of the landscape choice for output. */
    public String landscapeLabel() {
        return formula != null ? "formula:" + formula : (landscape == null ? "double-well" : landscape);
    }

    /** The dynamics spec as given. */
    public String dynamicsSpec() {
        return dynamics;
    }

    /** The gradient spec as given. */
    public String gradientSpec() {
        return gradient;
    }

    public DynamicsCatalog.Configured dynamics() {
        Params params = new Params(eta, batch, temperature, friction, momentum);
        return DynamicsCatalog.create(Spec.parse(dynamics), Spec.parse(gradient), params);
    }

    public int particles() {
        if (particles < 1 || particles > Ensemble.MAX_PARTICLES) {
            throw new InvalidInputException("--particles " + particles + " is outside the allowed range [1, "
                    + Ensemble.MAX_PARTICLES + "]");
        }
        return particles;
    }

    public long steps() {
        if (steps < 0 || steps > MAX_STEPS) {
            throw new InvalidInputException("--steps " + steps + " is outside the allowed range [0, " + MAX_STEPS + "]");
        }
        return steps;
    }

    public long seed() {
        return seed;
    }

    /** The start spread (validated: finite, ≥ 0, ≤ 10⁶). */
    public double spread() {
        return Numbers.checkRange("--spread", spread, 0, 1e6);
    }

    public BlockRunner runner() {
        if (threads == null) {
            return BlockRunner.allCores();
        }
        if (threads < 1 || threads > 256) {
            throw new InvalidInputException("--threads " + threads + " is outside the allowed range [1, 256]");
        }
        return new BlockRunner(threads);
    }

    /**
     * The run described by these options on top of {@code base} (a preset's or a session's settings):
     * an option the user typed (per {@code given}, e.g. {@code "--eta"}) replaces the base value, others keep it.
     */
    public Session over(Session base,
            java.util.function.Predicate<String> given) {
        if (given.test("--landscape") && given.test("--formula")) {
            throw new InvalidInputException("give either --landscape or --formula, not both");
        }
        String land = given.test("--formula") ? "formula:" + formula
                : given.test("--landscape") ? landscape : base.landscape();
        boolean newLandscape = given.test("--formula") || given.test("--landscape");
        double[] start = base.start();
        if (given.test("--x0")) {
            start = Coordinates.parse("--x0", x0, Session.landscape(land).dimension());
        } else if (newLandscape) {
            start = null;
        }
        double beta = given.test("--momentum") ? momentum : base.momentum();
        if (given.test("--dynamics")) {
            // A spec typed here may carry a hyper-parameter (momentum:beta=0.8): it is the run's β, as simulate
            // uses it, so the session (and the window's slider) say so too.
            beta = momentumOf(dynamics, given.test("--gradient") ? gradient : "exact", beta);
        }
        return new Session(Session.VERSION, land,
                given.test("--dynamics") ? dynamics : base.dynamics(),
                given.test("--eta") ? eta : base.eta(),
                given.test("--batch") ? batch : base.batch(),
                given.test("--temperature") ? temperature : base.temperature(),
                given.test("--friction") ? friction : base.friction(),
                beta,
                given.test("--particles") ? particles() : base.particles(),
                given.test("--seed") ? seed : base.seed(),
                start,
                given.test("--steps") ? steps() : base.steps(),
                base.stepsPerFrame(), base.view(), given.test("--spread") ? spread : base.spread(), base.schedule(),
                given.test("--gradient") ? gradient : given.test("--dynamics") ? null : base.gradient(),
                given.test("--eta") || given.test("--batch") || given.test("--temperature") || given.test("--friction")
                        || given.test("--momentum") ? null : base.history());
    }

    /** The run described by these options alone. */
    public Session session() {
        return over(new Session(Session.VERSION,
                landscapeLabel(), dynamics, eta, batch, temperature, friction, momentumOf(dynamics, gradient, momentum),
                particles(), seed,
                x0 == null ? null : start(landscape()), steps(), 10, null, spread, null, gradient, null), name -> false);
    }

    /** β after the dynamics spec's own options ({@code momentum:beta=0.8}), else {@code beta}. */
    private static double momentumOf(String dynamics, String gradient, double beta) {
        return DynamicsCatalog.create(Spec.parse(dynamics), Spec.parse(gradient), Params.DEFAULT.withMomentum(beta))
                .params().momentum();
    }

    /**
     * The start point: --x0 if given (with as many coordinates as the landscape has; above 2-D one number sets
     * every coordinate), else the default.
     */
    public double[] start(VectorLandscape f) {
        if (x0 == null) {
            return f.defaultStart();
        }
        if (f.dimension() > 2 && !x0.contains(",")) {
            double[] all = new double[f.dimension()];
            java.util.Arrays.fill(all, Coordinates.parse("--x0", x0, 1)[0]);
            return all;
        }
        return Coordinates.parse("--x0", x0, f.dimension());
    }

    /**
     * Takes every run setting from {@code s} (a preset's settings with the typed options over them, see
     * {@link #over}), so the command then runs that session.
     */
    void adopt(Session s) {
        landscape = s.landscape();
        formula = null;
        dynamics = s.dynamics();
        gradient = s.gradient();
        eta = s.eta();
        batch = s.batch();
        temperature = s.temperature();
        friction = s.friction();
        momentum = s.momentum();
        particles = s.particles();
        seed = s.seed();
        steps = s.steps();
        spread = s.spread();
        x0 = s.start() == null ? null : java.util.Arrays.stream(s.start()).mapToObj(Double::toString)
                .collect(java.util.stream.Collectors.joining(","));
    }
}
