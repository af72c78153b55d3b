package org.basinscope.engine.equilibrium;

import org.apache.commons.math3.linear.EigenDecomposition;
import org.basinscope.engine.landscape.Landscape;
import org.basinscope.engine.spec.InvalidInputException;

/**
 * The 1-D Fokker–Planck equation ∂p/∂t = ∂/∂x (U' p + T ∂p/∂x) of overdamped Langevin, discretised
 * by finite volumes on [lo, hi] with reflecting walls (seed 001, Fokker–Planck section). Neighbouring
 * cells exchange probability at the rates k(i→i±1) = (T/h²) e^{−(U_{i±1} − U_i)/(2T)} (the
 * "square-root approximation"): they satisfy detailed balance with the cell Gibbs weights
 * π_i ∝ e^{−U_i/T} exactly, so the discrete stationary state is the Gibbs density and the generator
 * is symmetric after the similarity transform π^{−1/2}·L·π^{1/2}, whose off-diagonal is simply T/h².
 * Its eigenvalues 0 = −μ₀ &gt; −μ₁ ≥ … give the relaxation rates; μ₁ is the spectral gap (1 on x²/2 for
 * every T: the Ornstein–Uhlenbeck rates are 0, 1, 2, …).
 */
public final class FokkerPlanck1D {
    private final double lo;
    private final double h;
    private final int cells;
    /** π_i^{1/2}, relative to the lowest cell (so low temperatures do not underflow at the bottom). */
    private final double[] rootPi;
    private final double[] eigenvalues;
    /** Column k: the k-th eigenvector of the symmetrised generator (descending eigenvalues). */
    private final double[][] vectors;

    private FokkerPlanck1D(double lo, double h, int cells, double[] rootPi, double[] eigenvalues, double[][] vectors) {
        this.lo = lo;
        this.h = h;
        this.cells = cells;
        this.rootPi = rootPi;
        this.eigenvalues = eigenvalues;
        this.vectors = vectors;
    }

    /** Discretises the landscape's Fokker–Planck operator at temperature T on {@code cells} equal cells. */
    public static FokkerPlanck1D of(Landscape f, double temperature, double lo, double hi, int cells) {
        if (f.dimension() != 1) {
            throw new InvalidInputException("the Fokker–Planck view needs a 1-D landscape");
        }
        if (!(temperature > 0) || !Double.isFinite(temperature)) {
            throw new InvalidInputException("the Fokker–Planck operator needs T > 0, got " + temperature);
        }
        if (!(hi > lo) || cells < 3 || cells > 5000) {
            throw new InvalidInputException("need lo < hi and 3…5000 cells");
        }
        double h = (hi - lo) / cells;
        double[] u = new double[cells];
        double min = Double.POSITIVE_INFINITY;
        for (int i = 0; i < cells; i++) {
            u[i] = f.value(lo + (i + 0.5) * h, 0);
            if (!Double.isFinite(u[i])) {
                throw new InvalidInputException("the landscape is not finite at x = " + (lo + (i + 0.5) * h));
            }
            min = Math.min(min, u[i]);
        }
        double rate = temperature / (h * h);
        double[] diagonal = new double[cells];
        double[] off = new double[cells - 1];
        for (int i = 0; i + 1 < cells; i++) {
            double half = (u[i + 1] - u[i]) / (2 * temperature);
            double up = rate * Math.exp(-half);
            double down = rate * Math.exp(half);
            diagonal[i] -= up;
            diagonal[i + 1] -= down;
            off[i] = rate;
        }
        double[] rootPi = new double[cells];
        double z = 0;
        for (int i = 0; i < cells; i++) {
            rootPi[i] = Math.exp(-(u[i] - min) / (2 * temperature));
            z += rootPi[i] * rootPi[i];
        }
        for (int i = 0; i < cells; i++) {
            rootPi[i] /= Math.sqrt(z);
        }
        EigenDecomposition e = new EigenDecomposition(diagonal, off);
        double[] values = e.getRealEigenvalues();
        Integer[] order = new Integer[cells];
        for (int k = 0; k < cells; k++) {
            order[k] = k;
        }
        java.util.Arrays.sort(order, (a, b) -> Double.compare(values[b], values[a]));
        double[] sorted = new double[cells];
        double[][] vectors = new double[cells][];
        for (int k = 0; k < cells; k++) {
            sorted[k] = values[order[k]];
            vectors[k] = e.getEigenvector(order[k]).toArray();
        }
        return new FokkerPlanck1D(lo, h, cells, rootPi, sorted, vectors);
    }

