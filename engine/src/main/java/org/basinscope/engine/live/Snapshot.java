package org.basinscope.engine.live;

import org.basinscope.engine.analysis.CriticalPoints;
import org.basinscope.engine.analysis.Histogram;
import org.basinscope.engine.analysis.LandscapeGrid;
import org.basinscope.engine.analysis.Readouts;
import org.basinscope.engine.dynamics.Params;
import org.basinscope.engine.ensemble.EnsembleStats;

/**
 * Everything the views draw for one frame, copied out of the running simulation: immutable once
 * published (its arrays are fresh copies that nobody writes again), so the UI thread can read it
 * without locks while the simulation goes on.
 *
 * @param sequence        increases with every published snapshot
 * @param paramsVersion   the version of the parameters this frame was computed with (see
 *                        {@link LiveSimulation#setParams})
 * @param config          landscape, dynamics, N, seed, start
 * @param params          η, B, T, γ, β in effect at this step (the sliders' values scaled by the run's schedule)
 * @param baseParams      the sliders' values, before the schedule
 * @param running         whether the simulation is advancing
 * @param stepsPerFrame   the speed setting
 * @param stats           mean, variance, loss, diverged count over all particles
 * @param readouts        T_eff, curvature, stability and variance predictions
 * @param xs              positions of up to {@link LiveSimulation#MAX_DRAWN} live particles
 * @param ys              their y (zeros in 1-D)
 * @param vs              their x-velocity, or null when the dynamics has none
 * @param trails          {x[][], y[][], v[][]} recent paths of the first few particles, oldest first
 * @param loss            columns {step, mean, q10, q90, highlighted} of the loss history
 * @param histogramX      density of x over the view box
 * @param histogramY      density of y (null in 1-D)
 * @param gibbsX          bin-averaged Gibbs marginal of x at T_eff on the histogram's bins (null if T_eff = 0)
 * @param gibbsY          same for y (null in 1-D or T_eff = 0)
 * @param gibbsLabel      what the density curve is (Gibbs at T_eff, or Kong–Tao's near-Gibbs density)
 * @param critical        minima and saddles of the landscape in its view box
 * @param grid            the landscape sampled over its view box, for drawing
 * @param stepsPerSecond  measured simulation speed
 * @param lyapunov        running estimate of the Lyapunov exponents (descending; one for noisy dynamics)
 * @param lyapunovHistory columns {step, λ1, λ2} of the estimate over time
 * @param lyapunovMethod  how the estimate is made
 * @param permutationEntropy normalised permutation entropy (order 4) of particle 0's recent x
 * @param sharpness       columns {step, λmax at particle 0, mean λmax over a sample of particles, 2/η}
 * @param gibbsDistance   {KS, TV} distance of the x-positions from the density curve gibbsX (KS from up to
 *                        {@link LiveSimulation#KS_SAMPLE} particles), or null when there is no curve
 * @param acceptance      the dynamics' accept/reject rates since the last restart (MALA: proposals; replica
 *                        exchange: swaps per pair of neighbouring temperatures), or null
 * @param forecastX       1-D Langevin: the Fokker–Planck density p(x, t) from the start distribution on the
 *                        histogram's bins, while the parameters are those the run started with; else null
 * @param spectralGap     the slowest relaxation rate μ₁ of that Fokker–Planck operator, or NaN
 * @param autocorrelation with that forecast, once the run has relaxed: columns {τ, corr(x(t₀), x(t₀ + τ)) across
 *                        the particles, the operator's exact stationary autocorrelation}; else null
 * @param schedule        columns {step, η_t, T_t} of the parameters in effect over the run
 * @param message         a warning or error to show, or null
 */
public record Snapshot(long sequence, long paramsVersion, RunConfig config, Params params, Params baseParams,
        boolean running,
        int stepsPerFrame, EnsembleStats stats, Readouts readouts, float[] xs, float[] ys, float[] vs,
        double[][][] trails, double[][] loss, Histogram histogramX, Histogram histogramY, double[] gibbsX,
        double[] gibbsY, String gibbsLabel, CriticalPoints.Result critical, LandscapeGrid grid, double stepsPerSecond,
        double[] lyapunov, double[][] lyapunovHistory, String lyapunovMethod, double permutationEntropy,
        double[][] sharpness, double[] gibbsDistance, double[] acceptance, double[] forecastX, double spectralGap,
        double[][] autocorrelation, double[][] schedule, String message) {

    public long step() {
        return stats.step();
    }

    public int drawn() {
        return xs.length;
    }
}
