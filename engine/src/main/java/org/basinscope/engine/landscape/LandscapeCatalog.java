package org.basinscope.engine.landscape;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.basinscope.engine.data.DataSet;
import org.basinscope.engine.data.Digits;
import org.basinscope.engine.data.GeneratedData;
import org.basinscope.engine.landscape.mlp.Activation;
import org.basinscope.engine.landscape.mlp.Mlp;
import org.basinscope.engine.landscape.mlp.OutputLoss;
import org.basinscope.engine.spec.InvalidInputException;
import org.basinscope.engine.spec.Options;
import org.basinscope.engine.spec.Spec;

/**
 * The built-in landscapes by name, each with its options ({@code NAME[:k=v,...]}). User formulas are
 * made by {@link org.basinscope.engine.formula.Formula#compile}, not here (a formula may contain commas).
 * To add a landscape: write the class and add one {@link #register} line below.
 */
public final class LandscapeCatalog {
    /**
     * A catalog entry: its name, a one-line summary with the options, specs worth offering in a picker (the
     * bare name first), and how to build it.
     */
    /** @param title what a person reads in a picker ("Double well"); {@code name} is what one types */
    public record Entry(String name, String title, String summary, List<String> examples,
            Function<Options, VectorLandscape> factory) {
    }

    private static final Map<String, Entry> ENTRIES = new LinkedHashMap<>();
    /** Entries that are d-dimensional whatever their options: a planar picker does not offer them. */
    private static final Set<String> DIMENSIONAL = Set.of("valley", "mixture");
    private static final double BIG = 1e6;

