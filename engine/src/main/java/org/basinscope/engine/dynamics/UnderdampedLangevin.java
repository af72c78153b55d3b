package org.basinscope.engine.dynamics;

import org.basinscope.engine.landscape.VectorLandscape;
import java.util.Set;
import org.basinscope.engine.escape.EscapeTheory;
import org.basinscope.engine.landscape.Landscape;

/**
 * Underdamped (kinetic) Langevin dynamics dx = v dt, dv = −∇f dt − γv dt + √(2γT) dW (unit mass),
 * integrated by BAOAB with time step h = η (Leimkuhler &amp; Matthews, AMRX 2013):
 * B: v ← v − (h/2)∇f(x); A: x ← x + (h/2)v; O: v ← e^{−γh} v + √(T(1 − e^{−2γh})) ξ;
 * A: x ← x + (h/2)v; B: v ← v − (h/2)∇f(x). The force at the end of a step is cached and reused as
 * the first kick of the next, so one gradient per step. On a harmonic well BAOAB samples the exact
 * position marginal, ⟨x²⟩ = T, for every stable h; ⟨v²⟩ → T as h → 0 (science/CHECKS.md).
 * Starts at rest (v = 0). With a minibatch gradient it is stochastic-gradient Hamiltonian Monte Carlo in
 * its simplest form (Chen, Fox &amp; Guestrin 2014, without their noise correction): the force is a batch's.
 */
public final class UnderdampedLangevin extends GradientRule {
    private static final int VX = 0;
    private static final int VY = 1;
    private static final int FX = 2;
    private static final int FY = 3;

    public UnderdampedLangevin() {
        this(ExactGradient.INSTANCE);
    }

    public UnderdampedLangevin(GradientSource source) {
        super(source);
    }

    /** Kramers–Grote–Hynes (1-D), with the low-friction and Smoluchowski limits where they hold. */
    @Override
    public EscapeTheory escapeTheory() {
        return source.stochastic() ? EscapeTheory.none("a minibatch's force noise is shaped by the data: no Kramers "
                + "rate") : EscapeTheory.underdamped();
    }

    @Override
    public String name() {
        return "underdamped";
    }

    @Override
    protected String rule() {
        return "BAOAB: dx = v dt, dv = −" + (source.stochastic() ? "ĝ" : "∇f") + " dt − γv dt + √(2γT) dW";
    }

    @Override
    protected Set<Param> ruleParameters() {
        return Set.of(Param.ETA, Param.TEMPERATURE, Param.FRICTION);
    }

    @Override
    protected boolean ruleNoise() {
        return true;
    }

    @Override
    protected int ruleArrays() {
        return 4;
    }

    @Override
    public int velocityIndex() {
        return VX;
    }

    @Override
    protected void startRule(Landscape f, Params p, ParticleArrays s, int from, int to, Workspace w) {
        estimate(f, p, s, s.x, s.y, from, from, to, w);
        System.arraycopy(w.gx, 0, s.aux[FX], from, to - from);
        System.arraycopy(w.gy, 0, s.aux[FY], from, to - from);
    }

    @Override
    public double effectiveTemperature(Params p) {
        return p.temperature();
    }

    @Override
    public String temperatureFormula() {
        return source.stochastic()
                ? "T_eff ≈ T when the batch's extra force noise is small against the thermal kick (SGHMC without "
                        + "its correction)"
                : "T_eff = T; BAOAB samples exp(−f/T) in position exactly on quadratics";
    }

    /**
     * The noise-free BAOAB map on (x, v) for curvature λ, as a product of its five linear stages;
     * stable for h√λ &lt; 2 whatever γ.
     */
    @Override
    public double contraction(Params p, double lambda) {
        double h = p.eta();
        double c = Math.exp(-p.friction() * h);
        double[] m = {1, 0, 0, 1};
        m = times(new double[] {1, 0, -h / 2 * lambda, 1}, m);
        m = times(new double[] {1, h / 2, 0, 1}, m);
        m = times(new double[] {1, 0, 0, c}, m);
        m = times(new double[] {1, h / 2, 0, 1}, m);
        m = times(new double[] {1, 0, -h / 2 * lambda, 1}, m);
        return Multipliers.matrix2(m[0], m[1], m[2], m[3]);
    }

