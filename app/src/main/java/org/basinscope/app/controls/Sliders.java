package org.basinscope.app.controls;

import java.util.EnumMap;
import java.util.Map;
import org.basinscope.engine.dynamics.Param;
import org.basinscope.engine.dynamics.Params;

/** The hyper-parameter sliders with their scales and help texts, one per {@link Param}. */
public final class Sliders {
    private Sliders() {
    }

    /** A slider with a typed field for each parameter, starting at {@code p}, in the order of {@link Param}. */
    public static Map<Param, ParameterControl> forParams(Params p) {
        Map<Param, ParameterControl> out = new EnumMap<>(Param.class);
        for (Param q : Param.values()) {
            out.put(q, of(q, p.get(q)));
        }
        return out;
    }

    private static ParameterControl of(Param q, double value) {
        return switch (q) {
            case ETA -> new ParameterControl("eta", "Learning rate η",
                    "Step size of every dynamics (for Langevin and BAOAB the time step: time = steps × η). "
                            + "GD is stable on a quadratic when η < 2/λmax.",
                    SliderScale.log(1e-5, 10, false, false), value);
            case BATCH -> new ParameterControl("batch", "Batch size B",
                    "Examples per minibatch: SGD's gradient noise has variance σ²/B, so T_eff = ησ²/(2B).",
                    SliderScale.log(1, 1024, false, true), value);
            case TEMPERATURE -> new ParameterControl("temperature", "Temperature T",
                    "Langevin noise: dθ = −∇f dt + √(2T) dW; stationary density exp(−f/T)/Z. T = 0 is plain descent.",
                    SliderScale.log(1e-4, 10, true, false), value);
            case FRICTION -> new ParameterControl("friction", "Friction γ",
                    "Underdamped Langevin: dv = −∇f dt − γv dt + √(2γT) dW. Large γ → overdamped; γ = 0 → Hamiltonian.",
                    SliderScale.log(1e-3, 100, true, false), value);
            case MOMENTUM -> new ParameterControl("momentum", "Momentum β",
                    "Heavy ball / Nesterov: v ← βv − η∇f, x ← x + v. Contraction √β on a quadratic; stable when ηλ < 2 + 2β.",
                    SliderScale.linear(0, 0.999), value);
        };
    }
}
