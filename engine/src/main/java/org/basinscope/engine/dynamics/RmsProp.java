package org.basinscope.engine.dynamics;

import org.basinscope.engine.spec.Numbers;

/**
 * RMSProp: s ← ρ s + (1 − ρ) g², x ← x − η g/(√s + ε) per coordinate (defaults ρ = 0.9, ε = 10⁻⁸). On λx²/2
 * with a fixed η it does not settle at the minimum: the step tends to ±η·λ|x|/(λ|x| + ε), so it ends in the
 * 2-cycle x = ±a with a = η/2 − ε/λ (when positive), s = λ²a² — the reason RMSProp needs a decaying η.
 */
public final class RmsProp extends SquaredGradientScaling {
    private final double rho;

    public RmsProp(double rho, double epsilon, GradientSource source) {
        super(Numbers.checkRange("rmsprop rho", rho, 0, 0.999999), 1 - rho, Numbers.checkPositive("rmsprop eps", epsilon, 1),
                source);
        this.rho = rho;
    }

    @Override
    public String name() {
        return "rmsprop";
    }

    @Override
    protected String rule() {
        return "s ← ρs + (1 − ρ)g², x ← x − ηg/(√s + ε), ρ = " + Numbers.format(rho) + ", ε = " + epsilon;
    }
}
