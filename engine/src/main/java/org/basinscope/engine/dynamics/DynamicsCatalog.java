package org.basinscope.engine.dynamics;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.basinscope.engine.spec.InvalidInputException;
import org.basinscope.engine.spec.Options;
import org.basinscope.engine.spec.Spec;

/**
 * The dynamics by name, each with its options ({@code NAME[:k=v,...]}) and the gradient sources it takes
 * ({@link GradientSources}): a dynamics is an update rule, and {@code --gradient} says where its gradient
 * comes from. Options that are really user-movable hyper-parameters (momentum {@code beta}) set the
 * corresponding {@link Params} field instead of being frozen into the dynamics. The names {@code sgd},
 * {@code minibatch} and {@code sgld} are the aliases of {@code gd + noisy}, {@code gd + minibatch} and
 * {@code langevin + minibatch}, with bit-identical results. To add a dynamics: write the class and add one
 * {@link #register} line below.
 */
public final class DynamicsCatalog {
    /** How an entry builds its dynamics: from its options and the gradient source. */
    @FunctionalInterface
    public interface Factory {
        Dynamics create(Options options, GradientSource gradient);
    }

    /**
     * A catalog entry: its name, a one-line summary with the options, the gradient sources it takes (and why
     * not the others), and how to build it.
     */
    /** @param title what a person reads in a picker ("Underdamped Langevin (BAOAB)"); {@code name} is what one types */
    public record Entry(String name, String title, String summary, Set<String> gradients, String why, Factory factory) {
        /** True if it runs with the gradient source of this name. */
        public boolean takes(String gradient) {
            return gradients.contains(gradient);
        }
    }

    /** A dynamics together with the parameters after its options were applied. */
    public record Configured(Dynamics dynamics, Params params) {
    }

    private static final Map<String, Entry> ENTRIES = new LinkedHashMap<>();
    private static final Set<String> ANY = Set.of("exact", "noisy", "minibatch");
    private static final Set<String> EXACT = Set.of("exact");
    private static final Set<String> EXACT_OR_DATA = Set.of("exact", "minibatch");
    private static final String ALIAS = "it carries its gradient noise already (write gd or langevin with --gradient)";

    static {
        register("gd", "Gradient descent", "gradient descent x ← x − ηĝ (with --gradient noisy: SGD with a noise model; minibatch: "
                + "minibatch SGD)", ANY, "", (o, g) -> g.descent());
        register("sgd", "SGD with a noise model (gd + noisy)", "alias of gd with --gradient noisy: gradient noise of covariance σ²Σ/B per step (sigma, "
                + "default 1; noise=isotropic | hessian (Σ = H(x)) | covariance with sxx, sxy, syy)", EXACT, ALIAS,
                (o, g) -> GradientSources.noisy(o).descent());
        register("minibatch", "Minibatch SGD (gd + minibatch)", "alias of gd with --gradient minibatch: SGD on real minibatches of a data-driven "
                + "landscape (sampling=epoch: reshuffled each epoch | independent: fresh batch each step)", EXACT, ALIAS,
                (o, g) -> GradientSources.minibatch(o).descent());
        register("sgld", "SGLD (langevin + minibatch)", "alias of langevin with --gradient minibatch: stochastic gradient Langevin, minibatch SGD "
                + "plus √(2ηT)ξ on a data-driven landscape (sampling=epoch | independent)", EXACT, ALIAS,
                (o, g) -> GradientSources.minibatch(o).langevin(OverdampedLangevin.Scheme.EM));
        register("momentum", "Heavy-ball momentum", "heavy-ball momentum v ← βv − ηĝ, x ← x + v (beta = β, default from --momentum or 0.9)", ANY,
                "", (o, g) -> new HeavyBall(g));
        register("nesterov", "Nesterov momentum", "Nesterov momentum, the gradient at x + βv (beta = β)", ANY, "", (o, g) -> new Nesterov(g));
        register("adam", "Adam", "Adam (beta1 0.9, beta2 0.999, eps 1e-8)", ANY, "",
                (o, g) -> new Adam(o.real("beta1", 0.9, 0, 0.999999), o.real("beta2", 0.999, 0, 0.999999),
                        o.real("eps", 1e-8, 1e-300, 1), g));
        register("rmsprop", "RMSProp", "RMSProp s ← ρs + (1 − ρ)ĝ², x ← x − ηĝ/(√s + ε) (rho 0.9, eps 1e-8)", ANY, "",
                (o, g) -> new RmsProp(o.real("rho", 0.9, 0, 0.999999), o.real("eps", 1e-8, 1e-300, 1), g));
        register("adagrad", "AdaGrad", "AdaGrad G ← G + ĝ², x ← x − ηĝ/(√G + ε) (eps 1e-8)", ANY, "",
                (o, g) -> new AdaGrad(o.real("eps", 1e-8, 1e-300, 1), g));
        register("langevin", "Langevin (Euler–Maruyama)", "overdamped Langevin x ← x − ηĝ + √(2ηT)ξ (scheme=em: Euler–Maruyama, = Milstein for this "
                + "additive noise | heun: stochastic Heun | lm: Leimkuhler–Matthews); with --gradient minibatch: SGLD",
                EXACT_OR_DATA, "it adds its own noise √(2ηT)ξ",
                (o, g) -> g.langevin(OverdampedLangevin.Scheme.valueOf(o.choice("scheme", "em",
                        Set.of("em", "milstein", "heun", "lm")).replace("milstein", "em").toUpperCase(Locale.ROOT))));
        register("mala", "MALA (Metropolis-adjusted Langevin)", "Metropolis-adjusted Langevin: the Langevin step as a proposal, accepted or rejected (unbiased)",
                EXACT, "its accept/reject test needs the exact loss and gradient", (o, g) -> new Mala());
        register("replica-exchange", "Replica exchange (parallel tempering)", "replica exchange (parallel tempering): replicas (default 4) Langevin chains at "
                + "T·ratio^k (ratio 2), neighbours swapped every M steps (every 10); the cold chain is shown", EXACT,
                "its swaps compare exact losses and its chains add their own noise",
                (o, g) -> new ReplicaExchange(o.integer("replicas", 4, 2, 16), o.real("ratio", 2, 1.0001, 100),
                        o.integer("every", 10, 1, 1_000_000)));
        register("underdamped", "Underdamped Langevin (BAOAB)", "underdamped Langevin by BAOAB with friction γ and temperature T (with --gradient "
                + "minibatch: stochastic-gradient HMC)", EXACT_OR_DATA, "it adds its own noise √(2γT) dW",
                (o, g) -> new UnderdampedLangevin(g));
    }

