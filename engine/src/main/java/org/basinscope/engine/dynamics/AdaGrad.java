package org.basinscope.engine.dynamics;

import org.basinscope.engine.spec.Numbers;

/**
 * AdaGrad: G ← G + g², x ← x − η g/(√G + ε) per coordinate (default ε = 10⁻⁸). Its step shrinks as the
 * squared gradients add up, so on a quadratic it converges to the minimum (the only fixed point, G then
 * finite: Σ g² converges) whatever η, however slowly.
 */
public final class AdaGrad extends SquaredGradientScaling {

    public AdaGrad(double epsilon, GradientSource source) {
        super(1, 1, Numbers.checkPositive("adagrad eps", epsilon, 1), source);
    }

    @Override
    public String name() {
        return "adagrad";
    }

    @Override
    protected String rule() {
        return "G ← G + g², x ← x − ηg/(√G + ε), ε = " + epsilon;
    }
}
