package org.basinscope.engine.equilibrium;

import org.basinscope.engine.landscape.Landscape;

/**
 * The Fokker–Planck forecast of a live 1-D Langevin run (seed 001, Fokker–Planck section): the density
 * p(x, t) the particles' histogram should follow, evolved exactly by the discretised operator from the
 * run's start distribution (a point mass, or uniform within ±spread), on the histogram's own bins. It
 * holds while the parameters are those the run started with; the walls of the discretisation are the
 * edges of the histogram's range (reflecting), so it is meant for ranges that hold the particles.
 */
public final class DensityForecast {
    /** Finite-volume cells per histogram bin. */
    private static final int CELLS_PER_BIN = 2;
    private final FokkerPlanck1D operator;
    private final double[] start;
    private final int bins;

    /**
     * @param lo, hi the histogram's range; {@code bins} its bins
     * @param x0     the start point; {@code spread} ≥ 0 the half-width of a uniform start
     */
    public DensityForecast(Landscape f, double temperature, double lo, double hi, int bins, double x0, double spread) {
        this.bins = bins;
        this.operator = FokkerPlanck1D.of(f, temperature, lo, hi, bins * CELLS_PER_BIN);
        double[] c = operator.centres();
        double h = operator.cellWidth();
        start = new double[c.length];
        if (spread > 0) {
            double total = 0;
            for (int i = 0; i < c.length; i++) {
                // Overlap of cell i with [x0 − spread, x0 + spread].
                double a = Math.max(c[i] - h / 2, x0 - spread);
                double b = Math.min(c[i] + h / 2, x0 + spread);
                start[i] = Math.max(0, b - a);
                total += start[i];
            }
            for (int i = 0; i < c.length && total > 0; i++) {
                start[i] /= total;
            }
        }
        if (!(spread > 0) || java.util.Arrays.stream(start).sum() == 0) {
            java.util.Arrays.fill(start, 0);
            start[Math.max(0, Math.min(c.length - 1, (int) ((x0 - lo) / h)))] = 1;
        }
    }

    /** The forecast density on the histogram's bins at continuous time t (= steps × η). */
    public double[] density(double t) {
        double[] p = operator.evolve(start, t);
        double[] d = new double[bins];
        double width = operator.cellWidth() * CELLS_PER_BIN;
        for (int i = 0; i < p.length; i++) {
            d[i / CELLS_PER_BIN] += Math.max(0, p[i]) / width;
        }
        return d;
    }

    /** The operator's stationary autocorrelation of x at lags {@code tau} ({@link FokkerPlanck1D#autocorrelation}). */
    public double[] autocorrelation(double[] tau) {
        return operator.autocorrelation(tau);
    }

    /** The slowest relaxation rate μ₁ of the discretised operator (continuous time). */
    public double spectralGap() {
        return operator.spectralGap();
    }
}