    static {
        register("quadratic", "Quadratic bowl", "½θᵀHθ with eigenvalues h1, h2 (default 1, 4), angle (degrees), dim (1|2, default 2); "
                + "in d dimensions dim=d (1 … 10⁵), lmin, lmax (eigenvalues lmin·(lmax/lmin)^(i/(d−1))), rotate=SEED "
                + "(a random orthogonal basis, d ≤ 2000)",
                List.of("h1=1,h2=10", "dim=1"), LandscapeCatalog::quadratic);
        register("double-well", "Double well", "(x²−1)²/4 + tilt·x; dim (1|2, default 1) adds confine·y²/2 (default confine 1)",
                List.of("dim=2", "tilt=0.1"),
                o -> new DoubleWell(o.integer("dim", 1, 1, 2), o.real("tilt", 0, -BIG, BIG),
                        o.real("confine", 1, -BIG, BIG)));
        register("muller-brown", "Müller–Brown surface", "Müller–Brown surface times scale (default 1)", List.of("scale=0.1"),
                o -> new MullerBrown(o.real("scale", 1, 1e-6, BIG)));
        register("rosenbrock", "Rosenbrock valley", "(a − x)² + b(y − x²)² (default a 1, b 100); dim=d (2 … 10⁵): the "
                + "extended Σ (a − θᵢ)² + b(θᵢ₊₁ − θᵢ²)², minimum (1, …, 1)", List.of(),
                o -> {
                    int dim = o.given("dim") ? VectorLandscape.checkDimension("landscape rosenbrock",
                            o.integer("dim", 2, Integer.MIN_VALUE, Integer.MAX_VALUE), 2) : 2;
                    double a = o.real("a", 1, -BIG, BIG);
                    double b = o.real("b", 100, 0, BIG);
                    return dim == 2 ? new Rosenbrock(a, b) : new ChainedRosenbrock(dim, a, b);
                });
        register("three-hole", "Three-hole potential", "three-hole potential (two deep wells, one shallow)", List.of(), o -> new ThreeHole());
        register("multiscale", "Kong–Tao multiscale loss", "Kong–Tao x²/2 + eps·sin(x/eps) (default eps 0.001)", List.of("eps=0.01"),
                o -> new Multiscale(o.real("eps", 1e-3, 1e-9, 10)));
        register("linear-regression", "Linear regression (least squares)", "least squares on n generated examples (n 100, seed 1, θ* = (t1, t2) = (1, −0.5), "
                + "label noise 0.5); minibatch SGD samples its examples", List.of(),
                o -> new Regression(Regression.Model.LINEAR, o.integer("n", 100, 2, 100_000), o.integer("seed", 1, 0,
                        Integer.MAX_VALUE), o.real("t1", 1, -BIG, BIG), o.real("t2", -0.5, -BIG, BIG),
                        o.real("noise", 0.5, 0, 1e3)));
        register("deep-linear", "Two-layer linear model (flat vs sharp)", "two-layer linear model w1·w2·x fitting y = s·x + noise (n 100, seed 1, s 1, noise 0.3): "
                + "a valley of minima w1·w2 = ŝ, flatter where |w1| = |w2|; widths=w0,w1,…,wL (2 to 11 widths, each 1 … "
                + DeepLinearNetwork.MAX_WIDTH + "): the deep linear network W_L⋯W1·x on a random linear teacher "
                + "(n, seed, noise as above)", List.of(), LandscapeCatalog::deepLinear);
        register("valley", "Flat valley, stiff walls", "½·floor·|u|² + ½·wall·Σ (wⱼ − bend·|u|²)² in dim (2 … 10⁵) dimensions, u the first "
                + "flat (1 … dim−1, default 1) coordinates (floor 0: exactly flat, wall 100, bend 0)",
                List.of("dim=100", "dim=10,flat=2,floor=1,bend=0.2"),
                o -> {
                    int dim = VectorLandscape.checkDimension("landscape valley",
                            o.integer("dim", 10, Integer.MIN_VALUE, Integer.MAX_VALUE), 2);
                    return new Valley(dim, o.integer("flat", 1, Integer.MIN_VALUE, Integer.MAX_VALUE),
                            o.real("floor", 0, 0, BIG), o.real("wall", 100, 1e-12, BIG), o.real("bend", 0, -1e3, 1e3));
                });
        register("mixture", "Gaussian mixture wells", "−log Σₖ wₖ exp(−|θ − μₖ|²/(2·width²)) in dim (1 … 10⁵, default 2) dimensions, "
                + "modes (1 … " + Mixture.MAX_MODES + ", default 3) on a line along θ₁ spacing apart (default 4) or "
                + "layout=sphere of radius spacing (directions from seed); width 1, weights ∝ ratio^k (default 1)",
                List.of("dim=10,modes=3", "dim=20,modes=5,layout=sphere"),
                o -> new Mixture(VectorLandscape.checkDimension("landscape mixture",
                        o.integer("dim", 2, Integer.MIN_VALUE, Integer.MAX_VALUE), 1),
                        o.integer("modes", 3, Integer.MIN_VALUE, Integer.MAX_VALUE), o.real("spacing", 4, 0, BIG),
                        o.real("width", 1, 1e-6, BIG), o.real("ratio", 1, 1e-6, BIG),
                        o.choice("layout", "line", Set.of("line", "sphere")), o.integer("seed", 1, 0, Integer.MAX_VALUE)));
        register("tiny-network", "Tiny tanh network", "2-D slice through the weights of a tanh network with two hidden units, fitted to n "
                + "examples of a teacher (n 100, seed 1, label noise 0.1): its two unit-swapped copies are minima at "
                + "(±1, 0) with a saddle between; minibatch SGD samples its examples", List.of(),
                o -> new TinyNetwork(o.integer("n", 100, 2, 100_000), o.integer("seed", 1, 0, Integer.MAX_VALUE),
                        o.real("noise", 0.1, 0, 1e3)));
        register("logistic-regression", "Logistic regression", "binary cross-entropy on n generated examples (n 100, seed 1, θ* = (t1, t2) = "
                + "(1, −0.5)); minibatch SGD samples its examples", List.of(),
                o -> new Regression(Regression.Model.LOGISTIC, o.integer("n", 100, 2, 100_000), o.integer("seed", 1, 0,
                        Integer.MAX_VALUE), o.real("t1", 1, -BIG, BIG), o.real("t2", -0.5, -BIG, BIG), 0));
        register("mlp", "Multilayer perceptron", "a multilayer perceptron's training loss over all its weights and "
                + "biases: data=two-moons | spirals | teacher (2-D, generated from seed; n 200, noise 0.1 | 0.05) | "
                + "digits (the UCI 8×8 handwritten digits, 1797 images, 10 classes; n takes the first n), hidden=h1[,h2…] "
                + "(default 16; widths 1 … " + Mlp.MAX_WIDTH + ", up to " + Mlp.MAX_HIDDEN_LAYERS + " layers), "
                + "activation=tanh | relu, loss=xent (softmax cross-entropy) | mse (½‖z − one-hot‖²), seed 1 (data and "
                + "initialisation); minibatch SGD samples its examples", List.of(),
                LandscapeCatalog::mlp);
    }

