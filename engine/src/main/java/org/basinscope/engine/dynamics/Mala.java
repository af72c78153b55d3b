package org.basinscope.engine.dynamics;

import org.basinscope.engine.landscape.VectorLandscape;
import org.basinscope.engine.landscape.Landscape;
import org.basinscope.engine.random.ParticleStreams;

/**
 * The Metropolis-adjusted Langevin algorithm: propose the Euler–Maruyama step
 * y = x − η∇f(x) + √(2ηT) ξ, accept it with probability min(1, π(y) q(x|y) / (π(x) q(y|x))) for
 * π ∝ exp(−f/T) and the Gaussian proposal q(y|x) ∝ exp(−|y − x + η∇f(x)|² / (4ηT)). The accept/reject
 * step removes the O(η) bias of ULA (seed 001, "Langevin in practice"): the stationary density is
 * exactly π for every η, which {@code langevin} at the same η is not.
 *
 * <p>Per particle it keeps f(x) and ∇f(x) of the current point (so each step evaluates the landscape
 * only at the proposal) and the number of accepted proposals, from which the acceptance rate is read.
 * Random numbers per live particle and step: the Gaussians of the proposal (x, then y), then one
 * uniform for the test, always in that order. At T = 0 the proposal is a GD step, accepted when it
 * does not raise f (the zero-temperature limit of the test).
 */
public final class Mala extends LangevinSampler {
    /** aux index of the number of accepted proposals. */
    public static final int ACCEPTED = 0;
    private static final int VALUE = 1;
    private static final int GX = 2;
    private static final int GY = 3;

    /** Its Metropolis correction makes the chain sample the same density as the SDE, exactly. */
    @Override
    public boolean followsOverdampedFokkerPlanck() {
        return true;
    }

    @Override
    public String name() {
        return "mala";
    }

    @Override
    public String describe() {
        return "y = x − η∇f(x) + √(2ηT) ξ, accepted with the Metropolis–Hastings probability (MALA)";
    }

    @Override
    public String temperatureFormula() {
        return "T_eff = T exactly for every η (Metropolis-adjusted: no discretisation bias)";
    }

    /** Unbiased: the stationary law is the Gibbs density, of variance T/λ along a curvature λ. */
    @Override
    public double stationaryVariance(Params p, double lambda) {
        return lambda > 0 ? p.temperature() / lambda : Double.NaN;
    }

    @Override
    public int auxiliaryArrays() {
        return 4;
    }

    @Override
    public void start(Landscape f, Params p, ParticleArrays s, int from, int to, Workspace w) {
        f.gradients(s.x, s.y, from, to, w.gx, w.gy);
        for (int i = from; i < to; i++) {
            s.aux[ACCEPTED][i] = 0;
            s.aux[VALUE][i] = f.value(s.x[i], s.y[i]);
            s.aux[GX][i] = w.gx[i - from];
            s.aux[GY][i] = s.dimension == 2 ? w.gy[i - from] : 0;
        }
    }

    @Override
    public void step(Landscape f, Params p, long t, ParticleArrays s, int from, int to, Workspace w) {
        Noise.draw(s, from, to, w);
        double eta = p.eta();
        double temperature = p.temperature();
        double noise = Math.sqrt(2 * eta * temperature);
        boolean two = s.dimension == 2;
        boolean[] dead = s.diverged;
        double[] value = s.aux[VALUE];
        double[] gx0 = s.aux[GX];
        double[] gy0 = s.aux[GY];
        for (int i = from; i < to; i++) {
            int k = i - from;
            w.px[k] = s.x[i] - eta * gx0[i] + noise * w.nx[k];
            w.py[k] = two ? s.y[i] - eta * gy0[i] + noise * w.ny[k] : 0;
        }
        f.gradients(w.px, w.py, 0, to - from, w.gx, w.gy);
        double inv4 = 1 / (4 * eta * temperature);
        for (int i = from; i < to; i++) {
            if (dead[i]) {
                continue;
            }
            int k = i - from;
            double yx = w.px[k];
            double yy = w.py[k];
            double fy = f.value(yx, yy);
            double gyx = w.gx[k];
            double gyy = two ? w.gy[k] : 0;
            double u = ParticleStreams.nextOpenUniform(s.seeds, s.gammas, i);
            boolean accept;
            if (!Double.isFinite(fy)) {
                accept = false;
            } else if (temperature > 0) {
                // log q(x|y) − log q(y|x), the reverse and forward proposal densities.
                double rx = s.x[i] - yx + eta * gyx;
                double ry = two ? s.y[i] - yy + eta * gyy : 0;
                double fx = yx - s.x[i] + eta * gx0[i];
                double fyy = two ? yy - s.y[i] + eta * gy0[i] : 0;
                double logRatio = -(fy - value[i]) / temperature - (rx * rx + ry * ry) * inv4
                        + (fx * fx + fyy * fyy) * inv4;
                accept = Math.log(u) < logRatio;
            } else {
                accept = fy <= value[i];
            }
            if (accept) {
                s.x[i] = yx;
                if (two) {
                    s.y[i] = yy;
                }
                value[i] = fy;
                gx0[i] = gyx;
                gy0[i] = gyy;
                s.aux[ACCEPTED][i]++;
            }
        }
    }

