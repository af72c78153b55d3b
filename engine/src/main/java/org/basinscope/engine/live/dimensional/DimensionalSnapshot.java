package org.basinscope.engine.live.dimensional;

import org.basinscope.engine.analysis.projection.ProjectedCloud;
import org.basinscope.engine.dynamics.Params;
import org.basinscope.engine.ensemble.EnsembleStats;

/**
 * One frame of a run in d dimensions, copied out of it and immutable once published (its arrays are fresh copies
 * nobody writes again), so the FX thread reads it without locks while the run goes on.
 *
 * @param sequence       increases with every published snapshot
 * @param paramsVersion  the version of the sliders' values this frame was computed with
 * @param config         landscape, dynamics, N, seed, start
 * @param params         the sliders' values (before a schedule)
 * @param running        whether the run is advancing
 * @param stepsPerFrame  the speed setting
 * @param stepsPerSecond measured speed
 * @param stats          mean, variance per coordinate, mean loss and diverged count
 * @param accuracy       the cloud's mean training accuracy, NaN where the landscape does not classify
 * @param acceptance     the rule's accept/reject rates since the start ({@link
 *                       org.basinscope.engine.dynamics.Dynamics#acceptanceRates}: MALA's proposals, replica exchange's
 *                       swaps), or null for a rule that makes no such decisions
 * @param cloud          up to {@link DimensionalSimulation#MAX_DRAWN} particles on the plane of {@code map} (or of
 *                       the plane being computed, before the first map), each with its own loss f(θᵢ)
 * @param trailA         particle 0's recent positions on the same plane, oldest first
 * @param trailB         their second coordinates
 * @param map            the loss over the plane, or null until the first is computed
 * @param mapProgress    the fraction done of the map being computed, or NaN when none is under way
 * @param loss           (step, mean loss) rows of the run so far: {@code loss[0]} steps, {@code loss[1]} losses
 * @param spectrum       the Hessian's top eigenvalues at the mean along the run
 * @param noise          the gradient noise's top eigenvalues and alignment with the Hessian at the mean along the
 *                       run, or why it has none
 * @param histograms     of each particle's loss and of the cloud along the Hessian's top eigenvectors
 * @param network        particle 0's network and its data (decision regions, confusion matrix), or null when the
 *                       landscape is not a classifier
 * @param planeError     why the chosen plane has no picture (a coordinate the landscape lacks), or null
 * @param message        a warning or error to show, or null
 * @param history        the parameters' history up to this frame (step 0's values, then each change): with
 *                       {@code config}, {@code params} and the step, what a saved session replays bit for bit
 */
public record DimensionalSnapshot(long sequence, long paramsVersion, DimensionalConfig config, Params params,
        boolean running, int stepsPerFrame, double stepsPerSecond, EnsembleStats stats, double accuracy,
        double[] acceptance, ProjectedCloud cloud, double[] trailA, double[] trailB, PlaneMap map, double mapProgress, double[][] loss,
        Spectrum spectrum, NoiseHistory noise, DimensionalHistograms histograms, org.basinscope.engine.analysis.network.NetworkPicture network, String planeError,
        String message, java.util.List<org.basinscope.engine.live.ParamChange> history) {

    public long step() {
        return stats.step();
    }

    public int dimension() {
        return config.dimension();
    }
}