    /** The mlp landscape from data, n, noise, seed, hidden, activation and loss. */
    private static VectorLandscape mlp(Options o) {
        String name = o.choice("data", "two-moons", Set.of("two-moons", "spirals", "teacher", "digits"));
        long seed = o.integer("seed", 1, 0, Integer.MAX_VALUE);
        DataSet data = switch (name) {
            case "digits" -> Digits.all().first(o.integer("n", Digits.SIZE, 10, Digits.SIZE));
            case "teacher" -> GeneratedData.teacher(o.integer("n", 200, 4, 100_000), seed);
            case "spirals" -> GeneratedData.spirals(o.integer("n", 200, 4, 100_000), seed, o.real("noise", 0.05, 0, 10));
            default -> GeneratedData.twoMoons(o.integer("n", 200, 4, 100_000), seed, o.real("noise", 0.1, 0, 10));
        };
        int[] hidden = o.integers("hidden", new int[] {16}, 1, Mlp.MAX_HIDDEN_LAYERS, 1, Mlp.MAX_WIDTH);
        Activation activation = Activation.valueOf(o.choice("activation", "tanh", Set.of("tanh", "relu"))
                .toUpperCase(java.util.Locale.ROOT));
        OutputLoss loss = OutputLoss.valueOf(o.choice("loss", "xent", Set.of("xent", "mse"))
                .toUpperCase(java.util.Locale.ROOT));
        return new Mlp(data, hidden, activation, loss, seed);
    }

    private LandscapeCatalog() {
    }

    /** {@code options}: option strings of example specs beside the bare name, e.g. {@code "dim=2"}. */
    private static void register(String name, String title, String summary, List<String> options,
            Function<Options, VectorLandscape> factory) {
        List<String> examples = new ArrayList<>(List.of(name));
        options.forEach(o -> examples.add(name + ":" + o));
        ENTRIES.put(name, new Entry(name, title, summary, List.copyOf(examples), factory));
    }

    /** The readable title of a spec's name ({@code double-well:dim=2} → "Double well"), or null if it names none. */
    public static String title(String spec) {
        String name = spec == null ? "" : spec.strip();
        int colon = name.indexOf(':');
        Entry e = ENTRIES.get(colon < 0 ? name : name.substring(0, colon));
        return e == null ? null : e.title();
    }

    public static Set<String> names() {
        return ENTRIES.keySet();
    }

    public static List<Entry> entries() {
        return List.copyOf(ENTRIES.values());
    }

    /**
     * Every entry's example specs, in catalog order: what a picker offers (the planar views' picker, so the
     * landscapes that are only d-dimensional are left out; {@link #names()} has them all).
     */
    public static List<String> examples() {
        return ENTRIES.values().stream().filter(e -> !DIMENSIONAL.contains(e.name()))
                .flatMap(e -> e.examples().stream()).toList();
    }