    @Override
    public double[] acceptanceRates(ParticleArrays s, long steps) {
        return new double[] {acceptanceRate(s, steps)};
    }

    @Override
    public String acceptanceLabel() {
        return "proposals accepted";
    }

    @Override
    public String acceptanceNote() {
        return "MALA's accept/reject removes ULA's O(η) bias";
    }

    /** Fraction of proposals accepted so far over the live particles, after {@code steps} steps. */
    public static double acceptanceRate(ParticleArrays s, long steps) {
        if (steps <= 0) {
            return Double.NaN;
        }
        double accepted = 0;
        int live = 0;
        for (int i = 0; i < s.size; i++) {
            if (!s.diverged[i]) {
                accepted += s.aux[ACCEPTED][i];
                live++;
            }
        }
        return live == 0 ? Double.NaN : accepted / ((double) live * steps);
    }

    /**
     * The same chain over d coordinates: aux holds the accepted count and f(x), {@code coordinateAux[0]} ∇f(x);
     * the proposal's normals in coordinate order, then the uniform, as in the plane, and the squared norms of the
     * proposal steps summed in coordinate order, so at d ≤ 2 the bits are the planar ones.
     */
    @Override
    public java.util.Optional<VectorStep> inDimensions() {
        return java.util.Optional.of(new VectorStep() {
            @Override
            public int particleArrays() {
                return 2;
            }

            @Override
            public int coordinateArrays() {
                return 1;
            }

            @Override
            public void start(VectorLandscape f, Params p, ParticleArrays s, int from, int to, VectorWorkspace w) {
                w.gradient(f, s, from, to);
                for (int i = from; i < to; i++) {
                    s.aux[ACCEPTED][i] = 0;
                    s.aux[1][i] = f.value(gather(s.coords, i, w.point));
                    for (int k = 0; k < s.dimension; k++) {
                        s.coordinateAux[0][k][i] = w.g[k][i - from];
                    }
                }
            }

            @Override
            public void step(VectorLandscape f, Params p, long t, ParticleArrays s, int from, int to,
                    VectorWorkspace w) {
                vectorStep(f, p, s, from, to, w);
            }
        });
    }

    private static void vectorStep(VectorLandscape f, Params p, ParticleArrays s, int from, int to,
            VectorWorkspace w) {
        w.draw(s, from, to);
        double eta = p.eta();
        double temperature = p.temperature();
        double noise = Math.sqrt(2 * eta * temperature);
        int d = s.dimension;
        double[][] x = s.coords;
        double[][] g0 = s.coordinateAux[0];
        double[] value = s.aux[1];
        for (int k = 0; k < d; k++) {
            for (int i = from; i < to; i++) {
                w.p[k][i - from] = x[k][i] - eta * g0[k][i] + noise * w.n[k][i - from];
            }
        }
        f.gradients(w.p, 0, to - from, w.g);
        double inv4 = 1 / (4 * eta * temperature);
        for (int i = from; i < to; i++) {
            if (s.diverged[i]) {
                continue;
            }
            int j = i - from;
            double fy = f.value(gather(w.p, j, w.point));
            double u = ParticleStreams.nextOpenUniform(s.seeds, s.gammas, i);
            boolean accept;
            if (!Double.isFinite(fy)) {
                accept = false;
            } else if (temperature > 0) {
                double reverse = 0;
                double forward = 0;
                for (int k = 0; k < d; k++) {
                    double r = x[k][i] - w.p[k][j] + eta * w.g[k][j];
                    double q = w.p[k][j] - x[k][i] + eta * g0[k][i];
                    reverse += r * r;
                    forward += q * q;
                }
                double logRatio = -(fy - value[i]) / temperature - reverse * inv4 + forward * inv4;
                accept = Math.log(u) < logRatio;
            } else {
                accept = fy <= value[i];
            }
            if (accept) {
                for (int k = 0; k < d; k++) {
                    x[k][i] = w.p[k][j];
                    g0[k][i] = w.g[k][j];
                }
                value[i] = fy;
                s.aux[ACCEPTED][i]++;
            }
        }
    }

    /** Particle i's coordinates into {@code point}. */
    private static double[] gather(double[][] c, int i, double[] point) {
        for (int k = 0; k < point.length; k++) {
            point[k] = c[k][i];
        }
        return point;
    }
}
