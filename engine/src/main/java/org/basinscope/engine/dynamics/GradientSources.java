package org.basinscope.engine.dynamics;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.basinscope.engine.spec.InvalidInputException;
import org.basinscope.engine.spec.Options;
import org.basinscope.engine.spec.Spec;

/**
 * The gradient sources by name, each with its options ({@code exact}, {@code noisy[:sigma=s,noise=…]},
 * {@code minibatch[:sampling=…]}): what {@code --gradient} and the app's Gradient picker take.
 */
public final class GradientSources {
    public static final String EXACT = "exact";

    /** A catalog entry: its name, a one-line summary with the options, and how to build it. */
    public record Entry(String name, String summary, Function<Options, GradientSource> factory) {
    }

    private static final Map<String, Entry> ENTRIES = new LinkedHashMap<>();

    static {
        register(EXACT, "the exact gradient ∇f (the full batch of a data set)", o -> ExactGradient.INSTANCE);
        register("noisy", "∇f plus a model of minibatch noise of covariance σ²Σ/B (sigma, default 1; noise=isotropic "
                + "| hessian (Σ = H(x)) | covariance with sxx, sxy, syy)", GradientSources::noisy);
        register("minibatch", "the mean gradient of real minibatches of a data-driven landscape (sampling=epoch: "
                + "reshuffled each epoch | independent: a fresh batch each step)", GradientSources::minibatch);
    }

    private GradientSources() {
    }

    private static void register(String name, String summary, Function<Options, GradientSource> factory) {
        ENTRIES.put(name, new Entry(name, summary, factory));
    }

    public static Set<String> names() {
        return ENTRIES.keySet();
    }

    public static java.util.List<Entry> entries() {
        return java.util.List.copyOf(ENTRIES.values());
    }

    /** The noise model from {@code sigma, noise, sxx, sxy, syy} (also the options of the alias {@code sgd}). */
    static NoisyGradient noisy(Options o) {
        String noise = o.choice("noise", "isotropic", Set.of("isotropic", "hessian", "covariance"));
        double sigma = o.real("sigma", 1, 0, 1e6);
        var model = NoisyGradient.Model.valueOf(noise.toUpperCase(Locale.ROOT));
        double[] cov = {1, 0, 1};
        if (model == NoisyGradient.Model.COVARIANCE) {
            cov = new double[] {o.real("sxx", 1, 0, 1e6), o.real("sxy", 0, -1e6, 1e6), o.real("syy", 1, 0, 1e6)};
        }
        return new NoisyGradient(sigma, model, cov);
    }

    /** The batches from {@code sampling} (also the options of the aliases {@code minibatch}, {@code sgld}). */
    static MinibatchGradient minibatch(Options o) {
        return new MinibatchGradient(MinibatchGradient.Sampling.valueOf(o.choice("sampling", "epoch",
                Set.of("epoch", "independent")).toUpperCase(Locale.ROOT)));
    }

    /** Builds the source a spec names; unknown names and options fail with a message listing valid ones. */
    public static GradientSource create(Spec spec) {
        Entry entry = ENTRIES.get(spec.name());
        if (entry == null) {
            throw new InvalidInputException("unknown gradient source '" + spec.name() + "'; valid: "
                    + String.join(", ", ENTRIES.keySet()));
        }
        Options options = new Options("gradient " + spec.name(), spec.options());
        GradientSource source = entry.factory().apply(options);
        options.finish();
        return source;
    }

    public static GradientSource create(String text) {
        return create(Spec.parse(text == null || text.isBlank() ? EXACT : text));
    }
}
