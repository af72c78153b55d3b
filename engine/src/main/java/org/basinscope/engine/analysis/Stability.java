package org.basinscope.engine.analysis;

import java.util.ArrayList;
import java.util.List;
import org.basinscope.engine.dynamics.Dynamics;
import org.basinscope.engine.dynamics.ParticleArrays;
import org.basinscope.engine.dynamics.Params;
import org.basinscope.engine.ensemble.EnsembleStats;
import org.basinscope.engine.spec.HumanNumbers;

/**
 * Whether GD's step is stable where the particles are (seed 002; science/CHECKS.md: η &lt; 2/λmax), said about
 * where they are: per occupied minimum (its curvature, its edge 2/λmax, the dynamics' contraction there), and
 * for the cloud as a whole only when it sits near a minimum — a cloud spread over two wells has its mean on the
 * barrier, where λmax ≤ 0 says nothing about stability, and a cloud that has diverged is not "stable".
 */
public final class Stability {
    /** A minimum holds at least this fraction of the live particles to be reported. */
    public static final double OCCUPIED = 0.01;
    /** At most this many particles are assigned to minima (evenly strided). */
    static final int SAMPLE = 10_000;

    /** How the verdict should look. */
    public enum Tone { GOOD, BAD, NEUTRAL }

    /**
     * @param text  the verdict, e.g. {@code η = 0.1 < 2/λmax = 0.2: stable}
     * @param tone  good (stable), bad (unstable, diverged) or neutral (no verdict)
     */
    public record Verdict(String text, Tone tone) {
    }

    /**
     * One minimum and the particles near it.
     *
     * @param position    the minimum (x, y)
     * @param fraction    the fraction of the live particles nearest to it
     * @param lambdaMax   the larger Hessian eigenvalue there
     * @param edge        2/λmax
     * @param contraction the dynamics' spectral radius at λmax (&lt; 1 stable), NaN if it has none
     */
    public record Well(double[] position, double fraction, double lambdaMax, double edge, double contraction) {
        /**
         * Stable there: the dynamics' own contraction &lt; 1 where it has one (heavy ball is stable up to
         * ηλ &lt; 2 + 2β, past GD's edge), else GD's η &lt; 2/λmax.
         */
        public boolean stable(double eta) {
            return Double.isNaN(contraction) ? eta < edge : contraction < 1;
        }
    }

    private Stability() {
    }

    /** The minima holding at least {@value #OCCUPIED} of the live particles (each particle counts for its nearest). */
    public static List<Well> occupied(CriticalPoints.Result critical, ParticleArrays s, Dynamics d, Params p) {
        List<CriticalPoint> minima = critical == null || critical.truncated() ? List.of()
                : critical.of(CriticalPoint.Kind.MINIMUM);
        List<Well> out = new ArrayList<>();
        if (minima.isEmpty()) {
            return out;
        }
        int[] counts = new int[minima.size()];
        int alive = 0;
        for (int i = 0; i < s.size; i++) {
            alive += s.diverged[i] ? 0 : 1;
        }
        int stride = Math.max(1, (alive + SAMPLE - 1) / SAMPLE);
        int seen = 0;
        int counted = 0;
        for (int i = 0; i < s.size; i++) {
            if (s.diverged[i] || seen++ % stride != 0) {
                continue;
            }
            int best = 0;
            double bestD = Double.POSITIVE_INFINITY;
            for (int k = 0; k < minima.size(); k++) {
                double dx = s.x[i] - minima.get(k).x();
                double dy = s.dimension == 2 ? s.y[i] - minima.get(k).y() : 0;
                double dd = dx * dx + dy * dy;
                if (dd < bestD) {
                    bestD = dd;
                    best = k;
                }
            }
            counts[best]++;
            counted++;
        }
        for (int k = 0; k < minima.size(); k++) {
            double fraction = counted == 0 ? 0 : (double) counts[k] / counted;
            if (fraction >= OCCUPIED) {
                CriticalPoint m = minima.get(k);
                double l = m.lambda2();
                out.add(new Well(new double[] {m.x(), m.y()}, fraction, l, 2 / l, d.contraction(p, l)));
            }
        }
        out.sort((a, b) -> Double.compare(b.fraction(), a.fraction()));
        return out;
    }

    /**
     * True if the curvature at the cloud's mean is a minimum's (λmax &gt; 0): only then do the edge and the
     * contraction there say anything about the particles (a cloud split between two wells has its mean on the
     * barrier).
     */
    public static boolean meanNearMinimum(Readouts r) {
        return r.lambdaMax() > 0;
    }

    /** The verdict on η against the edge at the cloud's mean, honest about divergence and spread clouds. */
    public static Verdict verdict(Readouts r, EnsembleStats stats, double eta) {
        if (stats.alive() == 0) {
            return new Verdict("all " + stats.particles() + " particles diverged: η = " + format(eta)
                    + (Double.isFinite(r.stabilityEdge()) ? " against 2/λmax = " + format(r.stabilityEdge())
                            + " at the start" : ""), Tone.BAD);
        }
        if (!meanNearMinimum(r)) {
            return new Verdict("cloud not near a minimum: λmax = " + format(r.lambdaMax()) + " ≤ 0 at its mean (see "
                    + "the occupied minima)", Tone.NEUTRAL);
        }
        boolean belowEdge = r.gdStable(eta);
        // The dynamics' own factor decides where it has one: heavy ball past GD's edge still contracts.
        boolean stable = Double.isNaN(r.contraction()) ? belowEdge : r.contraction() < 1;
        String text = "η = " + format(eta) + (belowEdge ? " < " : " ≥ ") + format(r.stabilityEdge())
                + (stable == belowEdge ? "" : belowEdge ? ", but ρ = " + format(r.contraction()) + " ≥ 1:"
                        : " (GD's edge), but ρ = " + format(r.contraction()) + " < 1:")
                + (stable ? "  stable" : "  unstable");
        if (stable && stats.diverged() > 0) {
            return new Verdict(text + " at the mean, but " + stats.diverged() + " of " + stats.particles()
                    + " diverged", Tone.BAD);
        }
        return new Verdict(text, stable ? Tone.GOOD : Tone.BAD);
    }

    private static String format(double v) {
        return HumanNumbers.number(v);
    }
}