    private DynamicsCatalog() {
    }

    private static void register(String name, String title, String summary, Set<String> gradients, String why,
            Factory factory) {
        ENTRIES.put(name, new Entry(name, title, summary, gradients, why, factory));
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

    /** Builds the dynamics a spec names with the exact gradient, applying its options to {@code params}. */
    public static Configured create(Spec spec, Params params) {
        return create(spec, Spec.parse(GradientSources.EXACT), params);
    }

    /**
     * Builds the dynamics a spec names, fed by the gradient source {@code gradient} names, applying its
     * hyper-parameter options to {@code params}. A source the dynamics does not take is refused with the
     * reason and the sources it does take.
     */
    public static Configured create(Spec spec, Spec gradient, Params params) {
        Entry entry = ENTRIES.get(spec.name());
        if (entry == null) {
            throw new InvalidInputException("unknown dynamics '" + spec.name() + "'; valid: "
                    + String.join(", ", ENTRIES.keySet()));
        }
        GradientSource source = GradientSources.create(gradient);
        if (!entry.takes(source.name())) {
            throw new InvalidInputException("--gradient " + source.name() + " does not fit " + entry.name() + ": "
                    + entry.why() + "; " + entry.name() + " takes: " + String.join(", ", taken(entry)));
        }
        Options options = new Options("dynamics " + spec.name(), spec.options());
        Dynamics dynamics = entry.factory().create(options, source);
        Params configured = params;
        if (dynamics.parameters().contains(Param.MOMENTUM)) {
            configured = params.withMomentum(options.real("beta", params.momentum(), 0, Params.MAX_MOMENTUM));
        }
        options.finish();
        return new Configured(dynamics, configured);
    }

    /**
     * The names whose rule runs in d dimensions with the exact gradient ({@link Dynamics#inDimensions()}) on any
     * landscape (not the aliases minibatch and sgld, which need a data set).
     */
    public static List<String> inDimensions() {
        return ENTRIES.values().stream().filter(e -> e.takes(GradientSources.EXACT))
                .filter(e -> {
                    Dynamics d = e.factory().create(new Options(e.name(), Map.of()), ExactGradient.INSTANCE);
                    return d.inDimensions().isPresent() && !d.gradient().samplesData();
                })
                .map(Entry::name).toList();
    }

    /** The gradient sources an entry takes, in the order of {@link GradientSources}. */
    private static List<String> taken(Entry e) {
        return GradientSources.names().stream().filter(e::takes).toList();
    }

    /** Builds a dynamics by spec text, ignoring hyper-parameter options. */
    public static Dynamics create(String text) {
        return create(Spec.parse(text), Params.DEFAULT).dynamics();
    }
}
