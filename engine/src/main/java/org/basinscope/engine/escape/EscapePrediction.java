package org.basinscope.engine.escape;

/**
 * What theory says about the mean first-passage time of one dynamics from a well to a target (times in
 * steps × η, as the experiment measures them).
 *
 * @param theory        which rate theory gave {@link #rate}: {@code kramers}, {@code kramers-grote-hynes},
 *                      {@code eyring-kramers}, or null when none applies
 * @param rate          that theory's mean first-passage time, NaN where it does not hold
 * @param exact         the exact mean first-passage integral where it applies (1-D overdamped; the
 *                      Smoluchowski limit of underdamped Langevin, time scaled by γ), else NaN
 * @param lowFriction   underdamped only: Kramers' energy-diffusion (low-friction) time, else NaN
 * @param minimum       the start well's minimum (x, or x, y)
 * @param barrier       the barrier top or saddle (x, or x, y)
 * @param barrierHeight ΔU = U(barrier) − U(minimum)
 * @param note          why a number is missing, or the regime it holds in; null when nothing to say
 */
public record EscapePrediction(String theory, double rate, double exact, double lowFriction, double[] minimum,
        double[] barrier, double barrierHeight, String note) {

    /** No prediction, and why. */
    public static EscapePrediction none(String why) {
        return new EscapePrediction(null, Double.NaN, Double.NaN, Double.NaN, null, null, Double.NaN, why);
    }
}
