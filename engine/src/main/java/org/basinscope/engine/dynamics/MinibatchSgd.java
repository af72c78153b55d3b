package org.basinscope.engine.dynamics;

import java.util.Set;
import org.basinscope.engine.equilibrium.MinibatchCovariance;
import org.basinscope.engine.escape.EscapeTheory;
import org.basinscope.engine.landscape.FiniteSum;
import org.basinscope.engine.landscape.Landscape;
import org.basinscope.engine.landscape.Regression;
import org.basinscope.engine.landscape.VectorLandscape;

/**
 * SGD with real minibatches on a data-driven loss ({@link FiniteSum}): x ← x − η (1/B) Σ_{i∈batch} ∇ℓᵢ(x)
 * (seed 001, "Discrete SGD vs continuous SDE"). Two ways to draw the batches:
 * <ul>
 * <li>{@code epoch} (random reshuffling, the default and what training code does): each particle walks
 * through its own random permutation of the n examples, B at a time, and draws a new permutation when
 * it has seen all n (a batch may straddle two epochs when B does not divide n);</li>
 * <li>{@code independent}: every step draws a fresh batch of B distinct examples. Its gradient noise has
 * covariance (n − B)/(B(n − 1)) · S(x), S the per-example gradient covariance, independent from step to
 * step: the model behind the SDE and the Lyapunov covariance ({@code equilibrium.MinibatchCovariance}).</li>
 * </ul>
 * Within an epoch reshuffled batches partition the data, so their noise sums to zero over the epoch:
 * the cloud is tighter than under independent batches. B ≥ n is full-batch GD. Per particle the state
 * is its permutation key (two 32-bit halves) and the position in the permutation — no index arrays.
 *
 * <p>With {@code langevin} it is stochastic gradient Langevin dynamics (SGLD, Welling &amp; Teh 2011; seed
 * 001, "Langevin in practice"): the same minibatch step plus √(2ηT) ξ, which samples exp(−f/T) up to
 * the minibatch noise (small when η (n − B)/(B(n − 1))·S ≪ 2T) and the step's O(η) bias.
 */
public final class MinibatchSgd implements Dynamics {
    private final MinibatchGradient minibatch;
    private final boolean langevin;

    public MinibatchSgd(MinibatchGradient.Sampling sampling) {
        this(new MinibatchGradient(sampling), false);
    }

    /** @param langevin add √(2ηT) ξ every step (SGLD) */
    public MinibatchSgd(MinibatchGradient minibatch, boolean langevin) {
        this.minibatch = minibatch;
        this.langevin = langevin;
    }

    @Override
    public GradientSource gradient() {
        return minibatch;
    }

    public MinibatchGradient.Sampling sampling() {
        return minibatch.sampling();
    }

    @Override
    public String name() {
        return langevin ? "sgld" : "minibatch";
    }

    @Override
    public String describe() {
        return "x ← x − η·(1/B)Σ_batch ∇ℓᵢ(x)" + (langevin ? " + √(2ηT) ξ" : "") + ", batches of real examples ("
                + (minibatch.sampling() == MinibatchGradient.Sampling.EPOCH ? "reshuffled every epoch" : "drawn afresh every step") + ")";
    }

    @Override
    public Set<Param> parameters() {
        return langevin ? Set.of(Param.ETA, Param.BATCH, Param.TEMPERATURE) : Set.of(Param.ETA, Param.BATCH);
    }

    @Override
    public boolean stochastic() {
        return true;
    }

    /** SGLD: the injected T. Plain minibatch noise depends on x and the data: no Gibbs temperature. */
    @Override
    public double effectiveTemperature(Params p) {
        return langevin ? p.temperature() : Double.NaN;
    }

    @Override
    public String temperatureFormula() {
        return langevin ? "T_eff ≈ T when the minibatch noise η(n − B)/(B(n − 1))·S is small against 2T"
                : "no T_eff: minibatch noise has covariance (n − B)/(B(n − 1))·S(θ), shaped by the data";
    }

    @Override
    public double contraction(Params p, double lambda) {
        return Multipliers.gradientStep(p.eta(), lambda);
    }

