package org.basinscope.engine.dynamics;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.basinscope.engine.spec.InvalidInputException;
import org.basinscope.engine.spec.Options;
import org.basinscope.engine.spec.Spec;

/**
 * The dynamics by name, each with its options ({@code NAME[:k=v,...]}). Options that are really
 * user-movable hyper-parameters (momentum {@code beta}) set the corresponding {@link Params} field
 * instead of being frozen into the dynamics. To add a dynamics: write the class and add one
 * {@link #register} line below.
 */
public final class DynamicsCatalog {
    /** A catalog entry: its name, a one-line summary with the options, and how to build it. */
    public record Entry(String name, String summary, Function<Options, Dynamics> factory) {
    }

    /** A dynamics together with the parameters after its options were applied. */
    public record Configured(Dynamics dynamics, Params params) {
    }

    private static final Map<String, Entry> ENTRIES = new LinkedHashMap<>();

    static {
        register("gd", "gradient descent x ← x − η∇f", o -> new GradientDescent());
        register("sgd", "SGD with gradient noise of covariance σ²Σ/B per step (sigma, default 1; "
                + "noise=isotropic | hessian (Σ = H(x)) | covariance with sxx, sxy, syy)",
                o -> {
                    String noise = o.choice("noise", "isotropic", Set.of("isotropic", "hessian", "covariance"));
                    double sigma = o.real("sigma", 1, 0, 1e6);
                    var model = StochasticGradient.NoiseModel.valueOf(noise.toUpperCase(java.util.Locale.ROOT));
                    double[] cov = {1, 0, 1};
                    if (model == StochasticGradient.NoiseModel.COVARIANCE) {
                        cov = new double[] {o.real("sxx", 1, 0, 1e6), o.real("sxy", 0, -1e6, 1e6), o.real("syy", 1, 0, 1e6)};
                    }
                    return new StochasticGradient(sigma, model, cov);
                });
        register("minibatch", "SGD on real minibatches of a data-driven landscape (sampling=epoch: reshuffled each "
                + "epoch | independent: fresh batch each step)",
                o -> new MinibatchSgd(MinibatchSgd.Sampling.valueOf(o.choice("sampling", "epoch",
                        Set.of("epoch", "independent")).toUpperCase(java.util.Locale.ROOT))));
        register("sgld", "stochastic gradient Langevin: minibatch SGD plus √(2ηT)ξ on a data-driven landscape "
                + "(sampling=epoch | independent)",
                o -> new MinibatchSgd(MinibatchSgd.Sampling.valueOf(o.choice("sampling", "epoch",
                        Set.of("epoch", "independent")).toUpperCase(java.util.Locale.ROOT)), true));
        register("momentum", "heavy-ball momentum (beta = β, default from --momentum or 0.9)", o -> new HeavyBall());
        register("nesterov", "Nesterov momentum (beta = β)", o -> new Nesterov());
        register("adam", "Adam (beta1 0.9, beta2 0.999, eps 1e-8)",
                o -> new Adam(o.real("beta1", 0.9, 0, 0.999999), o.real("beta2", 0.999, 0, 0.999999),
                        o.real("eps", 1e-8, 1e-300, 1)));
        register("langevin", "overdamped Langevin x ← x − η∇f + √(2ηT)ξ (scheme=em: Euler–Maruyama, = Milstein for this "
                + "additive noise | heun: stochastic Heun | lm: Leimkuhler–Matthews)",
                o -> new OverdampedLangevin(OverdampedLangevin.Scheme.valueOf(o.choice("scheme", "em",
                        Set.of("em", "milstein", "heun", "lm")).replace("milstein", "em").toUpperCase(java.util.Locale.ROOT))));
        register("mala", "Metropolis-adjusted Langevin: the Langevin step as a proposal, accepted or rejected (unbiased)",
                o -> new Mala());
        register("replica-exchange", "replica exchange (parallel tempering): replicas (default 4) Langevin chains at "
                + "T·ratio^k (ratio 2), neighbours swapped every M steps (every 10); the cold chain is shown",
                o -> new ReplicaExchange(o.integer("replicas", 4, 2, 16), o.real("ratio", 2, 1.0001, 100),
                        o.integer("every", 10, 1, 1_000_000)));
        register("underdamped", "underdamped Langevin by BAOAB with friction γ and temperature T",
                o -> new UnderdampedLangevin());
    }

    private DynamicsCatalog() {
    }

    private static void register(String name, String summary, Function<Options, Dynamics> factory) {
        ENTRIES.put(name, new Entry(name, summary, factory));
    }

    public static Set<String> names() {
        return ENTRIES.keySet();
    }

    public static List<Entry> entries() {
        return List.copyOf(ENTRIES.values());
    }

    /** Builds the dynamics a spec names, applying its hyper-parameter options to {@code params}. */
    public static Configured create(Spec spec, Params params) {
        Entry entry = ENTRIES.get(spec.name());
        if (entry == null) {
            throw new InvalidInputException("unknown dynamics '" + spec.name() + "'; valid: "
                    + String.join(", ", ENTRIES.keySet()));
        }
        Options options = new Options("dynamics " + spec.name(), spec.options());
        Dynamics dynamics = entry.factory().apply(options);
        Params configured = params;
        if (dynamics.parameters().contains(Param.MOMENTUM)) {
            configured = params.withMomentum(options.real("beta", params.momentum(), 0, Params.MAX_MOMENTUM));
        }
        options.finish();
        return new Configured(dynamics, configured);
    }

    /** Builds a dynamics by spec text, ignoring hyper-parameter options. */
    public static Dynamics create(String text) {
        return create(Spec.parse(text), Params.DEFAULT).dynamics();
    }
}
