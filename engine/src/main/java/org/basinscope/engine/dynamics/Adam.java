package org.basinscope.engine.dynamics;

import org.basinscope.engine.landscape.VectorLandscape;
import org.basinscope.engine.landscape.Landscape;
import org.basinscope.engine.spec.Numbers;

/**
 * Adam (Kingma &amp; Ba, ICLR 2015, Algorithm 1), per coordinate: m ← β1 m + (1−β1) g,
 * s ← β2 s + (1−β2) g², x ← x − η m̂ / (√ŝ + ε) with the bias corrections m̂ = m/(1−β1ᵗ),
 * ŝ = s/(1−β2ᵗ). Defaults β1 = 0.9, β2 = 0.999, ε = 1e-8. Moments start at zero.
 */
public final class Adam extends AdaptiveMethod {
    private static final int MX = 0;
    private static final int MY = 1;
    private static final int SX = 2;
    private static final int SY = 3;

    private final double beta1;
    private final double beta2;
    private final double epsilon;

    public Adam(double beta1, double beta2, double epsilon) {
        this(beta1, beta2, epsilon, ExactGradient.INSTANCE);
    }

    public Adam(double beta1, double beta2, double epsilon, GradientSource source) {
        super(source);
        this.beta1 = Numbers.checkRange("adam beta1", beta1, 0, 0.999999);
        this.beta2 = Numbers.checkRange("adam beta2", beta2, 0, 0.999999);
        this.epsilon = Numbers.checkPositive("adam eps", epsilon, 1);
    }

    @Override
    public String name() {
        return "adam";
    }

    @Override
    protected String rule() {
        return "x ← x − η m̂/(√ŝ + ε), β1 = " + Numbers.format(beta1) + ", β2 = " + Numbers.format(beta2)
                + ", ε = " + epsilon;
    }

    @Override
    protected int ruleArrays() {
        return 4;
    }

    @Override
    public DifferentiableMap asMap(Landscape f, Params p) {
        return mapIfDeterministic(GradientMaps.adam(f, p, beta1, beta2, epsilon));
    }

    @Override
    public TangentMap tangentMap(VectorLandscape f, Params p) {
        return stochastic() ? null : VectorMaps.adam(f, p, beta1, beta2, epsilon);
    }

    @Override
    public void step(Landscape f, Params p, long t, ParticleArrays s, int from, int to, Workspace w) {
        estimate(f, p, s, s.x, s.y, from, from, to, w);
        double eta = p.eta();
        double c1 = 1 / (1 - Math.pow(beta1, t));
        double c2 = 1 / (1 - Math.pow(beta2, t));
        double[] mx = s.aux[MX];
        double[] my = s.aux[MY];
        double[] sx = s.aux[SX];
        double[] sy = s.aux[SY];
        boolean[] dead = s.diverged;
        for (int i = from; i < to; i++) {
            if (dead[i]) {
                continue;
            }
            int k = i - from;
            double gx = w.gx[k];
            double gy = w.gy[k];
            mx[i] = beta1 * mx[i] + (1 - beta1) * gx;
            my[i] = beta1 * my[i] + (1 - beta1) * gy;
            sx[i] = beta2 * sx[i] + (1 - beta2) * gx * gx;
            sy[i] = beta2 * sy[i] + (1 - beta2) * gy * gy;
            s.x[i] -= eta * (mx[i] * c1) / (Math.sqrt(sx[i] * c2) + epsilon);
            s.y[i] -= eta * (my[i] * c1) / (Math.sqrt(sy[i] * c2) + epsilon);
        }
    }

    /** The same moments per coordinate ({@code coordinateAux} 0: m, 1: s). */
    @Override
    protected VectorStep vectorRule() {
        return VectorStep.withArrays(2, (f, p, t, s, from, to, w) -> {
            estimate(f, p, s, s.coords, from, from, to, w);
            double eta = p.eta();
            double c1 = 1 / (1 - Math.pow(beta1, t));
            double c2 = 1 / (1 - Math.pow(beta2, t));
            boolean[] dead = s.diverged;
            for (int k = 0; k < s.dimension; k++) {
                double[] x = s.coords[k];
                double[] m = s.coordinateAux[0][k];
                double[] sq = s.coordinateAux[1][k];
                double[] g = w.g[k];
                for (int i = from; i < to; i++) {
                    if (dead[i]) {
                        continue;
                    }
                    double gi = g[i - from];
                    m[i] = beta1 * m[i] + (1 - beta1) * gi;
                    sq[i] = beta2 * sq[i] + (1 - beta2) * gi * gi;
                    x[i] -= eta * (m[i] * c1) / (Math.sqrt(sq[i] * c2) + epsilon);
                }
            }
        });
    }
}
