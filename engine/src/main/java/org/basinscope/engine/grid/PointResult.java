package org.basinscope.engine.grid;

/**
 * The readout at one grid point: the mean over its seeds and the standard error of that mean.
 *
 * @param point  the flat (row-major) index of the point
 * @param mean   the mean of the replicates' readouts (NaN if any of them is NaN)
 * @param stderr sample standard deviation / √S over the S replicates; NaN for S = 1 (printed as null)
 */
public record PointResult(int point, double mean, double stderr) {

    /** The statistics of the replicates' readouts, summed in replicate order (so always the same bits). */
    public static PointResult of(int point, double[] replicates) {
        int s = replicates.length;
        double sum = 0;
        for (double v : replicates) {
            sum += v;
        }
        double mean = sum / s;
        if (s < 2) {
            return new PointResult(point, mean, Double.NaN);
        }
        double squares = 0;
        for (double v : replicates) {
            squares += (v - mean) * (v - mean);
        }
        return new PointResult(point, mean, Math.sqrt(squares / (s - 1) / s));
    }
}
