package org.basinscope.engine.dynamics;

import org.basinscope.engine.ensemble.Ensemble;
import org.basinscope.engine.escape.EscapeTheory;
import org.basinscope.engine.landscape.Landscape;
import org.basinscope.engine.random.ParticleStreams;
import org.basinscope.engine.spec.InvalidInputException;
import org.basinscope.engine.spec.Numbers;

/**
 * Replica exchange (parallel tempering) Langevin dynamics, seed 001 exercise C.15: every particle is a
 * ladder of K chains at temperatures T_k = T·r^k (k = 0 … K−1, r the ratio), each stepped by
 * Euler–Maruyama x ← x − η∇f(x) + √(2ηT_k) ξ; every M steps the neighbouring pairs (0,1), (1,2), …
 * (K−2,K−1), in that order, exchange their positions with probability
 * min(1, exp((1/T_k − 1/T_{k+1})(f(x_k) − f(x_{k+1})))). The swap keeps the product of the Gibbs
 * densities exp(−f/T_k) invariant, so the cold chain (the particle's shown position) samples
 * exp(−f/T)/Z while the hot chains carry it over barriers it would not cross alone.
 *
 * <p>The swap acceptance has a closed form for Gibbs samples of a d-dimensional isotropic quadratic: the
 * energies are Gamma(d/2) with scales T_k, and the rate of a pair is 2·I_{T_k/(T_k+T_{k+1})}(d/2, d/2)
 * (regularised incomplete beta), i.e. (4/π)·arcsin √(1/(1+r)) in 1-D and 2/(1 + r) in 2-D
 * ({@link #quadraticSwapRate}).
 *
 * <p>Per particle it keeps the hot chains' positions and, per pair, the number of accepted swaps.
 * Random numbers per live particle and step: the Gaussians of chain 0, 1, …, K−1 (x, then y), then at a
 * swap step one uniform per pair, always in that order. A particle whose hot chain leaves the
 * landscape's range counts as diverged as a whole.
 */
public final class ReplicaExchange extends LangevinSampler {
    private final int replicas;
    private final double ratio;
    private final int every;

    /**
     * @param replicas K ≥ 2 chains
     * @param ratio    r &gt; 1: T_{k+1} = r·T_k
     * @param every    M ≥ 1: steps between swap sweeps
     */
    public ReplicaExchange(int replicas, double ratio, int every) {
        if (replicas < 2 || replicas > 16) {
            throw new InvalidInputException("replica exchange needs 2 to 16 replicas, got "
                    + replicas);
        }
        if (!(ratio > 1) || ratio > 100) {
            throw new InvalidInputException("replica temperature ratio must be in (1, 100], got "
                    + ratio);
        }
        if (every < 1) {
            throw new InvalidInputException("swap interval must be ≥ 1 step, got " + every);
        }
        this.replicas = replicas;
        this.ratio = ratio;
        this.every = every;
    }

    public int replicas() {
        return replicas;
    }

    /** Temperature of chain k at cold temperature T. */
    public double temperature(double cold, int k) {
        return cold * Math.pow(ratio, k);
    }

    /** The hot chains' swaps carry the cold chain across barriers: no single-temperature rate applies. */
    @Override
    public EscapeTheory escapeTheory() {
        return EscapeTheory.none("replica exchange's swaps carry the cold chain across barriers: Kramers' rate at T "
                + "does not apply");
    }

    @Override
    public String name() {
        return "replica-exchange";
    }

    @Override
    public String describe() {
        return replicas + " Langevin chains at T·" + Numbers.format(ratio)
                + "^k, neighbours swapped every " + every + " step" + (every == 1 ? "" : "s")
                + " with probability min(1, e^{(1/T_k − 1/T_k+1)(f_k − f_k+1)})";
    }

    @Override
    public String temperatureFormula() {
        return "T_eff = T of the cold chain (shown); hot chains at T·r^k only carry it across barriers";
    }

    /** Hot chains' x (K − 1 arrays), their y (K − 1), then accepted swaps per pair (K − 1). */
    @Override
    public int auxiliaryArrays() {
        return 3 * (replicas - 1);
    }

    private int xIndex(int k) {
        return k - 1;
    }

    private int yIndex(int k) {
        return replicas - 1 + k - 1;
    }

    private int acceptedIndex(int pair) {
        return 2 * (replicas - 1) + pair;
    }

    @Override
    public void start(Landscape f, Params p, ParticleArrays s, int from, int to, Workspace w) {
        for (int k = 1; k < replicas; k++) {
            System.arraycopy(s.x, from, s.aux[xIndex(k)], from, to - from);
            System.arraycopy(s.y, from, s.aux[yIndex(k)], from, to - from);
        }
        for (int pair = 0; pair < replicas - 1; pair++) {
            java.util.Arrays.fill(s.aux[acceptedIndex(pair)], from, to, 0);
        }
    }