    private static double[] times(double[] a, double[] b) {
        return new double[] {a[0] * b[0] + a[1] * b[2], a[0] * b[1] + a[1] * b[3],
                a[2] * b[0] + a[3] * b[2], a[2] * b[1] + a[3] * b[3]};
    }

    /** BAOAB's position marginal is exact on a harmonic well: T/λ whenever the step is stable (h√λ &lt; 2). */
    @Override
    public double stationaryVariance(Params p, double lambda) {
        if (source.stochastic()) {
            return Double.NaN;
        }
        return lambda > 0 && p.eta() * Math.sqrt(lambda) < 2 ? p.temperature() / lambda : Double.NaN;
    }

    @Override
    public void step(Landscape f, Params p, long t, ParticleArrays s, int from, int to, Workspace w) {
        double h = p.eta();
        double half = 0.5 * h;
        double c1 = Math.exp(-p.friction() * h);
        double c2 = Math.sqrt(p.temperature() * (1 - c1 * c1));
        boolean two = s.dimension == 2;
        double[] x = s.x;
        double[] y = s.y;
        double[] vx = s.aux[VX];
        double[] vy = s.aux[VY];
        double[] fx = s.aux[FX];
        double[] fy = s.aux[FY];
        boolean[] dead = s.diverged;
        // The O step's normals drawn first (each particle x then y, as when they were drawn in the loop).
        Noise.draw(s, from, to, w);
        for (int i = from; i < to; i++) {
            if (dead[i]) {
                continue;
            }
            int k = i - from;
            double u = vx[i] - half * fx[i];
            x[i] += half * u;
            u = c1 * u + c2 * w.nx[k];
            x[i] += half * u;
            vx[i] = u;
            if (two) {
                double v = vy[i] - half * fy[i];
                y[i] += half * v;
                v = c1 * v + c2 * w.ny[k];
                y[i] += half * v;
                vy[i] = v;
            }
        }
        estimate(f, p, s, x, y, from, from, to, w);
        for (int i = from; i < to; i++) {
            if (dead[i]) {
                continue;
            }
            int k = i - from;
            fx[i] = w.gx[k];
            fy[i] = w.gy[k];
            vx[i] -= half * fx[i];
            vy[i] -= half * fy[i];
        }
    }

    /** BAOAB over d coordinates (velocity and cached force per coordinate), draws in coordinate order. */
    @Override
    protected VectorStep vectorRule() {
        return new VectorStep() {
            @Override
            public int coordinateArrays() {
                return 2;
            }

            @Override
            public void start(VectorLandscape f, Params p, ParticleArrays s, int from, int to, VectorWorkspace w) {
                estimate(f, p, s, s.coords, from, from, to, w);
                for (int k = 0; k < s.dimension; k++) {
                    System.arraycopy(w.g[k], 0, s.coordinateAux[1][k], from, to - from);
                }
            }

            @Override
            public void step(VectorLandscape f, Params p, long t, ParticleArrays s, int from, int to,
                    VectorWorkspace w) {
                double h = p.eta();
                double half = 0.5 * h;
                double c1 = Math.exp(-p.friction() * h);
                double c2 = Math.sqrt(p.temperature() * (1 - c1 * c1));
                double[][] x = s.coords;
                double[][] v = s.coordinateAux[0];
                double[][] force = s.coordinateAux[1];
                boolean[] dead = s.diverged;
                int d = s.dimension;
                // The O step's normals drawn first, each particle's coordinates in order.
                w.draw(s, from, to);
                double[][] n = w.n;
                for (int i = from; i < to; i++) {
                    if (dead[i]) {
                        continue;
                    }
                    for (int k = 0; k < d; k++) {
                        double u = v[k][i] - half * force[k][i];
                        x[k][i] += half * u;
                        u = c1 * u + c2 * n[k][i - from];
                        x[k][i] += half * u;
                        v[k][i] = u;
                    }
                }
                estimate(f, p, s, s.coords, from, from, to, w);
                for (int k = 0; k < d; k++) {
                    double[] fk = force[k];
                    double[] vk = v[k];
                    double[] g = w.g[k];
                    for (int i = from; i < to; i++) {
                        if (!dead[i]) {
                            fk[i] = g[i - from];
                            vk[i] -= half * fk[i];
                        }
                    }
                }
            }
        };
    }
}