    /**
     * Independent batches on linear regression: the exact covariance about θ̂ of
     * {@code equilibrium.MinibatchCovariance}. Reshuffled epochs and other models have no closed form here.
     */
    @Override
    public double[] stationaryCovariance(Landscape f, Params p, double[] hessian) {
        Regression r = f.finiteSum() == null ? null : f.finiteSum().linearLeastSquares();
        if (minibatch.sampling() == MinibatchGradient.Sampling.INDEPENDENT && r != null) {
            try {
                return MinibatchCovariance.discrete(r, p.eta(), (int) p.batch(),
                        langevin ? p.temperature() : 0);
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
        return null;
    }

    @Override
    public String incompatibility(Landscape f) {
        return minibatch.incompatibility(f);
    }

    /**
     * η² c_B S(x, y), S the per-example gradient covariance and c_B = (n − B)/(B(n − 1)) the factor of a
     * mean of B draws without replacement (each step's batch, however batches are drawn, is such a
     * draw), plus 2ηT·I for SGLD.
     */
    @Override
    public double[] stepNoiseCovariance(Landscape f, Params p, double x, double y) {
        FiniteSum data = f.finiteSum();
        double[] s = data.gradientCovariance(x, y);
        double scale = p.eta() * p.eta()
                * org.basinscope.engine.equilibrium.MinibatchCovariance.batchFactor(data.examples(), p.batch());
        double v = langevin ? 2 * p.eta() * p.temperature() : 0;
        return new double[] {scale * s[0] + v, scale * s[1], scale * s[2] + v};
    }

    /**
     * Independent batches: one step's noise over η (plus 2T·I for SGLD), the SDE of seed 001 Theorem 2.
     * Reshuffled epochs have no such SDE: an epoch's batches partition the data, so their noise cancels
     * over the epoch and the cloud is far tighter than the Lyapunov equation would say.
     */
    @Override
    public double[] diffusion(Landscape f, Params p, double x, double y) {
        return minibatch.sampling() == MinibatchGradient.Sampling.INDEPENDENT ? Dynamics.super.diffusion(f, p, x, y) : null;
    }

    @Override
    public EscapeTheory escapeTheory() {
        return EscapeTheory.none("a minibatch's noise is shaped by the data: no Kramers rate");
    }

    @Override
    public int auxiliaryArrays() {
        return 3;
    }

    @Override
    public void start(Landscape f, Params p, ParticleArrays s, int from, int to, Workspace w) {
        minibatch.start(f, s, 0, from, to);
    }

    /**
     * The same step over d coordinates on a {@link org.basinscope.engine.landscape.VectorFiniteSum}: each particle
     * draws its Langevin normals (SGLD) and then its batch from its own stream, as in the plane.
     */
    @Override
    public java.util.Optional<VectorStep> inDimensions() {
        return java.util.Optional.of(new VectorStep() {
            @Override
            public int particleArrays() {
                return minibatch.auxiliaryArrays();
            }

            @Override
            public void start(VectorLandscape f, Params p, ParticleArrays s, int from, int to, VectorWorkspace w) {
                minibatch.startInDimensions(f, s, SourcedStep.SOURCE_BASE, from, to);
            }

            @Override
            public void step(VectorLandscape f, Params p, long t, ParticleArrays s, int from, int to,
                    VectorWorkspace w) {
                if (langevin) {
                    w.draw(s, from, to);
                }
                minibatch.estimate(f, p, s, SourcedStep.SOURCE_BASE, s.coords, from, from, to, w);
                double eta = p.eta();
                double noise = langevin ? Math.sqrt(2 * eta * p.temperature()) : 0;
                boolean[] dead = s.diverged;
                for (int k = 0; k < s.dimension; k++) {
                    double[] x = s.coords[k];
                    double[] g = w.g[k];
                    double[] n = w.n[k];
                    for (int i = from; i < to; i++) {
                        if (!dead[i]) {
                            x[i] = x[i] - eta * g[i - from] + (langevin ? noise * n[i - from] : 0);
                        }
                    }
                }
            }
        });
    }

    @Override
    public void step(Landscape f, Params p, long t, ParticleArrays s, int from, int to, Workspace w) {
        FiniteSum data = f.finiteSum();
        int batch = MinibatchGradient.batch(data, p);
        double eta = p.eta();
        double[] g = w.hessian; // scratch for one example's gradient
        double[] sum = w.pair;
        double noise = langevin ? Math.sqrt(2 * eta * p.temperature()) : 0;
        if (langevin) {
            Noise.draw(s, from, to, w);
        }
        for (int i = from; i < to; i++) {
            if (s.diverged[i]) {
                continue;
            }
            double x = s.x[i];
            double y = s.y[i];
            minibatch.batchSum(data, batch, s, 0, i, x, y, g, sum);
            s.x[i] = x - eta * sum[0] / batch + (langevin ? noise * w.nx[i - from] : 0);
            s.y[i] = y - eta * sum[1] / batch + (langevin ? noise * w.ny[i - from] : 0);
        }
    }
}