    /**
     * The quadratic: the planar form (h1, h2, angle; dim 1 or 2) unless lmin, lmax or rotate is given or
     * dim &gt; 2, then the d-dimensional {@link SpectrumQuadratic}.
     */
    private static VectorLandscape quadratic(Options o) {
        int dim = o.given("dim") ? VectorLandscape.checkDimension("landscape quadratic",
                o.integer("dim", 2, Integer.MIN_VALUE, Integer.MAX_VALUE), 1) : 2;
        boolean spectrum = dim > 2 || o.given("lmin") || o.given("lmax") || o.given("rotate");
        if (!spectrum) {
            return new Quadratic(dim, o.real("h1", 1, -BIG, BIG), o.real("h2", 4, -BIG, BIG),
                    o.real("angle", 0, -360, 360));
        }
        for (String planar : List.of("h1", "h2", "angle")) {
            if (o.given(planar)) {
                throw new InvalidInputException("landscape quadratic option " + planar + " is for dim 1 or 2 "
                        + "without lmin/lmax; in d dimensions give dim, lmin, lmax[, rotate=SEED]");
            }
        }
        double lmin = o.real("lmin", 1, 1e-12, BIG);
        double lmax = o.real("lmax", Math.max(lmin, 10), 1e-12, BIG);
        long rotate = o.given("rotate") ? o.integer("rotate", 0, 0, Integer.MAX_VALUE) : -1;
        return new SpectrumQuadratic(dim, lmin, lmax, rotate);
    }

    /** The planar two-parameter model, or with {@code widths} the deep linear network {@link DeepLinearNetwork}. */
    private static VectorLandscape deepLinear(Options o) {
        int n = o.integer("n", 100, 2, 100_000);
        int seed = o.integer("seed", 1, 0, Integer.MAX_VALUE);
        if (!o.given("widths")) {
            return new DeepLinear(n, seed, o.real("s", 1, -BIG, BIG), o.real("noise", 0.3, 0, 1e3));
        }
        double noise = o.real("noise", 0.3, 0, 1e3);
        if (o.given("s")) {
            throw new InvalidInputException("landscape deep-linear option s is for the two-parameter model; with "
                    + "widths the teacher is a random matrix drawn from seed");
        }
        int[] widths = o.integers("widths", new int[0], 2, DeepLinearNetwork.MAX_LAYERS + 1, 1,
                DeepLinearNetwork.MAX_WIDTH);
        return new DeepLinearNetwork(widths, n, seed, noise);
    }

    /**
     * Builds the landscape a spec names, planar or d-dimensional; unknown names and options fail with a
     * message listing valid ones.
     */
    public static VectorLandscape createAny(Spec spec) {
        Entry entry = ENTRIES.get(spec.name());
        if (entry == null) {
            throw new InvalidInputException("unknown landscape '" + spec.name() + "'; valid: "
                    + String.join(", ", ENTRIES.keySet()) + " (or --formula \"EXPR\")");
        }
        Options options = new Options("landscape " + spec.name(), spec.options());
        VectorLandscape landscape = entry.factory().apply(options);
        options.finish();
        return landscape;
    }

    public static VectorLandscape createAny(String text) {
        return createAny(Spec.parse(text));
    }

    /**
     * Builds the planar (1-D or 2-D) landscape a spec names; a d-dimensional one is refused in one line, for
     * the views and analyses that draw or grid the plane.
     */
    public static Landscape create(Spec spec) {
        VectorLandscape any = createAny(spec);
        return any.planar().orElseThrow(() -> new InvalidInputException("landscape " + spec.name() + " with dim = "
                + any.dimension() + " is not planar: this needs a 1-D or 2-D landscape (d dimensions run in "
                + "simulate)"));
    }

    public static Landscape create(String text) {
        return create(Spec.parse(text));
    }
}