    @Override
    public void step(Landscape f, Params p, long t, ParticleArrays s, int from, int to, Workspace w) {
        double eta = p.eta();
        boolean two = s.dimension == 2;
        boolean[] dead = s.diverged;
        for (int k = 0; k < replicas; k++) {
            double[] x = k == 0 ? s.x : s.aux[xIndex(k)];
            double[] y = k == 0 ? s.y : s.aux[yIndex(k)];
            f.gradients(x, y, from, to, w.gx, w.gy);
            Noise.draw(s, from, to, w);
            double noise = Math.sqrt(2 * eta * temperature(p.temperature(), k));
            for (int i = from; i < to; i++) {
                if (!dead[i]) {
                    int j = i - from;
                    x[i] += noise * w.nx[j] - eta * w.gx[j];
                    if (two) {
                        y[i] += noise * w.ny[j] - eta * w.gy[j];
                    }
                    if (k > 0 && !(Math.abs(x[i]) <= Ensemble.BOUND
                            && Math.abs(y[i]) <= Ensemble.BOUND)) {
                        dead[i] = true;
                    }
                }
            }
        }
        if (t % every == 0) {
            swap(f, p.temperature(), s, from, to);
        }
    }

    /** One sweep of neighbour swaps, coldest pair first. */
    private void swap(Landscape f, double cold, ParticleArrays s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (s.diverged[i]) {
                continue;
            }
            // e: the energy of the configuration now in chain `pair`.
            double e = f.value(s.x[i], s.y[i]);
            for (int pair = 0; pair < replicas - 1; pair++) {
                double[] cx = pair == 0 ? s.x : s.aux[xIndex(pair)];
                double[] cy = pair == 0 ? s.y : s.aux[yIndex(pair)];
                double[] hx = s.aux[xIndex(pair + 1)];
                double[] hy = s.aux[yIndex(pair + 1)];
                double next = f.value(hx[i], hy[i]);
                double u = ParticleStreams.nextOpenUniform(s.seeds, s.gammas, i);
                double tLow = temperature(cold, pair);
                double tHigh = temperature(cold, pair + 1);
                // At T = 0 every chain is plain descent: nothing to exchange (NaN compares false).
                double log = tLow > 0 ? (1 / tLow - 1 / tHigh) * (e - next) : Double.NaN;
                if (Math.log(u) < log) {
                    double tx = cx[i];
                    cx[i] = hx[i];
                    hx[i] = tx;
                    double ty = cy[i];
                    cy[i] = hy[i];
                    hy[i] = ty;
                    s.aux[acceptedIndex(pair)][i]++;
                    // Chain pair + 1 now holds the configuration of energy e.
                } else {
                    e = next;
                }
            }
        }
    }

    /** The swap acceptance rate of each neighbour pair over the live particles after {@code steps} steps. */
    public double[] swapRates(ParticleArrays s, long steps) {
        long sweeps = steps / every;
        double[] rates = new double[replicas - 1];
        int live = 0;
        for (int i = 0; i < s.size; i++) {
            if (!s.diverged[i]) {
                live++;
                for (int pair = 0; pair < rates.length; pair++) {
                    rates[pair] += s.aux[acceptedIndex(pair)][i];
                }
            }
        }
        for (int pair = 0; pair < rates.length; pair++) {
            rates[pair] = sweeps == 0 || live == 0 ? Double.NaN : rates[pair] / ((double) live * sweeps);
        }
        return rates;
    }

    @Override
    public double[] acceptanceRates(ParticleArrays s, long steps) {
        return swapRates(s, steps);
    }

    @Override
    public String acceptanceLabel() {
        return "swaps accepted, coldest pair first";
    }

    @Override
    public String acceptanceNote() {
        return "swaps hand the hot chains' barrier crossings down to the cold one (near 0%: the ladder is too coarse)";
    }

    /**
     * The swap rate of Gibbs samples of an isotropic quadratic in {@code dimension} (1 or 2) at
     * temperatures T and r·T: 2·I_{1/(1+r)}(d/2, d/2) — the acceptance min(1, e^Δ) averages to twice the
     * probability that the cold energy exceeds the hot one, because e^Δ turns the two Gamma densities into
     * each other's.
     */
    public static double quadraticSwapRate(int dimension, double ratio) {
        double x = 1 / (1 + ratio);
        return dimension == 1 ? 4 / Math.PI * Math.asin(Math.sqrt(x)) : 2 * x;
    }
}
