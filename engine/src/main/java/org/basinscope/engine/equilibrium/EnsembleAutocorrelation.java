package org.basinscope.engine.equilibrium;

import org.basinscope.engine.dynamics.ParticleArrays;

/**
 * The stationary autocorrelation of the position measured across an ensemble (seed 001, spectral gap
 * and mixing: "diagnosing convergence via autocorrelation monitoring"). Once the particles are in
 * equilibrium their positions at a reference time are kept; later, corr(x(t₀), x(t₀ + τ)) over the
 * particles is the autocorrelation at lag τ of the process each of them follows — independent copies,
 * so no long single trajectory is needed. Its decay rate is compared with the spectral gap μ₁ of the
 * Fokker–Planck operator ({@link FokkerPlanck1D}): the relaxation time 1/μ₁ is the autocorrelation time
 * of the slowest mode.
 */
public final class EnsembleAutocorrelation {
    /** Lags at most this many (the first ones kept). */
    public static final int MAX_POINTS = 2_000;
    private final double[] reference;
    private final boolean[] present;
    private final double start;
    private final double[] lags = new double[MAX_POINTS];
    private final double[] values = new double[MAX_POINTS];
    private int size;

    /** Keeps the live particles' x at continuous time {@code time} as the reference. */
    public EnsembleAutocorrelation(ParticleArrays s, double time) {
        reference = java.util.Arrays.copyOf(s.x, s.size);
        present = new boolean[s.size];
        for (int i = 0; i < s.size; i++) {
            present[i] = !s.diverged[i];
        }
        start = time;
    }

    /** When the reference was taken. */
    public double start() {
        return start;
    }

    /** Records corr(x(t₀), x(t)) at continuous time t over the particles alive at both times. */
    public void add(ParticleArrays s, double time) {
        if (size == MAX_POINTS || time <= start || s.size != reference.length) {
            return;
        }
        double sa = 0;
        double sb = 0;
        int n = 0;
        for (int i = 0; i < s.size; i++) {
            if (present[i] && !s.diverged[i]) {
                sa += reference[i];
                sb += s.x[i];
                n++;
            }
        }
        if (n < 10) {
            return;
        }
        double ma = sa / n;
        double mb = sb / n;
        double caa = 0;
        double cbb = 0;
        double cab = 0;
        for (int i = 0; i < s.size; i++) {
            if (present[i] && !s.diverged[i]) {
                double a = reference[i] - ma;
                double b = s.x[i] - mb;
                caa += a * a;
                cbb += b * b;
                cab += a * b;
            }
        }
        if (caa > 0 && cbb > 0) {
            lags[size] = time - start;
            values[size++] = cab / Math.sqrt(caa * cbb);
        }
    }

    /** {lags τ, corr at τ}, in the order measured. */
    public double[][] series() {
        return new double[][] {java.util.Arrays.copyOf(lags, size), java.util.Arrays.copyOf(values, size)};
    }

    /**
     * The decay rate of an autocorrelation curve: the least-squares slope of −ln C(τ) through the origin
     * over the lags where {@value #LOW} &lt; C &lt; {@value #HIGH} (above the noise floor, past the first
     * fast transients); NaN with fewer than three such lags. For a single exponential e^{−μτ} it is μ.
     */
    public static double rate(double[] tau, double[] c) {
        double num = 0;
        double den = 0;
        int n = 0;
        for (int k = 0; k < tau.length; k++) {
            if (c[k] > LOW && c[k] < HIGH) {
                num += tau[k] * -Math.log(c[k]);
                den += tau[k] * tau[k];
                n++;
            }
        }
        return n < 3 ? Double.NaN : num / den;
    }

    private static final double LOW = 0.1;
    private static final double HIGH = 0.9;
}