    /** The slowest relaxation rate μ₁ (continuous time): densities approach Gibbs like e^{−μ₁ t}. */
    public double spectralGap() {
        return -eigenvalues[1];
    }

    /** Relaxation rates μ₀ = 0 ≤ μ₁ ≤ … (the negated eigenvalues, ascending). */
    public double[] rates() {
        double[] r = new double[cells];
        for (int k = 0; k < cells; k++) {
            r[k] = -eigenvalues[k];
        }
        return r;
    }

    /** Cell centres. */
    public double[] centres() {
        double[] c = new double[cells];
        for (int i = 0; i < cells; i++) {
            c[i] = lo + (i + 0.5) * h;
        }
        return c;
    }

    public double cellWidth() {
        return h;
    }

    /** The discrete stationary state: cell probabilities π_i, summing to 1. */
    public double[] stationary() {
        double[] p = new double[cells];
        for (int i = 0; i < cells; i++) {
            p[i] = rootPi[i] * rootPi[i];
        }
        return p;
    }

    /**
     * The cell probabilities at time t from {@code p0} (cell probabilities, summing to 1): p(t) =
     * π^{1/2} V e^{Λt} Vᵀ π^{−1/2} p0, exact for the discretised equation.
     */
    public double[] evolve(double[] p0, double t) {
        if (p0.length != cells) {
            throw new IllegalArgumentException("need " + cells + " cell probabilities");
        }
        double[] q = new double[cells];
        for (int i = 0; i < cells; i++) {
            // Cells where π underflows carry no stationary weight; mass started there is outside the model.
            q[i] = rootPi[i] > 1e-300 ? p0[i] / rootPi[i] : 0;
        }
        double[] out = new double[cells];
        for (int k = 0; k < cells; k++) {
            double decay = Math.exp(eigenvalues[k] * t);
            if (decay < 1e-300) {
                continue;
            }
            double[] v = vectors[k];
            double c = 0;
            for (int i = 0; i < cells; i++) {
                c += v[i] * q[i];
            }
            c *= decay;
            for (int i = 0; i < cells; i++) {
                out[i] += c * v[i];
            }
        }
        for (int i = 0; i < cells; i++) {
            out[i] *= rootPi[i];
        }
        return out;
    }

    /**
     * The stationary autocorrelation of the position, corr(x(0), x(τ)) at lags {@code tau}, exact for the
     * discretised process: with ψ_k the orthonormal eigenvectors of the symmetrised generator,
     * Cov(x(0), x(τ)) = Σ_{k≥1} e^{−μ_k τ} (Σᵢ xᵢ √πᵢ ψ_k,ᵢ)². The slowest term decays at the spectral gap.
     */
    public double[] autocorrelation(double[] tau) {
        double[] c = centres();
        double[] weight = new double[cells];
        double variance = 0;
        for (int k = 1; k < cells; k++) {
            double a = 0;
            for (int i = 0; i < cells; i++) {
                a += c[i] * rootPi[i] * vectors[k][i];
            }
            weight[k] = a * a;
            variance += weight[k];
        }
        double[] out = new double[tau.length];
        for (int j = 0; j < tau.length; j++) {
            double sum = 0;
            for (int k = 1; k < cells; k++) {
                sum += weight[k] * Math.exp(eigenvalues[k] * tau[j]);
            }
            out[j] = sum / variance;
        }
        return out;
    }

    /** All probability in the cell that holds x. */
    public double[] pointMass(double x) {
        double[] p = new double[cells];
        p[Math.max(0, Math.min(cells - 1, (int) ((x - lo) / h)))] = 1;
        return p;
    }
}
